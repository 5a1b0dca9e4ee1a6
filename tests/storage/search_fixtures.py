"""Small builders for the search, conflict-check and safety-screening tests."""
from __future__ import annotations

import uuid
from datetime import date

from assist_desktop.domain.clients import Alias, Client
from assist_desktop.domain.notes import CaseNote, NoteType
from assist_desktop.domain.parties import Party, PartyPhone, PartyRole
from assist_desktop.domain.records import Jurisdiction
from assist_desktop.domain.session import Session
from assist_desktop.services.audit import AuditLog
from assist_desktop.storage.client_repository import ClientRepository
from assist_desktop.storage.matter_repository import PartyRepository
from assist_desktop.storage.note_repository import NoteRepository

clients, parties, notes = ClientRepository(), PartyRepository(), NoteRepository()

ROLES = {"sol": ("solicitor",), "sol2": ("solicitor",), "sup": ("support_worker",),
         "adm": ("administrator",)}


def add_user(db, username: str, *roles: str) -> int:
    """A staff row with its roles; its user id."""
    def write(conn):
        cursor = conn.execute("INSERT INTO users (username, full_name, created_at, updated_at) "
                              "VALUES (?, ?, 'now', 'now')", (username, username.title()))
        for role in roles:
            conn.execute("INSERT INTO user_roles (user_id, role) VALUES (?, ?)",
                         (cursor.lastrowid, role))
        return cursor.lastrowid
    return db.write(write)


def session(ids: dict, name: str) -> Session:
    return Session(user_id=ids[name], username=name, full_name=name.title(),
                   roles=frozenset(ROLES[name]))


def service(cls, db, ids, name):
    return cls(db, session(ids, name), AuditLog(name))


def add_client(db, given: str, family: str = "", *, aliases=(), dob: date | None = None,
               restricted_to=(), jurisdiction=Jurisdiction.ENGLAND_WALES, preferred: str = "") -> Client:
    client = Client(jurisdiction=jurisdiction, given_names=given, family_name=family,
                    preferred_name=preferred, aliases=tuple(Alias(a) for a in aliases),
                    date_of_birth=dob, restricted_to=frozenset(restricted_to))
    return db.write(clients.create, client)


def add_party(db, client_id: int, name: str, role: PartyRole = PartyRole.TRAFFICKER, *,
              aliases=(), phones=()) -> Party:
    party = Party(client_id=client_id, role=role, name=name, aliases=tuple(aliases),
                  phones=tuple(PartyPhone(p) for p in phones))
    return db.write(parties.create, party)


def add_note(db, client_id: int, author: int, body: str, *, title: str = "",
             privileged: bool = False, when: date = date(2026, 3, 2)) -> CaseNote:
    note = CaseNote(client_id=client_id, note_type=NoteType.MEETING, note_date=when, title=title,
                    body=body, privileged=privileged, author_id=author)
    return db.write(notes.create, note, uuid.uuid4().hex)


def audit_details(db) -> list[tuple]:
    return db.read(lambda c: c.execute(
        "SELECT actor, action, entity, entity_id, detail FROM audit_log ORDER BY seq").fetchall())


def all_text_in_database(db) -> str:
    """Every value of every row of every table, FTS shadow tables included, as one string."""
    def read(conn):
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
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
