"""Format 3: a backup holds the live database's own pages, each checked as it is encrypted.

Every page's HMAC is checked under the data key on the bytes going into the backup (a page
changed, moved or cut off on its way is refused); the file is read at one frozen state that
no checkpoint may write meanwhile; the row counts recorded then are checked by a deep verify
and a restore; a restore puts the pages under a new data key; reading the file leaves the
application's SQLite locks alone; backups of format 2 still verify and restore.
"""
from __future__ import annotations

import base64
import subprocess
import sys

import pytest
from backup_world import BACKUP_PASSPHRASE, dump, files_state

from assist_desktop.backup import (BackupCheckFailed, BackupDamagedError, BackupSecret,
                                   restore_backup, verify_backup)
from assist_desktop.backup import page_copy
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.services.vault import Vault
from assist_desktop.storage import frozen_snapshot
from assist_desktop.storage import snapshot as snap
from assist_desktop.storage.frozen_pages import FrozenPages
from tests.conftest import PASSPHRASE

SECRET = BackupSecret.passphrase(BACKUP_PASSPHRASE)
PAGE = page_copy.LIVE_PAGES["page_size"]


def _content(rows: dict) -> dict:
    """A dump without the audit log (a restore and a sign-in add their rows)."""
    return {name: value for name, value in rows.items() if not name.startswith("audit")}


def _restored_dump(result, folder):
    restore_backup(result.path, folder, SECRET)
    restored = Vault(folder, kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock("admin", PASSPHRASE)
    try:
        assert restored.db.integrity_problems() == []
        return _content(restored.db.read(dump)), restored.keeper.data_key
    finally:
        restored.lock()


def test_the_live_pages_restore_under_a_new_data_key(filled, make_backup, tmp_path):
    expected = _content(filled.db.read(dump))
    result = make_backup()
    assert result.header.format_version == 3
    assert result.header.snapshot_cipher == page_copy.LIVE_PAGES
    data = result.path.read_bytes()
    key = filled.keeper.data_key
    for form in (key, key.hex().encode(), base64.b64encode(key)):
        assert form not in data                      # the data key only inside the trailer
    report = verify_backup(result.path, SECRET, deep=True, work_dir=tmp_path)
    assert report.deep and (report.tables, report.rows) == (result.tables, result.rows)
    assert list(tmp_path.glob(".assist-verify-*")) == []    # its -wal and -shm files too
    restored, new_key = _restored_dump(result, tmp_path / "restored")
    assert restored == expected
    assert new_key != key
    assert not snap.key_opens(tmp_path / "restored" / "assist.db", key)


def test_backups_of_format_2_still_verify_and_restore(filled, make_backup, tmp_path):
    expected = _content(filled.db.read(dump))
    old = make_backup(format_version=2)
    assert old.header.format_version == 2
    assert verify_backup(old.path, SECRET, deep=True, work_dir=tmp_path).rows == old.rows
    assert _restored_dump(old, tmp_path / "restored")[0] == expected


def test_a_damaged_page_of_the_live_database_is_refused(filled, make_backup, dest):
    """One byte changed in the live file (a failing disk): no backup of it gets a name."""
    path = filled.db.path
    filled.db.read(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
    offset = (path.stat().st_size // PAGE // 2) * PAGE + 100
    with open(path, "r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0x04]))
    try:
        with pytest.raises(BackupCheckFailed, match="was deleted") as caught:
            make_backup()
    finally:
        with open(path, "r+b") as handle:
            handle.seek(offset)
            handle.write(byte)
    assert caught.value.problems == [f"cipher_integrity_check: 1 page(s) of the database fail "
                                     f"their HMAC ({offset // PAGE + 1})"]
    assert list(dest.iterdir()) == []
    assert filled.db.integrity_problems() == []


def _altered_blocks(monkeypatch, how: str):
    real = FrozenPages.blocks

    def blocks(self, *args, **kwargs):
        for number, block in enumerate(real(self, *args, **kwargs)):
            if number == 0 and how == "changed":
                block = block[:PAGE + 9] + bytes([block[PAGE + 9] ^ 1]) + block[PAGE + 10:]
            elif number == 0 and how == "moved":
                block = block[:PAGE] + block[2 * PAGE:3 * PAGE] + block[PAGE:2 * PAGE] + \
                    block[3 * PAGE:]
            elif number == 0 and how == "cut":
                block = block[:-PAGE]
            yield block
    monkeypatch.setattr(FrozenPages, "blocks", blocks)


@pytest.mark.parametrize("how", ["changed", "moved", "cut"])
def test_a_page_changed_moved_or_cut_on_its_way_is_refused(filled, make_backup, dest,
                                                          monkeypatch, how):
    _altered_blocks(monkeypatch, how)
    with pytest.raises(BackupCheckFailed, match="was deleted") as caught:
        make_backup()
    problems = caught.value.problems
    if how == "cut":        # every later page is one place early: from the cut on, all fail
        assert len(problems) == 1 and problems[0].endswith("fail their HMAC (256, 257, 258, "
                                                          "259, 260)")
    else:
        assert problems == {"changed": [f"cipher_integrity_check: 1 page(s) of the database "
                                        f"fail their HMAC (2)"],
                            "moved": [f"cipher_integrity_check: 2 page(s) of the database "
                                      f"fail their HMAC (2, 3)"]}[how]
    assert list(dest.iterdir()) == []


def test_recorded_row_counts_are_checked_by_deep_verify_and_restore(filled, make_backup,
                                                                   tmp_path, monkeypatch):
    """Counts taken at the frozen state but wrong (as if a row had been lost): a quick verify
    (the file unchanged since it was made) passes, a deep verify and a restore refuse it."""
    real = FrozenPages.row_counts

    def wrong(self):
        counts = real(self)
        counts["tables"]["zz_keyed"]["rows"] += 1
        return counts
    monkeypatch.setattr(FrozenPages, "row_counts", wrong)
    result = make_backup()
    monkeypatch.undo()
    assert verify_backup(result.path, SECRET, work_dir=tmp_path).rows == result.rows
    with pytest.raises(BackupDamagedError, match="zz_keyed: 200 rows, expected 201"):
        verify_backup(result.path, SECRET, deep=True, work_dir=tmp_path)
    target = tmp_path / "empty"
    target.mkdir()
    with pytest.raises(BackupDamagedError, match="do not pass their checks"):
        restore_backup(result.path, target, SECRET)
    assert files_state(target) == {}


def test_a_checkpoint_during_the_copy_does_not_write_the_file(filled, make_backup, tmp_path,
                                                               monkeypatch):
    """While the pages are read, the application commits and checkpoints: the commit waits in
    the WAL (the checkpoint cannot write the file) and is not in the backup."""
    real = FrozenPages.blocks
    results = []

    def blocks(self, *args, **kwargs):
        for number, block in enumerate(real(self, *args, **kwargs)):
            if number == 0:
                filled.db.write(lambda c: c.execute(
                    "UPDATE zz_keyed SET label = 'after the freeze' WHERE code = 'c0001'"))
                results.append(filled.db.read(lambda c: c.execute(
                    "PRAGMA wal_checkpoint(TRUNCATE)").fetchone()))
            yield block
    before = _content(filled.db.read(dump))
    monkeypatch.setattr(FrozenPages, "blocks", blocks)
    result = make_backup()
    monkeypatch.undo()
    assert results and results[0][0] == 1             # busy: the frozen reader held it off
    restored, _key = _restored_dump(result, tmp_path / "restored")
    assert restored == before


def test_a_write_while_freezing_starts_the_freeze_again(filled, make_backup, monkeypatch,
                                                        tmp_path):
    real, began = frozen_snapshot.begin_read, []   # the freeze loop both copies share

    def begin(conn):
        real(conn)
        began.append(conn)
        if len(began) == 1:              # after the checkpoint, before the WAL was seen empty
            filled.db.write(lambda c: c.execute(
                "UPDATE zz_keyed SET label = 'during' WHERE code = 'c0002'"))
    monkeypatch.setattr(frozen_snapshot, "begin_read", begin)
    result = make_backup()
    expected = _content(filled.db.read(dump))
    assert len(began) == 2
    assert _restored_dump(result, tmp_path / "restored")[0] == expected


@pytest.mark.skipif(sys.platform == "win32", reason="Windows locks belong to handles: a closed "
                    "handle cannot drop another's lock")
def test_reading_the_file_leaves_the_applications_locks_alone(filled, make_backup):
    """Closing any descriptor of a file drops this process's fcntl locks on it (SQLite's
    included): after a backup, another process must still find the database in use."""
    make_backup()
    probe = ("import fcntl, os, sys\n"
             "fd = os.open(sys.argv[1], os.O_RDWR)\n"
             "try:\n"
             "    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 510, 0x40000002)\n"
             "    print('free')\n"
             "except OSError:\n"
             "    print('held')\n")
    out = subprocess.run([sys.executable, "-c", probe, str(filled.db.path)],
                         capture_output=True, text=True, check=True).stdout.strip()
    assert out == "held"
