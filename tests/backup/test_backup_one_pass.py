"""Format 2 (still restored; made now only by these tests): a backup read the live database
once, the export hashing the rows it copied, and the copy's SQLCipher pages were checked on
the very bytes encrypted into the backup file. Format 3's own checks: test_backup_pages.py."""
from __future__ import annotations

import os

import pytest
from backup_world import dump

from assist_desktop.backup import BackupCheckFailed
from assist_desktop.storage import connection as cx
from assist_desktop.storage import snapshot as snap
from assist_desktop.storage.snapshot_export import export_hashing
from assist_desktop.storage.snapshot_manifest import compute_manifest
from assist_desktop.storage.snapshot_pages import SALT_BYTES, PageAuthenticator

SOURCE_KEY = bytes(range(32))
COPY_KEY = bytes(range(1, 33))

# Everything sqlcipher_export has to carry, in tables nobody told the backup about.
SCHEMA = (
    "CREATE TABLE seq (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT, data BLOB)",
    "CREATE TABLE keyed (code TEXT PRIMARY KEY, label TEXT, n REAL) WITHOUT ROWID",
    "CREATE INDEX keyed_label ON keyed(label)",
    "CREATE TABLE pair (a INTEGER, b TEXT)",
    "CREATE UNIQUE INDEX pair_all ON pair(b, a)",          # covers every column of pair
    "CREATE VIRTUAL TABLE words USING fts5(body)",
    "CREATE VIEW big AS SELECT id FROM seq WHERE length(data) > 1000",
    "CREATE TRIGGER seq_words AFTER INSERT ON seq BEGIN "
    "INSERT INTO words(body) VALUES (new.body); END",
)


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "source.db"
    conn = cx.connect(str(path), SOURCE_KEY)
    for statement in SCHEMA:
        conn.execute(statement)
    conn.executemany("INSERT INTO seq (body, data) VALUES (?, ?)",
                     [(f"note {i} ‮ Ωmega 😀 <b>&", os.urandom(i * 97)) for i in range(300)])
    conn.execute("DELETE FROM seq WHERE id > 280 OR id % 7 = 0")    # the counter stays at 300
    conn.executemany("INSERT INTO keyed VALUES (?, ?, ?)",
                     [(f"k{i:03d}", f"label {i % 9}", i / 3) for i in range(200)])
    conn.executemany("INSERT INTO pair VALUES (?, ?)", [(i, f"z{999 - i}") for i in range(150)])
    conn.execute("PRAGMA user_version = 42")
    conn.commit()
    yield path, conn
    conn.close()


def _export(source_conn, target):
    snap.attach_target(source_conn, target, COPY_KEY, snap.SNAPSHOT_CIPHER)
    snap.begin_read(source_conn)
    return snap.export_to_target(source_conn, export_hashing)


def test_the_export_hashes_exactly_what_a_read_back_of_the_copy_finds(source, tmp_path):
    path, conn = source
    target = tmp_path / "copy.snapshot"
    manifest = _export(conn, target)
    assert manifest == compute_manifest(conn)
    copy = snap.open_snapshot(target, COPY_KEY, cipher=snap.SNAPSHOT_CIPHER)
    try:
        assert compute_manifest(copy) == manifest
        assert dump(copy) == dump(conn)
        assert copy.execute("SELECT seq FROM sqlite_sequence").fetchone() == (300,)
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert copy.execute("SELECT rowid FROM words WHERE words MATCH 'Ωmega'").fetchall()
        assert copy.execute("SELECT count(*) FROM big").fetchone() == \
            conn.execute("SELECT count(*) FROM big").fetchone()
    finally:
        copy.close()
    assert manifest["tables"]["seq"]["rows"] == 300 - 20 - 40


def test_page_check_finds_a_changed_moved_or_cut_page(source, tmp_path):
    _path, conn = source
    target = tmp_path / "copy.snapshot"
    _export(conn, target)
    data = target.read_bytes()
    size = snap.SNAPSHOT_CIPHER["page_size"]
    assert len(data) % size == 0 and len(data) // size >= 3

    def check(content: bytes) -> list[int]:
        pages = PageAuthenticator(COPY_KEY, snap.SNAPSHOT_CIPHER, content[:SALT_BYTES])
        return [n for start in range(0, len(content), 1 << 20)
                for n in pages.check(content[start:start + (1 << 20)])]
    assert check(data) == []
    for offset in (20, size + 5, 2 * size - 1, len(data) - 40):     # data, MAC, IV
        flipped = bytearray(data)
        flipped[offset] ^= 0x01
        assert check(bytes(flipped)) == [offset // size + 1]
    swapped = data[:size] + data[2 * size:3 * size] + data[size:2 * size] + data[3 * size:]
    assert check(swapped) == [2, 3]
    assert check(data[:-100]) != []
    assert PageAuthenticator(SOURCE_KEY, snap.SNAPSHOT_CIPHER, data[:SALT_BYTES]).check(
        data[:size]) == [1]                                          # another key


def _flip_in_copy(monkeypatch, offset_from_end: int):
    """After the export, change one byte of the copy (as a failing disk would)."""
    from assist_desktop.backup import create as create_module
    real = create_module.take_snapshot

    def take(db_path, key, temps, *args, **kwargs):
        result = real(db_path, key, temps, *args, **kwargs)
        with open(temps.snapshot, "r+b") as handle:
            handle.seek(-offset_from_end, os.SEEK_END)
            byte = handle.read(1)
            handle.seek(-offset_from_end, os.SEEK_END)
            handle.write(bytes([byte[0] ^ 0x10]))
        return result
    monkeypatch.setattr(create_module, "take_snapshot", take)


def test_a_copy_changed_after_the_export_is_refused(filled, make_backup, dest, monkeypatch):
    _flip_in_copy(monkeypatch, 70_000)
    with pytest.raises(BackupCheckFailed):
        make_backup(format_version=2)
    assert list(dest.iterdir()) == []


def test_the_page_check_alone_refuses_a_changed_copy(filled, make_backup, dest, monkeypatch):
    """With the copy's read-back through SQLite switched off, the page HMACs checked as the
    copy is encrypted still refuse it: no byte of a named backup escaped SQLCipher's check."""
    from assist_desktop.backup import copy_and_check
    _flip_in_copy(monkeypatch, 70_000)
    monkeypatch.setattr(copy_and_check, "check_snapshot", lambda *a, **k: ([], {}))
    monkeypatch.setattr(copy_and_check.reader, "manifest_problems", lambda *a: [])
    with pytest.raises(BackupCheckFailed) as caught:
        make_backup(format_version=2)
    assert any("cipher_integrity_check" in p and "fail their HMAC" in p
               for p in caught.value.problems)
    assert list(dest.iterdir()) == []


def test_the_read_back_opens_the_slot_read_from_the_drive_without_a_second_argon2(
        filled, make_backup, dest, monkeypatch):
    from assist_desktop.backup import keys
    real_derive, real_seal = keys.kdf.derive, keys.envelope.seal
    derived = []

    def derive(*args, **kwargs):
        derived.append(1)
        return real_derive(*args, **kwargs)
    monkeypatch.setattr(keys.kdf, "derive", derive)
    make_backup()
    assert len(derived) == 1

    def sealed_for_another_backup(kek, data, aad):        # a slot that does not open
        return real_seal(kek, data, aad + b"-other")
    monkeypatch.setattr(keys.envelope, "seal", sealed_for_another_backup)
    with pytest.raises(BackupCheckFailed, match="was deleted") as caught:
        make_backup()
    assert caught.value.problems == ["reading it back: WrongBackupSecretError"]
    assert [p.name for p in dest.iterdir()] == [p.name for p in dest.glob("assist-*")]
    assert len(list(dest.iterdir())) == 1                  # only the first, good backup
