"""The live database's own encrypted pages, read as they are on the disk, at one frozen state.

A backup (format 3) copies the database file page by page, still encrypted by SQLCipher with
the centre's data key, instead of exporting it row by row: no page is decrypted or encrypted
again, and the copy's page HMACs are checked on the very bytes copied (snapshot_pages.py).

Why the file is one consistent state while the application goes on writing: the WAL is folded
into the file and truncated, then one read transaction begins; if the WAL is still empty, the
reader holds read-mark 0 (it reads the file alone), and no checkpoint may write the file while
such a reader is open: a checkpoint must first take WAL_READ_LOCK(0) exclusively
(https://sqlite.org/walformat.html, "checkpoint"; wal.c walCheckpoint). The application's
writes wait in the WAL. So for as long as the reader stays in its transaction, the first
``page_count`` pages of the file are exactly that committed state (frozen_snapshot.py relies on
the same rule).

Reading the file from this process needs care on POSIX: closing *any* descriptor of a file
drops every fcntl lock this process holds on it, the SQLite connections' included, and a
connection that silently lost its lock lets another process delete the WAL under it
(https://sqlite.org/howtocorrupt.html, 2.2). So the descriptor is opened once per file and
kept open for the life of the process, as SQLite's own unix VFS keeps its descriptors
(``_descriptor``); on Windows, locks belong to handles and a handle is closed after use.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from assist_desktop.domain.errors import StoreError
from assist_desktop.storage.centre_repository import SettingsRepository
from assist_desktop.storage.frozen_snapshot import (BUSY_MS, FREEZE_TIMEOUT,
                                                    hold_at_read_mark_0)
from assist_desktop.storage.snapshot import LIVE_CIPHER, open_snapshot, rollback_quietly
from assist_desktop.storage.snapshot_manifest import (ShouldStop, SnapshotCancelled,
                                                      manifest_tables, schema_digest)

log = logging.getLogger(__name__)

_KEEP_OPEN = sys.platform != "win32"
_descriptors: dict[tuple[int, int], int] = {}
_descriptors_lock = threading.Lock()


def _descriptor(path: Path) -> int:
    """A read-only descriptor of the file at path, kept open for the life of the process
    (POSIX: see the module's docstring). Descriptors of files since deleted are closed."""
    with _descriptors_lock:
        for ident, fd in list(_descriptors.items()):
            try:
                gone = os.fstat(fd).st_nlink == 0
            except OSError:
                gone = True
            if gone:               # no one can open a deleted file's locks any more
                del _descriptors[ident]
                try:
                    os.close(fd)
                except OSError:
                    pass
        info = os.stat(path)
        ident = (info.st_dev, info.st_ino)
        fd = _descriptors.get(ident)
        if fd is None:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            _descriptors[ident] = fd
        return fd


@dataclass
class FrozenPages:
    """One reader in a read transaction at read-mark 0, and the file's pages of that state."""

    path: Path
    reader: object
    schema_version: int
    page_size: int
    page_count: int

    @property
    def size(self) -> int:
        return self.page_size * self.page_count

    def setting(self, name: str) -> str | None:
        return SettingsRepository().get(self.reader, name)

    def audit_head(self) -> tuple[str | None, tuple[int, str] | None]:
        """(the audit key's settings text, the chain's last (seq, link)) in the frozen state."""
        from assist_desktop.storage.audit_repository import AuditRepository
        return (SettingsRepository().get(self.reader, "audit_chain_key"),
                AuditRepository().last(self.reader))

    def row_counts(self) -> dict:
        """The frozen state's schema hash, user_version and row count of every table with
        storage (a manifest without the per-table hashes; snapshot_manifest.py)."""
        conn = self.reader
        names, _without_rowid = manifest_tables(conn)
        tables = {}
        for name in names:
            quoted = name.replace('"', '""')
            rows = conn.execute(f'SELECT count(*) FROM main."{quoted}"').fetchone()[0]
            tables[name] = {"rows": int(rows)}
        return {"user_version": self.schema_version, "schema_sha256": schema_digest(conn),
                "tables": tables}

    def blocks(self, block_size: int, should_stop: ShouldStop | None = None) -> Iterator[bytes]:
        """The state's pages as stored (still encrypted), ``block_size`` bytes at a time
        (whole pages); exactly ``size`` bytes in all."""
        if block_size % self.page_size:
            raise ValueError("blocks must hold whole pages")
        if _KEEP_OPEN:
            yield from self._read(_descriptor(self.path), block_size, should_stop)
            return
        fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            yield from self._read(fd, block_size, should_stop)
        finally:
            os.close(fd)

    def _read(self, fd: int, block_size: int, should_stop) -> Iterator[bytes]:
        total = self.size
        offset = 0
        while offset < total:
            if should_stop is not None and should_stop():
                raise SnapshotCancelled()
            want = min(block_size, total - offset)
            block = os.pread(fd, want, offset) if hasattr(os, "pread") else _seek_read(
                fd, want, offset)
            if len(block) != want:
                raise StoreError("The database file is shorter than its page count.")
            offset += want
            yield block


def _seek_read(fd: int, size: int, offset: int) -> bytes:
    os.lseek(fd, offset, os.SEEK_SET)
    parts, left = [], size
    while left:
        part = os.read(fd, left)
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


@contextmanager
def freeze_pages(path: Path, key: bytes, *, timeout: float = FREEZE_TIMEOUT,
                 should_stop: ShouldStop | None = None) -> Iterator[FrozenPages]:
    """The live database at ``path`` frozen at one committed state, for a page copy."""
    path = Path(path)
    deadline = time.monotonic() + timeout
    reader = open_snapshot(path, key, cipher=LIVE_CIPHER, read_only=False)
    try:
        reader.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        hold_at_read_mark_0(path, (reader,), deadline, should_stop)
        version = int(reader.execute("PRAGMA main.user_version").fetchone()[0])
        page_size = int(reader.execute("PRAGMA main.page_size").fetchone()[0])
        page_count = int(reader.execute("PRAGMA main.page_count").fetchone()[0])
        log.info("database frozen for a page copy")
        yield FrozenPages(path, reader, version, page_size, page_count)
    finally:
        rollback_quietly(reader)
        reader.close()

