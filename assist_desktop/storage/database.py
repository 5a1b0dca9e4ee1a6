"""The owner thread: one worker that holds the connection and runs every statement.

Callers hand it a function of the connection; it returns a Future (submit) or waits (read,
write). SQLite errors are turned into the domain's errors here, once, so no caller needs to
know sqlcipher3 exists.
"""
from __future__ import annotations

import contextlib
import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, TypeVar

from assist_desktop.domain.errors import (DamagedStoreError, StoreError, StoreLockedError)
from assist_desktop.storage import connection as cx
from assist_desktop.storage.migrations import LATEST_VERSION, migrate

log = logging.getLogger(__name__)
T = TypeVar("T")


_WRITE_FAILURES = {
    "full": "The disk is full. Nothing was saved; free some space and try again.",
    "readonly": "The database is read-only. Nothing was saved.",
    "io": "The disk reported an error. Nothing was saved."}


def _translate(exc: BaseException) -> BaseException:
    failure = cx.write_failure(exc) if isinstance(exc, cx.OperationalError) else None
    if failure is not None:
        return StoreError(_WRITE_FAILURES[failure])
    if isinstance(exc, cx.DatabaseError) and not isinstance(exc, cx.IntegrityError):
        text = str(exc).lower()
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            return DamagedStoreError()
    return exc


@contextlib.contextmanager
def transaction(conn: cx.Connection, mode: str = "IMMEDIATE"):
    """All-or-nothing: BEGIN IMMEDIATE ... COMMIT, ROLLBACK on any error."""
    conn.execute(f"BEGIN {mode}")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class Database:
    """An open encrypted database and the single thread that owns its connection."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-owner")
        self._conn: cx.Connection | None = None
        self._owner_ident: int | None = None
        self._closed = False
        self._listeners: list[Callable[[str], None]] = []

    # --- life cycle -------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, key: bytes, *, migrate_schema: bool = True) -> "Database":
        db = cls(path)
        try:
            db._executor.submit(db._open_on_owner, key, migrate_schema, False).result()
        except BaseException:
            db._executor.shutdown(wait=True)
            raise
        return db

    @classmethod
    def create(cls, path: Path, key: bytes) -> "Database":
        db = cls(path)
        try:
            db._executor.submit(db._open_on_owner, key, True, True).result()
        except BaseException:
            db._executor.shutdown(wait=True)
            raise
        return db

    def _open_on_owner(self, key: bytes, migrate_schema: bool, create: bool) -> None:
        self._owner_ident = threading.get_ident()
        if create:
            conn = cx.create_connection(self.path, key)
        else:
            conn = cx.open_connection(self.path, key)
        try:
            if migrate_schema:
                migrate(conn)
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True

        def _close():
            if self._conn is not None:
                cx.checkpoint_and_close(self._conn)
                self._conn = None
        try:
            self._executor.submit(_close).result()
        finally:
            self._executor.shutdown(wait=True)

    @property
    def is_open(self) -> bool:
        return not self._closed and self._conn is not None

    # --- running work -----------------------------------------------------------------
    def add_transaction_listener(self, listener: Callable[[str], None]) -> None:
        """listener(phase) runs on the owner thread around every write: "begin" before it,
        then "commit" once it is committed or "rollback" when it was undone. Listeners must
        not raise (their errors are logged and dropped: the write itself stands)."""
        self._listeners.append(listener)

    def _tell(self, phase: str) -> None:
        for listener in list(self._listeners):
            try:
                listener(phase)
            except Exception:  # noqa: BLE001 - a listener never undoes or fails a write
                log.exception("A transaction listener failed")

    def _run(self, fn: Callable[..., T], args, kwargs, write: bool) -> T:
        if self._conn is None:
            raise StoreLockedError()
        try:
            if write:
                self._tell("begin")
                try:
                    with transaction(self._conn):
                        result = fn(self._conn, *args, **kwargs)
                except BaseException:
                    self._tell("rollback")
                    raise
                self._tell("commit")
                return result
            return fn(self._conn, *args, **kwargs)
        except BaseException as exc:
            translated = _translate(exc)
            if translated is exc:
                raise
            raise translated from None

    def submit(self, fn: Callable[..., T], *args, write: bool = False, **kwargs) -> "Future[T]":
        if self._closed:
            raise StoreLockedError()
        return self._executor.submit(self._run, fn, args, kwargs, write)

    def later(self, fn: Callable[..., Any], *args: Any, write: bool = False,
              failed: Callable[[BaseException], None] | None = None) -> None:
        """Queue fn(conn, *args) on the owner thread without waiting for it (a write-behind,
        such as the audit record of search results already returned); with `write`, in its
        own IMMEDIATE transaction, as write() runs it. The owner thread runs jobs in the order
        they were queued, so fn runs before anything asked of the database after this call:
        the next read or write, lock (its sign-out row), close, and the interpreter's exit
        (which lets the owner thread finish its queue). If fn fails, failed(error) is called
        on the owner thread (without it the error is logged). StoreLockedError once the
        database is closed (nothing is queued)."""
        if self._closed:
            raise StoreLockedError()
        try:
            self._executor.submit(self._run_later, fn, args, write, failed)
        except RuntimeError:                    # shut down meanwhile (closed on another thread)
            raise StoreLockedError() from None

    def _run_later(self, fn, args, write, failed) -> None:
        try:
            self._run(fn, args, {}, write)
        except BaseException as exc:  # noqa: BLE001 - nobody waits for it: never lost silently
            if failed is None:
                log.exception("A queued database job failed")
                return
            try:
                failed(exc)
            except Exception:  # noqa: BLE001 - as above
                log.exception("A queued database job failed, and so did its handler")

    def settle(self) -> None:
        """Wait until every job queued so far (later() ones included) has run."""
        self.read(lambda conn: None)

    def _call(self, fn, args, kwargs, write):
        if threading.get_ident() == self._owner_ident:
            return self._run(fn, args, kwargs, write)  # already on the owner: no deadlock
        return self.submit(fn, *args, write=write, **kwargs).result()

    def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run fn(conn, *args) on the owner thread and wait for its result."""
        return self._call(fn, args, kwargs, False)

    def write(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run fn(conn, *args) in one IMMEDIATE transaction on the owner thread."""
        return self._call(fn, args, kwargs, True)

    # --- maintenance ------------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        return self.read(cx.integrity_problems)

    def rekey(self, new_key: bytes) -> None:
        self.read(lambda conn: cx.rekey(conn, new_key))

    def schema_version(self) -> int:
        return self.read(lambda conn: conn.execute("PRAGMA user_version").fetchone()[0])


SUPPORTED_SCHEMA = LATEST_VERSION
