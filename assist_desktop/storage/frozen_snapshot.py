"""Two readers of one committed state of the live database, without stopping the application.

A backup copies the database and computes the manifest of what it copied in one pass, on
one reader inside one read transaction (snapshot_export.py); the second reader of the very
same state reads the centre's settings (the origin key) without touching the exporter's
transaction. (Before the one-pass export, the second reader computed the manifest on a
thread of its own, decrypting the whole database a second time.)

In WAL mode a reader that starts when the WAL holds nothing the database file lacks gets
read-mark 0: it reads the file alone, and no checkpoint may write the file while such a reader
is open (https://sqlite.org/walformat.html, "the WAL-index" and "checkpoint"). So: checkpoint
the WAL into the file and truncate it, then begin two read transactions; if the WAL is still
empty after both have started, both hold read-mark 0 and read the very same state, whatever
the application writes meanwhile (its writes wait in the WAL).
"""
from __future__ import annotations

import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import contextmanager
from functools import partial
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from assist_desktop.domain.errors import StoreError
from assist_desktop.storage import connection as cx
from assist_desktop.storage.centre_repository import SettingsRepository
from assist_desktop.storage.snapshot import (LIVE_CIPHER, attach_target, begin_read,
                                             export_to_target, open_snapshot,
                                             rollback_quietly, translate_write_error)
from assist_desktop.storage.snapshot_export import export_hashing
from assist_desktop.storage.snapshot_manifest import OnBytes, ShouldStop, SnapshotCancelled

log = logging.getLogger(__name__)

BUSY_MS = 500             # each checkpoint waits this long for a writer or another backup
FREEZE_TIMEOUT = 60.0     # give up after this long without a quiet moment
_WATCH_SECONDS = 0.1


class DatabaseBusyError(StoreError):
    def __init__(self):
        super().__init__("The database was too busy to take a consistent copy (is another "
                         "backup running?); no backup was made. Try again in a moment.")


@dataclass
class FrozenDatabase:
    """Two connections in read transactions at read-mark 0: the same committed state."""

    exporter: object        # has the target attached as "snap"
    reader: object
    schema_version: int

    def setting(self, name: str) -> str | None:
        """A centre setting as it is in the frozen state (read before the manifest starts)."""
        return SettingsRepository().get(self.reader, name)

    def audit_head(self) -> tuple[str | None, tuple[int, str] | None]:
        """(the audit key's settings text, the chain's last (seq, link)) in the frozen state:
        the anchor a backup's header carries."""
        from assist_desktop.storage.audit_repository import AuditRepository
        return (SettingsRepository().get(self.reader, "audit_chain_key"),
                AuditRepository().last(self.reader))

    def export_with_manifest(self, target: Path, *, should_stop: ShouldStop | None = None,
                             on_bytes: OnBytes | None = None,
                             on_tick: Callable[[], None] | None = None) -> dict:
        """Export into the attached target, hashing every row as it is copied; the manifest.

        One pass over the database (snapshot_export.export_hashing) on a worker thread; this
        thread watches, calls on_tick, and interrupts it on a cancel.
        """
        stop = should_stop or (lambda: False)
        copy = partial(export_hashing, on_bytes=on_bytes, should_stop=stop)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-snapshot") as pool:
            exporting = pool.submit(export_to_target, self.exporter, copy)
            while wait([exporting], timeout=_WATCH_SECONDS).not_done:
                if on_tick is not None:
                    on_tick()
                if stop():
                    self.exporter.interrupt()
        error = exporting.exception()
        if error is not None:
            raise translate_write_error(error, should_stop)
        return exporting.result()


def _wal_empty(path: Path) -> bool:
    try:
        return os.stat(f"{path}-wal").st_size == 0
    except FileNotFoundError:
        return True


def hold_at_read_mark_0(path: Path, readers, deadline: float,
                        should_stop: ShouldStop | None) -> None:
    """Fold the WAL into the file, then begin a read transaction on every reader; if the WAL
    is still empty they read the file alone (read-mark 0), which no checkpoint may write
    while they stay in it. A write that slipped in between, or a busy database: again, until
    `deadline` (DatabaseBusyError)."""
    while True:
        if should_stop is not None and should_stop():
            raise SnapshotCancelled()
        try:
            if cx.checkpoint_truncate(readers[0]):
                for reader in readers:
                    begin_read(reader)
                if _wal_empty(path):
                    return
        except cx.OperationalError as exc:
            if not cx.is_busy(exc):
                raise
        for reader in readers:
            rollback_quietly(reader)
        if time.monotonic() > deadline:
            raise DatabaseBusyError()
        time.sleep(0.05)


def _connect(path: Path, key: bytes):
    conn = open_snapshot(path, key, cipher=LIVE_CIPHER, read_only=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
    return conn


@contextmanager
def freeze(path: Path, key: bytes, target: Path, target_key: bytes, target_cipher: dict, *,
           timeout: float = FREEZE_TIMEOUT,
           should_stop: ShouldStop | None = None) -> Iterator[FrozenDatabase]:
    """Two readers of one state of the live database; ``target`` (a new file) is attached to
    the first for ``export_with_manifest``. On any error the target is removed."""
    path, target = Path(path), Path(target)
    if target.exists():
        raise StoreError("A temporary file of this backup already exists.")
    deadline = time.monotonic() + timeout
    exporter = reader = None
    try:
        try:
            exporter = _connect(path, key)
            reader = _connect(path, key)
            attach_target(exporter, target, target_key, target_cipher)
            hold_at_read_mark_0(path, (exporter, reader), deadline, should_stop)
            version = int(reader.execute("PRAGMA main.user_version").fetchone()[0])
            log.info("database frozen for a backup")
            yield FrozenDatabase(exporter, reader, version)
        finally:
            for conn in (exporter, reader):
                if conn is not None:
                    rollback_quietly(conn)
                    conn.close()
    except BaseException:
        cx.remove_database_files(target)
        raise
