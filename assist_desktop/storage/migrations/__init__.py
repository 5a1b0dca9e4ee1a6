"""Numbered schema migrations driven by PRAGMA user_version.

Each migration is a module mNNNN_name.py with an SQL string; it runs in one transaction
together with the user_version bump, so a crash leaves the schema at N-1 or N, never between.
A migration that has shipped is never edited: add a new one (test_migrations pins their hashes).
Migrations are Python modules, not .sql files, so a frozen (PyInstaller) build carries them.
"""
from __future__ import annotations

import importlib
import pkgutil
import re

from assist_desktop.domain.errors import NewerSchemaError


def _load() -> list[tuple[int, str, str]]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        match = re.fullmatch(r"m(\d{4})_\w+", info.name)
        if match:
            module = importlib.import_module(f"{__name__}.{info.name}")
            found.append((int(match.group(1)), info.name, module.SQL))
    found.sort()
    numbers = [n for n, _, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..N: {numbers}")
    return found


MIGRATIONS = _load()
LATEST_VERSION = len(MIGRATIONS)


def current_version(conn) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn, target: int | None = None) -> int:
    """Bring the schema up to target (default: latest). Returns the version reached."""
    target = LATEST_VERSION if target is None else target
    version = current_version(conn)
    if version > LATEST_VERSION:
        raise NewerSchemaError(version, LATEST_VERSION)
    for number, _name, sql in MIGRATIONS:
        if version < number <= target:
            # executescript would COMMIT a pending transaction first; there is none here.
            try:
                conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            version = number
    return version
