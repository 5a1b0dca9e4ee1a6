"""Writing a checked client file into the database, inside the caller's transaction.

Records get new database ids and the client and her matters new references; everything else
is kept as it was in the file, including each record's version and created/updated times and
each note's earlier versions.

Staff are never matched by username: the same username at another centre may be another
person, and matching would hand a restricted file (or authorship) to a stranger. A required
person (a note's author, whoever recorded time) becomes the person importing; an optional one
(key worker, fee earner, who saved an earlier note version...) is left empty. A restricted
file stays restricted, to the person importing alone; they name colleagues on her file
afterwards. The original usernames are not kept (a note has no field for them); the import
lists them to the importer.
"""
from __future__ import annotations

from dataclasses import dataclass
from uuid import uuid4

from assist_desktop.domain.clients import Client
from assist_desktop.domain.notes import NoteVersion
from assist_desktop.services.interchange_import import ClientFile, loss_item_of, record_of
from assist_desktop.services.interchange_schema import (CLIENT, KIND_BY_KEY, KINDS, LOSS_ITEM,
                                                        NOTE_VERSION)
from assist_desktop.storage.asylum_repository import (AgeAssessmentRepository,
                                                      AsylumEventRepository,
                                                      ExploitationProfileRepository)
from assist_desktop.storage.attachment_repository import AttachmentRepository
from assist_desktop.storage.client_owned_repository import (
    ChildRepository, CompensationClaimRepository, ConsentRepository, ConvictionRepository,
    IdentificationRepository, NeedsAssessmentRepository, PeerMentorRepository,
    PregnancyRepository, ReferralRepository, SupportPlanActionRepository)
from assist_desktop.storage.client_repository import ClientRepository
from assist_desktop.storage.interchange_queries import (insert_note_version, keep_meta,
                                                        set_note_updated_by)
from assist_desktop.storage.matter_repository import MatterRepository, PartyRepository
from assist_desktop.storage.note_repository import NoteRepository
from assist_desktop.storage.schedule_of_loss_repository import ScheduleOfLossRepository
from assist_desktop.storage.task_repository import TaskRepository
from assist_desktop.storage.time_entry_repository import TimeEntryRepository

_REPOS = {
    "consents": ConsentRepository(), "convictions": ConvictionRepository(),
    "parties": PartyRepository(), "matters": MatterRepository(),
    "identification": IdentificationRepository(),
    "asylum_steps": AsylumEventRepository(), "age_assessments": AgeAssessmentRepository(),
    "exploitation_profile": ExploitationProfileRepository(),
    "compensation_claims": CompensationClaimRepository(), "children": ChildRepository(),
    "pregnancies": PregnancyRepository(), "needs_assessments": NeedsAssessmentRepository(),
    "support_plan": SupportPlanActionRepository(), "referrals": ReferralRepository(),
    "peer_mentors": PeerMentorRepository(), "notes": NoteRepository(),
    "tasks": TaskRepository(), "time_entries": TimeEntryRepository(),
    "attachments": AttachmentRepository(),
}


@dataclass(frozen=True)
class ImportResult:
    client_id: int
    reference: str
    previous_reference: str | None   # None when the file's reference is not one of ours
    counts: dict[str, int]
    unmatched_staff: tuple[str, ...]  # every username the file named: none is linked here
    restricted: bool                  # the file was restricted: now to the importer alone


def _keep(conn, repo, record_id: int, values: dict) -> None:
    keep_meta(conn, repo.table.table, record_id, values["version"], values["created_at"],
              values["updated_at"])


def _write_client(conn, file: ClientFile, importer_id: int) -> Client:
    values = CLIENT.resolve(file.client, file.context)
    # Never mapped across centres: a restricted file is restricted to the importer alone.
    restricted = frozenset({importer_id}) if file.client["restricted_to"] else frozenset()
    client = Client(**{**values, "restricted_to": restricted})
    stored = ClientRepository().create(conn, client)
    keep_meta(conn, "clients", stored.id, values["version"], values["created_at"],
              values["updated_at"])
    return stored


def _write_record(conn, file: ClientFile, key: str, raw: dict, client_id: int) -> int:
    kind = KIND_BY_KEY[key]
    ctx = file.context
    values = kind.spec.resolve({k: v for k, v in raw.items() if k not in kind.nested}, ctx)
    record = record_of(kind, values, client_id)
    repo = _REPOS[key]
    if key == "notes":
        stored = repo.create(conn, record, f"import:{uuid4()}")
        set_note_updated_by(conn, stored.id, values["updated_by"])
        for entry in raw["history"]:
            version = NoteVersion(note_id=stored.id, **NOTE_VERSION.resolve(entry, ctx))
            insert_note_version(conn, stored.id, version)
    elif key == "attachments":
        stored = repo.create_with_data(conn, record, raw["content"])
    else:
        stored = repo.create(conn, record)
    _keep(conn, repo, stored.id, values)
    ctx.new_ids[key][raw["file_id"]] = stored.id
    return stored.id


def _write_loss_items(conn, file: ClientFile) -> int:
    repo = ScheduleOfLossRepository()
    written = 0
    for claim in file.lists["compensation_claims"]:
        claim_id = file.context.new_id("compensation_claims", claim["file_id"])
        for raw in claim["schedule_of_loss"]:
            values = LOSS_ITEM.resolve(raw, file.context)
            stored = repo.create(conn, loss_item_of(values, claim_id))
            _keep(conn, repo, stored.id, values)
            written += 1
    return written


def write_client_file(conn, file: ClientFile, importer_id: int) -> ImportResult:
    """Everything in the file, in one go, in the caller's transaction."""
    file.context.bind_importer(importer_id)
    client = _write_client(conn, file, importer_id)
    for kind in KINDS:
        for raw in file.lists[kind.key]:
            _write_record(conn, file, kind.key, raw, client.id)
    counts = file.counts()
    counts["schedule_of_loss"] = _write_loss_items(conn, file)
    return ImportResult(client_id=client.id, reference=client.reference,
                        previous_reference=file.previous_reference, counts=counts,
                        unmatched_staff=tuple(sorted(file.context.named_staff)),
                        restricted=bool(file.client["restricted_to"]))
