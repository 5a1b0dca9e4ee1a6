"""Every case-record entity is stored and read back exactly, whatever script or syntax its
text is in (NFC and NFD Vietnamese stay as given), and the schema refuses bad values."""
from __future__ import annotations

import dataclasses
import os
import unicodedata

import pytest

import case_samples as s
from assist_desktop.domain.attachments import digest
from assist_desktop.storage import connection as cx
from assist_desktop.storage.attachment_repository import AttachmentRepository
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

clients = ClientRepository()
META = ("id", "version", "created_at", "updated_at")


def same_content(stored, original):
    """Equal apart from what storage assigns (id, version, timestamps, reference)."""
    assigned = {name: getattr(stored, name) for name in META if hasattr(stored, name)}
    if hasattr(original, "reference"):
        assigned["reference"] = stored.reference
    return dataclasses.replace(original, **assigned) == stored


@pytest.fixture(params=sorted(s.TEXTS))
def text(request):
    return s.TEXTS[request.param]


def test_vietnamese_forms_really_differ():
    assert s.TEXTS["vietnamese_nfc"] != s.TEXTS["vietnamese_nfd"]
    assert unicodedata.is_normalized("NFD", s.TEXTS["vietnamese_nfd"])


def test_client_round_trip(case_db, ids, text):
    original = s.client(text, key_worker=ids["sup"], solicitor=ids["sol"],
                        restricted_to={ids["sol"], ids["sup"]})
    created = case_db.write(clients.create, original, year=2026)
    assert created.reference == "C-2026-0001" and created.version == 1
    assert same_content(created, original)
    again = case_db.read(clients.get, created.id)
    assert again == created
    assert again.given_names == text  # byte-for-byte: no normalisation on the way
    assert [a.name for a in again.aliases] == [f"{text} alias", "Second"]


RECORDS = [
    (ConsentRepository, s.consent), (ConvictionRepository, s.conviction),
    (IdentificationRepository, s.identification), (ChildRepository, s.child),
    (PregnancyRepository, s.pregnancy), (NeedsAssessmentRepository, s.needs),
    (SupportPlanActionRepository, s.action), (ReferralRepository, s.referral),
    (PeerMentorRepository, s.mentor), (CompensationClaimRepository, s.claim),
    (PartyRepository, s.party),
]


@pytest.mark.parametrize("repo_type, make", RECORDS, ids=[r[0].__name__ for r in RECORDS])
def test_client_owned_records_round_trip(case_db, ids, text, repo_type, make):
    repo = repo_type()
    owner = case_db.write(clients.create, s.client("x"))
    original = make(owner.id, text)
    created = case_db.write(repo.create, original)
    assert same_content(created, original)
    assert case_db.read(repo.get, created.id) == created
    assert case_db.read(repo.list_for_client, owner.id) == [created]


def test_matter_party_note_task_time_attachment_round_trip(case_db, ids, text):
    owner = case_db.write(clients.create, s.client("x"))
    party = case_db.write(PartyRepository().create, s.party(owner.id, text))
    original = s.matter(owner.id, text, fee_earner=ids["sol"], party_ids={party.id})
    matter = case_db.write(MatterRepository().create, original, year=2025)
    assert matter.reference == "M-2025-0001" and matter.party_ids == {party.id}
    assert same_content(matter, original)
    assert case_db.read(MatterRepository().get, matter.id) == matter

    for repo, original in ((NoteRepository(), s.note(owner.id, text, ids["sol"], matter_id=matter.id)),
                           (TaskRepository(), s.task(owner.id, text, matter_id=matter.id))):
        create = (lambda conn, r=repo, o=original: r.create(conn, o, "key-" + text)
                  if isinstance(r, NoteRepository) else r.create(conn, o))
        created = case_db.write(create)
        expected = dataclasses.replace(original, updated_by=ids["sol"]) \
            if isinstance(repo, NoteRepository) else original
        assert same_content(created, expected)
        assert case_db.read(repo.get, created.id) == created

    entry = case_db.write(TimeEntryRepository().create, s.time_entry(matter.client_id, matter.id, ids["sol"], text))
    assert case_db.read(TimeEntryRepository().get, entry.id) == entry

    data = text.encode() + os.urandom(1000)
    attachment = case_db.write(AttachmentRepository().create_with_data,
                               s.attachment(owner.id, text, data), data)
    assert case_db.read(AttachmentRepository().get, attachment.id) == attachment
    assert case_db.read(AttachmentRepository().data, attachment.id) == data


def test_a_one_megabyte_note_and_blob_round_trip(case_db, ids):
    owner = case_db.write(clients.create, s.client("x"))
    body = ("Ж ễ ع 👩🏽 <b>&</b> '; " * 60_000)[:1_048_576]
    created = case_db.write(NoteRepository().create,
                            dataclasses.replace(s.note(owner.id, "t", ids["sol"]), body=body), "k1")
    assert len(created.body) == 1_048_576
    assert case_db.read(NoteRepository().get, created.id).body == body
    data = os.urandom(1_048_576)
    stored = case_db.write(AttachmentRepository().create_with_data,
                           s.attachment(owner.id, "big", data), data)
    blob = case_db.read(AttachmentRepository().data, stored.id)
    assert blob == data and digest(blob) == stored.sha256


def test_schedule_of_loss_amount_is_exact(case_db):
    owner = case_db.write(clients.create, s.client("x"))
    claim = case_db.write(CompensationClaimRepository().create, s.claim(owner.id, "c"))
    repo = ScheduleOfLossRepository()
    item = case_db.write(repo.create, s.loss_item(claim.id, "loss"))
    assert item.amount == 21_493_811  # 12,345.67 x 17.41 = 214,938.1147 -> 214,938.11
    half = case_db.write(repo.create, dataclasses.replace(s.loss_item(claim.id, "h"),
                                                          multiplicand=1025, multiplier="0.5"))
    assert half.amount == 513  # half-up, where round() on a float would give 512
    assert case_db.read(repo.list_for_claim, claim.id) == [half, item] or \
        case_db.read(repo.list_for_claim, claim.id) == [item, half]
    assert case_db.read(repo.total, claim.id) == 21_493_811 + 513
    stored_multiplier = case_db.read(lambda c: c.execute(
        "SELECT multiplier, typeof(amount) FROM schedule_of_loss_items WHERE id = ?",
        (item.id,)).fetchone())
    assert tuple(stored_multiplier) == ("17.41", "integer")


@pytest.mark.parametrize("sql", [
    "UPDATE compensation_claims SET amount_claimed = 10.5",
    "UPDATE compensation_claims SET amount_paid = -1",
    "UPDATE compensation_claims SET decision_on = '2025-02-30'",
    "UPDATE compensation_claims SET decision_on = '31/01/2025'",
    "UPDATE compensation_claims SET scheme = 'lottery'",
    "UPDATE compensation_claims SET version = 0",
])
def test_schema_refuses_bad_values(case_db, sql):
    owner = case_db.write(clients.create, s.client("x"))
    case_db.write(CompensationClaimRepository().create, s.claim(owner.id, "c"))
    with pytest.raises(cx.IntegrityError):
        case_db.write(lambda conn: conn.execute(sql))


def test_every_enum_value_fits_the_schema(case_db, ids):
    """The CHECK lists in the migration and the domain enums agree, value by value."""
    owner = case_db.write(clients.create, s.client("x"))
    repos = {repo_type: repo_type() for repo_type, _ in RECORDS}
    checked = 0
    for repo_type, make in RECORDS:
        sample = make(owner.id, "e")
        for field in dataclasses.fields(sample):
            value = getattr(sample, field.name)
            enum_type = type(value)
            if not (isinstance(value, str) and hasattr(enum_type, "__members__")):
                continue
            for member in enum_type:
                record = dataclasses.replace(sample, **{field.name: member})
                created = case_db.write(repos[repo_type].create, record)
                assert getattr(case_db.read(repos[repo_type].get, created.id), field.name) == member
                checked += 1
    assert checked > 80


def test_enum_values_of_records_with_lists_fit_the_schema(case_db, ids):
    from assist_desktop.domain.clients import (Alias, AliasKind, ImmigrationStatus, SafeContact,
                                               SafeContactMethod, SafetyFlag)
    from assist_desktop.domain.compensation import LossHead, LossTiming
    from assist_desktop.domain.matters import MatterStatus, MatterType, RetentionCategory
    from assist_desktop.domain.notes import NoteType
    from assist_desktop.domain.records import GenderPreference, Jurisdiction
    from assist_desktop.domain.tasks import TaskKind
    from assist_desktop.domain.time_entries import Activity
    base = s.client("x")
    variants = [dataclasses.replace(base, jurisdiction=j) for j in Jurisdiction]
    variants += [dataclasses.replace(base, immigration_status=v) for v in ImmigrationStatus]
    variants += [dataclasses.replace(base, interpreter_gender=g, interviewer_gender=g)
                 for g in GenderPreference]
    variants += [dataclasses.replace(base, safe_contact=SafeContact(method=m))
                 for m in SafeContactMethod]
    # safety_alert is the server's (set by an open safety alert), never taken from a record
    variants.append(dataclasses.replace(base, safety_flags=frozenset(SafetyFlag) - {
        SafetyFlag.SAFETY_ALERT}, aliases=tuple(Alias("n", k) for k in AliasKind)))
    for variant in variants:
        created = case_db.write(clients.create, variant)
        assert same_content(case_db.read(clients.get, created.id), variant)
    owner = created
    case_db.write(lambda c: c.execute(
        "INSERT INTO safety_alerts (client_id, subject_kind, subject_label, match_on, score, "
        "reason, raised_at, version) VALUES (?, 'contact', 'x', 'name', 90, 'r', 'now', 1)",
        (owner.id,)))
    assert case_db.write(clients.recompute_safety_alert, owner.id) is True
    assert case_db.read(clients.get, owner.id).safety_flags == frozenset(SafetyFlag)
    matters = MatterRepository()
    for field, enum_type in (("matter_type", MatterType), ("status", MatterStatus),
                             ("retention_category", RetentionCategory),
                             ("jurisdiction", Jurisdiction)):
        for member in enum_type:
            stored = case_db.write(matters.create, dataclasses.replace(
                s.matter(owner.id, "m"), **{field: member}))
            assert getattr(stored, field) == member
    matter = stored
    for member in NoteType:
        stored = case_db.write(NoteRepository().create, dataclasses.replace(
            s.note(owner.id, "n", ids["sol"]), note_type=member), f"key-{member}")
        assert stored.note_type == member
    for member in TaskKind:
        assert case_db.write(TaskRepository().create, dataclasses.replace(
            s.task(owner.id, "t"), kind=member)).kind == member
    for member in Activity:
        assert case_db.write(TimeEntryRepository().create, dataclasses.replace(
            s.time_entry(matter.client_id, matter.id, ids["sol"], "t"), activity=member)).activity == member
    claim = case_db.write(CompensationClaimRepository().create, s.claim(owner.id, "c"))
    for head in LossHead:
        for timing in LossTiming:
            item = case_db.write(ScheduleOfLossRepository().create, dataclasses.replace(
                s.loss_item(claim.id, "i"), head=head, timing=timing))
            assert case_db.read(ScheduleOfLossRepository().get, item.id).head == head


def test_references_count_up_per_year_and_are_never_reused(case_db):
    first = case_db.write(clients.create, s.client("a"), year=2026)
    second = case_db.write(clients.create, s.client("b"), year=2026)
    other_year = case_db.write(clients.create, s.client("c"), year=2027)
    assert (first.reference, second.reference, other_year.reference) == (
        "C-2026-0001", "C-2026-0002", "C-2027-0001")
    case_db.write(clients.purge, second.id)
    third = case_db.write(clients.create, s.client("d"), year=2026)
    assert third.reference == "C-2026-0003"
