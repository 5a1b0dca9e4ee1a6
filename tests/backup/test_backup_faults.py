"""Everything that must be refused, each with its own message, with nothing written or restored."""
from __future__ import annotations

import io
import os
import shutil
import sqlite3
import threading

import pytest

from assist_desktop.backup import ReplacedCentre
from assist_desktop.backup import (BackupCancelled, BackupCheckFailed, BackupDamagedError,
                                   BackupSecret, BackupTruncatedError, DestinationError,
                                   NewerBackupError, NotABackupError, RestoreError,
                                   WrongBackupSecretError, create_backup, restore_backup,
                                   verify_backup)
from assist_desktop.backup import format as fmt
from assist_desktop.backup.format import BackupHeader, encode_header
from assist_desktop.domain.errors import ValidationError, WeakPassphraseError
from assist_desktop.security.kdf import TEST_PARAMETERS
from assist_desktop.storage.migrations import LATEST_VERSION
from backup_world import BACKUP_PASSPHRASE, files_state, source_of

SECRET = BackupSecret.passphrase(BACKUP_PASSPHRASE)


@pytest.fixture
def backup_file(make_backup):
    return make_backup().path


def _copy(path, tmp_path, name, data: bytes):
    target = tmp_path / name
    target.write_bytes(data)
    return target


def _refused(path, tmp_path, error, secret=SECRET, verify_too=True):
    data_dir = tmp_path / "restore-target"
    data_dir.mkdir(exist_ok=True)
    (data_dir / "marker").write_text("unchanged")
    before = files_state(data_dir)
    with pytest.raises(error) as caught:
        restore_backup(path, data_dir, secret)
    assert files_state(data_dir) == before            # nothing restored, nothing left behind
    assert sorted(p.name for p in data_dir.iterdir()) == ["marker"]
    if verify_too:
        with pytest.raises(error):
            verify_backup(path, secret, work_dir=tmp_path)
    assert "\n" not in str(caught.value)
    return str(caught.value)


def test_each_fault_has_its_own_message(backup_file, tmp_path):
    data = backup_file.read_bytes()
    messages = {
        "wrong": _refused(backup_file, tmp_path, WrongBackupSecretError,
                          BackupSecret.passphrase("not the backup passphrase at all")),
        "truncated": _refused(_copy(backup_file, tmp_path, "cut", data[:len(data) // 2]),
                              tmp_path, BackupTruncatedError),
        "damaged": _refused(_copy(backup_file, tmp_path, "flip", data[:5000] + bytes(
            [data[5000] ^ 1]) + data[5001:]), tmp_path, BackupDamagedError),
        "foreign": _refused(_copy(backup_file, tmp_path, "pdf", b"%PDF-1.7\n" + os.urandom(5000)),
                            tmp_path, NotABackupError),
    }
    assert len(set(messages.values())) == 4
    assert "passphrase is not correct" in messages["wrong"]
    assert "incomplete" in messages["truncated"]
    assert "damaged" in messages["damaged"]
    assert "not an ASSIST Desktop backup" in messages["foreign"]


def test_wrong_recovery_code(backup_file, tmp_path):
    assert "recovery code" in _refused(backup_file, tmp_path, WrongBackupSecretError,
                                       BackupSecret.recovery_code("0" * 28))
    with pytest.raises(ValidationError):
        verify_backup(backup_file, BackupSecret.recovery_code("too short"), work_dir=tmp_path)


@pytest.mark.parametrize("cut", ["in-magic", "in-header", "after-header", "mid-chunk",
                                 "chunk-boundary", "last-byte"])
def test_truncated_anywhere(backup_file, tmp_path, cut):
    data = backup_file.read_bytes()
    opened = fmt.read_header(open(backup_file, "rb"), len(data))
    where = {"in-magic": 7, "in-header": 200, "after-header": opened.body_offset,
             "mid-chunk": opened.body_offset + 5000,
             "chunk-boundary": opened.body_offset + fmt.CHUNK_SIZE + fmt.TAG_BYTES,
             "last-byte": len(data) - 1}[cut]
    _refused(_copy(backup_file, tmp_path, "t", data[:where]), tmp_path, BackupTruncatedError)


def test_one_flipped_byte_anywhere(backup_file, tmp_path, monkeypatch):
    data = backup_file.read_bytes()
    opened = fmt.read_header(open(backup_file, "rb"), len(data))
    head = data[:opened.body_offset]
    tail = data[opened.body_offset:opened.body_offset + fmt.MAX_HEADER + 64]
    for offset in range(opened.body_offset):                           # every header byte
        flipped = bytearray(head)
        flipped[offset] ^= 0x40
        with pytest.raises(BackupDamagedError):                      # verify's first step
            fmt.read_header(io.BytesIO(bytes(flipped) + tail), len(data))
    step = max(1, len(data) // 30)
    offsets = set(range(opened.body_offset, len(data), step))        # across the body
    offsets |= set(range(0, 40)) | set(range(opened.body_offset, opened.body_offset + 20))
    offsets |= {len(data) - 1, len(data) - 16, len(data) - 17}        # the last tag, data
    target = tmp_path / "flipped"
    for offset in sorted(offsets):
        flipped = bytearray(data)
        flipped[offset] ^= 0x40
        target.write_bytes(flipped)
        with pytest.raises(BackupDamagedError):
            verify_backup(target, SECRET, work_dir=tmp_path)
    assert not list(tmp_path.glob(".assist-verify-*"))


def test_reordered_or_appended_chunks_are_refused(dest, tmp_path, monkeypatch, make_backup):
    monkeypatch.setattr(fmt, "CHUNK_SIZE", 64 * 1024)
    path = make_backup().path
    data = path.read_bytes()
    opened = fmt.read_header(open(path, "rb"), len(data))
    size = fmt.CHUNK_SIZE + fmt.TAG_BYTES
    body = data[opened.body_offset:]
    chunks = [body[i:i + size] for i in range(0, len(body), size)]
    assert len(chunks) > 5
    swapped = chunks[:1] + [chunks[2], chunks[1]] + chunks[3:]
    for name, content in (("swapped", data[:opened.body_offset] + b"".join(swapped)),
                          ("dropped", data[:opened.body_offset] + b"".join(chunks[:2] + chunks[3:])
                           + os.urandom(size)),
                          ("appended", data + b"\0")):
        target = _copy(path, tmp_path, name, content)
        with pytest.raises(BackupDamagedError):
            verify_backup(target, SECRET, work_dir=tmp_path)


@pytest.mark.parametrize("content", ["empty", "random", "sqlite", "text", "folder"])
def test_not_a_backup(tmp_path, content):
    path = tmp_path / f"file-{content}.assistbackup"
    if content == "folder":
        path.mkdir()
    elif content == "sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    else:
        path.write_bytes({"empty": b"", "random": os.urandom(4096),
                          "text": b"Dear colleague,\r\nplease find attached"}[content])
    _refused(path, tmp_path, NotABackupError)


def test_newer_schema_and_format_are_refused(filled, make_backup, tmp_path):
    filled.db.write(lambda c: c.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}"))
    path = make_backup().path
    message = _refused(path, tmp_path, NewerBackupError, verify_too=False)
    assert f"schema {LATEST_VERSION + 1}" in message
    header = BackupHeader(backup_id="6f7a2f5c-5d6c-4d43-9a9d-0d3b1f0c2a11",
                          created_at="2030-01-01T00:00:00+00:00", app_version="9.0",
                          schema_version=1, database_id=filled.centre.database_id,
                          body_size=100, format_version=fmt.FORMAT_VERSION + 1)
    future = tmp_path / "future.assistbackup"
    future.write_bytes(encode_header(header)[0] + os.urandom(100 + fmt.TAG_BYTES))
    with pytest.raises(NewerBackupError, match="file format"):
        restore_backup(future, tmp_path / "r", SECRET)


def test_destination_refusals(filled, tmp_path, dest):
    data_dir = filled.keeper.slots_path.parent
    inside = data_dir / "backups"
    inside.mkdir()
    link = tmp_path / "sneaky"
    link.symlink_to(inside)
    cases = {data_dir: "inside the data folder", inside: "inside the data folder",
             link: "inside the data folder", filled.db.path: "live database",
             tmp_path / "no-such-drive": "does not exist"}
    for folder, words in cases.items():
        with pytest.raises(DestinationError, match=words):
            create_backup(source_of(filled), folder, BACKUP_PASSPHRASE, kdf_params=TEST_PARAMETERS)
    assert list(inside.iterdir()) == []


def test_weak_backup_passphrase_is_refused(filled, dest):
    with pytest.raises(WeakPassphraseError):
        create_backup(source_of(filled), dest, "password1", kdf_params=TEST_PARAMETERS)
    assert list(dest.iterdir()) == []


@pytest.mark.parametrize("stage", ["snapshot", "check+write", "reread"])
def test_cancel_at_every_stage_leaves_nothing(filled, make_backup, dest, stage):
    before = filled.db.read(lambda c: c.execute("SELECT count(*) FROM zz_keyed").fetchone())
    cancel = threading.Event()

    def progress(p):
        if p.stage == stage:
            cancel.set()
    with pytest.raises(BackupCancelled):
        make_backup(progress=progress, cancel=cancel)
    assert list(dest.iterdir()) == []
    assert filled.db.integrity_problems() == []
    assert filled.db.read(lambda c: c.execute("SELECT count(*) FROM zz_keyed").fetchone()) == before


@pytest.mark.parametrize("stage", ["snapshot", "check+write", "reread"])
def test_destination_vanishing_part_way(filled, make_backup, tmp_path, stage):
    folder = tmp_path / "stick"
    folder.mkdir()

    def progress(p):
        if p.stage == stage and folder.exists():
            shutil.rmtree(folder)
    with pytest.raises(DestinationError, match="disappeared"):
        make_backup(folder=folder, progress=progress)
    assert not folder.exists()
    assert filled.db.integrity_problems() == []


def test_restore_that_fails_half_way_changes_nothing(make_backup, filled, data_dir, monkeypatch):
    path = make_backup().path
    over = ReplacedCentre.of(filled)
    filled.lock()
    before = files_state(data_dir)
    from assist_desktop.backup import restore as restore_module

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(restore_module.snap, "reencrypt", broken)
    with pytest.raises(RestoreError, match="nothing was changed"):
        restore_backup(path, data_dir, SECRET, replacing=over)
    assert files_state(data_dir) == before
    monkeypatch.undo()

    real_replace = os.replace

    def fail_on_database(src, dst):
        if str(dst).endswith(os.sep + "assist.db"):
            raise OSError(5, "Input/output error")
        return real_replace(src, dst)
    monkeypatch.setattr(os, "replace", fail_on_database)
    with pytest.raises(RestoreError, match="previous database is back"):
        restore_backup(path, data_dir, SECRET, replacing=over)
    monkeypatch.undo()
    assert files_state(data_dir) == before


def test_a_backup_failing_its_check_is_deleted(filled, make_backup, dest, monkeypatch):
    """If reading the rows of the copied state fails, no file gets a backup name."""
    from assist_desktop.storage import connection, snapshot_check

    def unreadable(conn, *args, **kwargs):
        raise connection.DatabaseError("database disk image is malformed")
    monkeypatch.setattr(snapshot_check, "compute_manifest", unreadable)
    with pytest.raises(BackupCheckFailed, match="was deleted") as caught:
        make_backup(format_version=2)     # format 3's own faults: test_backup_pages.py
    assert any("reading the rows failed" in p for p in caught.value.problems)
    assert list(dest.iterdir()) == []
    assert filled.db.integrity_problems() == []


def test_a_copy_that_differs_from_the_source_manifest_is_deleted(filled, make_backup, dest,
                                                                  monkeypatch):
    """If the copy does not match the source's manifest, no file gets a backup name."""
    from assist_desktop.storage import snapshot_check
    real = snapshot_check.compute_manifest

    def tampered(conn, *args, **kwargs):
        manifest = real(conn, *args, **kwargs)
        manifest["tables"]["zz_keyed"]["rows"] += 1
        return manifest
    monkeypatch.setattr(snapshot_check, "compute_manifest", tampered)
    with pytest.raises(BackupCheckFailed, match="was deleted") as caught:
        make_backup(format_version=2)
    assert caught.value.problems == ["table zz_keyed: 201 rows, expected 200"]
    assert list(dest.iterdir()) == []


@pytest.mark.parametrize("version,what", [(2, "hash"), (2, "trailer"), (3, "trailer")])
def test_a_backup_that_reads_back_differently_is_deleted(filled, make_backup, dest, monkeypatch,
                                                         version, what):
    from assist_desktop.backup import create as create_module
    real = create_module.reader.decrypt

    def different(*args, **kwargs):
        result = real(*args, **kwargs)
        if what == "hash":
            result.snapshot_sha256 = "0" * 64
        else:
            result.meta = dict(result.meta, schema_version=-1)
        return result
    monkeypatch.setattr(create_module.reader, "decrypt", different)
    with pytest.raises(BackupCheckFailed):
        make_backup(format_version=version)
    assert list(dest.iterdir()) == []
