"""Every way opening can fail gets its own clear error, and a failed open changes nothing."""
from __future__ import annotations

import json

import hashlib
import os
import sqlite3
import unicodedata

import pytest

from assist_desktop.domain.errors import (DamagedStoreError, KeySlotError, NewerSchemaError,
                                          NotEncryptedError, StoreExistsError, StoreMissingError,
                                          ThrottledError, WrongKeyError)
from assist_desktop.storage.database import Database
from tests.conftest import PASSPHRASE


def _snapshot(directory):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.iterdir()) if p.is_file()}


def test_raw_key_wrong_key_is_told_apart(tmp_path):
    path = tmp_path / "x.db"
    key = os.urandom(32)
    Database.create(path, key).close()
    with pytest.raises(WrongKeyError):
        Database.open(path, os.urandom(32))
    db = Database.open(path, key)
    assert db.schema_version() >= 1
    db.close()


def test_missing_file_is_never_created(tmp_path):
    path = tmp_path / "absent.db"
    with pytest.raises(StoreMissingError):
        Database.open(path, os.urandom(32))
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_create_refuses_existing_file(tmp_path):
    path = tmp_path / "x.db"
    path.write_bytes(b"something precious")
    with pytest.raises(StoreExistsError):
        Database.create(path, os.urandom(32))
    assert path.read_bytes() == b"something precious"


def test_plain_sqlite_is_refused_and_untouched(tmp_path):
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE secrets(x)")
    conn.execute("INSERT INTO secrets VALUES ('in the clear')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotEncryptedError):
        Database.open(path, os.urandom(32))
    assert path.read_bytes() == before


def test_wrong_passphrase_changes_nothing_on_disk(vault, centre_and_code, data_dir):
    centre_and_code[0].lock()
    before = _snapshot(data_dir)
    before_slots = json.loads((data_dir / "keyslots.json").read_text())
    with pytest.raises(WrongKeyError):
        vault.unlock("admin", "not the passphrase at all")
    after = _snapshot(data_dir)
    # The failure counter is the one thing that changes: its file, and the key file's record
    # that failures are outstanding (nothing else in the key file).
    assert after.pop("unlock-throttle.json") != before.pop("unlock-throttle.json", None)
    slots = json.loads((data_dir / "keyslots.json").read_text())
    assert slots.pop("throttle") == {"failures": True} and "throttle" not in before_slots
    assert slots == before_slots
    assert {k: v for k, v in after.items() if k != "keyslots.json"} == \
        {k: v for k, v in before.items() if k != "keyslots.json"}


def test_unknown_user_gets_the_same_message(vault, centre):
    with pytest.raises(WrongKeyError) as unknown:
        vault.unlock("nobody", PASSPHRASE)
    with pytest.raises(WrongKeyError) as wrong:
        vault.unlock("admin", PASSPHRASE + "x")
    assert str(unknown.value) == str(wrong.value)


def _flip(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_damaged_first_page_is_reported_as_damage(vault, centre_and_code, data_dir):
    centre_and_code[0].lock()
    _flip(data_dir / "assist.db", 100)
    with pytest.raises(DamagedStoreError):
        vault.unlock("admin", PASSPHRASE)


def test_damage_deeper_in_the_file_fails_the_check(vault, centre_and_code, data_dir):
    centre, _ = centre_and_code
    for i in range(30):  # grow the file past a few pages
        centre.services.users.add_user(f"user{i}", "Some One " * 20, ["solicitor"],
                                       "violet lantern orchard thimble 7", must_change=False)
    centre.lock()
    db_file = data_dir / "assist.db"
    _flip(db_file, db_file.stat().st_size - 2000)
    reopened = vault.unlock("admin", PASSPHRASE)
    try:
        assert reopened.db.integrity_problems() != []
    finally:
        reopened.db.close()


def test_empty_and_truncated_files(vault, centre_and_code, data_dir):
    centre_and_code[0].lock()
    db_file = data_dir / "assist.db"
    db_file.write_bytes(db_file.read_bytes()[:10])
    with pytest.raises(DamagedStoreError):
        vault.unlock("admin", PASSPHRASE)
    db_file.write_bytes(b"")
    with pytest.raises(DamagedStoreError):
        vault.unlock("admin", PASSPHRASE)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "x.db"
    key = os.urandom(32)
    db = Database.create(path, key)
    db.read(lambda conn: conn.execute("PRAGMA user_version = 999"))
    db.close()
    with pytest.raises(NewerSchemaError) as err:
        Database.open(path, key)
    assert "newer version" in str(err.value)


def test_missing_or_damaged_key_file(vault, centre_and_code, data_dir):
    centre_and_code[0].lock()
    slots = data_dir / "keyslots.json"
    original = slots.read_text()
    slots.write_text(original[: len(original) // 2])
    with pytest.raises(KeySlotError):
        vault.unlock("admin", PASSPHRASE)
    slots.unlink()
    with pytest.raises(KeySlotError):
        vault.unlock("admin", PASSPHRASE)
    assert (data_dir / "assist.db").exists()


def test_key_file_of_another_centre_is_refused(tmp_path, fast_kdf):
    from assist_desktop.services.vault import Vault
    one, two = Vault(tmp_path / "one", kdf_policy=fast_kdf), Vault(tmp_path / "two", kdf_policy=fast_kdf)
    for vault in (one, two):
        vault.create(centre_name="C", jurisdiction="ireland", admin_username="admin",
                     admin_full_name="A", passphrase=PASSPHRASE)[0].lock()
    (tmp_path / "one" / "keyslots.json").write_bytes((tmp_path / "two" / "keyslots.json").read_bytes())
    with pytest.raises(DamagedStoreError):
        one.unlock("admin", PASSPHRASE)


@pytest.mark.parametrize("passphrase", [
    'it\'s a "quoted" passphrase; DROP TABLE users; --',
    "back\\slash\\x00 and x'00' pragma",
    "Ελληνικά και Кириллица και Tiếng Việt 🙂",
    " ".join(["orchard", "Ünïcode", "lantern", "квітка", "thimble", "9"] * 40)[:999] + "!",
])
def test_hostile_passphrases_round_trip(tmp_path, fast_kdf, passphrase):
    from assist_desktop.services.vault import Vault
    vault = Vault(tmp_path / "d", kdf_policy=fast_kdf)
    vault.create(centre_name="C", jurisdiction="scotland", admin_username="admin",
                 admin_full_name="A", passphrase=passphrase)[0].lock()
    vault.unlock("admin", passphrase).lock()
    with pytest.raises(WrongKeyError):
        vault.unlock("admin", passphrase[:-1])


def test_nfc_and_nfd_forms_unlock_the_same_slot(tmp_path, fast_kdf):
    from assist_desktop.services.vault import Vault
    passphrase = "Nguyễn thị hoà résumé naïve 2026"
    nfc, nfd = (unicodedata.normalize(form, passphrase) for form in ("NFC", "NFD"))
    assert nfc != nfd
    vault = Vault(tmp_path / "d", kdf_policy=fast_kdf)
    vault.create(centre_name="C", jurisdiction="scotland", admin_username="admin",
                 admin_full_name="A", passphrase=nfc)[0].lock()
    vault.unlock("admin", nfd).lock()


def test_failed_unlocks_are_throttled_with_growing_delay(vault, centre):
    for _ in range(3):
        with pytest.raises(WrongKeyError):
            vault.unlock("admin", "wrong wrong wrong")
    with pytest.raises(ThrottledError) as first:
        vault.unlock("admin", PASSPHRASE)  # even the right one waits
    assert first.value.seconds > 0
    from assist_desktop.security.throttle import UnlockThrottle
    delays = [UnlockThrottle.delay_for(n) for n in range(3, 9)]
    assert delays == sorted(delays) and delays[-1] > delays[0]


def test_database_files_are_private(tmp_path):
    import stat
    db = Database.create(tmp_path / "x.db", os.urandom(32))
    db.write(lambda conn: conn.execute("CREATE TABLE t(x)"))
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    db.close()
    assert set(modes) >= {"x.db", "x.db-wal"}
    assert all(mode == 0o600 for mode in modes.values()), modes
