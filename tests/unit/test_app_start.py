"""The desktop start-up path (app.make_vault): light, yet a restore killed part-way is still
settled before the unlock window is offered, and the keychain is only made when used."""
from __future__ import annotations

import json
import os

import pytest

pytest.importorskip("PySide6")

from assist_desktop import app  # noqa: E402


def _kill_a_restore(data_dir):
    """The state a restore killed after moving the live files aside leaves behind."""
    safety, staging = data_dir / "restore-safety-20260101-000000", data_dir / ".restore-staging-x"
    safety.mkdir()
    staging.mkdir()
    for path in list(data_dir.iterdir()):
        if path.is_file() and path.name.startswith(("assist.db", "keyslots.json")):
            os.replace(path, safety / path.name)
    (staging / "assist.db").write_bytes(b"half a restored database")
    (data_dir / "restore-journal.json").write_text(json.dumps({"staging": staging.name,
                                                               "safety": safety.name}))
    return staging


def test_make_vault_settles_a_killed_restore_first(centre, data_dir):
    centre.lock()
    staging = _kill_a_restore(data_dir)
    assert app.restore_left_behind(data_dir)
    vault = app.make_vault(data_dir)
    assert vault.usernames() == ["admin"]
    assert (data_dir / "assist.db").is_file() and not staging.exists()
    assert not (data_dir / "restore-journal.json").exists()
    assert not app.restore_left_behind(data_dir)


def test_make_vault_removes_a_staging_folder_left_alone(centre, data_dir):
    centre.lock()
    staging = data_dir / ".restore-staging-y"
    staging.mkdir()
    assert app.restore_left_behind(data_dir)
    app.make_vault(data_dir)
    assert not staging.exists()


def test_nothing_left_behind_in_a_new_or_missing_folder(tmp_path):
    assert not app.restore_left_behind(tmp_path / "not-there")
    assert not app.restore_left_behind(tmp_path)


def test_the_keychain_is_made_on_first_use(monkeypatch):
    made = []

    class FakeKeychain:
        def __init__(self):
            made.append(self)

        def available(self):
            return True
    import assist_desktop.security.device_keychain as device_keychain
    monkeypatch.setattr(device_keychain, "DeviceKeychain", FakeKeychain)
    keychain = app.make_keychain()
    assert made == []
    assert keychain.available() is True and len(made) == 1
    keychain.available()
    assert len(made) == 1
