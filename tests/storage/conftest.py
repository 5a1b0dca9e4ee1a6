"""Fixtures for the case-record storage tests: a real SQLCipher database with staff rows."""
from __future__ import annotations

import os

import pytest

from assist_desktop.storage.database import Database
from search_fixtures import add_user


@pytest.fixture
def case_key() -> bytes:
    """The SQLCipher key of case_db (for a second connection to the same file)."""
    return os.urandom(32)


@pytest.fixture
def case_db(tmp_path, case_key):
    db = Database.create(tmp_path / "assist.db", case_key)
    yield db
    db.close()


@pytest.fixture
def ids(case_db) -> dict[str, int]:
    """User ids of staff rows: sol, sol2 (solicitors), sup (support worker), adm (admin)."""
    return {name: add_user(case_db, name, *roles) for name, roles in (
        ("sol", ("solicitor",)), ("sup", ("support_worker",)), ("adm", ("administrator",)),
        ("sol2", ("solicitor",)))}
