"""Time recorded for a client, on one of her matters or on no particular matter (support work
often has none). Solicitors see and correct everyone's entries; a support worker records and
sees her own (funders ask for support hours too)."""
from __future__ import annotations

import dataclasses

from assist_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from assist_desktop.domain.time_entries import TimeEntry
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService, changed_fields
from assist_desktop.storage.matter_repository import MatterRepository
from assist_desktop.storage.time_entry_repository import TimeEntryRepository

Area = perm.Area


class TimeEntryService(CaseService):
    def __init__(self, db, session, audit):
        super().__init__(db, session, audit)
        self._entries = TimeEntryRepository()
        self._matters = MatterRepository()

    def _matter_client(self, conn, matter_id: int) -> int:
        matter = self._matters.get(conn, matter_id)
        if matter is None:
            raise NotFound("matter")
        self._visible_client(conn, matter.client_id)
        return matter.client_id

    def _only_mine(self) -> int | None:
        return None if perm.is_solicitor(self._session) else self._session.user_id

    def _existing(self, conn, entry_id: int) -> TimeEntry:
        entry = self._entries.get(conn, entry_id)
        if entry is None:
            raise NotFound("time entry")
        self._visible_client(conn, entry.client_id)
        if self._only_mine() not in (None, entry.user_id):
            raise NotFound("time entry")
        return entry

    def _check(self, conn, entry: TimeEntry) -> None:
        """Her file is visible, and the matter (when one is named) is one of hers."""
        self._visible_client(conn, entry.client_id)
        self._check_links(conn, entry.client_id, entry)

    def list(self, matter_id: int) -> list[TimeEntry]:
        """The entries on one matter."""
        perm.require(self._session, Area.TIME)

        def read(conn):
            client_id = self._matter_client(conn, matter_id)
            self._log(conn, "read", "client", client_id, f"time:{matter_id}")
            return self._entries.list_for_matter(conn, matter_id, user_id=self._only_mine())
        return self._audited(read)

    def list_for_client(self, client_id: int) -> list[TimeEntry]:
        """All her entries, on her matters and on none."""
        perm.require(self._session, Area.TIME)

        def read(conn):
            self._visible_client(conn, client_id)
            self._log(conn, "read", "client", client_id, "time")
            return self._entries.list_for_client(conn, client_id, user_id=self._only_mine())
        return self._audited(read)

    def total_minutes(self, matter_id: int) -> int:
        return sum(entry.minutes for entry in self.list(matter_id))

    def create(self, entry: TimeEntry) -> TimeEntry:
        perm.require(self._session, Area.TIME, write=True)
        entry = dataclasses.replace(entry, user_id=self._session.user_id)
        entry.validate()

        def write(conn):
            self._check(conn, entry)
            stored = self._entries.create(conn, entry)
            self._log(conn, "create", "time_entry", stored.id, f"client:{entry.client_id}")
            return stored
        return self._db.write(write)

    def update(self, entry: TimeEntry) -> TimeEntry:
        """Date, minutes, activity, funder, description, and which of her matters (or none)."""
        perm.require(self._session, Area.TIME, write=True)
        entry.validate()

        def write(conn):
            existing = self._existing(conn, entry.id)
            if (entry.client_id, entry.user_id) != (existing.client_id, existing.user_id):
                raise ValidationError("time entry", "the client and the person do not change")
            self._check(conn, entry)
            stored = self._entries.update(conn, entry)
            self._log(conn, "update", "time_entry", entry.id,
                      f"client:{entry.client_id} fields:{changed_fields(existing, stored)}")
            return stored
        return self._db.write(write)

    def delete(self, entry_id: int, expected_version: int) -> TimeEntry:
        perm.require(self._session, Area.TIME, write=True)

        def write(conn):
            existing = self._existing(conn, entry_id)
            if existing.user_id != self._session.user_id and not perm.is_solicitor(self._session):
                raise PermissionDenied()
            stored = self._entries.soft_delete(conn, entry_id, expected_version)
            self._log(conn, "delete", "time_entry", entry_id, f"client:{existing.client_id}")
            return stored
        return self._db.write(write)
