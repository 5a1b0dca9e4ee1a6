"""Create, verify and restore: the restored centre is identical and opens with its own keys."""
from __future__ import annotations

import re

import pytest

from assist_desktop.backup import ReplacedCentre
from assist_desktop.backup import (BackupSecret, list_backups, load_status, read_backup_header,
                                   restore_backup, verify_backup)
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.services.vault import Vault
from assist_desktop.storage.migrations import LATEST_VERSION
from backup_world import (BACKUP_PASSPHRASE, BIG_BLOBS, CENTRE_NAME, attachment_hashes,
                                   dump, files_state)
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

NAME = re.compile(r"^assist-\d{4}-\d\d-\d\dT\d{4}(-\d+)?\.assistbackup$")


def test_backup_is_one_named_file_with_no_clear_data(make_backup, filled, dest):
    result = make_backup()
    assert NAME.match(result.path.name), result.path.name
    assert [p.name for p in dest.iterdir()] == [result.path.name]   # no temporary files left
    raw = result.path.read_bytes()
    client = filled.db.read(lambda c: c.execute("SELECT family_name FROM clients").fetchone()[0])
    for text in (CENTRE_NAME, "Riverside", client, "admin", "Ada Admin", "searchable words"):
        assert text.encode("utf-8") not in raw
    header = read_backup_header(result.path)
    assert header.database_id == filled.centre.database_id
    assert header.schema_version == LATEST_VERSION
    assert {s["kind"] for s in header.slots} == {"passphrase", "recovery"}
    assert result.has_recovery_slot and result.tables >= 40


def test_verify_with_passphrase_and_with_recovery_code(make_backup, centre_and_code, tmp_path):
    result = make_backup()
    for secret in (BackupSecret.passphrase(BACKUP_PASSPHRASE),
                   BackupSecret.recovery_code(centre_and_code[1].lower().replace("-", " "))):
        report = verify_backup(result.path, secret, work_dir=tmp_path)
        assert report.tables == result.tables and report.rows == result.rows
    assert not list(tmp_path.glob(".assist-verify-*"))


def _restored_equals(source_centre, data_dir, passphrase=PASSPHRASE):
    expected = source_centre.db.read(dump)
    hashes = source_centre.db.read(attachment_hashes)
    restored = Vault(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock("admin", passphrase)
    try:
        # Only the sign-in just now was added (audit log), so compare the rest exactly.
        got = restored.db.read(dump)
        assert got["audit_log"][:len(expected["audit_log"])] == expected["audit_log"]
        for name in set(expected) | set(got):
            if name != "audit_log":
                assert got.get(name) == expected.get(name), name
        assert restored.db.read(attachment_hashes) == hashes
        assert len(hashes) >= BIG_BLOBS and all(a == b for a, b in hashes.values())
        assert restored.db.integrity_problems() == []
        assert restored.services.audit.first_broken_link() is None
        assert restored.centre.name == CENTRE_NAME
    finally:
        restored.lock()


@pytest.mark.parametrize("by", ["passphrase", "recovery code"])
def test_round_trip_into_an_empty_data_folder(make_backup, filled, centre_and_code, tmp_path, by):
    result = make_backup()
    secret = BackupSecret.passphrase(BACKUP_PASSPHRASE) if by == "passphrase" else \
        BackupSecret.recovery_code(centre_and_code[1])
    fresh = tmp_path / "new-laptop" / "data"
    restored = restore_backup(result.path, fresh, secret)
    assert restored.safety_dir is None and restored.rows == result.rows
    assert sorted(p.name for p in fresh.iterdir()) == ["assist.db", "keyslots.json"]
    _restored_equals(filled, fresh)


def test_restored_centre_keeps_every_key_slot_and_recovery_code(make_backup, staff, filled,
                                                                centre_and_code, tmp_path):
    result = make_backup()
    fresh = tmp_path / "fresh"
    restore_backup(result.path, fresh, BackupSecret.passphrase(BACKUP_PASSPHRASE))
    vault = Vault(fresh, kdf_policy=KdfPolicy(TEST_PARAMETERS))
    vault.unlock("sol", OTHER_PASSPHRASE).lock()
    recovered = vault.recover(centre_and_code[1], "admin", "brand new passphrase for ada 9")
    recovered.lock()
    vault.unlock("admin", "brand new passphrase for ada 9").lock()


def test_restore_over_an_existing_centre_keeps_a_safety_copy(make_backup, filled, vault,
                                                            data_dir, tmp_path):
    result = make_backup()
    before = filled.db.read(dump)
    # A change after the backup: gone after the restore, kept in the safety copy.
    filled.db.write(lambda c: c.execute("INSERT INTO zz_keyed VALUES ('after', 'later')"))
    over = ReplacedCentre.of(filled)
    filled.lock()
    old_state = files_state(data_dir)
    restored = restore_backup(result.path, data_dir, BackupSecret.passphrase(BACKUP_PASSPHRASE),
                              replacing=over)
    assert restored.safety_dir is not None and restored.safety_dir.parent == data_dir
    safety = files_state(restored.safety_dir)
    assert safety["assist.db"] == old_state["assist.db"]
    assert safety["keyslots.json"] == old_state["keyslots.json"]
    centre = vault.unlock("admin", PASSPHRASE)
    try:
        assert centre.db.read(lambda c: c.execute("SELECT count(*) FROM zz_keyed WHERE code = "
                                                  "'after'").fetchone()[0]) == 0
        assert centre.db.read(dump)["clients"] == before["clients"]
    finally:
        centre.lock()
    # The safety copy is a working centre on its own.
    old = tmp_path / "old"
    old.mkdir()
    for name in ("assist.db", "keyslots.json"):
        (old / name).write_bytes((restored.safety_dir / name).read_bytes())
    previous = Vault(old, kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock("admin", PASSPHRASE)
    try:
        assert previous.db.read(lambda c: c.execute("SELECT count(*) FROM zz_keyed WHERE code = "
                                                    "'after'").fetchone()[0]) == 1
    finally:
        previous.lock()


def test_progress_is_monotonic_and_ends_done(make_backup, tmp_path):
    seen = []
    result = make_backup(progress=seen.append)
    fractions = [p.fraction for p in seen]
    assert fractions == sorted(fractions) and seen[-1].stage == "done" and fractions[-1] == 1.0
    assert {"snapshot", "check+write", "reread"} <= {p.stage for p in seen}
    assert all(p.label for p in seen)
    seen.clear()
    restore_backup(result.path, tmp_path / "r", BackupSecret.passphrase(BACKUP_PASSPHRASE),
                   progress=seen.append)
    assert [p.fraction for p in seen] == sorted(p.fraction for p in seen)
    assert seen[-1].fraction == 1.0


def test_listing_and_status(make_backup, filled, dest):
    first = make_backup()
    second = make_backup()
    assert first.path != second.path                 # same minute: -2 suffix, nothing replaced
    listed = list_backups(dest)
    assert [b.path for b in listed] == [second.path, first.path]
    assert all(b.ok for b in listed)
    status = load_status(filled.keeper.slots_path.parent)
    assert status.file_name == second.path.name and not status.is_overdue()
