"""Search results are audited right after the answer, not before it (the commit, with its
fsync, cost more than the search): the record is queued on the database's owner thread before
the answer is returned, so it is committed before anything else is asked of the database, at
lock, before a backup's copy and when the program exits."""
from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from assist_desktop.domain.errors import StoreLockedError
from assist_desktop.services.audit import AuditLog
from assist_desktop.services.search import SearchService
from assist_desktop.storage import connection as cx
from assist_desktop.storage.database import Database
from search_fixtures import add_client, audit_details, session

ROOT = Path(__file__).resolve().parents[2]


class HeldAudit(AuditLog):
    """Writes search rows only once `release` is set (or after `wait` seconds), noting
    whether the answer had been returned by then."""

    def __init__(self, actor, release: threading.Event, answered: threading.Event | None = None,
                 wait: float = 10.0, **kwargs):
        super().__init__(actor, **kwargs)
        self.release, self.answered, self.wait = release, answered, wait
        self.after_answer: list[bool] = []

    def record_many(self, conn, action, *args, **kwargs):
        if action == "search_result" and list(args[1]):
            self.release.wait(self.wait)
            self.after_answer.append(self.answered is not None and self.answered.is_set())
        return super().record_many(conn, action, *args, **kwargs)


def _search_rows(rows) -> list[tuple]:
    return [r for r in rows if r[1] == "search_result"]


def test_the_answer_comes_first_and_its_record_before_the_next_call(case_db, ids):
    olga = add_client(case_db, "Olga", "Petrenko")
    SearchService(case_db, session(ids, "sol"), AuditLog("sol")).search("zzz")  # index synced
    answered = threading.Event()
    audit = HeldAudit("sup", answered, answered)
    support = SearchService(case_db, session(ids, "sup"), audit)
    (found,) = support.search("olga")
    answered.set()                   # the record waited for this: it was not on the answer's path
    assert found.client_id == olga.id
    assert _search_rows(audit_details(case_db)) == [
        ("sup", "search_result", "client", str(olga.id), "")]     # the next call found it done
    assert audit.after_answer == [True]


def test_later_runs_in_order_reports_a_failure_and_refuses_once_closed(tmp_path, case_key):
    db = Database.create(tmp_path / "later.db", case_key)
    db.write(lambda conn: conn.execute("CREATE TABLE t (x INTEGER NOT NULL)"))
    failures = []
    db.later(lambda conn: conn.execute("INSERT INTO t VALUES (1)"), write=True)
    db.later(lambda conn: conn.execute("INSERT INTO t VALUES (NULL)"), write=True,
             failed=failures.append)
    db.later(lambda conn: conn.execute("INSERT INTO t VALUES (2)"), write=True)
    assert db.read(lambda conn: conn.execute("SELECT x FROM t").fetchall()) == [(1,), (2,)]
    assert len(failures) == 1 and not db.read(lambda conn: conn.in_transaction)
    db.close()
    with pytest.raises(StoreLockedError):
        db.later(lambda conn: None)


def test_what_was_shown_is_in_the_log_after_lock_before_the_sign_out(centre, vault):
    from tests.conftest import PASSPHRASE
    olga = add_client(centre.db, "Olga", "Petrenko")
    assert [r.client_id for r in centre.services.search.search("olga")] == [olga.id]
    centre.lock()                                   # straight after the answer
    again = vault.unlock("admin", PASSPHRASE)
    try:
        rows = [(e.action, e.entity_id) for e in again.services.audit.page(limit=1000)][::-1]
        assert rows.index(("search_result", str(olga.id))) < rows.index(
            ("sign_out", str(centre.session.user_id)))
        assert again.services.audit.chain_problems() == []      # chain and anchor hold
    finally:
        again.lock()


def test_a_backup_holds_the_record_of_what_was_shown_just_before(centre, tmp_path, monkeypatch):
    """The backup's copy is read on a connection of its own: the queued record goes in first."""
    from assist_desktop.backup import centre_backup
    from assist_desktop.security.kdf import TEST_PARAMETERS
    olga = add_client(centre.db, "Olga", "Petrenko")
    centre.services.search.search("zzz")                            # index synced
    release = threading.Event()
    search = SearchService(centre.db, centre.session,
                           HeldAudit("admin", release, wait=0.5, anchor=centre.anchor))
    in_copy = []
    real = centre_backup.create_backup

    def create_backup(source, *args, **kwargs):      # what a connection of its own sees now
        conn = cx.open_connection(source.db_path, source.data_key)
        try:
            in_copy.append(conn.execute("SELECT entity_id FROM audit_log WHERE action = "
                                        "'search_result'").fetchall())
        finally:
            conn.close()
        release.set()
        return real(source, *args, **kwargs)
    monkeypatch.setattr(centre_backup, "create_backup", create_backup)
    assert [r.client_id for r in search.search("olga")] == [olga.id]
    (tmp_path / "stick").mkdir()
    centre_backup.backup_centre(centre, tmp_path / "stick", "backup passphrase 12345 xyz",
                                kdf_params=TEST_PARAMETERS)
    assert in_copy == [[(str(olga.id),)]]


_EXIT_SCRIPT = """
import sys, time
sys.path.insert(0, {root!r})
from assist_desktop.domain.session import Session
from assist_desktop.services.audit import AuditLog
from assist_desktop.services.search import SearchService
from assist_desktop.storage.database import Database

class SlowAudit(AuditLog):
    def record_many(self, conn, *args, **kwargs):
        time.sleep(0.3)          # still being written when the program ends
        return super().record_many(conn, *args, **kwargs)

db = Database.open({path!r}, bytes.fromhex({key!r}))
session = Session(user_id={user}, username="sup", full_name="Sue",
                  roles=frozenset({{"support_worker"}}))
print(len(SearchService(db, session, SlowAudit("sup")).search("olga")))
"""   # ends without closing the database: the interpreter's exit lets its owner thread finish


def test_the_record_is_written_when_the_program_ends_straight_after_the_answer(
        case_db, case_key, ids):
    olga = add_client(case_db, "Olga", "Petrenko")
    SearchService(case_db, session(ids, "sol"), AuditLog("sol")).search("zzz")  # index synced
    script = _EXIT_SCRIPT.format(root=str(ROOT), path=str(case_db.path), key=case_key.hex(),
                                 user=ids["sup"])
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"
    assert _search_rows(audit_details(case_db)) == [
        ("sup", "search_result", "client", str(olga.id), "")]


def test_a_record_whose_commit_fails_leaves_what_was_owed_owed(case_db, ids, monkeypatch):
    """The rows are added, then COMMIT fails (a disk error): nothing was recorded, so what was
    owed stays owed, and a client not shown is recorded when she is shown."""
    import contextlib

    from assist_desktop.storage import database
    olga, hoa = add_client(case_db, "Olga", "Petrenko"), add_client(case_db, "Hoa", "Nguyen")
    SearchService(case_db, session(ids, "sol"), AuditLog("sol")).search("zzz")  # index synced

    @contextlib.contextmanager
    def commit_fails(conn, mode="IMMEDIATE"):
        conn.execute(f"BEGIN {mode}")
        try:
            yield conn
        finally:
            conn.execute("ROLLBACK")
        raise OSError("disk I/O error")
    support = SearchService(case_db, session(ids, "sup"), AuditLog("sup"))
    monkeypatch.setattr(database, "transaction", commit_fails)
    assert [r.client_id for r in support.search("olga")] == [olga.id]    # shown; not recorded
    with pytest.raises(OSError):
        support.search("hoa")                                            # not shown
    monkeypatch.undo()
    assert _search_rows(audit_details(case_db)) == []
    assert [r.client_id for r in support.search("hoa")] == [hoa.id]
    assert _search_rows(audit_details(case_db)) == [
        ("sup", "search_result", "client", str(olga.id), "recorded late"),
        ("sup", "search_result", "client", str(hoa.id), "")]
