"""A consistent copy of the live database at the speed of a file copy, while it stays in use.

In WAL mode the database file changes only when a checkpoint copies WAL frames back into
it, and a checkpointer must first take read-mark 0 exclusively: readers holding read-mark 0
read the database file alone and ignore the WAL (https://sqlite.org/walformat.html, "the
WAL-index" and "checkpoint"). A reader gets read-mark 0 when the WAL holds nothing that is
not already in the file. So: checkpoint the WAL into the file and truncate it, begin a read
transaction, and if the WAL is still empty then, this reader holds read-mark 0. Until it ends
the file's bytes are exactly one committed state of the database, whatever the application
writes meanwhile (its writes go to the WAL and wait there): copying them is copying a
consistent snapshot, with no WAL frame pending and no re-encryption. The bytes stay
encrypted by SQLCipher under the data key.

The same frozen state is checked while it is copied: cipher_integrity_check reads the file
itself; integrity_check and the manifest run inside the read transaction (a second reader is
added when it too can join read-mark 0, so the two run in parallel).
"""
from __future__ import annotations

import logging
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from assist_desktop.domain.errors import StoreError
from assist_desktop.storage import connection as cx
from assist_desktop.storage.snapshot import LIVE_CIPHER, open_snapshot
from assist_desktop.storage.snapshot_check import Group, check_connections
from assist_desktop.storage.snapshot_manifest import OnBytes, ShouldStop, SnapshotCancelled

log = logging.getLogger(__name__)

BUSY_MS = 2000            # each checkpoint waits this long for a writer to finish
FREEZE_TIMEOUT = 60.0     # give up after this long without a quiet moment


class DatabaseBusyError(StoreError):
    def __init__(self):
        super().__init__("The database was too busy to take a consistent copy; no backup was "
                         "made. Try again in a moment.")


@dataclass
class FrozenDatabase:
    """The live database file held at one committed state (read-mark 0)."""

    path: Path
    key: bytes = field(repr=False)
    size: int
    schema_version: int
    _readers: list = field(default_factory=list, repr=False)
    _stamp: tuple = ()

    def unchanged(self) -> bool:
        """True if the file was not written since it was frozen (a guard on the reasoning above:
        a checkpoint that ran anyway would have changed its modification time)."""
        return _stamp(self.path) == self._stamp

    def blocks(self, block_size: int) -> Iterator[bytes]:
        """The file's bytes, as they are at the frozen state."""
        remaining = self.size
        with open(self.path, "rb", buffering=0) as handle:
            while remaining > 0:
                block = handle.read(min(block_size, remaining))
                if not block:
                    raise StoreError("The database file became shorter while it was copied.")
                remaining -= len(block)
                yield block

    def check(self, *, on_bytes: OnBytes | None = None,
              on_done: Callable[[str], None] | None = None,
              should_stop: ShouldStop | None = None) -> tuple[list[str], dict]:
        """(problems, manifest): cipher_integrity_check, integrity_check, the manifest."""
        def file_reader():        # cipher_integrity_check reads the file, not the WAL
            return open_snapshot(self.path, self.key, cipher=LIVE_CIPHER, read_only=False)

        def keep(_conn) -> None:  # the frozen readers are closed by freeze()
            pass

        groups: list[Group] = [(file_reader, lambda conn: conn.close(),
                                ("cipher_integrity_check",))]
        first, *more = self._readers
        if more:
            groups += [(lambda: first, keep, ("integrity_check",)),
                       (lambda: more[0], keep, ("manifest",))]
        else:
            groups.append((lambda: first, keep, ("integrity_check", "manifest")))
        return check_connections(groups, on_bytes=on_bytes, on_done=on_done,
                                 should_stop=should_stop)


def _stamp(path: Path) -> tuple:
    st = os.stat(path)
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _wal_empty(path: Path) -> bool:
    try:
        return os.stat(f"{path}-wal").st_size == 0
    except FileNotFoundError:
        return True


def _reader(path: Path, key: bytes):
    conn = open_snapshot(path, key, cipher=LIVE_CIPHER, read_only=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
    return conn


def _begin(conn) -> None:
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()   # the read starts here


def _end(conn) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except cx.DatabaseError:
        pass
    conn.close()


@contextmanager
def freeze(path: Path, key: bytes, *, timeout: float = FREEZE_TIMEOUT,
           should_stop: ShouldStop | None = None) -> Iterator[FrozenDatabase]:
    """Hold the live database at one committed state for the duration of the with block."""
    path = Path(path)
    readers = []
    deadline = time.monotonic() + timeout
    try:
        first = _reader(path, key)
        readers.append(first)
        while True:
            if should_stop is not None and should_stop():
                raise SnapshotCancelled()
            try:
                busy = first.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                if not busy:
                    _begin(first)
                    if _wal_empty(path):
                        break
                    first.execute("ROLLBACK")      # a write slipped in between: again
            except cx.OperationalError as exc:
                if "locked" not in str(exc).lower() and "busy" not in str(exc).lower():
                    raise
            if first.in_transaction:
                first.execute("ROLLBACK")
            if time.monotonic() > deadline:
                raise DatabaseBusyError()
            time.sleep(0.05)
        # A second reader for the checks, if it can join the same state (no write since).
        second = _reader(path, key)
        _begin(second)
        if _wal_empty(path):
            readers.append(second)
        else:
            _end(second)
        stamp = _stamp(path)
        size = stamp[1]
        page_size = int(first.execute("PRAGMA page_size").fetchone()[0])   # a str in SQLCipher
        pages = int(first.execute("PRAGMA page_count").fetchone()[0])
        if size != page_size * pages:
            raise StoreError("The database file's size does not match its page count; run "
                             "'assist-desktop check' before backing up.")
        version = int(first.execute("PRAGMA user_version").fetchone()[0])
        log.info("database frozen for a copy")
        yield FrozenDatabase(path, key, size, version, readers, stamp)
    finally:
        for conn in readers:
            _end(conn)
