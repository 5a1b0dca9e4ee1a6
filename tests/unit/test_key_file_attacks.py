"""What someone who can write the data folder, but holds no key, must not achieve
(findings of the security review, kept as regression tests)."""
from __future__ import annotations

import base64
import json
import uuid

import pytest

from assist_desktop.domain.errors import (PermissionDenied, StoreExistsError, ThrottledError,
                                          WrongKeyError)
from assist_desktop.security import envelope
from assist_desktop.security.key_slots import KeySlotFile
from assist_desktop.storage.database import Database
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

NEW = "amber kettle meadow sparrow 12"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _plant_slot(data_dir, attacker_public: bytes, swap_recovery: bool) -> str:
    path = data_dir / "keyslots.json"
    doc = json.loads(path.read_text())
    fake_id = str(uuid.uuid4())
    doc["slots"].append({
        "id": fake_id, "kind": "device", "username": "printer", "public_key": _b64(attacker_public),
        "private": {"nonce": _b64(b"\0" * 12), "ciphertext": _b64(b"\0" * 48)},
        "data_key": {"ephemeral": _b64(attacker_public), "nonce": _b64(b"\0" * 12),
                     "ciphertext": _b64(b"\0" * 48)},
        "created_at": "2026-01-01T00:00:00+00:00", "must_change": False, "backend": "x",
        "mac": _b64(b"\0" * 32)})
    if swap_recovery:
        next(s for s in doc["slots"] if s["kind"] == "recovery")["public_key"] = _b64(attacker_public)
    path.write_text(json.dumps(doc))
    return fake_id


def test_planted_slot_never_receives_the_rotated_key(centre_and_code, vault, data_dir):
    centre, _code = centre_and_code
    private, public = envelope.new_keypair()
    centre.anchor.flush()       # the audit anchor's own write of the key file comes first
    fake_id = _plant_slot(data_dir, public, swap_recovery=False)
    centre.lock()
    reopened = vault.unlock("admin", PASSPHRASE)   # unlock drops the slot nobody signed
    try:
        assert all(s.id != fake_id for s in reopened.keeper.load().slots)
        reopened.rotate_data_key()
        new_key = reopened.keeper.data_key
    finally:
        reopened.lock()
    slots = KeySlotFile.load(data_dir / "keyslots.json")
    for slot in slots.slots:
        with pytest.raises(envelope.UnwrapError):
            envelope.open_with_private(private, slot.data_key_sealed,
                                       slot.data_key_aad(slots.database_id))
    Database.open(data_dir / "assist.db", new_key).close()


def test_swapped_recovery_public_key_is_refused(centre_and_code, vault, data_dir):
    centre, code = centre_and_code
    _private, public = envelope.new_keypair()
    centre.anchor.flush()       # else its write (batched for up to 50 ms) undoes the edit
    _plant_slot(data_dir, public, swap_recovery=True)
    slots = KeySlotFile.load(data_dir / "keyslots.json")
    recovery = slots.find("recovery")
    assert not slots.is_authentic(recovery, centre.keeper.data_key)
    assert slots.find_authentic("recovery", None, centre.keeper.data_key) is None


def test_removed_user_leaves_no_working_copy_behind(centre, staff, vault, data_dir):
    staff("sol").lock()
    centre.services.users.disable_user("sol")
    assert not (data_dir / "keyslots.json.prev").exists()
    for path in data_dir.iterdir():
        if path.name.startswith("keyslots") and path.suffix != ".lock":
            slots = KeySlotFile.load(path)
            assert slots.find("passphrase", "sol") is None


def test_no_first_run_over_a_key_file(centre_and_code, vault, data_dir):
    centre_and_code[0].lock()
    (data_dir / "assist.db").rename(data_dir / "elsewhere.db")
    before = (data_dir / "keyslots.json").read_bytes()
    assert vault.exists()
    with pytest.raises(StoreExistsError):
        vault.create(centre_name="New", jurisdiction="scotland", admin_username="eve",
                     admin_full_name="Eve", passphrase=NEW)
    assert (data_dir / "keyslots.json").read_bytes() == before


def test_rotation_interrupted_after_save_failure_keeps_later_slots(centre_and_code, vault):
    centre, code = centre_and_code
    keeper = centre.keeper
    slots = keeper.load()
    new_key = envelope.new_data_key()
    slots.begin_rotation(keeper.data_key, new_key)
    centre.db.rekey(new_key)
    keeper._data_key = new_key   # as after a failed final save: the file still says pending
    slots.save(keeper.slots_path)
    centre.services.users.add_user("late", "Late Comer", ["solicitor"], OTHER_PASSPHRASE,
                                   must_change=False)
    centre.lock()
    vault.unlock("late", OTHER_PASSPHRASE).lock()
    vault.unlock("admin", PASSPHRASE).lock()
    vault.recover(code, "admin", NEW).lock()


def test_switching_device_unlock_off_revokes_it(centre):
    keeper = centre.keeper
    keeper.add_device_slot("admin", b"s" * 32, "some.backend")
    keeper.add_device_slot("@backup-job", b"t" * 32, "some.backend")
    centre.services.settings.set_policy(device_unlock_allowed=True)
    centre.services.settings.set_policy(device_unlock_allowed=False)
    remaining = [(s.kind, s.username) for s in keeper.load().slots if s.kind == "device"]
    assert remaining == [("device", "@backup-job")]


def test_throttle_is_per_account(centre, staff, vault):
    staff("sol").lock()
    for _ in range(3):
        with pytest.raises(WrongKeyError):
            vault.unlock("admin", "a wrong guess at it")
    vault.unlock("sol", OTHER_PASSPHRASE).lock()     # a colleague signing in resets nothing
    with pytest.raises(ThrottledError):
        vault.unlock("admin", "another wrong guess")
    assert vault.throttle_remaining("admin") > 0 and vault.throttle_remaining("sol") == 0


def test_changing_your_passphrase_needs_the_current_one(centre, vault):
    users = centre.services.users
    with pytest.raises(WrongKeyError):
        users.change_own_passphrase(NEW)
    with pytest.raises(WrongKeyError):
        users.change_own_passphrase(NEW, current_passphrase="not it at all, sorry")
    users.change_own_passphrase(NEW, current_passphrase=PASSPHRASE)
    centre.lock()
    vault.unlock("admin", NEW).lock()


def test_backup_job_slot_cannot_sign_in(centre, vault):
    with pytest.raises((WrongKeyError, PermissionDenied)):
        vault.unlock("@backup-job", PASSPHRASE)


def test_a_key_file_from_before_slot_macs_is_signed_at_first_unlock(centre_and_code, vault,
                                                                      data_dir):
    centre, code = centre_and_code
    centre.lock()
    path = data_dir / "keyslots.json"
    doc = json.loads(path.read_text())
    doc["version"] = 1
    for slot in doc["slots"]:
        slot.pop("mac")
    path.write_text(json.dumps(doc))
    vault.unlock("admin", PASSPHRASE).lock()
    upgraded = KeySlotFile.load(path)
    assert upgraded.version == 2 and len(upgraded.slots) == 2
    vault.recover(code, "admin", NEW).lock()
