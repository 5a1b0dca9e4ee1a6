"""The two long stages of making a backup: the consistent copy, then its check and encryption.

1. ``take_snapshot``: the live database is frozen at one committed state (two readers at
   WAL read-mark 0; the application keeps working) and copied with ``sqlcipher_export`` into a
   new file under the backup's own snapshot key, while the same state's manifest (row counts
   and hashes of every table) is computed on the second reader.
2. ``check_and_write``: the copy is checked (cipher_integrity_check, integrity_check and its
   own manifest, which must equal the source's) on other threads while this thread encrypts
   it into the backup file. A failed check stops the writing.
"""
from __future__ import annotations

import errno
import hashlib
import logging
import threading
from concurrent.futures import ThreadPoolExecutor

from assist_desktop.backup import reader
from assist_desktop.backup.destination import TempFiles, write_error
from assist_desktop.backup.errors import (BackupCancelled, BackupCheckFailed, BackupError,
                                          DestinationError)
from assist_desktop.backup.format import BackupHeader, BodyWriter, OpenedHeader, encode_header
from assist_desktop.backup.progress import Reporter
from assist_desktop.domain.errors import StoreError
from assist_desktop.security.backup_auth import SETTING as ORIGIN_SETTING
from assist_desktop.security.backup_auth import OriginKey
from assist_desktop.storage import snapshot as snap
from assist_desktop.storage.connection import DatabaseError
from assist_desktop.storage.frozen_snapshot import DatabaseBusyError, freeze
from assist_desktop.storage.snapshot_check import check_snapshot

log = logging.getLogger(__name__)
BLOCK = 1 << 20


def check_failed(problems: list[str]) -> BackupCheckFailed:
    log.error("a new backup failed its check; it was removed")   # the problems name no client
    return BackupCheckFailed(problems)


def _snapshot_write_error(exc: snap.SnapshotWriteError, folder) -> BackupError:
    if exc.kind == "full":
        return write_error(OSError(errno.ENOSPC, "No space left on device"), folder)
    if exc.kind == "readonly":
        return write_error(OSError(errno.EROFS, "Read-only file system"), folder)
    return DestinationError(
        f"The copy of the database could not be written to {folder} (the drive may be full, "
        f"removed, or unable to hold a file this large). The unfinished backup was removed and "
        f"the database was not changed.")


def take_snapshot(db_path, data_key: bytes, temps: TempFiles, snapshot_key: bytes,
                  reporter: Reporter) -> tuple[int, dict, OriginKey | None]:
    """(schema version, manifest of the source, the centre's origin key) with the copy
    written to temps.snapshot."""
    reporter.stage("snapshot")
    total = max(1, db_path.stat().st_size)
    parts = reporter.parts("copy", "manifest")

    def on_tick() -> None:
        try:
            parts.set("copy", temps.snapshot.stat().st_size / total)
        except OSError:
            pass
    try:
        with freeze(db_path, data_key, temps.snapshot, snapshot_key, snap.SNAPSHOT_CIPHER,
                    should_stop=reporter.should_stop) as frozen:
            origin = OriginKey.from_text(frozen.setting(ORIGIN_SETTING))
            manifest = frozen.export_with_manifest(
                temps.snapshot, should_stop=reporter.should_stop, on_tick=on_tick,
                on_bytes=lambda n: parts.set("manifest", n / total))
            return frozen.schema_version, manifest, origin
    except snap.SnapshotCancelled:
        raise BackupCancelled() from None
    except snap.SnapshotWriteError as exc:
        raise _snapshot_write_error(exc, temps.folder) from None
    except DatabaseBusyError as exc:
        raise BackupError(str(exc)) from None
    except (StoreError, DatabaseError):
        raise BackupError("The database could not be read for the backup (run 'assist-desktop "
                          "check'); no backup was made.") from None


def _write_body(temps: TempFiles, handle, header: BackupHeader, stream_key: bytes, parts,
                check) -> tuple[OpenedHeader, str]:
    """Header and encrypted chunks of the snapshot; (opened header, SHA-256 of the snapshot)."""
    encoded, digest = encode_header(header)
    handle.write(encoded)
    opened = OpenedHeader(header, digest, len(encoded))
    writer = BodyWriter(handle, stream_key, opened)
    snapshot_hash = hashlib.sha256()
    done, total = 0, max(1, header.body_size)
    with open(temps.snapshot, "rb") as source:
        while block := source.read(BLOCK):
            snapshot_hash.update(block)
            writer.write(block)
            done += len(block)
            parts.set("write", done / total)
            check()
    writer.close()
    return opened, snapshot_hash.hexdigest()


def check_and_write(temps: TempFiles, handle, header: BackupHeader, stream_key: bytes,
                    snapshot_key: bytes, expected: dict,
                    reporter: Reporter) -> tuple[OpenedHeader, str]:
    """Check the snapshot (other threads) while encrypting it into the file (this thread)."""
    reporter.stage("check+write")
    parts = reporter.parts("check", "write")
    abort = threading.Event()
    size = max(1, header.body_size)
    checked = {"n": 0}

    def should_stop() -> bool:
        return abort.is_set() or reporter.cancelled

    def on_done(_name: str) -> None:
        checked["n"] += 1
        parts.set("check", checked["n"] / 3)

    def run_checks() -> list[str]:
        try:
            problems, manifest = check_snapshot(
                temps.snapshot, snapshot_key, cipher=snap.SNAPSHOT_CIPHER, should_stop=should_stop,
                on_done=on_done, on_bytes=lambda n: parts.set("check", (checked["n"] + n / size) / 3))
        except snap.SnapshotCancelled:
            raise BackupCancelled() from None
        except (StoreError, DatabaseError) as exc:
            return [f"the copy does not open ({type(exc).__name__})"]
        return problems or reader.manifest_problems(expected, manifest)

    def check() -> None:
        reporter.check()
        if abort.is_set():
            failure = checking.exception() if checking.done() else None
            if isinstance(failure, BaseException):
                raise failure
            raise check_failed(checking.result() if checking.done() else ["the check stopped"])

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-check") as pool:
        checking = pool.submit(run_checks)
        checking.add_done_callback(lambda f: abort.set() if f.exception() or f.result() else None)
        try:
            written = _write_body(temps, handle, header, stream_key, parts, check)
        except BaseException:
            abort.set()
            raise
        problems = checking.result()
    if problems:
        raise check_failed(problems)
    return written
