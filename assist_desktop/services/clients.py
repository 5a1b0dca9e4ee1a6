"""Clients: intake, the profile, the caseload table, her consent log and (for solicitors) her
convictions; soft delete by a solicitor, restore and purge by an administrator.

The conflict check (services/conflict_check.py) runs before create; this service does not
repeat it, but create(..., conflict_check_id=...) attaches it to the new file in the same
transaction.
"""
from __future__ import annotations

import dataclasses
from datetime import date

from assist_desktop.services.erasure import remove_old_copies
from assist_desktop.domain.clients import (CaseloadQuery, Client, ClientSummary, DeletedClient,
                                           FlagMark, SafetyFlag)
from assist_desktop.domain.consents import ConsentEntry, ConsentKind, consent_in_force
from assist_desktop.domain.errors import NotFound, ValidationError
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService, RecordOps, changed_fields
from assist_desktop.services.conflict_check import ConflictCheckService
from assist_desktop.services.sealing import reconcile_in
from assist_desktop.storage.caseload_repository import CaseloadRepository
from assist_desktop.storage.client_owned_repository import ConsentRepository, ConvictionRepository
from assist_desktop.storage.record_table import truncate_wal
from assist_desktop.storage.user_lookup import unknown_user_ids

Area = perm.Area


def _recorded_by_me(entry: ConsentEntry, session) -> ConsentEntry:
    return dataclasses.replace(entry, recorded_by=session.user_id)


class ClientService(CaseService):
    def __init__(self, db, session, audit):
        super().__init__(db, session, audit)
        self._caseload = CaseloadRepository()
        # The consent log is append-only: a withdrawal is a new entry, not an edit.
        self.consents: RecordOps[ConsentEntry] = RecordOps(
            self, ConsentRepository(), area=Area.CONSENT, entity="consent",
            what="consent entry", editable=False, prepare=_recorded_by_me)
        self.convictions = RecordOps(self, ConvictionRepository(), area=Area.CONVICTION,
                                     entity="conviction", what="conviction")

    # --- one client ---------------------------------------------------------------------
    def _check_people(self, conn, client: Client) -> None:
        if client.restricted_to and self._session.user_id not in client.restricted_to:
            raise ValidationError("restricted_to", "a restricted file must name you, or you "
                                  "would lose access to it yourself")
        people = set(client.restricted_to) | {client.key_worker_id, client.solicitor_id}
        if unknown_user_ids(conn, people - {None}):
            raise ValidationError("staff", "names a member of staff who does not exist")

    def create(self, client: Client, *, year: int | None = None,
               conflict_check_id: int | None = None) -> Client:
        """Open her file. With `conflict_check_id` (the check run on her before, decided
        "proceed"), the check is attached to the new file in the same transaction: both are
        saved or neither is, so the check is never left readable outside her file."""
        perm.require(self._session, Area.CLIENT, write=True)
        client.validate()
        checks = (ConflictCheckService(self._db, self._session, self._audit)
                  if conflict_check_id is not None else None)

        def write(conn):
            self._check_people(conn, client)
            stored = self._clients.create(conn, client, year=year, by=self._session.user_id)
            self._log(conn, "create", "client", stored.id,
                      "restricted" if stored.restricted_to else "")
            if stored.restricted_to:          # her own key, sealed to the staff named
                reconcile_in(conn, clients=[stored.id], privilege=False)
            if checks is not None:
                checks.attach_in(conn, conflict_check_id, client_id=stored.id)
            return stored
        return self._db.write(write)

    def get(self, client_id: int) -> Client:
        perm.require(self._session, Area.CLIENT)

        def read(conn):
            self._visible_client(conn, client_id)
            self._log(conn, "read", "client", client_id, "profile")
            return self._clients.get(conn, client_id)
        return self._audited(read)

    def update(self, client: Client) -> Client:
        perm.require(self._session, Area.CLIENT, write=True)
        client.validate()

        def write(conn):
            self._visible_client(conn, client.id)
            existing = self._clients.get(conn, client.id)
            self._check_people(conn, client)
            stored = self._clients.update(conn, client, by=self._session.user_id)
            self._log(conn, "update", "client", client.id, "fields:" + changed_fields(existing,
                                                                                      stored))
            if existing.restricted_to != stored.restricted_to:   # sealed, re-sealed or opened
                reconcile_in(conn, clients=[client.id], privilege=False)
            return stored
        return self._db.write(write)

    def raise_safety_flag(self, client_id: int, flag: SafetyFlag) -> Client:
        """Add one safety flag without a profile save. The client's version moves on, so a
        profile opened before it gets EditConflict instead of saving the flag away.
        `safety_alert` is not raised by hand: it follows her open safety alerts."""
        perm.require(self._session, Area.CLIENT, write=True)
        try:
            flag = SafetyFlag(flag)
        except ValueError:
            raise ValidationError("safety_flags", "is not a safety flag") from None
        if flag is SafetyFlag.SAFETY_ALERT:
            raise ValidationError("safety_flags", "a safety alert is raised by safety screening "
                                  "and cleared when her last open alert is resolved")

        def write(conn):
            self._visible_client(conn, client_id)
            if self._clients.add_safety_flag(conn, client_id, flag, by=self._session.user_id):
                self._log(conn, "update", "client", client_id, f"safety_flag:{flag.value}")
            return self._clients.get(conn, client_id)
        return self._db.write(write)

    def flag_marks(self, client_id: int) -> list[FlagMark]:
        """When and by whom each safety flag on her file was raised (None: before schema 13,
        or by the system)."""
        perm.require(self._session, Area.CLIENT)

        def read(conn):
            self._visible_client(conn, client_id)
            return [FlagMark(flag=SafetyFlag(flag), added_at=at, added_by=by)
                    for flag, at, by in self._clients.flag_marks(conn, client_id)]
        return self._db.read(read)

    def delete(self, client_id: int, expected_version: int) -> Client:
        """Soft delete (a solicitor's decision); the file can be restored until purged."""
        perm.require_solicitor(self._session, "delete a client file")

        def write(conn):
            self._visible_client(conn, client_id)
            stored = self._clients.soft_delete(conn, client_id, expected_version)
            self._log(conn, "delete", "client", client_id)
            return stored
        return self._db.write(write)

    # --- the caseload -------------------------------------------------------------------
    def caseload(self, query: CaseloadQuery = CaseloadQuery(), *,
                 today: date | None = None) -> list[ClientSummary]:
        perm.require(self._session, Area.CLIENT)

        def read(conn):
            self._log(conn, "list", "client", "", f"caseload offset:{int(query.offset)}")
            return self._caseload.page(conn, self._session.user_id, query, self._today(today))
        return self._audited(read)

    def caseload_count(self, query: CaseloadQuery = CaseloadQuery(), *,
                       today: date | None = None) -> int:
        perm.require(self._session, Area.CLIENT)
        return self._db.read(self._caseload.count, self._session.user_id, query,
                             self._today(today))

    def consent_in_force(self, client_id: int, kind: ConsentKind,
                         shared_with: str | None = None) -> bool:
        return consent_in_force(self.consents.list(client_id), kind, shared_with)

    # --- administrators: deleted files ----------------------------------------------------
    def list_deleted(self) -> list[DeletedClient]:
        """References and dates only: enough to purge or restore, no case content."""
        perm.require_administrator(self._session, "list deleted client files")
        return self._db.read(self._clients.list_deleted)

    def _deleted_access(self, conn, client_id: int):
        access = self._clients.access(conn, client_id)
        if access is None or not access.deleted:
            raise NotFound("deleted client record")
        return access

    def restore(self, client_id: int, expected_version: int) -> None:
        perm.require_administrator(self._session, "restore a deleted client file")

        def write(conn):
            self._deleted_access(conn, client_id)
            self._clients.restore(conn, client_id, expected_version)
            self._log(conn, "restore", "client", client_id)
        self._db.write(write)

    def purge(self, client_id: int) -> None:
        """Erase a soft-deleted file for good: every record, version, draft and attachment.
        The audit log keeps that it happened (ids only)."""
        perm.require_administrator(self._session, "purge a client file")

        def write(conn):
            access = self._deleted_access(conn, client_id)
            self._clients.purge(conn, client_id)
            self._log(conn, "purge", "client", client_id, access.reference)
        self._db.write(write)
        self._db.read(truncate_wal)
        remove_old_copies(self._db, self._audit, "purge")
