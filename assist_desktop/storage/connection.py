"""Opening a SQLCipher database with a raw 256-bit key, and telling open errors apart.

This module, with the rest of storage/, is the only place sqlcipher3 is imported.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from assist_desktop.domain.errors import (DamagedStoreError, NotEncryptedError, StoreError,
                                          StoreExistsError, StoreMissingError, WrongKeyError)

log = logging.getLogger(__name__)

KEY_BYTES = 32
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"

DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError
OperationalError = dbapi2.OperationalError
Connection = dbapi2.Connection


def key_literal(key: bytes) -> str:
    """SQLCipher's raw-key form x'<hex>' of a 32-byte key (for PRAGMA key or ATTACH ... KEY)."""
    # The key is bytes we generated, rendered as hex: no user text ever reaches this string.
    if not isinstance(key, (bytes, bytearray)) or len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    return f"x'{bytes(key).hex()}'"


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"{key_literal(key)}\""


def _rekey_pragma(key: bytes) -> str:
    return key_pragma(key).replace("PRAGMA key", "PRAGMA rekey", 1)


def remove_database_files(path: Path) -> None:
    """Delete a database file and whatever journal, WAL or shared-memory file it left."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            os.unlink(f"{path}{suffix}")
        except FileNotFoundError:
            pass


def is_busy(exc: BaseException) -> bool:
    """An error only because another connection holds a lock ("database is locked"/"busy")."""
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def write_failure(exc: BaseException) -> str | None:
    """Why a write failed, when the disk is to blame: "full", "readonly", "io" (else None)."""
    text = str(exc).lower()
    if "full" in text:
        return "full"
    if "readonly" in text or "read-only" in text:
        return "readonly"
    if "disk i/o" in text or "unable to open" in text:
        return "io"
    return None


def is_plain_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == PLAIN_SQLITE_HEADER
    except OSError:
        return False


def _configure(conn: Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError("The database could not be switched to safe-write (WAL) mode.")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    # 64 MiB of decrypted pages: SQLCipher pays for every page it reads from disk, and the
    # caseload, search and note screens read the same pages again and again.
    conn.execute("PRAGMA cache_size = -65536")


def connect(target: Path | str, key: bytes, *, uri: bool = False,
            check_same_thread: bool = True) -> Connection:
    """A connection keyed with `key` and nothing else set (target: a path, or a file: URI)."""
    conn = sqlcipher3.connect(str(target), uri=uri, isolation_level=None,
                              check_same_thread=check_same_thread)
    try:
        # Quiet first: otherwise a wrong key prints SQLCipher's errors on stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
    except BaseException:
        conn.close()
        raise
    return conn


def open_connection(path: Path, key: bytes) -> Connection:
    """Open an existing encrypted database. Never creates one.

    Raises StoreMissingError, NotEncryptedError, WrongKeyError (page 1 does not decrypt with
    this key) or DamagedStoreError.
    """
    path = Path(path)
    if not path.is_file():
        raise StoreMissingError()
    if path.stat().st_size == 0:
        raise DamagedStoreError("The database file is empty. Restore it from a backup.")
    if is_plain_sqlite(path):
        raise NotEncryptedError()
    conn = connect(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        text = str(exc).lower()
        if "not a database" in text or "encrypted" in text:
            raise WrongKeyError() from None
        raise DamagedStoreError() from None
    try:
        _configure(conn)
    except DatabaseError:
        conn.close()
        raise DamagedStoreError() from None
    return conn


def create_connection(path: Path, key: bytes) -> Connection:
    """Create a new, empty encrypted database at path (which must not exist)."""
    path = Path(path)
    if path.exists():
        raise StoreExistsError()
    # Made empty first, readable by this user alone: SQLite then gives the -wal and -shm
    # files the same mode.
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = connect(path, key)
    try:
        _configure(conn)
        conn.execute("CREATE TABLE IF NOT EXISTS _created(x)")  # forces page 1 to disk
        conn.execute("DROP TABLE _created")
    except BaseException:
        conn.close()
        remove_database_files(path)
        raise
    return conn


def rekey(conn: Connection, new_key: bytes) -> None:
    conn.execute(_rekey_pragma(new_key))


CHECK_PRAGMAS = {"cipher_integrity_check": [], "integrity_check": ["ok"]}  # -> a clean result


def pragma_findings(conn: Connection, pragma: str) -> list[str]:
    """What one of CHECK_PRAGMAS reports, [] when all is well (DatabaseError if it stops)."""
    rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
    return [] if rows == CHECK_PRAGMAS[pragma] else rows


def integrity_problems(conn: Connection) -> list[str]:
    """Full check: every page's HMAC (cipher_integrity_check), then SQLite's integrity_check."""
    problems: list[str] = []
    for pragma in CHECK_PRAGMAS:
        try:
            problems.extend(pragma_findings(conn, pragma))
        except DatabaseError as exc:
            # A page that cannot even be decrypted stops the check itself: that is a finding.
            problems.append(f"{pragma} stopped: {exc}")
    try:
        problems.extend(f"foreign key: {row[0]}" for row in conn.execute("PRAGMA foreign_key_check"))
    except DatabaseError as exc:
        problems.append(f"foreign_key_check stopped: {exc}")
    return problems


def checkpoint_truncate(conn: Connection) -> bool:
    """Fold the WAL into the database and truncate it. False when another connection kept it
    from finishing (busy, or "database is locked"); other errors are raised."""
    try:
        return not conn.execute("PRAGMA main.wal_checkpoint(TRUNCATE)").fetchone()[0]
    except OperationalError as exc:
        if not is_busy(exc):
            raise
        return False


def checkpoint_and_close(conn: Connection) -> None:
    """Fold the WAL back into the database and truncate it, so no old frames linger."""
    try:
        if not checkpoint_truncate(conn):
            # e.g. a backup is reading: the WAL is truncated by the next close
            log.warning("checkpoint at close was busy; the WAL was not truncated")
    except DatabaseError:
        log.warning("checkpoint failed at close")
    finally:
        conn.close()
