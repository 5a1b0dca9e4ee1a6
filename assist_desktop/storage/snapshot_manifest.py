"""The manifest of a database: for every table with storage, its row count and a SHA-256 over
every value of every row (blobs included), plus the schema and user_version.

Tables are found at run time in sqlite_master (every row with a root page: ordinary tables,
WITHOUT ROWID tables, FTS shadow tables, sqlite_sequence), so tables added by later
migrations are covered without anyone listing them. Rows are read in rowid order (key order
for WITHOUT ROWID tables); hidden rowids themselves are not hashed, since a copy may
renumber them (as VACUUM does) without changing any row.
"""
from __future__ import annotations

import hashlib
import struct
from typing import Callable

OnBytes = Callable[[int], None]
ShouldStop = Callable[[], bool]
_REPORT_BYTES = 4 << 20      # report (and check should_stop) every 4 MiB


class SnapshotCancelled(Exception):
    """should_stop() said yes; what was being written is removed."""


class _Text(bytes):
    """TEXT values arrive as bytes (no decoding, no decode errors) but stay apart from BLOBs."""


def _hash_table(conn, name: str, without_rowid: bool, on_row_bytes, should_stop) -> dict:
    digest = hashlib.sha256(name.encode("utf-8") + b"\0")
    order = "" if without_rowid else " ORDER BY rowid"
    rows = pending = 0
    update = digest.update
    quoted = name.replace('"', '""')
    for row in conn.execute(f'SELECT * FROM main."{quoted}" NOT INDEXED{order}'):
        rows += 1
        for value in row:
            kind = type(value)
            if kind is _Text:
                update(b"T%d:" % len(value))
                update(value)
                pending += len(value)
            elif kind is bytes:
                update(b"B%d:" % len(value))
                update(value)
                pending += len(value)
            elif kind is int:
                update(b"I%d;" % value)
            elif kind is float:
                update(b"F" + struct.pack(">d", value))
            else:
                update(b"N")
            pending += 8
        update(b"\n")
        if pending >= _REPORT_BYTES:
            on_row_bytes(pending)
            pending = 0
            if should_stop():
                raise SnapshotCancelled()
    on_row_bytes(pending)
    return {"rows": rows, "sha256": digest.hexdigest()}


def manifest_tables(conn) -> tuple[list[str], set[str]]:
    """(names of the tables with storage, sorted; those WITHOUT ROWID)."""
    without_rowid = {name for name, wr in conn.execute(
        "SELECT name, wr FROM pragma_table_list WHERE schema = 'main'") if wr}
    names = sorted(r[0] for r in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND rootpage > 0"))
    return names, without_rowid


def schema_digest(conn) -> str:
    previous = conn.text_factory
    conn.text_factory = _Text
    try:
        schema_rows = conn.execute("SELECT type, name, tbl_name, coalesce(sql, '') "
                                   "FROM main.sqlite_master ORDER BY type, name").fetchall()
    finally:
        conn.text_factory = previous
    return hashlib.sha256(b"\n".join(b"\t".join(bytes(v) for v in r)
                                     for r in schema_rows)).hexdigest()


class RowHasher:
    """Hashes rows handed over one by one (a SQL function during a copy) exactly as
    _hash_table hashes them read back: the same manifest entry for the same rows."""

    def __init__(self, on_bytes: OnBytes | None = None, should_stop: ShouldStop | None = None):
        self._on_bytes = on_bytes
        self._should_stop = should_stop or (lambda: False)
        self._done = 0
        self._pending = 0
        self._rows = 0
        self._digest = None

    def start(self, name: str) -> None:
        self._digest = hashlib.sha256(name.encode("utf-8") + b"\0")
        self._rows = 0

    def row(self, *values) -> int:
        update = self._digest.update
        self._rows += 1
        pending = 0
        for value in values:
            kind = type(value)
            if kind is str:
                value = value.encode("utf-8")
                update(b"T%d:" % len(value))
                update(value)
                pending += len(value)
            elif kind is bytes:
                update(b"B%d:" % len(value))
                update(value)
                pending += len(value)
            elif kind is int:
                update(b"I%d;" % value)
            elif kind is float:
                update(b"F" + struct.pack(">d", value))
            else:
                update(b"N")
            pending += 8
        update(b"\n")
        self._pending += pending
        if self._pending >= _REPORT_BYTES:
            self._report()
        return 1

    def _report(self) -> None:
        self._done += self._pending
        self._pending = 0
        if self._on_bytes:
            self._on_bytes(self._done)
        if self._should_stop():
            raise SnapshotCancelled()

    def finish(self) -> dict:
        self._report()
        return {"rows": self._rows, "sha256": self._digest.hexdigest()}


def compute_manifest(conn, on_bytes: OnBytes | None = None,
                     should_stop: ShouldStop | None = None) -> dict:
    """Counts and hashes of every table with storage, plus the schema and user_version."""
    should_stop = should_stop or (lambda: False)
    done = 0

    def on_row_bytes(count: int) -> None:
        nonlocal done
        done += count
        if on_bytes:
            on_bytes(done)

    names, without_rowid = manifest_tables(conn)
    schema_hash = schema_digest(conn)
    previous = conn.text_factory
    conn.text_factory = _Text
    try:
        result = {}
        for name in names:
            result[name] = _hash_table(conn, name, name in without_rowid, on_row_bytes,
                                       should_stop)
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
    finally:
        conn.text_factory = previous
    return {"user_version": version, "schema_sha256": schema_hash, "tables": result}
