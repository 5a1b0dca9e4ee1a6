"""A small centre for service tests: a real SQLCipher database, staff with each mix of roles,
real Sessions and AuditLogs, and a way to build any case service as any of them."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import pytest

from assist_desktop.domain.session import Session
from assist_desktop.services.audit import AuditLog
from assist_desktop.storage.database import Database

STAFF = {
    "sol": ("solicitor",),
    "sol2": ("solicitor",),
    "sup": ("support_worker",),
    "sup2": ("support_worker",),
    "adm": ("administrator",),
    "admsol": ("administrator", "solicitor"),
    "nobody": (),
}


@dataclass
class World:
    db: Database
    key: bytes
    ids: dict[str, int] = field(default_factory=dict)

    def reopen(self) -> None:
        """Close the database (as a crash or an auto-lock would) and open it again."""
        self.db.close()
        self.db = Database.open(self.db.path, self.key)

    def session(self, name: str) -> Session:
        return Session(user_id=self.ids[name], username=name, full_name=name.title(),
                       roles=frozenset(STAFF[name]))

    def service(self, service_type, name: str):
        return service_type(self.db, self.session(name), AuditLog(name))

    def audit_rows(self) -> list[tuple]:
        return self.db.read(lambda c: c.execute(
            "SELECT actor, action, entity, entity_id, detail FROM audit_log ORDER BY seq"
        ).fetchall())


def _add_staff(db: Database) -> dict[str, int]:
    def write(conn):
        ids = {}
        for name, roles in STAFF.items():
            cursor = conn.execute("INSERT INTO users (username, full_name, created_at, "
                                  "updated_at) VALUES (?, ?, 'now', 'now')", (name, name.title()))
            ids[name] = cursor.lastrowid
            for role in roles:
                conn.execute("INSERT INTO user_roles (user_id, role) VALUES (?, ?)",
                             (ids[name], role))
        return ids
    return db.write(write)


@pytest.fixture
def world(tmp_path):
    key = os.urandom(32)
    db = Database.create(tmp_path / "assist.db", key)
    made = World(db, key, _add_staff(db))
    try:
        yield made
    finally:
        made.db.close()
