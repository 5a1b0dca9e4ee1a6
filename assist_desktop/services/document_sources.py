"""Read what one document needs from her file, in one transaction, as the person making it
may see it: matter details, claims and privileged notes only for solicitors; chosen notes
must be in her file. Runs on the database owner thread (inside db.write, with the audit row)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from assist_desktop.documents import DocumentKind
from assist_desktop.domain.errors import NotFound
from assist_desktop.domain.matters import MatterSummary
from assist_desktop.domain.staff import CentreInfo
from assist_desktop.services import permissions as perm
from assist_desktop.services.document_inputs import CaseFile, DocumentOptions, signatory_for
from assist_desktop.storage.asylum_repository import (AgeAssessmentRepository,
                                                      AsylumEventRepository)
from assist_desktop.storage.centre_repository import CentreRepository, UserRepository
from assist_desktop.storage.client_owned_repository import (
    ChildRepository, CompensationClaimRepository, IdentificationRepository,
    NeedsAssessmentRepository, ReferralRepository, SupportPlanActionRepository,
)
from assist_desktop.storage.client_repository import ClientRepository
from assist_desktop.storage.document_repository import DocumentRepository
from assist_desktop.storage.matter_repository import MatterRepository, PartyRepository
from assist_desktop.storage.note_repository import NoteRepository
from assist_desktop.storage.schedule_of_loss_repository import ScheduleOfLossRepository
from assist_desktop.storage.task_repository import TaskRepository

K = DocumentKind
# What each kind reads beyond her profile, the chosen matter and the chosen notes.
NEEDS: dict[DocumentKind, frozenset[str]] = {
    K.WITNESS_STATEMENT: frozenset({"parties", "claims"}),
    K.CHRONOLOGY: frozenset({"matters", "identification", "claims", "chronology", "asylum",
                           "age_assessments"}),
    K.REPRESENTATIONS: frozenset({"identification", "claims"}),
    K.FURTHER_SUBMISSIONS: frozenset(),
    K.SUPPORT_LETTER: frozenset(),
    K.COMPENSATION_SUMMARY: frozenset({"matters", "claims", "loss_items"}),
    K.CHILDREN_REPORT: frozenset({"children", "actions"}),
    K.CLIENT_CARE_LETTER: frozenset({"matters"}),
    K.CASE_SUMMARY: frozenset({"matters", "identification", "claims", "children", "tasks",
                               "needs", "referrals"}),
    K.CONFLICT_CHECK: frozenset(),
}


class CaseFileReader:
    def __init__(self):
        self.clients = ClientRepository()
        self.matters = MatterRepository()
        self.parties = PartyRepository()
        self.notes = NoteRepository()
        self.identification = IdentificationRepository()
        self.asylum = AsylumEventRepository()
        self.age_assessments = AgeAssessmentRepository()
        self.claims = CompensationClaimRepository()
        self.loss_items = ScheduleOfLossRepository()
        self.children = ChildRepository()
        self.tasks = TaskRepository()
        self.needs = NeedsAssessmentRepository()
        self.actions = SupportPlanActionRepository()
        self.referrals = ReferralRepository()
        self.users = UserRepository()
        self.centres = CentreRepository()

    def read(self, conn, session, centre: CentreInfo | None, kind: DocumentKind,
             client_id: int, matter_id: int | None, options: DocumentOptions,
             today: date) -> CaseFile:
        """Assumes the caller has checked that `session` may see the client's file. The
        centre's letterhead is read here too, so a changed name or address is used at once
        (`centre` is the fallback)."""
        centre = self.centres.get(conn) or centre
        if centre is None:
            raise NotFound("centre record")
        solicitor = perm.is_solicitor(session)
        privileged_ok = perm.may_see_privileged(session)
        client = self.clients.get(conn, client_id)
        if client is None:
            raise NotFound("client record")
        matter = None
        if matter_id is not None:
            matter = self.matters.get(conn, matter_id)
            if matter is None or matter.client_id != client_id:
                raise NotFound("matter")
        needs = NEEDS.get(DocumentKind(kind), frozenset())
        parts: dict = {}
        if solicitor:
            if matter is not None:
                parts["matter"] = matter
            if "matters" in needs:
                parts["matters"] = tuple(self.matters.list_for_client(conn, client_id))
            if "parties" in needs and matter is not None:
                parts["parties"] = tuple(self.parties.list_for_matter(conn, matter.id))
            if "claims" in needs:
                parts["claims"] = tuple(self.claims.list_for_client(conn, client_id))
            if "loss_items" in needs:
                parts["loss_items"] = {c.id: tuple(self.loss_items.list_for_claim(conn, c.id))
                                       for c in parts.get("claims", ())}
        if matter is not None:
            parts["matter_summary"] = MatterSummary.of(matter)
        for name, repo in (("identification", self.identification),
                           ("children", self.children), ("needs", self.needs),
                           ("actions", self.actions), ("referrals", self.referrals),
                           ("tasks", self.tasks)):
            if name in needs:
                parts[name] = tuple(repo.list_for_client(conn, client_id))
        if "asylum" in needs:
            steps = self.asylum.list_for_client(conn, client_id)
            if not perm.can(session, perm.Area.ASYLUM):  # step, outcome and date only
                steps = [replace(e, body="", reference="", interpreter_language="",
                                 recording_requested=False, notes="") for e in steps]
            parts["asylum"] = tuple(steps)
        if "age_assessments" in needs and perm.can(session, perm.Area.AGE_ASSESSMENT):
            parts["age_assessments"] = tuple(self.age_assessments.list_for_client(conn,
                                                                                   client_id))
        if "chronology" in needs:
            parts["chronology_notes"] = tuple(self.notes.chronology(
                conn, client_id, include_privileged=privileged_ok))
        parts["notes"] = tuple(self._chosen_notes(conn, client_id, options.note_ids,
                                                  privileged_ok))
        if kind == K.WITNESS_STATEMENT and matter is not None:
            parts["earlier_statements"] = sum(
                1 for d in DocumentRepository().list_for_client(
                    conn, client_id, kinds=frozenset({K.WITNESS_STATEMENT.value}))
                if d.matter_id == matter.id and d.is_approved)
        staff = {u.id: u for u in self.users.list(conn)}
        return CaseFile(client=client, centre=centre, author=signatory_for(session),
                        today=today, staff=staff, **parts)

    def _chosen_notes(self, conn, client_id: int, note_ids, privileged_ok: bool):
        for note_id in note_ids:
            note = self.notes.get(conn, note_id)
            if note is None or note.client_id != client_id or (note.privileged
                                                               and not privileged_ok):
                raise NotFound("note")
            yield note
