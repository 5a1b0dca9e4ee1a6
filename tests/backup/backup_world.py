"""Shared helpers of the backup tests: a centre's contents, whole-database dumps, file states.

Imported by name (``from backup_world import ...``) in tests/backup, like the other test
helper modules; from other folders as ``tests.backup.backup_world``.
"""
from __future__ import annotations

import hashlib
import os
from datetime import date, datetime, time, timedelta
from pathlib import Path

from assist_desktop.backup import BackupSource, create_backup
from assist_desktop.domain.attachments import Attachment, digest
from assist_desktop.security.kdf import TEST_PARAMETERS
from assist_desktop.storage.attachment_repository import AttachmentRepository

BACKUP_PASSPHRASE = "amber kettle meadow rowing 58"
CENTRE_NAME = "Riverside Law Centre"
BIG_BLOBS = 3
BIG_BLOB_BYTES = 400_000

# Tables another engineer might add later: the backup must carry them without being told.
EXTRA_SQL = (
    "CREATE TABLE zz_later_feature (kind TEXT NOT NULL, payload BLOB, amount INTEGER, ratio REAL)",
    "CREATE TABLE zz_keyed (code TEXT PRIMARY KEY, label TEXT) WITHOUT ROWID",
    "CREATE VIRTUAL TABLE zz_search USING fts5(body)",
)


def add_extra_tables(conn) -> None:
    for statement in EXTRA_SQL:
        conn.execute(statement)
    conn.executemany("INSERT INTO zz_later_feature VALUES (?, ?, ?, ?)",
                     [(f"kind {i}", os.urandom(i * 37), i * 10**12, i / 7) for i in range(300)])
    conn.execute("DELETE FROM zz_later_feature WHERE amount % 3 = 0")   # gaps in the rowids
    conn.executemany("INSERT INTO zz_keyed VALUES (?, ?)",
                     [(f"c{i:04d}", "Ωmega ‮ ✔️ " * (i % 5)) for i in range(200)])
    conn.executemany("INSERT INTO zz_search VALUES (?)",
                     [(f"searchable words number {i}",) for i in range(100)])


def add_big_attachments(conn, client_id: int, count: int = BIG_BLOBS,
                        size: int = BIG_BLOB_BYTES) -> None:
    for i in range(count):
        data = os.urandom(size)
        AttachmentRepository().create_with_data(conn, Attachment(
            client_id=client_id, name=f"scan-{i}.pdf", mime_type="application/pdf",
            size=len(data), sha256=digest(data), description="test scan"), data)


def source_of(centre) -> BackupSource:
    return BackupSource(centre.db.path, centre.keeper.data_key, centre.centre.database_id,
                        centre.keeper.slots_path)


def backup_of(centre, folder, days_ago: int = 0) -> Path:
    """A real backup of centre in folder, made at noon (local time) days_ago days ago; its path.
    Fast Argon2 parameters; the centre's 'last backup' status is left alone."""
    when = datetime.combine(date.today() - timedelta(days=days_ago), time(12)).astimezone()
    return create_backup(source_of(centre), folder, BACKUP_PASSPHRASE, kdf_params=TEST_PARAMETERS,
                         now=when, record_status=False).path


def dump(conn) -> dict:
    """Every row of every table with storage (by rowid, or key for WITHOUT ROWID tables)."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 ORDER BY name")]
    without = {r[0] for r in conn.execute("SELECT name FROM pragma_table_list WHERE wr = 1")}
    out = {"user_version": conn.execute("PRAGMA user_version").fetchone()[0],
           "schema": conn.execute("SELECT type, name, sql FROM sqlite_master "
                                  "ORDER BY type, name").fetchall()}
    for name in names:
        order = "" if name in without else " ORDER BY rowid"
        out[name] = conn.execute(f'SELECT * FROM "{name}"{order}').fetchall()
    return out


def attachment_hashes(conn) -> dict[int, tuple[str, str]]:
    """attachment id -> (recorded sha256, sha256 of the stored bytes, opened with the keys of
    the person signed in when sealed: storage/sealed_records.py)."""
    from assist_desktop.storage.attachment_repository import AttachmentRepository
    repo = AttachmentRepository()
    return {aid: (recorded, hashlib.sha256(repo.data(conn, aid)).hexdigest())
            for aid, recorded in conn.execute(
                "SELECT a.id, a.sha256 FROM attachments a "
                "JOIN attachment_blobs b ON b.attachment_id = a.id")}


def files_state(folder: Path) -> dict[str, str]:
    """name -> sha256 of every file under folder (to prove nothing changed)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def every_data_key(folder: Path, passphrases: dict[str, str], codes=()) -> set[bytes]:
    """Every data key that any key file anywhere under folder yields to any of the given
    sign-in passphrases (username -> passphrase) or recovery codes."""
    from assist_desktop.domain.errors import AssistError
    from assist_desktop.security import envelope
    from assist_desktop.security.key_slots import KeySlotFile
    from assist_desktop.security.recovery_code import normalise
    keys: set[bytes] = set()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        try:
            slots = KeySlotFile.load(path)
        except (AssistError, OSError, ValueError):
            continue
        tries = [(slots.find("passphrase", user), lambda s, pw=pw: KeySlotFile.passphrase_kek(
            s, pw)) for user, pw in passphrases.items()]
        tries += [(slots.find("recovery"), lambda s, c=code: envelope.secret_key_from_high_entropy(
            normalise(c).encode("ascii"), b"recovery")) for code in codes]
        for slot, kek in tries:
            if slot is None:
                continue
            try:
                keys.update(slots.data_keys(slot, slots.private_key(slot, kek(slot))))
            except AssistError:
                continue
    return keys


def files_yielding(folder: Path, text: str, keys: set[bytes], scratch: Path) -> list[str]:
    """The files under folder (copied to scratch first: opening writes nothing in folder) in
    which text is found: in their raw bytes, or in any row of any table once opened as an
    encrypted database with any of keys."""
    import shutil

    from assist_desktop.storage.database import Database
    shutil.copytree(folder, scratch)
    needle = text.encode("utf-8")
    found = []
    for path in sorted(p for p in scratch.rglob("*") if p.is_file()):
        name = str(path.relative_to(scratch))
        if needle in path.read_bytes():
            found.append(name)
            continue
        for key in keys:
            try:
                db = Database.open(path, key, migrate_schema=False)
            except Exception:  # noqa: BLE001 - not a database this key opens
                continue
            try:
                rows = db.read(dump)
            finally:
                db.close()
            if text in repr(rows):
                found.append(name)
                break
    return found
