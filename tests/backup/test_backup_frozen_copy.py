"""The backup's snapshot and its manifest come from one frozen committed state.

A writer keeps changing (and checkpointing) the database during the whole backup: the backup
must hold exactly one committed state (each transaction in it whole or absent) whose manifest
matches, pass every check of a deep verify and restore, while the writer is never stopped.
And the quick verify (authenticated encryption) is told apart from the deep one (the database
inside re-checked). And the trailer's length is protected.
"""
from __future__ import annotations

import io
import os
import threading

import pytest
from backup_world import BACKUP_PASSPHRASE

from assist_desktop.backup import BackupSecret, restore_backup, verify_backup
from assist_desktop.backup import format as fmt
from assist_desktop.backup.errors import BackupDamagedError
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.services.vault import Vault
from assist_desktop.storage.frozen_snapshot import FrozenDatabase
from tests.conftest import PASSPHRASE

SECRET = BackupSecret.passphrase(BACKUP_PASSPHRASE)


def _one_write(conn, number: int) -> None:
    # Two statements in one transaction: a copy of a half-written state would break the pair.
    conn.execute("INSERT INTO zz_later_feature VALUES ('live', ?, ?, 0.5)",
                 (os.urandom(3000), number))
    conn.execute("UPDATE zz_keyed SET label = ? WHERE code = 'c0000'", (str(number),))


def _live_state(conn) -> tuple[list[int], str]:
    numbers = [r[0] for r in conn.execute(
        "SELECT amount FROM zz_later_feature WHERE kind = 'live' ORDER BY rowid")]
    label = conn.execute("SELECT label FROM zz_keyed WHERE code = 'c0000'").fetchone()[0]
    return numbers, label


def test_a_backup_taken_during_constant_writing_holds_one_whole_state(filled, make_backup,
                                                                      tmp_path):
    filled.db.write(_one_write, 0)
    stop, written, errors = threading.Event(), [1], []

    def writer():
        try:
            while not stop.is_set():
                filled.db.write(_one_write, written[0])
                written[0] += 1
                if written[0] % 7 == 0:
                    # As SQLite's automatic checkpoints do: copy the WAL into the database
                    # file, which the freeze must hold off until the copy is done.
                    filled.db.read(lambda c: c.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall())
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        before = written[0]
        result = make_backup()
        during = written[0] - before
    finally:
        stop.set()
        thread.join()
    assert errors == []
    assert during > 0, "the writer was blocked for the whole backup"

    report = verify_backup(result.path, SECRET, deep=True, work_dir=tmp_path)
    assert report.deep and report.rows == result.rows
    fresh = tmp_path / "restored"
    restore_backup(result.path, fresh, SECRET)
    restored = Vault(fresh, kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock("admin", PASSPHRASE)
    try:
        numbers, label = restored.db.read(_live_state)
        assert restored.db.integrity_problems() == []
    finally:
        restored.lock()
    assert numbers == list(range(len(numbers))) and numbers      # a prefix of the writes
    assert label == str(numbers[-1])                              # and the pair is whole
    assert len(numbers) < written[0]                              # not the final state


def test_quick_verify_trusts_the_recorded_hash_and_deep_verify_rechecks(filled, make_backup,
                                                                        tmp_path, monkeypatch):
    """A copy whose checks were (wrongly) passed at creation: only the deep verify can tell."""
    from assist_desktop.backup import copy_and_check
    real = FrozenDatabase.export_with_manifest

    def wrong_manifest(self, *args, **kwargs):
        manifest = real(self, *args, **kwargs)
        manifest["tables"]["zz_keyed"]["rows"] += 1      # as if a row had been lost
        return manifest
    monkeypatch.setattr(FrozenDatabase, "export_with_manifest", wrong_manifest)
    monkeypatch.setattr(copy_and_check.reader, "manifest_problems", lambda *_: [])
    result = make_backup(format_version=2)     # format 3: test_backup_pages.py
    monkeypatch.undo()

    quick = verify_backup(result.path, SECRET, work_dir=tmp_path)
    assert not quick.deep and quick.rows == result.rows
    with pytest.raises(BackupDamagedError, match="do not pass their checks"):
        verify_backup(result.path, SECRET, deep=True, work_dir=tmp_path)
    assert not list(tmp_path.glob(".assist-verify-*"))


def test_a_damaged_trailer_length_is_refused(make_backup):
    data = make_backup().path.read_bytes()
    opened = fmt.read_header(io.BytesIO(data), len(data))
    for offset in range(opened.body_end, opened.body_end + 8):    # length and complement
        for bit in (0x01, 0x40, 0x80):
            flipped = bytearray(data)
            flipped[offset] ^= bit
            with pytest.raises(BackupDamagedError):
                fmt.read_header(io.BytesIO(bytes(flipped)), len(data))


def test_a_pre_release_backup_format_is_refused_with_its_own_message(make_backup, tmp_path):
    import hashlib
    import struct
    data = make_backup().path.read_bytes()
    magic = len(fmt.MAGIC)
    version, length = struct.unpack(">HI", data[magic:magic + 6])
    assert version == fmt.FORMAT_VERSION
    prefix = data[:magic] + struct.pack(">HI", 1, length) + data[magic + 6:magic + 6 + length]
    old = prefix + hashlib.sha256(prefix).digest() + data[len(prefix) + 32:]
    with pytest.raises(BackupDamagedError, match="pre-release"):
        fmt.read_header(io.BytesIO(old), len(old))


def test_a_write_between_the_two_readers_starting_is_never_mixed_in(filled, make_backup,
                                                                    monkeypatch, tmp_path):
    """The copy and the manifest must come from one state: if a write lands after the first
    reader began and before the second did, the freeze starts again."""
    from assist_desktop.storage import frozen_snapshot
    real, began = frozen_snapshot.begin_read, []

    def begin(conn):
        real(conn)
        began.append(conn)
        if len(began) == 1:                          # between the exporter and the reader
            filled.db.write(_one_write, 99)
    monkeypatch.setattr(frozen_snapshot, "begin_read", begin)
    result = make_backup(format_version=2)     # format 3 has one reader: test_backup_pages.py
    assert len(began) == 4                           # two readers, twice
    assert verify_backup(result.path, SECRET, deep=True, work_dir=tmp_path).deep


def test_a_deep_check_removes_what_a_killed_one_left(make_backup, tmp_path):
    result = make_backup()
    old = tmp_path / ".assist-verify-0123.snapshot"
    recent = tmp_path / ".assist-verify-4567.snapshot"     # perhaps another check, running
    for path in (old, recent):
        path.write_bytes(b"left behind")
    os.utime(old, (1, 1))
    verify_backup(result.path, SECRET, deep=True, work_dir=tmp_path)
    assert not old.exists() and recent.exists()
