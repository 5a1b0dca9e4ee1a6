"""The two long stages of making a backup: the consistent copy, then its check and encryption.

1. ``take_snapshot``: the live database is frozen at one committed state (the application
   keeps working) and copied as ``sqlcipher_export`` does into a new file under the backup's
   own snapshot key, every row hashed as it is copied (the manifest: row counts and hashes
   of every table), in one pass over the live database (storage/snapshot_export.py).
2. ``write_checked``: this thread encrypts the copy into the backup file block by block,
   while a helper thread checks the HMAC of every SQLCipher page of those very blocks (what
   cipher_integrity_check proves, on the bytes copied) and hashes them; meanwhile
   ``CopyCheck`` reads the copy back through SQLite on a thread of its own (its manifest
   must equal the source's) until the backup file has been read back. A failed check stops
   the writing. Which check catches what, and why no other pass is made: docs/BACKUP.md.
"""
from __future__ import annotations

import errno
import hashlib
import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor

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
from assist_desktop.storage.snapshot_pages import SALT_BYTES, PageAuthenticator

log = logging.getLogger(__name__)
BLOCK = 1 << 20
# What the copy is read back through SQLite for at creation (beside the page HMACs checked
# as it is encrypted); restore and verify --deep run snapshot_check.PARTS.
COPY_CHECKS = ("manifest",)


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
                  reporter: Reporter) -> tuple[int, dict, OriginKey | None, tuple]:
    """(schema version, manifest of the source, the centre's origin key, (audit key text,
    audit head) of the same state) with the copy written to temps.snapshot."""
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
            audit_head = frozen.audit_head()
            manifest = frozen.export_with_manifest(
                temps.snapshot, should_stop=reporter.should_stop, on_tick=on_tick,
                on_bytes=lambda n: parts.set("manifest", n / total))
            return frozen.schema_version, manifest, origin, audit_head
    except snap.SnapshotCancelled:
        raise BackupCancelled() from None
    except snap.SnapshotWriteError as exc:
        raise _snapshot_write_error(exc, temps.folder) from None
    except DatabaseBusyError as exc:
        raise BackupError(str(exc)) from None
    except (StoreError, DatabaseError):
        raise BackupError("The database could not be read for the backup (run 'assist-desktop "
                          "check'); no backup was made.") from None


class CopyCheck:
    """The copy's checks through SQLite (COPY_CHECKS, against the source's manifest), on a
    thread of their own from the end of the export until the backup has been read back."""

    def __init__(self, temps: TempFiles, snapshot_key: bytes, expected: dict,
                 reporter: Reporter, on_fraction):
        self._stop = threading.Event()
        self._reporter = reporter
        size = max(1, temps.snapshot.stat().st_size)
        done = {"n": 0}
        count = len(COPY_CHECKS)

        def on_done(_name: str) -> None:
            done["n"] += 1
            on_fraction(done["n"] / count)

        def run() -> list[str]:
            try:
                problems, manifest = check_snapshot(
                    temps.snapshot, snapshot_key, cipher=snap.SNAPSHOT_CIPHER, parts=COPY_CHECKS,
                    should_stop=self._should_stop, on_done=on_done,
                    on_bytes=lambda n: on_fraction((done["n"] + n / size) / count))
            except snap.SnapshotCancelled:
                raise BackupCancelled() from None
            except (StoreError, DatabaseError) as exc:
                return [f"the copy does not open ({type(exc).__name__})"]
            return problems or reader.manifest_problems(expected, manifest)

        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-check")
        self._future: Future = self._pool.submit(run)

    def _should_stop(self) -> bool:
        return self._stop.is_set() or self._reporter.cancelled

    def _failed(self) -> bool:
        return self._future.done() and bool(self._future.exception() or self._future.result())

    def raise_if_failed(self) -> None:
        """Between blocks: stop the backup as soon as the copy has failed its check."""
        if self._failed():
            self.result()

    def result(self) -> None:
        """Wait for the checks; BackupCheckFailed (or the error that stopped them)."""
        problems = self._future.result()
        if problems:
            raise check_failed(problems)

    def close(self) -> None:
        """Stop the checks if still running (after an error) and wait for the thread."""
        if not self._future.done():
            self._stop.set()
        self._pool.shutdown(wait=True)


def _page_problems(bad: list[int]) -> list[str]:
    shown = ", ".join(str(n) for n in bad[:5])
    return [f"cipher_integrity_check: {len(bad)} page(s) of the copy fail their HMAC ({shown})"]


def write_checked(temps: TempFiles, handle, header: BackupHeader, stream_key: bytes,
                  snapshot_key: bytes, on_fraction, check) -> tuple[OpenedHeader, str]:
    """Header and encrypted chunks of the snapshot; (opened header, SHA-256 of the snapshot).

    Every block is encrypted here while a helper thread checks its pages' HMACs and hashes
    it (hashlib and AES-GCM run without the GIL, so the two overlap). ``check()`` runs between
    blocks (cancel, the copy's checks).
    """
    encoded, digest = encode_header(header)
    handle.write(encoded)
    opened = OpenedHeader(header, digest, len(encoded))
    writer = BodyWriter(handle, stream_key, opened)
    snapshot_hash = hashlib.sha256()
    done, total = 0, max(1, header.body_size)
    pages = None

    def authenticate(block: bytes) -> list[int]:
        snapshot_hash.update(block)
        return pages.check(block)

    with open(temps.snapshot, "rb", buffering=0) as source, \
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-pages") as helper:
        pending = None
        while block := source.read(BLOCK):
            if pages is None:
                pages = PageAuthenticator(snapshot_key, snap.SNAPSHOT_CIPHER, block[:SALT_BYTES])
            checking = helper.submit(authenticate, block)
            writer.write(block)
            if pending is not None and (bad := pending.result()):
                raise check_failed(_page_problems(bad))
            pending = checking
            done += len(block)
            on_fraction(done / total)
            check()
        if pending is not None and (bad := pending.result()):
            raise check_failed(_page_problems(bad))
    if pages is None or pages.pages * pages.page_size != header.body_size:
        raise check_failed(["the copy is not whole pages"])
    writer.close()
    return opened, snapshot_hash.hexdigest()
