"""Consistent encrypted copies of a database, for backups and restores.

A snapshot is made with ``sqlcipher_export`` inside one read transaction, into a *new*
SQLCipher file with its own key: never a copy of the database file, so WAL frames not yet
checkpointed are included and a writer at the same moment is never seen half-way. A backup
does this on a frozen database (frozen_snapshot.py), hashing every row as it copies it
(snapshot_export.py); a restore re-encrypts a backup's snapshot under a new data key
(``reencrypt``).

Snapshots use their own SQLCipher settings (SNAPSHOT_CIPHER: 64 KiB pages, HMAC-SHA256),
which make writing and checking them about twice as fast as the live database's 4 KiB pages
with HMAC-SHA512; a restore copies the snapshot back into a database with the defaults.
"""
from __future__ import annotations

import logging
from pathlib import Path

from assist_desktop.domain.errors import DamagedStoreError, StoreError, StoreMissingError
from assist_desktop.platform.file_lock import byte_locked_elsewhere
from assist_desktop.storage import connection as cx
from assist_desktop.storage.snapshot_manifest import ShouldStop, SnapshotCancelled

log = logging.getLogger(__name__)

SNAPSHOT_CIPHER = {"page_size": 65536, "hmac": "HMAC_SHA256"}
LIVE_CIPHER: dict = {}       # SQLCipher's defaults, as storage/connection.py opens databases
_HMACS = ("HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512")
_PROGRESS_OPS = 200          # VM instructions between checks of should_stop
_SHM_DMS_BYTE = 128  # SQLite's unix and win32 VFS: every open connection share-locks this byte

__all__ = ["LIVE_CIPHER", "SNAPSHOT_CIPHER", "SnapshotCancelled", "SnapshotWriteError",
           "attach_target", "begin_read", "database_in_use", "export_to_target", "install_stop",
           "key_opens", "open_snapshot", "reencrypt", "rollback_quietly",
           "translate_write_error", "valid_cipher"]


class SnapshotWriteError(StoreError):
    """The copy could not be written (``kind``: full, io, readonly)."""

    def __init__(self, kind: str):
        super().__init__(f"The copy of the database could not be written ({kind}).")
        self.kind = kind


def valid_cipher(cipher: dict) -> dict:
    """The cipher settings, checked (they come from a backup's header)."""
    if not isinstance(cipher, dict) or set(cipher) - {"page_size", "hmac"}:
        raise ValueError("unknown snapshot cipher settings")
    size = cipher.get("page_size", 4096)
    if not isinstance(size, int) or size < 512 or size > 65536 or size & (size - 1):
        raise ValueError("bad page size")
    if cipher.get("hmac", "HMAC_SHA512") not in _HMACS:
        raise ValueError("bad HMAC algorithm")
    return dict(cipher)


def _cipher_pragmas(conn, schema: str, cipher: dict) -> None:
    cipher = valid_cipher(cipher)
    if "page_size" in cipher:
        conn.execute(f"PRAGMA {schema}.cipher_page_size = {int(cipher['page_size'])}")
    if "hmac" in cipher:
        conn.execute(f"PRAGMA {schema}.cipher_hmac_algorithm = {cipher['hmac']}")


def install_stop(conn, should_stop: ShouldStop | None) -> None:
    """Let should_stop() interrupt long statements (None: remove the handler)."""
    if should_stop is None:
        conn.set_progress_handler(None, 0)
    else:
        conn.set_progress_handler(lambda: 1 if should_stop() else 0, _PROGRESS_OPS)


def _write_error(exc: BaseException) -> BaseException:
    kind = cx.write_failure(exc)
    return exc if kind is None else SnapshotWriteError(kind)


def attach_target(conn, target: Path, target_key: bytes, cipher: dict) -> None:
    """ATTACH a new file as ``snap``, ready for sqlcipher_export (before any transaction)."""
    conn.execute("ATTACH DATABASE ? AS snap KEY ?", (str(target), cx.key_literal(target_key)))
    try:
        _cipher_pragmas(conn, "snap", cipher)
        conn.execute("PRAGMA snap.journal_mode = OFF")   # a new file, checked afterwards
        conn.execute("PRAGMA snap.synchronous = OFF")
        # One long transaction: without spilling, every page would stay in memory until COMMIT.
        conn.execute("PRAGMA snap.cache_size = -2000")
        conn.execute("PRAGMA snap.cache_spill = ON")
        auto_vacuum = int(conn.execute("PRAGMA main.auto_vacuum").fetchone()[0])
        conn.execute(f"PRAGMA snap.auto_vacuum = {auto_vacuum}")
    except BaseException:
        conn.execute("DETACH DATABASE snap")
        raise


def export_to_target(conn, copy=None):
    """sqlcipher_export main into the attached ``snap``, inside the read transaction the caller
    began (so the copy is that state), then COMMIT and DETACH. ROLLBACK on any error.

    ``copy(conn)``, if given, copies instead (snapshot_export.export_hashing); its result is
    returned."""
    result = None
    try:
        if copy is None:
            conn.execute("SELECT sqlcipher_export('snap')").fetchone()
        else:
            result = copy(conn)
        for pragma in ("user_version", "application_id"):     # not copied by sqlcipher_export
            value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            conn.execute(f"PRAGMA snap.{pragma} = {value}")
        conn.execute("COMMIT")
    except BaseException:
        rollback_quietly(conn)
        raise
    conn.execute("DETACH DATABASE snap")
    return result


def begin_read(conn) -> None:
    """BEGIN a read transaction and start reading, which fixes the state it sees."""
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM main.sqlite_master").fetchone()


def rollback_quietly(conn) -> None:
    """End any transaction; an error doing so is ignored (the caller is already failing)."""
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except cx.DatabaseError:
        pass


def _export(conn, target: Path, target_key: bytes, cipher: dict, should_stop) -> None:
    attach_target(conn, target, target_key, cipher)
    begin_read(conn)
    install_stop(conn, should_stop)
    try:
        export_to_target(conn)
    finally:
        install_stop(conn, None)


def translate_write_error(exc: BaseException, should_stop: ShouldStop | None) -> BaseException:
    """What to raise for an error while writing a snapshot (cancel, disk full, ...)."""
    if isinstance(exc, SnapshotCancelled):
        return exc
    if should_stop is not None and should_stop() and isinstance(exc, cx.OperationalError):
        return SnapshotCancelled()
    return _write_error(exc) if isinstance(exc, cx.DatabaseError) else exc


def _run_export(open_source, target: Path, target_key: bytes, cipher: dict,
                should_stop) -> None:
    target = Path(target)
    if target.exists():
        raise StoreError("A temporary file of this backup already exists.")
    conn = open_source()
    try:
        try:
            _export(conn, target, target_key, cipher, should_stop)
        finally:
            conn.close()
    except BaseException as exc:
        cx.remove_database_files(target)
        translated = translate_write_error(exc, should_stop)
        if translated is exc:
            raise
        raise translated from None


def open_snapshot(path: Path, key: bytes, *, cipher: dict = LIVE_CIPHER,
                  read_only: bool = True):
    """A plain connection (none of the application's pragmas) to a snapshot file, or to the
    live database for a backup's readers.

    read_only=False for a database in WAL mode (a read-only open needs its -shm file).
    """
    path = Path(path)
    if not path.is_file():
        raise StoreMissingError()
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
    try:
        conn = cx.connect(uri, key, uri=True, check_same_thread=False)
    except cx.DatabaseError:
        raise DamagedStoreError() from None
    try:
        _cipher_pragmas(conn, "main", cipher)
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cx.DatabaseError:
        conn.close()
        raise DamagedStoreError() from None
    return conn


def reencrypt(snapshot: Path, snapshot_key: bytes, target: Path, target_key: bytes, *,
              cipher: dict = SNAPSHOT_CIPHER, should_stop: ShouldStop | None = None) -> None:
    """Copy a snapshot into a new database under target_key with the live settings (and WAL)."""
    _run_export(lambda: open_snapshot(snapshot, snapshot_key, cipher=cipher, read_only=False),
                target, target_key, LIVE_CIPHER, should_stop)
    conn = cx.open_connection(Path(target), target_key)  # switches it to WAL, as the app does
    cx.checkpoint_and_close(conn)


def key_opens(path: Path, key: bytes) -> bool:
    """True if key opens the live database at path (nothing is written)."""
    try:
        conn = open_snapshot(path, key, cipher=LIVE_CIPHER, read_only=False)
    except StoreError:
        return False
    conn.close()
    return True


def database_in_use(path: Path) -> bool:
    """True if another process has the database open (False where this cannot be told).

    Every SQLite connection in WAL mode locks one byte of the -shm file (a shared lock, on
    POSIX and Windows alike) for as long as it is open. On POSIX, connections of this process
    never count (record locks are per process); on Windows they do: lock the centre before
    restoring over it, as restore does.
    """
    shm = Path(f"{path}-shm")
    if not shm.exists():
        return False
    return byte_locked_elsewhere(shm, _SHM_DMS_BYTE)
