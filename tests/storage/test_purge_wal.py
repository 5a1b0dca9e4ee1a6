"""After a purge the write-ahead log is truncated; when another connection (a backup, a second
ASSIST window) keeps it from being truncated, the purge says so instead of leaving the erased
text in the WAL silently."""
from __future__ import annotations

import os
import time

import pytest

import case_samples as s
from assist_desktop.domain.errors import StoreError
from assist_desktop.services.clients import ClientService
from assist_desktop.storage import connection as cx
from assist_desktop.storage.client_repository import ClientRepository
from assist_desktop.storage.database import Database
from assist_desktop.storage.record_table import WAL_NOT_TRUNCATED, truncate_wal
from search_fixtures import service

clients = ClientRepository()


@pytest.fixture
def keyed_db(tmp_path):
    key = os.urandom(32)
    db = Database.create(tmp_path / "assist.db", key)
    yield db, key
    db.close()


def _purge_one(db) -> None:
    owner = db.write(clients.create, s.client("Quenbyzandra"))
    deleted = db.write(clients.soft_delete, owner.id, owner.version)
    assert db.write(clients.purge, deleted.id) is True


def test_an_unblocked_checkpoint_truncates_the_wal(keyed_db):
    db, _key = keyed_db
    _purge_one(db)
    db.read(truncate_wal)
    assert os.path.getsize(f"{db.path}-wal") == 0


def test_a_reader_blocking_the_checkpoint_is_reported_and_then_cleared(keyed_db):
    db, key = keyed_db
    reader = cx.open_connection(db.path, key)  # e.g. a backup's snapshot connection
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM clients").fetchone()
        _purge_one(db)
        started = time.monotonic()
        with pytest.raises(StoreError) as raised:
            db.read(truncate_wal)
        assert str(raised.value) == WAL_NOT_TRUNCATED and "purge is done" in str(raised.value)
        assert time.monotonic() - started < 4  # retried briefly, not the 5 s busy timeout each
        assert os.path.getsize(f"{db.path}-wal") > 0
        # the connection's own busy timeout is put back
        assert db.read(lambda c: c.execute("PRAGMA busy_timeout").fetchone()[0]) == 5000
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    db.read(truncate_wal)  # once the reader has gone it succeeds
    assert os.path.getsize(f"{db.path}-wal") == 0


def test_a_service_purge_blocked_by_a_reader_has_still_erased_the_file(keyed_db):
    db, key = keyed_db
    ids = {"adm": db.write(lambda c: c.execute(
        "INSERT INTO users (username, full_name, created_at, updated_at) "
        "VALUES ('adm', 'Adm', 'now', 'now')").lastrowid)}
    db.write(lambda c: c.execute("INSERT INTO user_roles (user_id, role) VALUES (?, ?)",
                                 (ids["adm"], "administrator")))
    owner = db.write(clients.create, s.client("Quenbyzandra"))
    db.write(clients.soft_delete, owner.id, owner.version)
    reader = cx.open_connection(db.path, key)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM clients").fetchone()
        with pytest.raises(StoreError, match="purge is done"):
            service(ClientService, db, ids, "adm").purge(owner.id)
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    assert db.read(clients.get, owner.id, include_deleted=True) is None
