"""One table <-> one record dataclass: the column mapping, conversions and the common SQL
(insert, optimistic update, soft delete, restore, purge, select) every repository shares.

Columns are the dataclass's field names; a nested dataclass field (Client.contact) is spread
over prefixed columns (contact_phone, ...). Tuples and sets are child tables that the owning
repository writes itself, so they are listed in `skip`. Table and column names come from this
code, never from input; values always travel as parameters.
"""
from __future__ import annotations

import dataclasses
import time
import types
import typing
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, Callable, Generic, TypeVar

from assist_desktop.domain.errors import EditConflict, StoreError
from assist_desktop.storage import connection as cx
from assist_desktop.platform.clock import utc_now

R = TypeVar("R")
_RECORD_META = ("id", "version", "created_at", "updated_at", "deleted_at")




def _identity(value):
    return value


def _converters(hint) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """(to_db, from_db) for one field's type; Optional[X] is X with None passed through."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"unsupported union {hint}")
        to_db, from_db = _converters(inner[0])
        return ((lambda v: None if v is None else to_db(v)),
                (lambda v: None if v is None else from_db(v)))
    if hint is bool:
        return (lambda v: 1 if v else 0), bool
    if hint is date:
        return (lambda v: v.isoformat()), date.fromisoformat
    if isinstance(hint, type) and issubclass(hint, Enum):
        return (lambda v: hint(v).value), hint
    if hint in (int, str, bytes):
        return _identity, _identity
    raise TypeError(f"no column mapping for {hint}")


@dataclass(frozen=True)
class _Column:
    name: str           # column name
    path: tuple[str, ...]  # attribute path in the record: ("contact", "phone")
    to_db: Callable[[Any], Any]
    from_db: Callable[[Any], Any]


class RecordTable(Generic[R]):
    """The mapping of `record_type` onto `table`. `immutable` columns are never updated."""

    def __init__(self, table: str, record_type: type[R], *, what: str,
                 skip: tuple[str, ...] = (), immutable: tuple[str, ...] = ()):
        self.table = table
        self.record_type = record_type
        self.what = what  # for error messages: "note", "client"
        self._columns = self._build(record_type, (), skip)
        self._by_name = {c.name: c for c in self._columns}
        self._immutable = set(immutable) | {"id", "version", "created_at", "deleted_at",
                                             "client_id"}
        hints = typing.get_type_hints(record_type)
        self._nested_types = {name: hints[name] for name in {c.path[0] for c in self._columns
                                                             if len(c.path) > 1}}
        self.column_names = [c.name for c in self._columns]
        self.select_list = ", ".join(self.column_names)

    def _build(self, cls, prefix: tuple[str, ...], skip) -> list[_Column]:
        hints = typing.get_type_hints(cls)
        columns: list[_Column] = []
        for f in dataclasses.fields(cls):
            if not prefix and f.name in skip:
                continue
            hint = hints[f.name]
            if dataclasses.is_dataclass(hint):
                columns.extend(self._build(hint, prefix + (f.name,), ()))
                continue
            to_db, from_db = _converters(hint)
            path = prefix + (f.name,)
            columns.append(_Column("_".join(path), path, to_db, from_db))
        return columns

    # --- conversion ---------------------------------------------------------------------
    def _value(self, record, column: _Column):
        value = record
        for attr in column.path:
            value = getattr(value, attr)
        return column.to_db(value)

    def from_row(self, row, **extra) -> R:
        """Build the record from a row selected with `select_list` (plus child values)."""
        top: dict[str, Any] = {}
        nested: dict[str, dict[str, Any]] = {}
        for column, raw in zip(self._columns, row):
            value = column.from_db(raw)
            if len(column.path) == 1:
                top[column.path[0]] = value
            else:
                nested.setdefault(column.path[0], {})[column.path[1]] = value
        for name, values in nested.items():
            top[name] = self._nested_types[name](**values)
        top.update(extra)
        return self.record_type(**top)

    # --- reading ------------------------------------------------------------------------
    def get(self, conn, record_id: int, *, include_deleted: bool = False) -> R | None:
        where = "id = ?" if include_deleted else "id = ? AND deleted_at IS NULL"
        row = conn.execute(f"SELECT {self.select_list} FROM {self.table} WHERE {where}",
                           (record_id,)).fetchone()
        return None if row is None else self.from_row(row)

    def select(self, conn, where: str, params: tuple = (), order_by: str = "id") -> list[R]:
        """`where` and `order_by` are SQL written in the repositories, never user text."""
        rows = conn.execute(f"SELECT {self.select_list} FROM {self.table} WHERE {where} "
                            f"ORDER BY {order_by}", params).fetchall()
        return [self.from_row(row) for row in rows]

    # --- writing ------------------------------------------------------------------------
    def insert(self, conn, record: R, **extra_columns) -> R:
        """Store a new record: the database gives the id; version 1; both timestamps now."""
        now = utc_now()
        record = dataclasses.replace(record, id=None, version=1, created_at=now,
                                     updated_at=now, deleted_at=None)
        names = [c.name for c in self._columns if c.name != "id"] + list(extra_columns)
        values = [self._value(record, c) for c in self._columns if c.name != "id"]
        values += list(extra_columns.values())
        marks = ", ".join("?" for _ in names)
        cursor = conn.execute(f"INSERT INTO {self.table} ({', '.join(names)}) VALUES ({marks})",
                              values)
        return dataclasses.replace(record, id=cursor.lastrowid)

    def update(self, conn, record: R, **extra_columns) -> R:
        """Save over version `record.version`; if it has moved on (or the row is gone or
        deleted) nothing is written and EditConflict is raised."""
        now = utc_now()
        columns = [c for c in self._columns
                   if c.name not in self._immutable and c.name != "updated_at"]
        sets = [f"{c.name} = ?" for c in columns] + [f"{name} = ?" for name in extra_columns]
        values = [self._value(record, c) for c in columns] + list(extra_columns.values())
        cursor = conn.execute(
            f"UPDATE {self.table} SET {', '.join(sets)}, version = version + 1, updated_at = ? "
            f"WHERE id = ? AND version = ? AND deleted_at IS NULL",
            values + [now, record.id, record.version])
        if cursor.rowcount != 1:
            raise EditConflict(self.what)
        return dataclasses.replace(record, version=record.version + 1, updated_at=now)

    def soft_delete(self, conn, record_id: int, expected_version: int) -> R:
        now = utc_now()
        cursor = conn.execute(
            f"UPDATE {self.table} SET deleted_at = ?, updated_at = ?, version = version + 1 "
            f"WHERE id = ? AND version = ? AND deleted_at IS NULL",
            (now, now, record_id, expected_version))
        if cursor.rowcount != 1:
            raise EditConflict(self.what)
        return self.get(conn, record_id, include_deleted=True)

    def restore(self, conn, record_id: int, expected_version: int) -> R:
        cursor = conn.execute(
            f"UPDATE {self.table} SET deleted_at = NULL, updated_at = ?, version = version + 1 "
            f"WHERE id = ? AND version = ? AND deleted_at IS NOT NULL",
            (utc_now(), record_id, expected_version))
        if cursor.rowcount != 1:
            raise EditConflict(self.what)
        return self.get(conn, record_id)

    def purge(self, conn, record_id: int) -> bool:
        """Hard delete; child rows go with it through ON DELETE CASCADE."""
        cursor = conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (record_id,))
        return cursor.rowcount == 1


WAL_ATTEMPTS = 5            # checkpoint tries after a purge
WAL_WAIT_MS = 200           # how long each try waits for other connections (busy handler)
WAL_PAUSE_SECONDS = 0.1     # pause between tries
WAL_NOT_TRUNCATED = (
    "The purge is done, but the erased text stays in the database's write-ahead log until "
    "every other ASSIST window and any backup in progress has closed. Close them, then lock "
    "ASSIST or quit it to finish clearing it.")


def truncate_wal(conn) -> None:
    """After a purge: fold the WAL into the database and truncate it, so the deleted text is
    not left in old WAL frames (secure_delete already zeroes the freed database pages).
    Call outside a transaction (db.read), after the purge has committed.

    Another connection reading the database (a backup, a second ASSIST window) blocks the
    checkpoint: it is tried WAL_ATTEMPTS times, each waiting briefly, and if the WAL still
    could not be truncated StoreError says so (the purge itself has committed)."""
    previous = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute(f"PRAGMA busy_timeout = {int(WAL_WAIT_MS)}")
    try:
        for attempt in range(WAL_ATTEMPTS):
            if attempt:
                time.sleep(WAL_PAUSE_SECONDS)
            if cx.checkpoint_truncate(conn):
                return
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(previous)}")
    raise StoreError(WAL_NOT_TRUNCATED)
