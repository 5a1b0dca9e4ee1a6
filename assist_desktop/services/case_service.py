"""What every case-record service shares: the database, who is signed in, the audit log, the
visibility check on the client's file, links between records of the same file, and the
generic read/create/update/delete of one kind of client-owned record (RecordOps).

Reads of a client's file are audited, so they run through db.write: the audit row is appended
in the same transaction as the read.
"""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Callable, Generic, TypeVar

from assist_desktop.domain.errors import NotFound, ValidationError
from assist_desktop.services import permissions as perm
from assist_desktop.storage.client_owned_repository import ConsentRepository
from assist_desktop.storage.client_repository import ClientAccess, ClientRepository
from assist_desktop.storage.matter_repository import MatterRepository
from assist_desktop.storage.note_repository import NoteRepository
from assist_desktop.storage.user_lookup import unknown_user_ids

R = TypeVar("R")
T = TypeVar("T")
_META = {"id", "version", "created_at", "updated_at", "deleted_at"}
# record attribute -> (repository, what it is): links must stay inside the same client's file
_LINKS = {
    "matter_id": (MatterRepository(), "matter"),
    "consent_entry_id": (ConsentRepository(), "consent entry"),
    "note_id": (NoteRepository(), "note"),
}
_STAFF_FIELDS = ("owner_id", "assigned_to", "assessed_by", "recorded_by", "fee_earner_id",
                 "supervisor_id")


def changed_fields(old, new) -> str:
    """Names (never values) of the fields that differ: the audit detail of an update."""
    names = [f.name for f in dataclasses.fields(new)
             if f.name not in _META and getattr(old, f.name) != getattr(new, f.name)]
    return ",".join(names)


class CaseService:
    def __init__(self, db, session, audit):
        self._db = db
        self._session = session
        self._audit = audit
        self._clients = ClientRepository()

    @property
    def session(self):
        return self._session

    def _today(self, today: date | None) -> date:
        return today or date.today()

    def _audited(self, fn: Callable[..., T], *args) -> T:
        return self._db.write(fn, *args)

    def _log(self, conn, action: str, entity: str, entity_id, detail: str = "") -> None:
        self._audit.record(conn, action, entity, str(entity_id if entity_id is not None else ""),
                           detail)

    def _visible_client(self, conn, client_id: int) -> ClientAccess:
        access = self._clients.access(conn, client_id)
        perm.check_client_visible(self._session, access)
        return access

    def _check_links(self, conn, client_id: int, record) -> None:
        staff = {getattr(record, name, None) for name in _STAFF_FIELDS} - {None}
        if unknown_user_ids(conn, staff):
            raise ValidationError("staff", "names a member of staff who does not exist")
        for attr, (repo, what) in _LINKS.items():
            linked_id = getattr(record, attr, None)
            if linked_id is None:
                continue
            linked = repo.get(conn, linked_id)
            if linked is None or linked.client_id != client_id:
                raise ValidationError(attr, f"the {what} is not in this client's file")
            if getattr(linked, "privileged", False) and not perm.may_see_privileged(self._session):
                raise ValidationError(attr, f"the {what} is not in this client's file")


class RecordOps(Generic[R]):
    """List, get, create, update and soft-delete one kind of client-owned record, with the
    area's permission rule, the restriction check, validation, link checks and audit."""

    def __init__(self, owner: CaseService, repo, *, area: perm.Area, entity: str, what: str,
                 editable: bool = True, prepare: Callable[[R, object], R] | None = None):
        self._owner = owner
        self._repo = repo
        self._area = area
        self.entity = entity
        self._what = what
        self._editable = editable
        self._prepare = prepare  # fills server-side fields (e.g. recorded_by) on create

    def _require(self, write: bool) -> None:
        perm.require(self._owner.session, self._area, write=write)

    def list(self, client_id: int) -> list[R]:
        self._require(False)

        def read(conn):
            self._owner._visible_client(conn, client_id)
            self._owner._log(conn, "read", "client", client_id, self.entity)
            return self._repo.list_for_client(conn, client_id)
        return self._owner._audited(read)

    def _existing(self, conn, record_id: int) -> R:
        existing = self._repo.get(conn, record_id)
        if existing is None:
            raise NotFound(self._what)
        self._owner._visible_client(conn, existing.client_id)
        return existing

    def get(self, record_id: int) -> R:
        self._require(False)

        def read(conn):
            existing = self._existing(conn, record_id)
            self._owner._log(conn, "read", "client", existing.client_id,
                             f"{self.entity}:{record_id}")
            return existing
        return self._owner._audited(read)

    def create(self, record: R) -> R:
        self._require(True)
        if self._prepare is not None:
            record = self._prepare(record, self._owner.session)
        record.validate()

        def write(conn):
            self._owner._visible_client(conn, record.client_id)
            self._owner._check_links(conn, record.client_id, record)
            stored = self._repo.create(conn, record)
            self._owner._log(conn, "create", self.entity, stored.id, f"client:{record.client_id}")
            return stored
        return self._owner._db.write(write)

    def update(self, record: R) -> R:
        self._require(True)
        if not self._editable:
            raise ValidationError(self.entity, "entries are not edited: add a new entry instead")
        record.validate()

        def write(conn):
            existing = self._existing(conn, record.id)
            if record.client_id != existing.client_id:
                raise ValidationError("client_id", "a record cannot move to another client")
            self._owner._check_links(conn, existing.client_id, record)
            stored = self._repo.update(conn, record)
            self._owner._log(conn, "update", self.entity, record.id,
                             f"client:{existing.client_id} fields:{changed_fields(existing, stored)}")
            return stored
        return self._owner._db.write(write)

    def delete(self, record_id: int, expected_version: int) -> R:
        self._require(True)

        def write(conn):
            existing = self._existing(conn, record_id)
            stored = self._repo.soft_delete(conn, record_id, expected_version)
            self._owner._log(conn, "delete", self.entity, record_id, f"client:{existing.client_id}")
            return stored
        return self._owner._db.write(write)
