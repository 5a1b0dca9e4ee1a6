"""Reading a backup file: its header (no key needed), its key, and its decrypted body."""
from __future__ import annotations

import base64
import hashlib
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from assist_desktop.backup import keys
from assist_desktop.backup.errors import (BackupDamagedError, BackupError, NewerBackupError,
                                          NotABackupError)
from assist_desktop.backup.format import OpenedHeader, iter_body, read_header, read_trailer
from assist_desktop.backup.progress import Reporter
from assist_desktop.storage.migrations import LATEST_VERSION


def open_header(path: Path) -> OpenedHeader:
    """The checked header of the backup at path; its size must match exactly."""
    path = Path(path)
    try:
        if path.is_dir():
            raise NotABackupError(f"{path} is a folder, not a backup file.")
        with open(path, "rb") as handle:
            return read_header(handle, os.fstat(handle.fileno()).st_size)
    except FileNotFoundError:
        raise BackupError(f"The backup file {path} was not found.") from None
    except PermissionError:
        raise BackupError(f"The backup file {path} cannot be read (permission denied).") from None
    except OSError as exc:
        reason = exc.strerror or "input/output error"
        raise BackupError(f"The backup file {path} cannot be read ({reason}).") from None


def refuse_newer(opened: OpenedHeader) -> None:
    if opened.header.schema_version > LATEST_VERSION:
        raise NewerBackupError(opened.header.schema_version, LATEST_VERSION)


def unlock(opened: OpenedHeader, secret: keys.BackupSecret,
           made: keys.DerivedKek | None = None) -> bytes:
    header = opened.header
    return keys.open_body_key(header.slots, secret, backup_id=header.backup_id,
                              database_id=header.database_id, made=made)


def check_origin(path: Path, opened: OpenedHeader, body_key: bytes,
                 secret: keys.BackupSecret) -> None:
    """Opened with the recovery code: the backup must prove it is the centre's own (read from
    its trailer, before anything else is decrypted)."""
    if secret.kind != "recovery":
        return
    with open(path, "rb") as handle:
        meta = read_trailer(handle, keys.derive(body_key).stream, opened)
    keys.check_origin(opened.header.slots, secret, opened.digest, meta)


def snapshot_key(opened: OpenedHeader, body_key: bytes, meta: dict) -> bytes:
    """The SQLCipher key of the database inside: in format 3 the centre's data key as it was
    (kept in the authenticated trailer), in format 2 the backup's own snapshot key."""
    if opened.header.format_version < 3:
        return keys.derive(body_key).snapshot
    try:
        key = base64.b64decode(str(meta["database_key"]).encode("ascii"), validate=True)
    except (KeyError, ValueError, UnicodeEncodeError):
        raise BackupDamagedError() from None
    if len(key) != 32:
        raise BackupDamagedError()
    return key


def writes_beside(opened: OpenedHeader) -> bool:
    """Format 3 holds a WAL-mode database: SQLite opens it read-write (its -wal and -shm
    files appear beside it, and are removed with it)."""
    return opened.header.format_version >= 3


@dataclass
class Decrypted:
    meta: dict
    snapshot_sha256: str | None     # None in format 3 (no hash of the body is kept)
    snapshot_size: int


def decrypt(path: Path, opened: OpenedHeader, body_key: bytes, snapshot_out: Path | None,
            reporter: Reporter, *, rehash: bool = True) -> Decrypted:
    """Decrypt and authenticate every chunk and the trailer; write the database to snapshot_out.

    The snapshot is still SQLCipher-encrypted (format 3: the data key of its day; format 2: the
    backup's snapshot key): no plaintext database is ever written anywhere. With ``rehash``
    (format 2 only: format 3 keeps no hash), its SHA-256 must also equal the one recorded in
    the trailer when the backup was made and checked. Without it (the quick verify), the chunks' tags alone prove the bytes are
    the ones the backup's writer encrypted, and that writer proved by the same hash that they
    were the checked ones before naming the file; hashing again would find nothing more.
    """
    key = keys.derive(body_key).stream
    digest = hashlib.sha256()
    size = 0
    total = max(1, opened.header.body_size)
    out = None
    # The hash runs on its own thread (hashlib releases the GIL), beside reading and decrypting.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-hash") as hasher:
        hashing = None
        try:
            if snapshot_out is not None:
                fd = os.open(snapshot_out, os.O_WRONLY | os.O_CREAT | os.O_EXCL |
                             getattr(os, "O_BINARY", 0), 0o600)
                out = os.fdopen(fd, "wb")
            with open(path, "rb", buffering=0) as handle:
                meta = read_trailer(handle, key, opened)
                if opened.header.format_version >= 3:
                    rehash = False      # no hash kept: the chunks' tags and the page HMACs
                handle.seek(opened.body_offset)
                for chunk in iter_body(handle, key, opened):
                    if hashing is not None:
                        hashing.result()
                    if rehash:
                        hashing = hasher.submit(digest.update, chunk)
                    size += len(chunk)
                    if out is not None:
                        out.write(chunk)
                    reporter.update(size / total)
                    reporter.check()
            if hashing is not None:
                hashing.result()
        finally:
            if out is not None:
                out.close()
    if meta.get("database_id") != opened.header.database_id or \
            meta.get("backup_id") != opened.header.backup_id or \
            not isinstance(meta.get("manifest"), dict) or \
            (rehash and meta.get("snapshot_sha256") != digest.hexdigest()):
        raise BackupDamagedError()
    recorded = meta.get("snapshot_sha256")
    return Decrypted(meta, digest.hexdigest() if rehash else
                     (str(recorded) if recorded is not None else None),
                     size)


def manifest_problems(expected: dict, found: dict) -> list[str]:
    """Differences between two manifests, by table (no row content, only names and counts)."""
    problems = []
    if expected.get("user_version") != found.get("user_version"):
        problems.append("schema version differs")
    if expected.get("schema_sha256") != found.get("schema_sha256"):
        problems.append("schema differs")
    want, got = expected.get("tables", {}), found.get("tables", {})
    for name in sorted(set(want) | set(got)):
        a, b = want.get(name), got.get(name)
        if a is None or b is None:
            problems.append(f"table {name} {'missing' if b is None else 'unexpected'}")
        elif a.get("rows") != b.get("rows"):
            problems.append(f"table {name}: {b.get('rows')} rows, expected {a.get('rows')}")
        elif "sha256" in a and a.get("sha256") != b.get("sha256"):   # format 3: counts only
            problems.append(f"table {name}: contents differ")
    return problems
