"""After a purge the write-ahead log is truncated; when another connection (a backup, a second
ASSIST window) keeps it from being truncated, the purge says so instead of leaving the erased
text in the WAL silently."""
from __future__ import annotations

import os
from types import SimpleNamespace

import pytest

import case_samples as s
from assist_desktop.domain.errors import StoreError
from assist_desktop.services.clients import ClientService
from assist_desktop.storage import connection as cx
from assist_desktop.storage.client_repository import ClientRepository
from assist_desktop.storage import record_table
from assist_desktop.storage.record_table import WAL_NOT_TRUNCATED, truncate_wal
from search_fixtures import service

clients = ClientRepository()


def _purge_one(db) -> None:
    owner = db.write(clients.create, s.client("Quenbyzandra"))
    deleted = db.write(clients.soft_delete, owner.id, owner.version)
    assert db.write(clients.purge, deleted.id) is True


def test_an_unblocked_checkpoint_truncates_the_wal(case_db):
    db = case_db
    _purge_one(db)
    db.read(truncate_wal)
    assert os.path.getsize(f"{db.path}-wal") == 0


def test_a_reader_blocking_the_checkpoint_is_reported_and_then_cleared(case_db, case_key,
                                                                      monkeypatch):
    db = case_db
    reader = cx.open_connection(db.path, case_key)  # e.g. a backup's snapshot connection
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM clients").fetchone()
        _purge_one(db)
        pauses, timeouts = [], []
        monkeypatch.setattr(record_table, "time", SimpleNamespace(sleep=pauses.append))

        class Counted:                 # each checkpoint attempt, with the busy timeout it used
            def __init__(self, conn):
                self.conn = conn

            def execute(self, sql, *args):
                if "wal_checkpoint" in sql:
                    timeouts.append(self.conn.execute("PRAGMA busy_timeout").fetchone()[0])
                return self.conn.execute(sql, *args)
        with pytest.raises(StoreError) as raised:
            db.read(lambda conn: truncate_wal(Counted(conn)))
        assert str(raised.value) == WAL_NOT_TRUNCATED and "purge is done" in str(raised.value)
        # retried a few times, each waiting briefly: not the 5 s busy timeout each
        assert timeouts == [record_table.WAL_WAIT_MS] * record_table.WAL_ATTEMPTS
        assert pauses == [record_table.WAL_PAUSE_SECONDS] * (record_table.WAL_ATTEMPTS - 1)
        assert record_table.WAL_ATTEMPTS * record_table.WAL_WAIT_MS / 1000 + sum(pauses) < 4
        assert os.path.getsize(f"{db.path}-wal") > 0
        # the connection's own busy timeout is put back
        assert db.read(lambda c: c.execute("PRAGMA busy_timeout").fetchone()[0]) == 5000
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    db.read(truncate_wal)  # once the reader has gone it succeeds
    assert os.path.getsize(f"{db.path}-wal") == 0


def test_a_service_purge_blocked_by_a_reader_has_still_erased_the_file(case_db, case_key, ids):
    db, key = case_db, case_key
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
