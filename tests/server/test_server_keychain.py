"""Unsealing the centre server from the keychain, and sealing it again, in one process (a
keychain stand-in; the real Secret Service and a real server process are in
test_server_keychain_real.py): what the slot opens and what it does not, rotation,
removal, the messages, and who may seal from a laptop."""
from __future__ import annotations

import uuid

import pytest

import case_samples as s
from assist_desktop.domain.errors import PermissionDenied, StoreLockedError, WrongKeyError
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.security.key_slots import KeySlotFile
from assist_desktop.server import keychain_unseal
from assist_desktop.server.centre import CentreState
from assist_desktop.server.folder import ServerConfig, ServerFolder
from assist_desktop.server.run import init
from assist_desktop.services.sealing import check_sealed
from assist_desktop.services.vault import Vault, device_entry
from server_harness import OTHER, PASSPHRASE, make_centre
from tests.keyring_helpers import trusted_keychain

ADVICE = "Advice on merits kept privileged"


@pytest.fixture
def centre_dir(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    ids = make_centre(data_dir)
    init(data_dir, ("127.0.0.1",), ServerConfig())
    return data_dir, ids


def _vault(data_dir) -> Vault:
    return Vault(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS))


def _as_admin(data_dir, fn):
    centre = _vault(data_dir).unlock("admin", PASSPHRASE)
    try:
        return fn(centre)
    finally:
        centre.lock()


def _state(data_dir) -> CentreState:
    return CentreState(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS))


def _rows(data_dir, action: str) -> list:
    return _as_admin(data_dir, lambda c: [r for r in c.services.audit.page(0, 500)
                                          if r.action == action])


def test_the_keychain_unseals_with_a_program_slot_and_opens_no_sealed_record(centre_dir):
    data_dir, ids = centre_dir
    sol = _vault(data_dir).unlock("sol", OTHER)
    try:
        client = sol.services.clients.create(s.client("Keychain"))
        secret_note = sol.services.notes.create(
            s.note(client.id, ADVICE, ids["sol"], privileged=True), str(uuid.uuid4()))
    finally:
        sol.lock()
    keychain = trusted_keychain()
    _as_admin(data_dir, lambda c: keychain_unseal.enable(c, keychain, ServerFolder(data_dir)))
    assert ServerFolder(data_dir).config().unseal_from_keychain
    stored = list(keychain._given.items.values())
    assert len(stored) == 1 and PASSPHRASE not in stored[0] and OTHER not in stored[0]
    slots = KeySlotFile.load(data_dir / "keyslots.json")
    assert [sl.kind for sl in slots.slots if sl.username == "@server-keychain"] == ["device"]

    state = _state(data_dir)
    state.unseal_from_keychain(keychain)
    try:
        assert not state.sealed and state.unsealed_from == "keychain"
        db = state.opened().db
        assert check_sealed(db)[1] == 1          # the keychain brings no compartment key
        signed = state.sign_in("serial-1", "Laptop S", "sol", OTHER)
        assert signed.services.notes.get(secret_note.id).body == ADVICE   # her keys open it
        state.sign_out(signed.token, "serial-1")
        assert check_sealed(db)[1] == 1
    finally:
        state.seal()
    [row] = _rows(data_dir, "unseal")
    assert (row.actor, row.detail) == ("@server-keychain", "device:keychain")
    # Nobody signs in with the program's slot, even holding its secret where a person's
    # "remember this computer" secret would be.
    secret = keychain.load(keychain_unseal.entry(slots.database_id))
    keychain.store(device_entry(slots.database_id, "@server-keychain"), secret)
    with pytest.raises(WrongKeyError, match="not for signing in"):
        Vault(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS),
              keychain=keychain).unlock_with_device("@server-keychain")


def test_a_key_rotation_keeps_the_keychain_slot_working(centre_dir):
    data_dir, _ = centre_dir
    keychain = trusted_keychain()
    _as_admin(data_dir, lambda c: keychain_unseal.enable(c, keychain, ServerFolder(data_dir)))
    generation = KeySlotFile.load(data_dir / "keyslots.json").generation
    _as_admin(data_dir, lambda c: c.rotate_data_key())
    assert KeySlotFile.load(data_dir / "keyslots.json").generation == generation + 1
    state = _state(data_dir)
    state.unseal_from_keychain(keychain)
    assert not state.sealed
    state.seal()


def test_without_its_entry_or_its_slot_the_server_stays_sealed_and_says_why(centre_dir):
    data_dir, _ = centre_dir
    folder = ServerFolder(data_dir)
    keychain = trusted_keychain()
    _as_admin(data_dir, lambda c: keychain_unseal.enable(c, keychain, folder))
    keychain._given.items.clear()                     # the entry deleted from the keychain
    state = _state(data_dir)
    with pytest.raises(keychain_unseal.KeychainUnsealError, match="holds no unseal secret"):
        state.unseal_from_keychain(keychain)
    assert state.sealed and state.staff_labels() == []

    _as_admin(data_dir, lambda c: keychain_unseal.enable(c, keychain, folder))   # set up again
    other = trusted_keychain()
    other._given.items.update({k: "AAAA" + v[4:] for k, v in keychain._given.items.items()})
    with pytest.raises(keychain_unseal.KeychainUnsealError, match="does not open"):
        state.unseal_from_keychain(other)             # a replaced secret

    assert _as_admin(data_dir, lambda c: keychain_unseal.disable(c, keychain, folder))
    assert keychain._given.items == {} and not folder.config().unseal_from_keychain
    with pytest.raises(keychain_unseal.KeychainUnsealError, match="no key slot"):
        state.unseal_from_keychain(keychain)
    assert state.sealed
    assert [r.actor for r in _rows(data_dir, "server_keychain_disable")] == ["admin"]


def test_only_an_administrator_enables_it(centre_dir):
    data_dir, _ = centre_dir
    keychain = trusted_keychain()
    sol = _vault(data_dir).unlock("sol", OTHER)
    try:
        with pytest.raises(PermissionDenied):
            keychain_unseal.enable(sol, keychain, ServerFolder(data_dir))
    finally:
        sol.lock()
    assert keychain._given.items == {}
    assert not keychain_unseal.has_slot(KeySlotFile.load(data_dir / "keyslots.json"))


def test_an_administrator_seals_from_her_laptop_and_a_support_worker_cannot(centre_dir):
    data_dir, _ = centre_dir
    state = _state(data_dir)
    state.unseal("admin", PASSPHRASE, device="Laptop A")
    try:
        sup = state.sign_in("serial-2", "Laptop B", "sup", OTHER)
        sol = state.sign_in("serial-3", "Laptop C", "sol", OTHER)
        with pytest.raises(PermissionDenied):
            sup.methods[("server", "seal")]()
        assert not state.sealed
        admin = state.sign_in("serial-1", "Laptop A", "admin", PASSPHRASE)
        assert admin.methods[("server", "seal")]() is True
        assert state.sealed and state.signed_in_count() == 0 and state.keys_held_for() == 0
        for person in (sup, sol, admin):
            with pytest.raises(StoreLockedError, match="has been sealed"):
                state.find(person.token, person.serial)
        with pytest.raises(StoreLockedError):       # her sign-in ended with the seal
            admin.methods[("server", "seal")]()
    finally:
        state.seal()
    [row] = _rows(data_dir, "seal")
    assert (row.actor, row.detail) == ("admin", "device:Laptop_A")


def test_a_backup_being_made_when_the_server_is_sealed_stops_and_keeps_nothing(
        centre_dir, tmp_path):
    import dataclasses
    import threading
    data_dir, _ = centre_dir
    disk = tmp_path / "backup-disk"
    disk.mkdir()
    folder = ServerFolder(data_dir)
    folder.save_config(dataclasses.replace(folder.config(), backup_folder=str(disk)))
    state = _state(data_dir)
    state.unseal("admin", PASSPHRASE)
    desk, started = state.backups, threading.Event()
    report = desk._progress

    def slow_progress(fraction, label):      # the job holds on at its first step until
        report(fraction, label)              # the seal asks it to stop
        started.set()
        desk._cancel.wait(10)
    desk._progress = slow_progress
    try:
        admin = state.sign_in("serial-1", "Laptop A", "admin", PASSPHRASE)
        admin.methods[("server_backups", "start")]("amber kettle meadow rowing 58")
        assert started.wait(20)
        state.seal("@server", "device:console")
        assert desk._thread is not None and not desk._thread.is_alive()
        job = desk._job
        assert job.state == "failed" and "cancelled" in job.message
        assert list(disk.iterdir()) == []
    finally:
        state.seal()


def test_a_second_seal_keeps_the_reason_laptops_are_told(centre_dir):
    """A seal from the console while a restore runs must not replace the restore's reason
    (laptops would be told the plain "sealed" while unsealing is refused)."""
    from assist_desktop.domain.errors import StoreLockedError
    data_dir, _ids = centre_dir
    state = _state(data_dir)
    state.unseal("admin", PASSPHRASE)
    assert state.seal("admin", "restore device:Laptop_A", note="The centre is being restored.")
    assert not state.seal("@server", "device:console")          # already sealed
    with pytest.raises(StoreLockedError, match="being restored"):
        state.find(b"any token", "any serial")
