"""The subject access log: requests she makes for her data (received) and requests the
centre makes for her, e.g. to the Home Office for her immigration file (made). Solicitors
keep it; the due date is worked out from the centre's deadline rules ("sar-response": one
month from receipt; "sar-response-extended": three months, for complex or numerous
requests; UK GDPR / GDPR Art. 12(3)), which an administrator edits like any other rule.
Open requests' due dates appear in the diary (My week) and leave with its .ics export.
Audit rows carry ids and the field names changed, never the text.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from assist_desktop.domain.deadlines import compute_due
from assist_desktop.domain.errors import NotFound, ValidationError
from assist_desktop.domain.subject_access import EXTENDED_RULE, RULE, SarRequest
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService, changed_fields
from assist_desktop.storage.centre_repository import CentreRepository
from assist_desktop.storage.deadline_rule_repository import DeadlineRuleRepository
from assist_desktop.storage.interchange_queries import client_id_by_reference
from assist_desktop.storage.sar_repository import SarRequestRepository


@dataclass(frozen=True)
class SarLogRow:
    request: SarRequest
    client_reference: str

    def overdue(self, today: date) -> bool:
        r = self.request
        return r.sent_on is None and r.due_on is not None and r.due_on < today


class SarLogService(CaseService):
    def __init__(self, db, session, audit):
        super().__init__(db, session, audit)
        self._repo = SarRequestRepository()

    def _require(self) -> None:
        perm.require_solicitor(self._session, "keep the subject access log")

    # --- reading -----------------------------------------------------------------------
    def log(self, *, open_only: bool = False) -> list[SarLogRow]:
        """Every request in the files this solicitor may see; open ones first, by due date."""
        self._require()

        def read(conn):
            self._log(conn, "list", "subject_access", "", "log")
            return [SarLogRow(r, ref) for r, ref in
                    self._repo.log(conn, self._session.user_id, open_only=open_only)]
        return self._audited(read)

    def for_client(self, client_id: int) -> list[SarRequest]:
        self._require()

        def read(conn):
            self._visible_client(conn, client_id)
            self._log(conn, "read", "client", client_id, "subject_access")
            return self._repo.list_for_client(conn, client_id)
        return self._audited(read)

    def client_id(self, reference: str) -> int:
        """Her file's id from its reference (NotFound if there is none she may see)."""
        self._require()

        def read(conn):
            found = client_id_by_reference(conn, str(reference).strip().upper())
            if found is None:
                raise NotFound("client record")
            self._visible_client(conn, found)
            return found
        return self._db.read(read)

    # --- writing -----------------------------------------------------------------------
    def record(self, request: SarRequest) -> SarRequest:
        """Log a new request; its due date is worked out from the rules."""
        self._require()
        request = dataclasses.replace(request, recorded_by=self._session.user_id)

        def write(conn):
            self._visible_client(conn, request.client_id)
            saved = self._repo.create(conn, self._with_due(conn, request))
            self._log(conn, "create", "subject_access", saved.id,
                      f"client:{saved.client_id} direction:{saved.direction}")
            return saved
        return self._db.write(write)

    def update(self, request: SarRequest) -> SarRequest:
        """Save changes (identity checked, extended, sent); the due date follows them."""
        self._require()

        def write(conn):
            old = self._existing(conn, request.id)
            if request.client_id != old.client_id:
                raise ValidationError("client", "cannot be changed; record a new request")
            saved = self._repo.update(conn, self._with_due(conn, dataclasses.replace(
                request, recorded_by=old.recorded_by)))
            self._log(conn, "update", "subject_access", saved.id,
                      f"client:{saved.client_id} fields:{changed_fields(old, saved)}")
            return saved
        return self._db.write(write)

    def delete(self, request_id: int, version: int) -> None:
        """A request logged by mistake (soft delete, audited)."""
        self._require()

        def write(conn):
            old = self._existing(conn, request_id)
            self._repo.soft_delete(conn, request_id, version)
            self._log(conn, "delete", "subject_access", request_id, f"client:{old.client_id}")
        self._db.write(write)

    def due_for(self, received_on: date, extended: bool) -> date:
        """The due date the rules give (for the dialog to show as it is typed)."""
        self._require()
        return self._db.read(lambda conn: self._due(conn, received_on, extended))

    # --- inside ------------------------------------------------------------------------
    def _existing(self, conn, request_id: int) -> SarRequest:
        found = self._repo.get(conn, request_id)
        if found is None:
            raise NotFound("subject access request")
        self._visible_client(conn, found.client_id)
        return found

    def _with_due(self, conn, request: SarRequest) -> SarRequest:
        request.validate()
        return dataclasses.replace(request, due_on=self._due(conn, request.received_on,
                                                             request.extended))

    @staticmethod
    def _due(conn, received_on: date, extended: bool) -> date:
        rule = DeadlineRuleRepository().get(conn, EXTENDED_RULE if extended else RULE)
        if rule is None or not rule.active:
            raise ValidationError("deadline rules", f"the rule '{EXTENDED_RULE if extended else RULE}' "
                                  f"is missing or switched off; an administrator restores it "
                                  f"under Deadline rules")
        centre = CentreRepository().get(conn)
        jurisdiction = centre.jurisdiction if centre else "england-wales"
        return compute_due(rule, received_on, jurisdiction).due
