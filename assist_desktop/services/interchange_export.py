"""Reading one client's whole file out of the database into the client-file document.

Live records only (soft-deleted ones are waiting to be purged and stay behind). Records are
numbered from 1 in each list in the order they were created, and links between them use those
numbers. A link to a record that is not in the file (a deleted matter, or a privileged note
left out) is written as null.
"""
from __future__ import annotations

import dataclasses
from datetime import datetime, timezone

from assist_desktop.domain.attachments import digest
from assist_desktop.domain.errors import DamagedStoreError
from assist_desktop.services.interchange_schema import FORMAT, VERSION, document_spec
from assist_desktop.storage.asylum_repository import (AgeAssessmentRepository,
                                                      AsylumEventRepository,
                                                      ExploitationProfileRepository)
from assist_desktop.storage.attachment_repository import AttachmentRepository
from assist_desktop.storage.centre_repository import CentreRepository, UserRepository
from assist_desktop.storage.client_owned_repository import (
    ChildRepository, CompensationClaimRepository, ConsentRepository, ConvictionRepository,
    IdentificationRepository, NeedsAssessmentRepository, PeerMentorRepository,
    PregnancyRepository, ReferralRepository, SupportPlanActionRepository)
from assist_desktop.storage.client_repository import ClientRepository
from assist_desktop.storage.matter_repository import MatterRepository, PartyRepository
from assist_desktop.storage.note_repository import NoteRepository
from assist_desktop.storage.schedule_of_loss_repository import ScheduleOfLossRepository
from assist_desktop.storage.task_repository import TaskRepository
from assist_desktop.storage.time_entry_repository import TimeEntryRepository

_SIMPLE = {
    "consents": ConsentRepository(), "convictions": ConvictionRepository(),
    "parties": PartyRepository(), "matters": MatterRepository(),
    "identification": IdentificationRepository(),
    "asylum_steps": AsylumEventRepository(), "age_assessments": AgeAssessmentRepository(),
    "exploitation_profile": ExploitationProfileRepository(),
    "compensation_claims": CompensationClaimRepository(), "children": ChildRepository(),
    "pregnancies": PregnancyRepository(), "needs_assessments": NeedsAssessmentRepository(),
    "support_plan": SupportPlanActionRepository(), "referrals": ReferralRepository(),
    "peer_mentors": PeerMentorRepository(), "tasks": TaskRepository(),
}


class ExportContext:
    """Database ids -> file ids and usernames while the document is written."""

    def __init__(self, usernames: dict[int, str], file_ids: dict[str, dict[int, int]]):
        self._usernames = usernames
        self._file_ids = file_ids
        self.used_staff: set[str] = set()

    def username(self, user_id: int | None) -> str | None:
        if user_id is None:
            return None
        name = self._usernames.get(user_id)
        if name is not None:
            self.used_staff.add(name)
        return name

    def file_id(self, kind: str, db_id: int | None) -> int | None:
        return None if db_id is None else self._file_ids[kind].get(db_id)


def _values(record, **extra) -> dict:
    values = {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}
    values.update(extra)
    return values


def _utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _read_records(conn, client_id: int, include_privileged: bool) -> dict[str, list]:
    records = {key: repo.list_for_client(conn, client_id) for key, repo in _SIMPLE.items()}
    records["notes"] = NoteRepository().list_for_client(conn, client_id,
                                                        include_privileged=include_privileged)
    records["time_entries"] = TimeEntryRepository().list_for_client(conn, client_id)
    note_ids = {note.id for note in records["notes"]}
    records["attachments"] = [
        a for a in AttachmentRepository().list_visible(conn, client_id,
                                                       include_privileged=include_privileged)
        if a.note_id is None or a.note_id in note_ids]
    return {key: sorted(items, key=lambda r: r.id) for key, items in records.items()}


def _nested(conn, records: dict[str, list], include_privileged: bool) -> dict[str, list[dict]]:
    """Each record as a dict, with what nests inside it (history, items, content)."""
    notes = NoteRepository()
    items = ScheduleOfLossRepository()
    attachments = AttachmentRepository()
    out: dict[str, list[dict]] = {}
    for key, rows in records.items():
        out[key] = []
        for number, record in enumerate(rows, 1):
            extra: dict = {"file_id": number}
            if key == "notes":
                extra["history"] = [
                    _values(v) for v in notes.history(conn, record.id)
                    if include_privileged or not v.privileged]
            elif key == "compensation_claims":
                extra["schedule_of_loss"] = [
                    _values(item, amount=item.amount)
                    for item in sorted(items.list_for_claim(conn, record.id), key=lambda i: i.id)]
            elif key == "attachments":
                data = attachments.data(conn, record.id)
                if data is None or len(data) != record.size or digest(data) != record.sha256:
                    raise DamagedStoreError("An attachment in this file is damaged (its bytes "
                                            "do not match its checksum); nothing was exported.")
                extra["content"] = data
            out[key].append(_values(record, **extra))
    return out


def build_document(conn, client_id: int, *, include_privileged: bool,
                   exported_by: str) -> tuple[dict, dict[str, int]]:
    """The client-file document (JSON-ready) and how many records of each kind it holds."""
    staff = UserRepository().list(conn)
    usernames = {user.id: user.username for user in staff}
    records = _read_records(conn, client_id, include_privileged)
    file_ids = {key: {record.id: number for number, record in enumerate(rows, 1)}
                for key, rows in records.items()}
    ctx = ExportContext(usernames, file_ids)
    centre = CentreRepository().get(conn)
    values = {
        "format": FORMAT, "version": VERSION, "exported_at": _utc_now(),
        "exported_by": exported_by,
        "source": {"centre": centre.name if centre else "",
                   "jurisdiction": centre.jurisdiction if centre else "england-wales"},
        "privileged_included": include_privileged, "staff": [],
        "client": ClientRepository().get(conn, client_id),
        **_nested(conn, records, include_privileged),
    }
    document = document_spec().dump(values, ctx)
    ctx.used_staff.add(exported_by)
    document["staff"] = [{"username": user.username, "full_name": user.full_name}
                         for user in staff if user.username in ctx.used_staff]
    return document, {key: len(rows) for key, rows in records.items()}
