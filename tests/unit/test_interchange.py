"""The client-file format: a lossless round trip (every field, every script, attachment bytes,
note history), the permission rules, the audit rows, and hostile files refused with the
field's path and nothing imported."""
from __future__ import annotations

import base64
import copy
import dataclasses
import json
import os
import stat
import unicodedata
from datetime import date

import pytest

import case_samples as s
from assist_desktop.domain.asylum import (AgeAssessment, AgeAssessor, AgeOutcome, AsylumEvent,
                                          AsylumOutcome, AsylumStep, ExploitationForm,
                                          ExploitationProfile, RouteToCentre)
from assist_desktop.domain.clients import Client
from assist_desktop.domain.compensation import ScheduleOfLossItem
from assist_desktop.domain.errors import (NotFound, PermissionDenied, ValidationError,
                                          WeakPassphraseError)
from assist_desktop.domain.notes import NoteType, NoteVersion
from assist_desktop.domain.session import Session
from assist_desktop.services.audit import AuditLog
from assist_desktop.security import transfer_package
from assist_desktop.security.kdf import TEST_PARAMETERS
from assist_desktop.services.interchange import InterchangeService, TransferPackageError
from assist_desktop.services.interchange_schema import (CLIENT, KINDS, LOSS_ITEM, NOT_IN_FILE,
                                                        NOT_IN_NESTED, NOTE_VERSION)
from assist_desktop.storage.asylum_repository import (AgeAssessmentRepository,
                                                      AsylumEventRepository,
                                                      ExploitationProfileRepository)
from assist_desktop.storage.attachment_repository import AttachmentRepository
from assist_desktop.storage.client_owned_repository import (
    ChildRepository, CompensationClaimRepository, ConsentRepository, ConvictionRepository,
    IdentificationRepository, NeedsAssessmentRepository, PeerMentorRepository,
    PregnancyRepository, ReferralRepository, SupportPlanActionRepository)
from assist_desktop.storage.client_repository import ClientRepository
from assist_desktop.storage.database import Database
from assist_desktop.storage.matter_repository import MatterRepository, PartyRepository
from assist_desktop.storage.note_repository import NoteRepository
from assist_desktop.storage.schedule_of_loss_repository import ScheduleOfLossRepository
from assist_desktop.storage.task_repository import TaskRepository
from assist_desktop.storage.time_entry_repository import TimeEntryRepository

ROLES = {"sol": ("solicitor",), "sup": ("support_worker",), "adm": ("administrator",),
         "sol2": ("solicitor",)}
TEXTS = {
    "cyrillic": "Олена Петренко-Ковальчук",
    "vietnamese_nfc": unicodedata.normalize("NFC", "Nguyễn Thị Hương"),
    "vietnamese_nfd": unicodedata.normalize("NFD", "Nguyễn Thị Hương"),
    "arabic": "فاطمة الزهراء بنت محمد",
    "emoji": "👩🏽‍⚖️ safe house 🏠 ✔️",
    "sql": "Robert'); DROP TABLE clients;-- \" OR 1=1 /* */",
    "markup": "<b>bold</b> &amp; <img src=x onerror=alert(1)> ]]> {{x}} %s",
}
ATTACHMENT_BYTES = bytes(range(256)) * 3 + b"\x00\xff%PDF-1.7\r\n"


class Centre:
    """A bare centre database with staff rows and a way to act as any of them."""

    def __init__(self, path, staff=ROLES):
        self.db = Database.create(path, os.urandom(32))
        self.ids = self.db.write(self._add_staff, staff)
        self.staff = staff

    @staticmethod
    def _add_staff(conn, staff):
        from assist_desktop.storage.centre_repository import CentreRepository, UserRepository
        from assist_desktop.domain.staff import CentreInfo
        CentreRepository().create(conn, CentreInfo("db-id", "Test Centre", "scotland", "", "now"))
        return {name: UserRepository().add(conn, name, name.title() + " Person",
                                           frozenset(roles), "now").id
                for name, roles in staff.items()}

    def service(self, name="sol") -> InterchangeService:
        session = Session(self.ids[name], name, name.title(), frozenset(self.staff[name]))
        return InterchangeService(self.db, session, AuditLog(name))

    def count(self, table: str) -> int:
        return self.db.read(lambda c: c.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def audit(self) -> list[tuple]:
        return self.db.read(lambda c: c.execute(
            "SELECT actor, action, entity, entity_id, detail FROM audit_log ORDER BY seq"
        ).fetchall())


@pytest.fixture
def source(tmp_path):
    centre = Centre(tmp_path / "a.db")
    yield centre
    centre.db.close()


@pytest.fixture
def target(tmp_path):
    centre = Centre(tmp_path / "b.db")
    yield centre
    centre.db.close()


def fill(centre: Centre, text: str, *, restricted=False) -> str:
    """One client with every kind of record, every field away from its default, text in
    `text`, links between records, a note edited twice, attachments. Returns her reference."""
    ids = centre.ids

    def write(conn):
        client = ClientRepository().create(conn, s.client(
            text, key_worker=ids["sup"], solicitor=ids["sol"],
            restricted_to={ids["sol"], ids["sup"]} if restricted else frozenset()))
        cid = client.id
        consent = ConsentRepository().create(conn, s.consent(cid, text, ids["sup"]))
        s.give_sharing_consent(conn, cid)       # the export needs it in force
        ConvictionRepository().create(conn, s.conviction(cid, text))
        parties = [PartyRepository().create(conn, s.party(cid, f"{text} {n}")) for n in range(2)]
        matter = MatterRepository().create(conn, s.matter(
            cid, text, fee_earner=ids["sol"], party_ids={parties[0].id, parties[1].id}))
        other = MatterRepository().create(conn, s.matter(cid, "second", party_ids={parties[1].id}))
        IdentificationRepository().create(
            conn, dataclasses.replace(s.identification(cid, text), matter_id=matter.id))
        AsylumEventRepository().create(conn, AsylumEvent(
            client_id=cid, step=AsylumStep.DECISION, dated=date(2025, 3, 3),
            matter_id=matter.id, outcome=AsylumOutcome.REFUSED, body=text, reference=text,
            interpreter_language=text, recording_requested=True, notes=text))
        AgeAssessmentRepository().create(conn, AgeAssessment(
            client_id=cid, assessed_on=date(2024, 5, 1), assessor=AgeAssessor.HOME_OFFICE,
            assessing_body=text, outcome=AgeOutcome.ASSESSED_AS_ADULT, assessed_age=19,
            assessed_date_of_birth=date(2005, 1, 1), merton_compliant=True,
            interpreter_present=True, appropriate_adult_present=True,
            challenged_on=date(2024, 6, 1), challenge_outcome=text, matter_id=matter.id,
            notes=text))
        ExploitationProfileRepository().create(conn, ExploitationProfile(
            client_id=cid, forms=(ExploitationForm.LABOUR, ExploitationForm.SEXUAL),
            countries=(text[:100], "Libya"), route=RouteToCentre.AGENCY,
            referring_agency=text, notes=text))
        claim = CompensationClaimRepository().create(
            conn, dataclasses.replace(s.claim(cid, text), matter_id=matter.id))
        ChildRepository().create(conn, s.child(cid, text))
        PregnancyRepository().create(conn, s.pregnancy(cid, text))
        NeedsAssessmentRepository().create(conn, s.needs(cid, text, ids["sup"]))
        SupportPlanActionRepository().create(conn, s.action(cid, text, ids["sup"]))
        ReferralRepository().create(conn, dataclasses.replace(s.referral(cid, text),
                                                              consent_entry_id=consent.id))
        PeerMentorRepository().create(conn, s.mentor(cid, text))
        notes = NoteRepository()
        note = notes.create(conn, s.note(cid, text, ids["sup"], matter_id=matter.id), "k1")
        note = notes.update(conn, dataclasses.replace(note, body=f"{text} second"),
                            edited_by=ids["sol"], save_key="k2")
        note = notes.update(conn, dataclasses.replace(note, body=f"{text} third",
                                                      note_type=NoteType.PHONE),
                            edited_by=ids["sol"], save_key="k3")
        secret = notes.create(conn, s.note(cid, f"{text} advice", ids["sol"], privileged=True,
                                           matter_id=other.id), "k4")
        TaskRepository().create(conn, s.task(cid, text, assigned=ids["sol"], matter_id=matter.id))
        TimeEntryRepository().create(conn, s.time_entry(cid, matter.id, ids["sol"], text))
        TimeEntryRepository().create(conn, s.time_entry(cid, other.id, ids["sup"], "support"))
        TimeEntryRepository().create(conn, s.time_entry(cid, None, ids["sup"], "no matter"))
        files = AttachmentRepository()
        evidence = files.create_with_data(conn, dataclasses.replace(
            s.attachment(cid, text, ATTACHMENT_BYTES, note_id=note.id), matter_id=matter.id,
            uploaded_by=ids["sup"]), ATTACHMENT_BYTES)
        files.create_with_data(conn, s.attachment(cid, "privileged", b"secret bytes",
                                                  privileged=True, note_id=secret.id),
                               b"secret bytes")
        files.create_with_data(conn, s.attachment(cid, "empty", b""), b"")
        ScheduleOfLossRepository().create(conn, s.loss_item(claim.id, text, evidence.id))
        ScheduleOfLossRepository().create(conn, s.loss_item(claim.id, "lump"))
        return client.reference
    return centre.db.write(write)


# Fields naming staff: never carried across centres (see test_staff_are_never_matched...).
STAFF_KEYS = {"assessed_by", "assigned_to", "author", "fee_earner", "key_worker", "owner",
              "recorded_by", "restricted_to", "saved_by", "solicitor", "supervisor",
              "updated_by", "uploaded_by", "user", "staff", "exported_by"}


def _without_staff(value):
    if isinstance(value, dict):
        return {k: _without_staff(v) for k, v in value.items() if k not in STAFF_KEYS}
    if isinstance(value, list):
        return [_without_staff(v) for v in value]
    return value


def comparable(data: bytes) -> dict:
    """The document without what an import gives anew: references, the export header and
    the fields naming staff."""
    document = json.loads(data)
    for key in ("exported_at", "source"):
        document.pop(key)
    document["client"].pop("reference")
    for matter in document["matters"]:
        matter.pop("reference")
    return _without_staff(document)


def exported(centre: Centre, reference: str, **kwargs) -> dict:
    return json.loads(centre.service().export_client(reference, **kwargs).data)


# --- the round trip -------------------------------------------------------------------------
@pytest.mark.parametrize("script", sorted(TEXTS))
def test_round_trip_is_lossless(source, target, script):
    text = TEXTS[script]
    reference = fill(source, text)
    first = source.service().export_client(reference)
    result = target.service().import_file(first.data)
    assert result.previous_reference == reference
    assert result.reference.startswith("C-") and result.unmatched_staff == ("sol", "sup")
    second = target.service().export_client(result.reference)
    assert comparable(second.data) == comparable(first.data)
    document = json.loads(second.data)
    assert document["client"]["given_names"] == text  # byte for byte: NFD stays NFD
    assert document["notes"][0]["body"] == f"{text} third"
    assert [v["body"] for v in document["notes"][0]["history"]] == [text, f"{text} second"]
    content = [base64.b64decode(a["content"]) for a in document["attachments"]]
    assert content == [ATTACHMENT_BYTES, b"secret bytes", b""]


def test_the_file_is_json_with_the_header_and_every_list(source):
    reference = fill(source, "Ana")
    document = exported(source, reference)
    assert document["format"] == "assist-desktop/client-file" and document["version"] == 3
    assert document["privileged_included"] is True
    assert document["source"] == {"centre": "Test Centre", "jurisdiction": "scotland"}
    assert [s["username"] for s in document["staff"]] == ["sol", "sup"]
    for kind in KINDS:
        assert document[kind.key], kind.key
    assert document["matters"][0]["parties"] == [1, 2]
    assert document["notes"][0]["matter"] == 1 and document["notes"][0]["author"] == "sup"
    assert document["compensation_claims"][0]["schedule_of_loss"][0]["evidence"] == 1
    assert document["compensation_claims"][0]["schedule_of_loss"][0]["amount"] == 21493811
    assert document["referrals"][0]["consent"] == 1
    assert document["client"]["key_worker"] == "sup"


def test_every_field_of_every_record_is_in_the_format():
    """A field added to the domain must be added to the format (or listed as left out)."""
    for kind in KINDS:
        record_fields = {f.name for f in dataclasses.fields(kind.record_type)} - set(NOT_IN_FILE)
        in_file = {f.attr for f in kind.spec.fields} - {"file_id", *kind.nested}
        assert record_fields == in_file, kind.key
    for record_type, spec in ((ScheduleOfLossItem, LOSS_ITEM), (NoteVersion, NOTE_VERSION),
                              (Client, CLIENT)):
        record_fields = {f.name for f in dataclasses.fields(record_type)}
        record_fields -= set(NOT_IN_FILE) | set(NOT_IN_NESTED)
        assert record_fields == {f.attr for f in spec.fields} - {"amount"}, record_type


def test_a_restricted_file_stays_restricted_to_the_importer_alone(source, target):
    """The target centre has its own 'sol' and 'sup': other people who merely share the
    usernames. The file must not open to them (review finding: restricted file given to
    whoever has the same username)."""
    reference = fill(source, "Ana", restricted=True)
    data = source.service().export_client(reference).data
    result = target.service("sol2").import_file(data)
    client = target.db.read(ClientRepository().get, result.client_id)
    assert client.restricted_to == {target.ids["sol2"]}
    assert result.restricted and result.unmatched_staff == ("sol", "sup")
    with pytest.raises(NotFound):
        target.service("sol").export_client(result.reference)
    import_row = target.audit()[-1]
    assert import_row[1] == "import" and import_row[4].endswith(" restricted")


def test_staff_are_never_matched_across_centres_by_username(source, target):
    """Same usernames at the receiving centre: authorship goes to the importer, optional
    links are left empty, nothing is linked to the namesakes."""
    reference = fill(source, "Ana")
    result = target.service("sol2").import_file(source.service().export_client(reference).data)
    importer = target.ids["sol2"]
    client = target.db.read(ClientRepository().get, result.client_id)
    assert (client.key_worker_id, client.solicitor_id, client.restricted_to) == \
        (None, None, frozenset())
    notes = target.db.read(lambda c: NoteRepository().list_for_client(
        c, result.client_id, include_privileged=True))
    assert {n.author_id for n in notes} == {importer}
    assert {n.updated_by for n in notes} == {None}
    history = target.db.read(lambda c: [v for n in notes
                                        for v in NoteRepository().history(c, n.id)])
    assert history and {v.saved_by for v in history} == {None}
    users = target.db.read(lambda c: {r[0] for r in c.execute(
        "SELECT user_id FROM time_entries").fetchall()})
    assert users == {importer}
    namesakes = {target.ids["sol"], target.ids["sup"]}
    for table, column in (("matters", "fee_earner_id"), ("tasks", "assigned_to"),
                          ("consents", "recorded_by"), ("attachments", "uploaded_by"),
                          ("needs_assessments", "assessed_by")):
        linked = target.db.read(lambda c: {r[0] for r in c.execute(
            f"SELECT {column} FROM {table}").fetchall()})
        assert not linked & namesakes, table


def test_staff_without_an_account_here(source, tmp_path):
    other = Centre(tmp_path / "c.db", staff={"lee": ("solicitor",)})
    try:
        reference = fill(source, "Ana", restricted=True)
        result = other.service("lee").import_file(source.service().export_client(reference).data)
        assert result.unmatched_staff == ("sol", "sup")
        document = json.loads(other.service("lee").export_client(result.reference).data)
        assert document["client"]["restricted_to"] == ["lee"]
        assert document["client"]["key_worker"] is None
        assert {n["author"] for n in document["notes"]} == {"lee"}
    finally:
        other.db.close()


def test_a_large_note_and_attachment_round_trip(source, target):
    reference = fill(source, "Ana")
    big_text = ("Олена said: «<b>never</b>» 👩🏽‍⚖️ " * 30_000)[:1_000_000]
    big_bytes = os.urandom(1_000_000)

    def write(conn):
        cid = conn.execute("SELECT id FROM clients").fetchone()[0]
        NoteRepository().create(conn, dataclasses.replace(
            s.note(cid, "big", source.ids["sol"]), body=big_text), "big")
        AttachmentRepository().create_with_data(conn, s.attachment(cid, "big", big_bytes),
                                                big_bytes)
    source.db.write(write)
    first = source.service().export_client(reference)
    result = target.service().import_file(first.data)
    second = target.service().export_client(result.reference)
    assert comparable(second.data) == comparable(first.data)
    document = json.loads(second.data)
    assert document["notes"][-1]["body"] == big_text
    assert base64.b64decode(document["attachments"][-1]["content"]) == big_bytes


def test_what_cannot_be_imported_is_not_exported(source, tmp_path):
    reference = fill(source, "Ana")
    source.db.write(lambda conn: conn.execute(
        "UPDATE clients SET family_name = 'evil\u202egpj.exe'"))
    with pytest.raises(ValidationError) as caught:
        source.service().export_client(reference)
    assert str(caught.value).startswith("client.family_name: contains a text-direction control")
    assert "nothing was written" in str(caught.value)


def test_privileged_notes_can_be_left_out(source):
    reference = fill(source, "Ana")
    document = exported(source, reference, include_privileged=False)
    assert document["privileged_included"] is False
    assert len(document["notes"]) == 1 and not document["notes"][0]["privileged"]
    assert all(not a["privileged"] for a in document["attachments"])
    assert len(document["attachments"]) == 2


# --- who may ------------------------------------------------------------------------------
def test_only_solicitors_export_and_import(source, target):
    reference = fill(source, "Ana")
    data = source.service().export_client(reference).data
    for name in ("sup", "adm"):
        with pytest.raises(PermissionDenied):
            source.service(name).export_client(reference)
        with pytest.raises(PermissionDenied):
            target.service(name).import_file(data)
    assert target.count("clients") == 0


def test_a_restricted_client_does_not_exist_for_others(source):
    reference = fill(source, "Ana", restricted=True)
    with pytest.raises(NotFound):
        source.service("sol2").export_client(reference)
    with pytest.raises(NotFound):
        source.service().export_client("C-1999-0001")


def test_both_directions_are_audited_without_case_text(source, target):
    reference = fill(source, "Ana")
    data = source.service().export_client(reference).data
    result = target.service().import_file(data)
    export_row = source.audit()[-1]
    assert export_row[:3] == ("sol", "export", "client")
    assert "privileged:included notes:2 attachments:3" in export_row[4]
    import_row = target.audit()[-1]
    assert import_row[:4] == ("sol", "import", "client", str(result.client_id))
    assert f"from:{reference} as:{result.reference}" in import_row[4]
    assert "package:unencrypted" in import_row[4] and "package:unencrypted" in export_row[4]
    assert "Ana" not in repr(source.audit() + target.audit())


@pytest.mark.parametrize("previous", ["Ana Secret <b>", "C-2026-0001 Ana", "c-2026-0001",
                                      "C-2026-0001\u202e", "", "M-2026-0001"])
def test_a_reference_that_is_not_ours_stays_out_of_the_audit_log(source, target, previous):
    """The file's reference is free text from outside: only a well-formed client reference
    reaches the administrator's audit view (review finding)."""
    document = exported(source, fill(source, "Ana"))
    document["client"]["reference"] = previous
    try:
        result = target.service().import_file(json.dumps(document).encode())
    except ValidationError:
        assert "\u202e" in previous  # refused by the name checks: fine too
        return
    assert result.previous_reference is None
    import_row = target.audit()[-1]
    assert import_row[1] == "import" and "from:" not in import_row[4]
    assert previous not in import_row[4] or not previous


# --- hostile files ------------------------------------------------------------------------
def _set(path):
    def change(document, value):
        target = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return change


def _delete(path):
    def change(document, _value):
        target = document
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]
    return change


HOSTILE = [
    ("wrong type", _set(("client", "age_disputed")), "yes",
     "client.age_disputed: must be true or false"),
    ("bool as number", _set(("notes", 0, "duration_minutes")), True,
     "notes[0].duration_minutes: must be a whole number"),
    ("missing field", _delete(("matters", 1, "status")), None, "matters[1].status: is missing"),
    ("unknown enum", _set(("parties", 0, "role")), "boss", "parties[0].role: unknown value 'boss'"),
    ("unknown field", _set(("client", "evil")), {"x": [1]}, "client.evil: is not a field"),
    ("odd unknown field", _set(("tasks", 0, "\x1b[2Jx")), 1,
     "tasks[0]: has an unknown field '\\u001b[2Jx'"),
    ("bad base64", _set(("attachments", 0, "content")), "!!not base64",
     "attachments[0].content: is not valid base64"),
    ("sha mismatch", _set(("attachments", 0, "sha256")), "0" * 64,
     "attachments[0].sha256: does not match the content"),
    ("size mismatch", _set(("attachments", 0, "size")), 3,
     "attachments[0].size: does not match the content"),
    ("huge name", _set(("client", "given_names")), "a" * 501,
     "client.given_names: is too long"),
    ("huge note", _set(("notes", 0, "body")), "x" * (4 * 1024 * 1024 + 1),
     "notes[0].body: is too long"),
    ("nested junk", _set(("client", "aliases")), [[[[[[["deep"]]]]]]],
     "client.aliases[0]: must be an object"),
    ("control character in a name", _set(("client", "family_name")), "Ana\x1b[31m",
     "client.family_name: contains a control character (U+001B)"),
    ("newline in a name", _set(("parties", 1, "aliases", 0)), "two\nlines",
     "parties[1].aliases[0]: contains a control character"),
    ("bidi override in a name", _set(("parties", 0, "name")), "evil\u202egpj.exe",
     "parties[0].name: contains a text-direction control"),
    ("lone surrogate", _set(("notes", 1, "title")), "\ud800",
     "notes[1].title: contains an invalid character"),
    ("float money", _set(("compensation_claims", 0, "amount_claimed")), 12.5,
     "compensation_claims[0].amount_claimed: must be a whole number of pence"),
    ("negative money", _set(("compensation_claims", 0, "amount_paid")), -1,
     "compensation_claims[0].amount_paid: is out of range"),
    ("amount not the product", _set(("compensation_claims", 0, "schedule_of_loss", 1, "amount")),
     1, "compensation_claims[0].schedule_of_loss[1].amount: does not equal"),
    ("dangling link", _set(("notes", 0, "matter")), 999,
     "notes[0].matter: refers to id 999 in matters"),
    ("dangling party", _set(("matters", 0, "parties")), [1, 7],
     "matters[0].parties[1]: refers to id 7 in parties"),
    ("duplicate id", _set(("notes", 1, "id")), 1, "notes[1].id: the id 1 is used twice"),
    ("history too new", _set(("notes", 0, "history", 0, "version")), 3,
     "notes[0].history[0].version: must be older"),
    ("impossible date", _set(("children", 0, "date_of_birth")), "2025-02-30",
     "children[0].date_of_birth: is not a real date"),
    ("date out of order", _set(("matters", 0, "closed_on")), "2000-01-01",
     "matters[0].closed_on: ends before it starts"),
    ("odd username", _set(("tasks", 0, "assigned_to")), "Robert'); DROP",
     "tasks[0].assigned_to: is not a username"),
    ("bad timestamp", _set(("consents", 0, "created_at")), "yesterday",
     "consents[0].created_at: must be a UTC timestamp"),
    ("not a list", _set(("notes",)), {"0": {}}, "notes: must be a list"),
    ("wrong format", _set(("format",)), "something/else", "format: this is not an ASSIST"),
    ("newer version", _set(("version",)), 4, "version: the file is format version 4"),
]


@pytest.fixture
def good_file(source) -> dict:
    return json.loads(source.service().export_client(fill(source, "Ana")).data)


@pytest.mark.parametrize("case, change, value, message", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_file_is_refused_naming_the_field(good_file, target, case, change, value,
                                                  message):
    document = copy.deepcopy(good_file)
    change(document, value)
    data = json.dumps(document).encode("utf-8")
    with pytest.raises(ValidationError) as caught:
        target.service().import_file(data)
    assert str(caught.value).startswith(message), str(caught.value)
    assert "\x1b" not in str(caught.value)
    assert target.count("clients") == 0 and target.count("case_notes") == 0
    assert target.count("attachment_blobs") == 0 and target.count("audit_log") == 0


RAW = [
    ("not json", b"{not json", "file: is not valid JSON (line 1, column 2)"),
    ("empty", b"", "file: is not valid JSON"),
    ("not utf-8", b"\xff\xfe{}", "file: is not UTF-8 text"),
    ("array", b"[]", "file: is not an ASSIST Desktop client file"),
    ("deep nesting", b"[" * 200_000 + b"]" * 200_000, "file: is nested too deeply"),
    ("duplicate key", b'{"format": 1, "format": 2}', "file: is not acceptable JSON: duplicate key"),
    ("NaN", b'{"x": NaN}', "file: is not acceptable JSON: NaN is not allowed"),
    ("huge integer", b'{"x": ' + b"9" * 5000 + b"}", "file: is not acceptable JSON"),
]


@pytest.mark.parametrize("case, data, message", RAW, ids=[r[0] for r in RAW])
def test_junk_is_refused(target, case, data, message):
    with pytest.raises(ValidationError) as caught:
        target.service().import_file(data)
    assert str(caught.value).startswith(message), str(caught.value)
    assert target.count("clients") == 0


def test_a_failure_while_writing_leaves_nothing(good_file, target, monkeypatch):
    """Checks pass, the write fails half-way: the one transaction rolls everything back."""
    from assist_desktop.services import interchange_write

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(interchange_write.ScheduleOfLossRepository, "create", broken)
    with pytest.raises(RuntimeError):
        target.service().import_file(json.dumps(good_file).encode())
    for table in ("clients", "parties", "case_notes", "note_history", "attachments",
                  "attachment_blobs", "search_queue", "audit_log"):
        assert target.count(table) == 0, table


def test_a_version_1_file_without_the_asylum_lists_still_imports(good_file, target):
    document = copy.deepcopy(good_file)
    document["version"] = 1
    for key in ("asylum_steps", "age_assessments", "exploitation_profile"):
        del document[key]
    result = target.service().import_file(json.dumps(document).encode())
    assert result.counts["asylum_steps"] == 0 and target.count("clients") == 1
    assert target.count("case_notes") == len(good_file["notes"])


def test_time_on_no_matter_travels_and_a_version_2_file_still_imports(good_file, target):
    assert [t["matter"] for t in good_file["time_entries"]] == [1, 2, None]
    older = copy.deepcopy(good_file)
    older["version"] = 2
    older["time_entries"] = [t for t in older["time_entries"] if t["matter"] is not None]
    result = target.service().import_file(json.dumps(older).encode())
    assert result.counts["time_entries"] == len(older["time_entries"]) == 2
    result = target.service().import_file(json.dumps(good_file).encode())
    rows = target.db.read(lambda c: c.execute(
        "SELECT client_id, matter_id IS NULL FROM time_entries WHERE client_id = ? "
        "ORDER BY id", (result.client_id,)).fetchall())
    assert rows == [(result.client_id, 0), (result.client_id, 0), (result.client_id, 1)]


def test_a_second_exploitation_profile_is_refused(good_file, target):
    document = copy.deepcopy(good_file)
    document["exploitation_profile"].append(dict(document["exploitation_profile"][0], id=2))
    with pytest.raises(ValidationError, match="exploitation_profile"):
        target.service().import_file(json.dumps(document).encode())
    assert target.count("clients") == 0


def test_importing_twice_gives_two_clients(good_file, target):
    data = json.dumps(good_file).encode()
    first = target.service().import_file(data)
    second = target.service().import_file(data)
    assert first.reference != second.reference and target.count("clients") == 2


# --- the encrypted case-transfer package ----------------------------------------------------
TRANSFER = "quartz meadow lantern fiddle 93"


def package(source: Centre, reference: str, passphrase: str = TRANSFER, **kwargs) -> bytes:
    return source.service().export_package(reference, passphrase,
                                           kdf_params=TEST_PARAMETERS, **kwargs).data


def test_export_package_is_sealed_and_imports_with_its_passphrase(source, target):
    reference = fill(source, TEXTS["cyrillic"])
    plain = source.service().export_client(reference).data
    sealed = package(source, reference)
    assert sealed.startswith(transfer_package.MAGIC)
    assert TEXTS["cyrillic"].encode() not in sealed and reference.encode() not in sealed
    assert b"Test Centre" not in sealed and b'"sol"' not in sealed
    assert InterchangeService.is_package(sealed) and not InterchangeService.is_package(plain)
    result = target.service().import_file(sealed, TRANSFER)
    assert result.previous_reference == reference
    again = target.service().export_client(result.reference).data
    assert comparable(again) == comparable(plain)
    assert "package:encrypted" in source.audit()[-1][4]
    assert ["package:encrypted" in row[4] for row in target.audit() if row[1] == "import"] \
        == [True]


@pytest.mark.parametrize("damage, message", [
    (lambda p: p, "The transfer passphrase is not correct"),
    (lambda p: p[:-1], "incomplete"),
    (lambda p: p[:len(p) // 2], "incomplete"),
    (lambda p: p[:40], "incomplete"),
    (lambda p: p[:-5] + bytes([p[-5] ^ 1]) + p[-4:], "damaged"),
    (lambda p: p[:60] + bytes([p[60] ^ 1]) + p[61:], "damaged"),
    (lambda p: p + b"\n", "damaged"),
])
def test_a_wrong_passphrase_or_a_bad_package_imports_nothing(source, target, damage, message):
    sealed = damage(package(source, fill(source, "Ana")))
    passphrase = "not the transfer passphrase" if message.startswith("The transfer") else TRANSFER
    with pytest.raises(TransferPackageError) as caught:
        target.service().import_file(sealed, passphrase)
    assert message in str(caught.value) and "\n" not in str(caught.value)
    for table in ("clients", "case_notes", "attachment_blobs", "audit_log"):
        assert target.count(table) == 0, table


def test_a_package_needs_its_passphrase(source, target):
    sealed = package(source, fill(source, "Ana"))
    with pytest.raises(ValidationError, match="transfer passphrase"):
        target.service().import_file(sealed)
    assert target.count("clients") == 0


@pytest.mark.parametrize("weak", ["", "password1", "Ana", "sol sol sol"])
def test_a_weak_transfer_passphrase_is_refused_before_anything_leaves(source, weak):
    reference = fill(source, "Ana")
    before = len(source.audit())
    with pytest.raises(WeakPassphraseError):
        source.service().export_package(reference, weak, kdf_params=TEST_PARAMETERS)
    assert len(source.audit()) == before


def test_only_solicitors_export_packages(source):
    reference = fill(source, "Ana")
    with pytest.raises(PermissionDenied):
        source.service("sup").export_package(reference, TRANSFER, kdf_params=TEST_PARAMETERS)


def test_save_export_writes_a_private_package_after_its_audit_row(source, tmp_path,
                                                                  monkeypatch):
    from assist_desktop.services import export_files as interchange
    reference = fill(source, "Ana")
    seen = []
    real = interchange.atomic_write_bytes

    def write(path, data, mode):
        seen.append(source.audit()[-1][1])   # the export row is committed before the write
        real(path, data, mode=mode)
    monkeypatch.setattr(interchange, "atomic_write_bytes", write)
    out = tmp_path / "transfer.bin"
    result = source.service().save_export(reference, out, passphrase=TRANSFER,
                                          kdf_params=TEST_PARAMETERS)
    assert seen == ["export"] and result.encrypted
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes() == result.data
    with pytest.raises(ValidationError, match="already exists"):
        source.service().save_export(reference, out, passphrase=TRANSFER,
                                     kdf_params=TEST_PARAMETERS)
    with pytest.raises(ValidationError, match="passphrase"):
        source.service().save_export(reference, tmp_path / "x.json")   # neither chosen
    plain = source.service().save_export(reference, tmp_path / "x.json", unencrypted=True)
    assert not plain.encrypted and json.loads((tmp_path / "x.json").read_bytes())


def test_no_export_file_without_its_audit_row(source, tmp_path, monkeypatch):
    reference = fill(source, "Ana")
    real = AuditLog.record

    def refuse_exports(self, conn, action, *args, **kwargs):
        if action == "export":
            raise RuntimeError("audit log unavailable")
        return real(self, conn, action, *args, **kwargs)
    monkeypatch.setattr(AuditLog, "record", refuse_exports)
    out = tmp_path / "transfer.bin"
    for kwargs in ({"passphrase": TRANSFER, "kdf_params": TEST_PARAMETERS},
                   {"unencrypted": True}):
        with pytest.raises(RuntimeError):
            source.service().save_export(reference, out, **kwargs)
        assert not out.exists()
        assert not [p for p in tmp_path.iterdir() if "transfer" in p.name]
