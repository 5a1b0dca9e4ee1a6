"""A `keyslots.json.prev` (older releases kept the previous key file, so removed slots) is
deleted whenever the key file is saved: a removed slot must stop working at once."""
from __future__ import annotations

import shutil

from assist_desktop.security.key_slots import KeySlotFile


def test_saving_the_key_file_deletes_a_leftover_prev(centre, staff, vault, data_dir):
    path, previous = data_dir / "keyslots.json", data_dir / "keyslots.json.prev"
    shutil.copyfile(path, previous)                    # still holds sol's slot
    staff("sol").lock()
    centre.services.users.disable_user("sol")
    assert not previous.exists()
    assert KeySlotFile.load(path).find("passphrase", "sol") is None


def test_save_alone_deletes_it(centre, data_dir):
    path, previous = data_dir / "keyslots.json", data_dir / "keyslots.json.prev"
    previous.write_text("old slots")
    KeySlotFile.load(path).save(path)
    assert not previous.exists() and path.exists()
