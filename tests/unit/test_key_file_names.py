"""Staff display names in the key file: what "Choose your name" shows before unlocking."""
from __future__ import annotations

import json

from assist_desktop.security.key_slots import KeySlotFile


def test_names_are_written_refreshed_and_removed_with_the_account(centre, staff, vault):
    centre.anchor.flush()       # the audit anchor's own write of the key file comes first
    assert dict(vault.user_labels())["sol"] == "Sam Solicitor"
    assert dict(vault.user_labels())["admin"] == "Ada Admin"
    slots = json.loads(vault.slots_path.read_text(encoding="utf-8"))
    del slots["names"]["sup"]                       # an older file without her name
    vault.slots_path.write_text(json.dumps(slots), encoding="utf-8")
    assert dict(vault.user_labels())["sup"] == "sup"
    staff("sup")                                    # she signs in: her name is written
    assert dict(vault.user_labels())["sup"] == "Sue Support"
    centre.services.users.disable_user("adm")
    assert "adm" not in dict(vault.user_labels())
    assert "adm" not in json.loads(vault.slots_path.read_text(encoding="utf-8"))["names"]


def test_odd_names_in_the_file_are_tidied_not_trusted(centre, vault):
    centre.anchor.flush()
    slots = json.loads(vault.slots_path.read_text(encoding="utf-8"))
    slots["names"] = {"admin": "Ada\n<b>Admin</b>  " + "x" * 500, "ghost": "Nobody", "n": 5}
    vault.slots_path.write_text(json.dumps(slots), encoding="utf-8")
    labels = KeySlotFile.load(vault.slots_path).labels()
    assert [u for u, _ in labels] == ["admin"]      # only accounts that have a slot
    name = labels[0][1]
    assert "\n" not in name and len(name) == 200
