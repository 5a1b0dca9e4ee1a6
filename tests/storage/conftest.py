"""Fixtures for the case-record storage tests: a real SQLCipher database with staff rows."""
from __future__ import annotations

import os

import pytest

from assist_desktop.storage.database import Database


def add_user(db: Database, username: str, *roles: str) -> int:
    def write(conn):
        cursor = conn.execute("INSERT INTO users (username, full_name, created_at, updated_at) "
                              "VALUES (?, ?, 'now', 'now')", (username, username.title()))
        for role in roles:
            conn.execute("INSERT INTO user_roles (user_id, role) VALUES (?, ?)",
                         (cursor.lastrowid, role))
        return cursor.lastrowid
    return db.write(write)


@pytest.fixture
def case_db(tmp_path):
    db = Database.create(tmp_path / "assist.db", os.urandom(32))
    yield db
    db.close()


@pytest.fixture
def ids(case_db) -> dict[str, int]:
    """User ids of staff rows: sol, sol2 (solicitors), sup (support worker), adm (admin)."""
    return {name: add_user(case_db, name, *roles) for name, roles in (
        ("sol", ("solicitor",)), ("sup", ("support_worker",)), ("adm", ("administrator",)),
        ("sol2", ("solicitor",)))}
