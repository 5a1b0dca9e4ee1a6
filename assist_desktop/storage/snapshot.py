"""Consistent encrypted copies of a database, their checks and their manifest, for backups.

A snapshot is made with ``sqlcipher_export`` from a separate read connection, inside one read
transaction, into a *new* SQLCipher file with its own key: never a copy of the database file,
so WAL frames that are not yet checkpointed are included and a writer at the same moment is
not seen half-way. In the same transaction a manifest is computed from the source: for every
table that has storage (every row of sqlite_master with a root page, found at run time, so
tables added by later migrations are covered), its row count and a SHA-256 over every value
of every row, blobs included. Checking a copy means: cipher_integrity_check, integrity_check,
and a manifest computed again from the copy that must be equal.

Long statements run with a progress handler, so ``should_stop`` can interrupt them; every
loop reports how many bytes it has done through ``on_bytes``.
"""
from __future__ import annotations

import hashlib
import logging
import os
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import sqlcipher3

from assist_desktop.domain.errors import DamagedStoreError, StoreError, StoreMissingError
from assist_desktop.storage import connection as cx

log = logging.getLogger(__name__)

OnBytes = Callable[[int], None]
ShouldStop = Callable[[], bool]
_PROGRESS_OPS = 200          # VM instructions between checks of should_stop
_REPORT_BYTES = 4 << 20      # manifest: report (and check should_stop) every 4 MiB
_SHM_DMS_BYTE = 128          # SQLite's unix VFS: every open connection read-locks this byte


class SnapshotCancelled(Exception):
    """should_stop() said yes; what was being written is removed."""


class SnapshotWriteError(StoreError):
    """The copy could not be written (``kind``: full, io, readonly)."""

    def __init__(self, kind: str):
        super().__init__(f"The copy of the database could not be written ({kind}).")
        self.kind = kind


@dataclass(frozen=True)
class SnapshotSummary:
    schema_version: int
    manifest: dict


class _Text(bytes):
    """TEXT values arrive as bytes (no decoding, no decode errors) but stay apart from BLOBs."""


def _hash_table(conn, name: str, without_rowid: bool, on_row_bytes, should_stop) -> dict:
    digest = hashlib.sha256(name.encode("utf-8") + b"\0")
    order = "" if without_rowid else " ORDER BY rowid"
    rows = pending = 0
    update = digest.update
    quoted = name.replace('"', '""')
    for row in conn.execute(f'SELECT * FROM main."{quoted}"{order}'):
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

    previous = conn.text_factory
    conn.text_factory = _Text
    try:
        without_rowid = {bytes(name).decode("utf-8") for name, wr in conn.execute(
            "SELECT name, wr FROM pragma_table_list WHERE schema = 'main'") if wr}
        schema_rows = conn.execute("SELECT type, name, tbl_name, coalesce(sql, '') "
                                   "FROM main.sqlite_master ORDER BY type, name").fetchall()
        schema_hash = hashlib.sha256(b"\n".join(b"\t".join(bytes(v) for v in r)
                                                for r in schema_rows)).hexdigest()
        names = sorted(bytes(r[0]).decode("utf-8") for r in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND rootpage > 0"))
        result = {}
        for name in names:
            result[name] = _hash_table(conn, name, name in without_rowid, on_row_bytes,
                                       should_stop)
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
    finally:
        conn.text_factory = previous
    return {"user_version": version, "schema_sha256": schema_hash, "tables": result}


def _install_stop(conn, should_stop: ShouldStop | None) -> None:
    if should_stop is not None:
        conn.set_progress_handler(lambda: 1 if should_stop() else 0, _PROGRESS_OPS)


def _write_error(exc: BaseException) -> BaseException:
    text = str(exc).lower()
    if "full" in text:
        return SnapshotWriteError("full")
    if "readonly" in text or "read-only" in text:
        return SnapshotWriteError("readonly")
    if "disk i/o" in text or "unable to open" in text:
        return SnapshotWriteError("io")
    return exc


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            os.unlink(f"{path}{suffix}")
        except FileNotFoundError:
            pass


def _export(conn, target: Path, target_key: bytes, should_stop, before=None):
    """ATTACH target (a new file); run ``before`` and sqlcipher_export in one read transaction."""
    conn.execute("ATTACH DATABASE ? AS snap KEY ?", (str(target), f"x'{target_key.hex()}'"))
    try:
        conn.execute("PRAGMA snap.journal_mode = OFF")   # a temporary file, checked afterwards
        conn.execute("PRAGMA snap.synchronous = OFF")
        auto_vacuum = int(conn.execute("PRAGMA main.auto_vacuum").fetchone()[0])
        conn.execute(f"PRAGMA snap.auto_vacuum = {auto_vacuum}")
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM main.sqlite_master").fetchone()  # fixes the snapshot
        result = before(conn) if before else None
        _install_stop(conn, should_stop)
        conn.execute("SELECT sqlcipher_export('snap')").fetchone()
        conn.set_progress_handler(None, 0)
        for pragma in ("user_version", "application_id"):
            value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            conn.execute(f"PRAGMA snap.{pragma} = {value}")
        conn.execute("COMMIT")
    except BaseException:
        conn.set_progress_handler(None, 0)
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except cx.DatabaseError:
                pass
        raise
    conn.execute("DETACH DATABASE snap")
    return result


def _run_export(open_source, target: Path, target_key: bytes, should_stop, before=None):
    target = Path(target)
    if target.exists():
        raise StoreError("A temporary file of this backup already exists.")
    conn = open_source()
    try:
        return _export(conn, target, target_key, should_stop, before)
    except BaseException as exc:
        conn.close()
        _remove(target)
        if isinstance(exc, SnapshotCancelled):
            raise
        if should_stop is not None and should_stop() and isinstance(exc, cx.OperationalError):
            raise SnapshotCancelled() from None
        translated = _write_error(exc) if isinstance(exc, cx.DatabaseError) else exc
        if translated is exc:
            raise
        raise translated from None
    finally:
        conn.close()


def export_snapshot(source: Path, source_key: bytes, target: Path, target_key: bytes, *,
                    on_bytes: OnBytes | None = None,
                    should_stop: ShouldStop | None = None) -> SnapshotSummary:
    """Copy the live database at ``source`` into a new encrypted file ``target``.

    The manifest of the source and the copy come from the same read transaction.
    """
    def before(conn):
        return SnapshotSummary(conn.execute("PRAGMA main.user_version").fetchone()[0],
                               compute_manifest(conn, on_bytes, should_stop))
    return _run_export(lambda: cx.open_connection(Path(source), source_key), target,
                       target_key, should_stop, before)


def open_snapshot(path: Path, key: bytes, *, read_only: bool = True):
    """A plain connection to a snapshot file (not WAL, no pragmas of the live database)."""
    path = Path(path)
    if not path.is_file():
        raise StoreMissingError()
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cx.DatabaseError:
        conn.close()
        raise DamagedStoreError() from None
    return conn


def check_snapshot(path: Path, key: bytes, *, on_bytes: OnBytes | None = None,
                   should_stop: ShouldStop | None = None,
                   on_stage: Callable[[str], None] | None = None,
                   read_only: bool = True) -> tuple[list[str], dict]:
    """(problems, manifest): cipher_integrity_check, integrity_check, then the manifest.

    read_only=False for a database in WAL mode (a read-only open needs its -shm file).
    """
    conn = open_snapshot(path, key, read_only=read_only)
    try:
        problems: list[str] = []
        for pragma, ok in (("cipher_integrity_check", []), ("integrity_check", ["ok"])):
            if on_stage:
                on_stage(pragma)
            _install_stop(conn, should_stop)
            try:
                rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
            except cx.DatabaseError as exc:
                if should_stop is not None and should_stop():
                    raise SnapshotCancelled() from None
                rows = [f"{pragma} stopped: {exc}"]
            finally:
                conn.set_progress_handler(None, 0)
            if rows != ok:
                problems.extend(f"{pragma}: {row}" for row in rows[:20])
        if problems:
            return problems, {}
        if on_stage:
            on_stage("manifest")
        try:
            return [], compute_manifest(conn, on_bytes, should_stop)
        except cx.DatabaseError as exc:
            return [f"reading the rows failed: {exc}"], {}
    finally:
        conn.close()


def reencrypt(snapshot: Path, snapshot_key: bytes, target: Path, target_key: bytes, *,
              should_stop: ShouldStop | None = None) -> None:
    """Copy a snapshot into a new database file under target_key, in WAL mode like a live one."""
    _run_export(lambda: open_snapshot(snapshot, snapshot_key, read_only=False), target,
                target_key, should_stop)
    conn = cx.open_connection(Path(target), target_key)  # switches it to WAL, as the app does
    cx.checkpoint_and_close(conn)


def key_opens(path: Path, key: bytes) -> bool:
    """True if key opens the database at path (nothing is written)."""
    try:
        conn = open_snapshot(path, key, read_only=False)
    except StoreError:
        return False
    conn.close()
    return True


def database_in_use(path: Path) -> bool:
    """True if another process has the database open (POSIX; False where this cannot be told).

    Every SQLite connection in WAL mode read-locks one byte of the -shm file for as long as it
    is open; F_GETLK asks whether a write lock there would conflict, without taking one.
    Connections of this process never count (POSIX locks are per process): lock the centre
    before restoring over it.
    """
    shm = Path(f"{path}-shm")
    if os.name != "posix" or not shm.exists():
        return False
    import fcntl
    layout = "qqihh" if sys.platform == "darwin" else "hhqqi0q"
    if sys.platform == "darwin":
        request = struct.pack(layout, _SHM_DMS_BYTE, 1, 0, fcntl.F_WRLCK, os.SEEK_SET)
    else:
        request = struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, _SHM_DMS_BYTE, 1, 0)
    try:
        fd = os.open(shm, os.O_RDONLY)
    except OSError:
        return False
    try:
        answer = struct.unpack(layout, fcntl.fcntl(fd, fcntl.F_GETLK, request))
    except OSError:
        return False
    finally:
        os.close(fd)
    lock_type = answer[3] if sys.platform == "darwin" else answer[0]
    return lock_type != fcntl.F_UNLCK
