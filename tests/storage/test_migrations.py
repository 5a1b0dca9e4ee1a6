"""Every earlier schema version migrates to the latest; shipped migrations are never edited."""
from __future__ import annotations

import hashlib
import os

import pytest

from assist_desktop.storage import connection as cx
from assist_desktop.storage.database import Database
from assist_desktop.storage.migrations import LATEST_VERSION, MIGRATIONS, migrate

# sha256 of each shipped migration's SQL. A change here means a shipped migration was
# edited: add a new migration instead. New migrations are added to this list when they ship.
SHIPPED = {
    1: ("m0001_initial", "a2c71ace91d0d662"),
    2: ("m0002_case_record", "bed9f499563a38f3"),
    3: ("m0003_deadline_rules", "b68d2d64fd308782"),
    4: ("m0004_search", "b6feb7bfa05d5b44"),
    5: ("m0005_checks", "ac45b85c433a05e3"),
    6: ("m0006_case_indexes", "0c8f2bb336e7c245"),
    7: ("m0007_generated_documents", "e279ba3e2b7303e4"),
    8: ("m0008_document_sources", "8bd513c7ede161d4"),
    9: ("m0009_document_word_copies", "df34d68ab0a3608d"),
    10: ("m0010_statement_drafts", "e6e59f992530a2d9"),
    11: ("m0011_name_keys_rescript", "96ea0a1f4c8bf17d"),
    12: ("m0012_centre_contacts", "0ba6359c653b2846"),
    13: ("m0013_partial_birth_dates", "10dcff43c24fc21a"),
    14: ("m0014_safety_flag_marks", "c5eea5876107ce5f"),
    15: ("m0015_asylum_records", "ec30a266e7deb752"),
    16: ("m0016_time_without_matter", "3bcd959dd1a5e774"),
    17: ("m0017_data_protection", "1547b7fe9c25ea94"),
    18: ("m0018_sealed_compartments", "e37e237a8215b043"),
    19: ("m0019_statistics_indexes", "7c77ee31104aea7d"),
}


def test_migrations_are_numbered_without_gaps():
    assert [n for n, _, _ in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))
    for number, (name, _digest) in SHIPPED.items():
        assert MIGRATIONS[number - 1][1] == name


@pytest.mark.parametrize("start", range(0, LATEST_VERSION))
def test_migrate_from_every_earlier_version(tmp_path, start):
    path, key = tmp_path / "old.db", os.urandom(32)
    conn = cx.create_connection(path, key)
    assert migrate(conn, target=start) == start
    if start >= 1:  # a database of that version with data in it
        conn.execute("INSERT INTO centre (id, database_id, name, jurisdiction, address, "
                     "created_at) VALUES (1, 'db', 'Old Centre', 'scotland', '', 'then')")
        conn.execute("INSERT INTO users (username, full_name, created_at, updated_at) "
                     "VALUES ('old', 'Old User', 'then', 'then')")
    cx.checkpoint_and_close(conn)
    db = Database.open(path, key)  # opening migrates
    try:
        assert db.schema_version() == LATEST_VERSION
        assert db.integrity_problems() == []
        if start >= 1:
            assert db.read(lambda c: c.execute("SELECT full_name FROM users").fetchone()[0]) == "Old User"
    finally:
        db.close()


def test_a_failing_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    from assist_desktop.storage import migrations
    path, key = tmp_path / "x.db", os.urandom(32)
    conn = cx.create_connection(path, key)
    broken = MIGRATIONS + [(LATEST_VERSION + 1, "m9999_broken",
                            "CREATE TABLE half(x); INSERT INTO no_such_table VALUES (1);")]
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(cx.OperationalError):
        migrations.migrate(conn)
    assert migrations.current_version(conn) == LATEST_VERSION
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0
    conn.close()


def test_migration_sources_are_pinned():
    digests = {n: hashlib.sha256(sql.encode()).hexdigest()[:16] for n, _, sql in MIGRATIONS}
    for number, (name, digest) in SHIPPED.items():
        assert digests[number] == digest, f"{name} was edited after it shipped"


def test_time_entries_gain_their_client_and_keep_every_row(tmp_path):
    """Schema 16: each stored entry keeps its id, version and times and gains the client of
    its matter; afterwards an entry may have no matter."""
    from tests import case_samples as s
    from assist_desktop.storage.client_repository import ClientRepository
    from assist_desktop.storage.matter_repository import MatterRepository
    from assist_desktop.storage.time_entry_repository import TimeEntryRepository
    path, key = tmp_path / "old.db", os.urandom(32)
    conn = cx.create_connection(path, key)
    migrate(conn, target=15)
    conn.execute("INSERT INTO users (id, username, full_name, created_at, updated_at) "
                 "VALUES (7, 'sol', 'Sol', 'then', 'then')")
    client = ClientRepository().create(conn, s.client("Ana"))
    matter = MatterRepository().create(conn, s.matter(client.id, "asylum"))
    conn.execute("INSERT INTO time_entries (id, matter_id, user_id, worked_on, minutes, "
                 "activity, funder, description, version, created_at, updated_at, deleted_at) "
                 "VALUES (41, ?, 7, '2026-03-02', 90, 'advocacy', 'Legal aid', 'hearing', 4, "
                 "'c-time', 'u-time', NULL), (42, ?, 7, '2026-03-03', 6, 'telephone', '', '', "
                 "1, 'c2', 'u2', 'gone')", (matter.id, matter.id))
    conn.commit()
    assert migrate(conn) == LATEST_VERSION
    rows = conn.execute("SELECT id, client_id, matter_id, minutes, version, created_at, "
                        "updated_at, deleted_at FROM time_entries ORDER BY id").fetchall()
    assert rows == [(41, client.id, matter.id, 90, 4, "c-time", "u-time", None),
                    (42, client.id, matter.id, 6, 1, "c2", "u2", "gone")]
    loose = TimeEntryRepository().create(conn, s.time_entry(client.id, None, 7, "support"))
    assert {e.id for e in TimeEntryRepository().list_for_client(conn, client.id)} == {41, loose.id}
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
