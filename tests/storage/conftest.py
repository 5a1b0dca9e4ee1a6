"""Fixtures for the case-record storage tests: a real SQLCipher database with staff rows."""
from __future__ import annotations

import os
import unicodedata

import pytest

from assist_desktop.storage.database import Database

VIETNAMESE = "Nguyễn Thị Hương"
TEXTS = {
    "cyrillic": "Олена Петренко-Ковальчук",
    "vietnamese_nfc": unicodedata.normalize("NFC", VIETNAMESE),
    "vietnamese_nfd": unicodedata.normalize("NFD", VIETNAMESE),
    "arabic": "فاطمة الزهراء بنت محمد",
    "emoji": "👩🏽‍⚖️ safe house 🏠 ✔️",
    "sql": "Robert'); DROP TABLE clients;-- \" OR 1=1 /* */",
    "markup": "<b>bold</b> &amp; <img src=x onerror=alert(1)> ]]> {{x}} %s",
    "controls": "line one\r\nline two\ttabbed\u200b\u202eRTL-override",
}


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


def all_text_in_database(db: Database) -> str:
    """Every value of every row of every table (including FTS shadow tables), as one string."""
    def read(conn):
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        parts = []
        for name in names:
            for row in conn.execute(f'SELECT * FROM "{name}"'):
                for value in row:
                    if isinstance(value, bytes):
                        parts.append(value.decode("utf-8", "replace"))
                    elif value is not None:
                        parts.append(str(value))
        return "\n".join(parts)
    return db.read(read)
