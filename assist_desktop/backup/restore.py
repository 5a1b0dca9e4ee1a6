"""Restoring a backup into a data folder, onto a fresh installation or over an existing one.

Nothing in the data folder is touched until the restored database is complete and checked:

1. The header is checked; a backup from a newer version is refused before anything else.
2. The body key is opened (backup passphrase or the centre's recovery code).
3. The body is decrypted into a staging folder inside the data folder (still encrypted by
   SQLCipher: format 3 with the data key the trailer holds, format 2 with the backup's
   snapshot key) and checked: every chunk, its hash, cipher_integrity_check,
   integrity_check, every row against the manifest (format 3: its row counts).
4. The snapshot is copied into a new database under a **new** data key; the centre's key file
   from the backup has the new key sealed to every one of its slots (as a key rotation does),
   so the centre's own passphrases and recovery code open the restored database. The new
   database is checked again, every row against the hashes of the snapshot's rows.
5. Install: the current database, its WAL files and the key file are moved into
   ``restore-safety-<time>/`` and the restored ones moved into place. A journal file makes
   this recoverable: an error rolls back at once; after a kill, ``settle_interrupted_restore``
   (called by every restore, and by the application at start) puts back the previous state
   unless the restored database was already in place.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from assist_desktop.backup import reader
from assist_desktop.backup.errors import (BackupCancelled, BackupDamagedError,
                                          NewerBackupError, RestoreError)
from assist_desktop.backup.format import BackupHeader
from assist_desktop.backup.keys import BackupSecret
from assist_desktop.backup.progress import ProgressCallback, Reporter
from assist_desktop.backup.restore_over import ReplacedCentre, record_restore
from assist_desktop.backup.verify import check_decrypted, damaged_database
from assist_desktop.domain.errors import KeySlotError
from assist_desktop.platform import paths, safety_copies, secure_delete
from assist_desktop.platform.atomic import atomic_write_text, fsync_dir
from assist_desktop.security import envelope
from assist_desktop.security.audit_chain import signed_anchor
from assist_desktop.security.key_slots import KeySlotFile
from assist_desktop.storage import snapshot as snap
from assist_desktop.storage.snapshot_check import check_snapshot
from assist_desktop.storage.migrations import LATEST_VERSION

log = logging.getLogger(__name__)

JOURNAL = paths.RESTORE_JOURNAL_FILE
SAFETY_PREFIX = paths.RESTORE_SAFETY_PREFIX
STAGING_PREFIX = paths.RESTORE_STAGING_PREFIX
DB = paths.DATABASE_FILE
SLOTS = paths.KEYSLOT_FILE
# Moved aside in this order (WAL files with their database; the unlock throttle's counters
# with the key file that names them); put back in reverse.
LIVE_FILES = (f"{DB}-wal", f"{DB}-shm", DB, f"{SLOTS}.prev", paths.THROTTLE_FILE, SLOTS)


@dataclass(frozen=True)
class RestoreResult:
    data_dir: Path
    safety_dir: Path | None       # where the previous database and key file now are
    header: BackupHeader
    tables: int
    rows: int
    seconds: float


def _prepare(path: Path, opened, body_key: bytes, staging: Path, reporter: Reporter,
             record) -> dict:
    snapshot = staging / "snapshot.db"
    reporter.stage("decrypt")
    decrypted = reader.decrypt(path, opened, body_key, snapshot, reporter)
    reporter.stage("check")
    cipher = opened.header.snapshot_cipher
    manifest = check_decrypted(snapshot, body_key, decrypted, opened, reporter)
    if manifest["user_version"] > LATEST_VERSION:
        raise NewerBackupError(manifest["user_version"], LATEST_VERSION)
    reporter.stage("prepare")
    slots_path = staging / SLOTS
    text = decrypted.meta.get("keyslots")
    if not isinstance(text, str):
        raise BackupDamagedError()
    atomic_write_text(slots_path, text, mode=0o600)
    try:
        slots = KeySlotFile.load(slots_path)
    except KeySlotError:
        raise BackupDamagedError() from None
    if slots.database_id != opened.header.database_id:
        raise BackupDamagedError()
    new_key = envelope.new_data_key()
    # The slots came out of the authenticated backup body: trust them, seal the new key to
    # every one and sign them again under it.
    slots.rekey_trusted(new_key)
    atomic_write_text(slots_path, slots.to_json_text(), mode=0o600)
    target = staging / DB
    try:
        snap.reencrypt(snapshot, reader.snapshot_key(opened, body_key, decrypted.meta), target,
                       new_key, cipher=cipher,
                       should_stop=reporter.should_stop)
    except snap.SnapshotCancelled:
        raise BackupCancelled("The restore was cancelled; nothing was changed.") from None
    except snap.SnapshotWriteError:
        raise RestoreError("The restored database could not be written in the data folder (is "
                           "the disk full?). Nothing was changed.") from None
    reporter.update(0.6)
    try:
        problems, final = check_snapshot(target, new_key, cipher=snap.LIVE_CIPHER,
                                         read_only=False, should_stop=reporter.should_stop)
    except snap.SnapshotCancelled:
        raise BackupCancelled("The restore was cancelled; nothing was changed.") from None
    # The new database against the snapshot's full manifest (rows and hashes), which
    # check_decrypted compared with the one recorded when the backup was made.
    problems = problems or reader.manifest_problems(manifest, final)
    if problems:
        raise damaged_database(problems)
    snapshot.unlink()
    # Checks the centre, then writes the audit trail of this restore; the key file's anchor
    # is the restored chain's new head, so the restored database and key file agree.
    seq, link, audit_key = record(target, new_key)
    slots.audit_anchor = (signed_anchor(audit_key, slots.database_id, seq, link).to_json()
                          if audit_key else None)
    slots.throttle = {}     # failures outstanding were of the centre's state at the backup
    atomic_write_text(slots_path, slots.to_json_text(), mode=0o600)
    _fsync(target)
    return manifest


def _folder_database_id(data_dir: Path) -> str | None:
    try:
        return KeySlotFile.load(data_dir / SLOTS).database_id
    except (KeySlotError, OSError):
        return None


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _install(data_dir: Path, staging: Path, when: datetime) -> Path | None:
    existing = [name for name in LIVE_FILES if (data_dir / name).exists()]
    safety = None
    if existing:
        stamp = when.astimezone().strftime("%Y%m%dT%H%M%S")
        safety = data_dir / f"{SAFETY_PREFIX}{stamp}"
        number = 2
        while safety.exists():
            safety = data_dir / f"{SAFETY_PREFIX}{stamp}-{number}"
            number += 1
        safety.mkdir(mode=0o700)
    journal = {"staging": staging.name, "safety": safety.name if safety else None}
    atomic_write_text(data_dir / JOURNAL, json.dumps(journal) + "\n", mode=0o600)
    moved: list[str] = []
    placed: list[str] = []
    try:
        for name in existing:
            os.replace(data_dir / name, safety / name)
            moved.append(name)
        if safety is not None:
            fsync_dir(safety)
        for name in (SLOTS, DB):          # the database last: its arrival completes the restore
            os.replace(staging / name, data_dir / name)
            placed.append(name)
        fsync_dir(data_dir)
        if safety is not None:
            safety_copies.write_meta(safety, when)
    except BaseException:
        for name in reversed(placed):
            os.replace(data_dir / name, staging / name)
        for name in reversed(moved):
            os.replace(safety / name, data_dir / name)
        if safety is not None:
            (safety / safety_copies.META).unlink(missing_ok=True)
            safety.rmdir()
        (data_dir / JOURNAL).unlink(missing_ok=True)
        fsync_dir(data_dir)
        raise
    (data_dir / JOURNAL).unlink()
    fsync_dir(data_dir)
    return safety


def _remove_staging(staging: Path) -> None:
    """Staging holds the decrypted-from-backup copy (still SQLCipher-encrypted): overwritten
    and removed like a safety copy."""
    try:
        secure_delete.remove_tree(staging)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)


def _created_folders(data_dir: Path) -> list[Path]:
    """The folders ensure_private_dir(data_dir) is about to create, deepest first."""
    missing, folder = [], data_dir
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def _remove_if_empty(folders: list[Path]) -> None:
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


def _holds_centre(data_dir: Path) -> bool:
    return (data_dir / DB).exists() or (data_dir / SLOTS).exists()


def settle_interrupted_restore(data_dir: Path) -> str | None:
    """After a kill during a restore: finish it or put the previous state back.

    Returns "completed", "rolled-back" or None (nothing to do). Also removes staging
    folders left by a restore killed before it started installing.
    """
    data_dir = Path(data_dir)
    outcome = None
    journal_path = data_dir / JOURNAL
    if journal_path.exists():
        try:
            journal = json.loads(journal_path.read_text(encoding="utf-8"))
            staging = data_dir / str(journal["staging"])
            safety = data_dir / str(journal["safety"]) if journal.get("safety") else None
        except (OSError, ValueError, KeyError, TypeError):
            raise RestoreError(f"An interrupted restore left an unreadable {JOURNAL} in "
                               f"{data_dir}; nothing was changed. Ask for help.") from None
        if (data_dir / DB).exists() and not (staging / DB).exists():
            outcome = "completed"
        else:
            if not (staging / SLOTS).exists() and (data_dir / SLOTS).exists():
                (data_dir / SLOTS).unlink()          # the restored key file without its database
            if safety is not None and safety.is_dir():
                for name in reversed(LIVE_FILES):
                    if (safety / name).exists() and not (data_dir / name).exists():
                        os.replace(safety / name, data_dir / name)
                (safety / safety_copies.META).unlink(missing_ok=True)
                if not any(safety.iterdir()):
                    safety.rmdir()
            outcome = "rolled-back"
        fsync_dir(data_dir)
        journal_path.unlink()
        log.warning("an interrupted restore was settled")
    for leftover in data_dir.glob(f"{STAGING_PREFIX}*") if data_dir.is_dir() else []:
        _remove_staging(leftover)
    return outcome


def restore_backup(path: Path, data_dir: Path, secret: BackupSecret, *,
                   progress: ProgressCallback | None = None,
                   cancel: threading.Event | None = None,
                   now: datetime | None = None,
                   replacing: ReplacedCentre | None = None) -> RestoreResult:
    """Restore the backup at path into data_dir. The application must not have it open.

    Over a centre, ``replacing`` must say who replaces it (restore_over.ReplacedCentre: an
    administrator of that centre, signed in then locked); into an empty or missing folder it
    is not needed. A backup of another centre is refused unless replacing names it."""
    started = time.monotonic()
    reporter = Reporter([("unlock", 5), ("decrypt", 30), ("check", 30), ("prepare", 30),
                         ("install", 5)], progress, cancel)
    reporter.stage("unlock")
    path, data_dir = Path(path), Path(data_dir).expanduser().resolve()
    opened = reader.open_header(path)
    reader.refuse_newer(opened)
    if data_dir.exists() and not data_dir.is_dir():
        raise RestoreError(f"{data_dir} is not a folder; nothing was restored.")
    settle_interrupted_restore(data_dir)
    if snap.database_in_use(data_dir / DB):
        raise RestoreError("ASSIST Desktop has this data folder open. Close it on this computer "
                           "and try again; nothing was changed.")
    if _holds_centre(data_dir):
        if replacing is None:
            raise RestoreError(f"{data_dir} holds a centre: only one of its administrators can "
                               f"restore a backup over it (sign in with --as ADMIN). Nothing was "
                               f"changed.")
        signed_in = replacing.data_key is not None
        if signed_in and replacing.database_id != _folder_database_id(data_dir):
            raise RestoreError(f"The administrator signed in to another centre than the one in "
                               f"{data_dir}. Nothing was changed.")
    else:
        replacing = None       # nothing to replace: the backup's secret is enough
    body_key = reader.unlock(opened, secret)
    reader.check_origin(path, opened, body_key, secret)

    def record(target: Path, key: bytes) -> tuple[int, str, bytes | None]:
        return record_restore(target, key, header=opened.header, file_name=path.name,
                       secret_kind=secret.kind, data_dir=data_dir, replacing=replacing)
    created = _created_folders(data_dir)
    try:
        paths.ensure_private_dir(data_dir)
        staging = data_dir / f"{STAGING_PREFIX}{uuid.uuid4().hex}"
        staging.mkdir(mode=0o700)
    except OSError as exc:
        _remove_if_empty(created)
        raise RestoreError(f"The data folder {data_dir} cannot be written "
                           f"({exc.strerror}); nothing was restored.") from None
    installed = False
    try:
        try:
            manifest = _prepare(path, opened, body_key, staging, reporter, record)
            reporter.check()
        except OSError as exc:
            reason = exc.strerror or "input/output error"
            raise RestoreError(f"The restore could not write in {data_dir} ({reason}); nothing "
                               f"was changed.") from None
        reporter.stage("install")
        try:
            safety = _install(data_dir, staging, now or datetime.now(timezone.utc))
            installed = True
        except OSError as exc:
            raise RestoreError(f"The restored database could not be put in place "
                               f"({exc.strerror or 'input/output error'}); the previous database "
                               f"is back in place and nothing was changed.") from None
    finally:
        _remove_staging(staging)
        if not installed:
            _remove_if_empty(created)   # a refused restore into a missing folder leaves none
    reporter.done()
    tables = manifest["tables"]
    return RestoreResult(data_dir, safety, opened.header, len(tables),
                         sum(t["rows"] for t in tables.values()), time.monotonic() - started)
