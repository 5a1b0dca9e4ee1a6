"""The documents service on a real SQLCipher centre: every kind built from the stored record
(values exact in the extracted text, Arabic/Cyrillic/Vietnamese names, markup printed as
typed, nothing embedded), stored bytes and checksums, who may do what, approval, "Save as"
with and without a password, bundles with correct index ranges, and the recovery sheet."""
from __future__ import annotations

import dataclasses
import hashlib
import io
import re
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from assist_desktop.documents import TEMPLATE_VERSIONS, DocumentKind, StatementParagraph
from assist_desktop.domain.errors import (AssistError, DamagedStoreError, EditConflict,
                                          NotFound, PermissionDenied, ValidationError)
from assist_desktop.services.document_bundle import ATTACHMENT, BundlePart
from assist_desktop.services.document_permissions import RECORD_KINDS, SUPPORT_KINDS
from assist_desktop.services.documents import (LEAVES_STORE_WARNING, PROTECTED_WARNING,
                                               DocumentService, recovery_sheet_pdf)
from assist_desktop.storage.document_repository import DocumentStatus
from tests.documents.conftest import (assert_contains, assert_no_links_or_images, flat,
                                      page_texts, pdf_text, reader)
from tests.documents.document_world import (ARABIC, CYRILLIC, MARKUP, TODAY, VIETNAMESE,
                                            bundle_all, seed)

K = DocumentKind
# For a court, tribunal or the Home Office: named by her legal name.
LEGAL_KINDS = {K.WITNESS_STATEMENT, K.CHRONOLOGY, K.REPRESENTATIONS, K.FURTHER_SUBMISSIONS}
# Her statement as the solicitor drafted it (first person; notes are never pasted in).
STATEMENT = (f"I was born in Benin City. I met {CYRILLIC} and {VIETNAMESE}.\n\n"
             f"The message said exactly: {MARKUP}",)


@pytest.fixture
def world(centre, staff):
    # staff() adds sol, sup and adm first, so the seeded file can name them
    staff("admin")
    ids = {u.username: u.id for u in centre.services.users.list_users()}
    seeded = seed(centre, ids)

    def service(name: str) -> DocumentService:
        opened = staff(name)
        return DocumentService(opened.db, opened.session, opened.audit_log, opened.centre)
    return SimpleNamespace(s=seeded, ids=ids, service=service, centre=centre)


def options_for(kind: DocumentKind, s) -> dict:
    """Arguments that give each kind something of hers to print."""
    body = (f"Her account has been consistent. {MARKUP}",)
    return {
        K.WITNESS_STATEMENT: dict(matter_id=s.appeal_id, paragraphs=STATEMENT),
        K.CHRONOLOGY: {},
        K.REPRESENTATIONS: dict(matter_id=s.appeal_id, paragraphs=body),
        K.FURTHER_SUBMISSIONS: dict(matter_id=s.appeal_id, paragraphs=body),
        K.SUPPORT_LETTER: dict(paragraphs=body),
        K.COMPENSATION_SUMMARY: dict(matter_id=s.comp_matter_id),
        K.CHILDREN_REPORT: {},
        K.CLIENT_CARE_LETTER: dict(matter_id=s.appeal_id, funding="Legal aid",
                                   next_steps=(f"We will meet you. {MARKUP}",)),
        K.CASE_SUMMARY: {},
        K.CONFLICT_CHECK: {},
    }[kind]


EXPECTED = {
    K.WITNESS_STATEMENT: [ARABIC, CYRILLIC, VIETNAMESE, MARKUP, "PA/12345/2024", "F1234567",
                          "Samir Khalil", "I was born in Benin City."],
    K.CHRONOLOGY: [ARABIC, "Positive reasonable grounds decision", "She escaped from the house.",
                   "Reported to the police (crime reference CR/0099/21)", "Matter record"],
    K.REPRESENTATIONS: [ARABIC, MARKUP, "UK Visas and Immigration", "F1234567", "Nigerian"],
    K.FURTHER_SUBMISSIONS: [ARABIC, MARKUP, "Further Submissions Unit", "paragraph 353"],
    K.SUPPORT_LETTER: [ARABIC, MARKUP, "survivors of trafficking"],
    K.COMPENSATION_SUMMARY: [ARABIC, "£22,000.00", "£46,800.00", "£3,333.33", "£72,256.78",
                             "CR/0099/21", "Threats to her family. " + MARKUP],
    K.CHILDREN_REPORT: [ARABIC, CYRILLIC, VIETNAMESE, MARKUP, "Find a nursery place",
                        "Sure Start nursery", "Benin City"],
    K.CLIENT_CARE_LETTER: [ARABIC, "7 years", "Funding: Legal aid.", MARKUP,
                           "We will help you with your appeal."],
    K.CASE_SUMMARY: [ARABIC, CYRILLIC, VIETNAMESE, "Nationality: Nigerian", "Protection appeal",
                     "Sam Solicitor", "Sue Support"],
    K.CONFLICT_CHECK: [ARABIC, "Fatima Al-Sayed", MARKUP, "No conflict found: proceed"],
}


def squashed(text: str) -> str:
    """Without any whitespace: table cells wrap lines where the text has no space."""
    return re.sub(r"\s+", "", flat(text))


def assert_in_text(pdf: bytes, values) -> None:
    text = squashed(pdf_text(pdf))
    for value in values:
        assert squashed(value) in text, f"{value[:60]!r} not in the PDF"


# --- every kind from the record -----------------------------------------------------------
def test_every_kind_prints_her_record_exactly_and_embeds_nothing(world):
    service = world.service("sol")
    assert set(EXPECTED) == set(RECORD_KINDS)
    for kind in RECORD_KINDS:
        args = options_for(kind, world.s)
        doc = service.generate(kind, world.s.client_id, date=TODAY, **args)
        pdf = service.pdf(doc.id)
        assert_in_text(pdf, EXPECTED[kind])
        assert_no_links_or_images(pdf)
        assert doc.kind == kind.value and doc.status == DocumentStatus.DRAFT
        assert doc.template_version == TEMPLATE_VERSIONS[kind]
        assert doc.template.startswith("england-wales/")
        assert doc.author_id == world.ids["sol"]
        assert doc.size == len(pdf) and doc.sha256 == hashlib.sha256(pdf).hexdigest()
        if kind in LEGAL_KINDS:  # her legal name, with the name she uses
            assert_in_text(pdf, ["Fatima Al-Sayed", "(known as", ARABIC])
        elif kind != K.CONFLICT_CHECK:  # she is named as she chooses, not by her legal name
            assert "Al-Sayed" not in pdf_text(pdf), kind
    listed = service.list(world.s.client_id)
    assert {d.kind for d in listed} == {k.value for k in RECORD_KINDS}


def test_markup_in_names_prints_as_typed(world):
    """A name (not only body text) that looks like markup is escaped too."""
    service = world.service("sol")
    client = world.centre.services.clients.get(world.s.client_id)
    world.centre.services.clients.update(dataclasses.replace(client, preferred_name="A & <b>B</b>"))
    doc = service.generate(K.SUPPORT_LETTER, world.s.client_id, date=TODAY)
    pdf = service.pdf(doc.id)
    assert_contains(pdf, "A & <b>B</b>")
    assert_no_links_or_images(pdf)


def test_stored_bytes_round_trip_and_audit(world):
    service = world.service("sol")
    doc = service.generate(K.CHRONOLOGY, world.s.client_id, date=TODAY)
    pdf = service.pdf(doc.id)
    stored = world.centre.db.read(lambda c: c.execute(
        "SELECT data FROM generated_document_blobs WHERE document_id = ?", (doc.id,)).fetchone())
    # a chronology drawing on privileged notes is privileged: stored sealed (separation by key)
    from assist_desktop.storage.document_repository import DocumentRepository
    assert bytes(stored[0]) != pdf and b"%PDF" not in bytes(stored[0])
    assert world.centre.db.read(DocumentRepository().pdf, doc.id) == pdf
    assert service.get(doc.id) == doc
    rows = world.centre.db.read(lambda c: c.execute(
        "SELECT actor, action, entity, entity_id, detail FROM audit_log").fetchall())
    assert ("sol", "create", "document", str(doc.id),
            f"client:{world.s.client_id} kind:chronology privileged") in rows
    assert ("sol", "read", "client", str(world.s.client_id), f"document:{doc.id}") in rows
    assert not any(ARABIC in " ".join(map(str, row)) for row in rows)


def test_a_damaged_blob_is_reported_not_shown(world):
    service = world.service("sol")
    doc = service.generate(K.CHRONOLOGY, world.s.client_id, date=TODAY)
    world.centre.db.write(lambda c: c.execute(
        "UPDATE generated_document_blobs SET data = ? WHERE document_id = ?",
        (b"%PDF-1.4 tampered", doc.id)))
    with pytest.raises(DamagedStoreError):
        service.pdf(doc.id)
    with pytest.raises(ValidationError, match='"Chronology"'):
        service.bundle(world.s.client_id, [("A", [doc.id])])


# --- privilege and permissions -----------------------------------------------------------
def test_privilege_follows_the_kind_and_the_notes_used(world):
    sol = world.service("sol")
    statement = sol.generate(K.WITNESS_STATEMENT, world.s.client_id, world.s.appeal_id,
                             paragraphs=STATEMENT, date=TODAY)
    plain = sol.generate(K.SUPPORT_LETTER, world.s.client_id, date=TODAY)
    from_privileged = sol.generate(K.SUPPORT_LETTER, world.s.client_id, date=TODAY,
                                   note_ids=(world.s.privileged_note,))
    assert statement.privileged and not plain.privileged and from_privileged.privileged
    assert_contains(sol.pdf(from_privileged.id), "Privileged advice")
    not_privileged = sol.generate(K.SUPPORT_LETTER, world.s.client_id, date=TODAY,
                                  privileged=False, note_ids=(world.s.privileged_note,))
    assert not_privileged.privileged  # built from a privileged note: it stays privileged

    sup = world.service("sup")
    assert [d.id for d in sup.list(world.s.client_id)] == [plain.id]
    for hidden in (statement, from_privileged):
        with pytest.raises(NotFound):
            sup.pdf(hidden.id)
        with pytest.raises(NotFound):
            sup.get(hidden.id)


def test_permission_matrix(world):
    client = world.s.client_id
    for name, allowed in (("sol", set(RECORD_KINDS)), ("sup", set(SUPPORT_KINDS)),
                          ("adm", set())):
        service = world.service(name)
        for kind in RECORD_KINDS:
            args = options_for(kind, world.s)
            matter = args.pop("matter_id", None)
            if name == "sup":
                matter = None  # support workers do not see matter details
            if kind in allowed:
                doc = service.generate(kind, client, matter, date=TODAY, **args)
                assert service.pdf(doc.id).startswith(b"%PDF")
            else:
                with pytest.raises(PermissionDenied):
                    service.generate(kind, client, matter, date=TODAY, **args)
    adm = world.service("adm")
    for call in (lambda: adm.list(client), lambda: adm.get(1), lambda: adm.pdf(1),
                 lambda: adm.find_client(world.s.reference)):
        with pytest.raises(PermissionDenied):
            call()
    sup = world.service("sup")
    with pytest.raises(PermissionDenied):
        sup.generate(K.SUPPORT_LETTER, client, privileged=True)
    with pytest.raises(NotFound):  # a privileged note does not exist for her
        sup.generate(K.SUPPORT_LETTER, client, note_ids=(world.s.privileged_note,))
    with pytest.raises(PermissionDenied):
        sup.bundle(client, [("A", [1])])


def test_a_restricted_client_does_not_exist_for_others(centre, staff):
    staff("admin")
    ids = {u.username: u.id for u in centre.services.users.list_users()}
    seeded = seed(centre, {}, restricted_to={ids["admin"]})
    mine = DocumentService(centre.db, centre.session, centre.audit_log, centre.centre)
    doc = mine.generate(K.CHRONOLOGY, seeded.client_id, date=TODAY)
    other = staff("sol")
    theirs = DocumentService(other.db, other.session, other.audit_log, other.centre)
    for call in (lambda: theirs.generate(K.CHRONOLOGY, seeded.client_id),
                 lambda: theirs.list(seeded.client_id), lambda: theirs.pdf(doc.id),
                 lambda: theirs.find_client(seeded.reference),
                 lambda: theirs.bundle(seeded.client_id, [("A", [doc.id])])):
        with pytest.raises(NotFound):
            call()
    assert mine.find_client(seeded.reference.lower()) == seeded.client_id


def test_options_are_checked(world):
    sol = world.service("sol")
    with pytest.raises(ValidationError, match="paragraphs"):
        sol.generate(K.WITNESS_STATEMENT, world.s.client_id, world.s.appeal_id)
    with pytest.raises(ValidationError, match="options"):
        sol.generate(K.CHRONOLOGY, world.s.client_id, colour="red")
    with pytest.raises(ValidationError, match="kind"):
        sol.generate("love_letter", world.s.client_id)
    with pytest.raises(ValidationError, match="kind"):
        sol.generate(K.RECOVERY_SHEET, world.s.client_id)
    with pytest.raises(NotFound):
        sol.generate(K.WITNESS_STATEMENT, world.s.client_id, note_ids=(99999,))
    with pytest.raises(NotFound):
        sol.generate(K.COMPENSATION_SUMMARY, world.s.client_id, claim_id=99999)
    with pytest.raises(ValidationError, match="title"):
        sol.generate(K.CHRONOLOGY, world.s.client_id, title="x" * 501)
    doc = sol.generate("support-letter", world.s.client_id, date=TODAY,
                       paragraphs=(StatementParagraph("Typed as a statement paragraph"),))
    assert doc.kind == "support_letter"


# --- approval and deletion ---------------------------------------------------------------
def test_a_solicitor_approves_and_drafts_are_deleted_by_their_author(world):
    sup, sol = world.service("sup"), world.service("sol")
    draft = sup.generate(K.CHILDREN_REPORT, world.s.client_id, date=TODAY)
    with pytest.raises(PermissionDenied):
        sup.approve(draft.id, draft.version)
    with pytest.raises(EditConflict):
        sol.approve(draft.id, draft.version + 5)
    approved = sol.approve(draft.id, draft.version)
    assert approved.status == DocumentStatus.APPROVED and approved.is_approved
    assert approved.approved_by == world.ids["sol"] and approved.approved_at
    assert approved.version == draft.version + 1
    assert approved.sha256 != draft.sha256  # the same document without its DRAFT mark
    with pytest.raises(ValidationError, match="already approved"):
        sol.approve(draft.id, approved.version)
    with pytest.raises(PermissionDenied):  # approved: no longer hers to delete
        sup.delete(draft.id, approved.version)

    own = sup.generate(K.SUPPORT_LETTER, world.s.client_id, date=TODAY)
    deleted = sup.delete(own.id, own.version)
    assert deleted.deleted_at
    with pytest.raises(NotFound):
        sup.pdf(own.id)
    sol.delete(draft.id, approved.version)
    assert sup.list(world.s.client_id) == []


# --- leaving the store -------------------------------------------------------------------
def test_save_as_writes_atomically_and_warns(world, tmp_path):
    sol = world.service("sol")
    doc = sol.generate(K.CASE_SUMMARY, world.s.client_id, date=TODAY)
    plain = tmp_path / "summary.pdf"
    warning = sol.save_as(doc.id, plain)
    assert warning == LEAVES_STORE_WARNING and "leaves the encrypted store" in warning
    assert plain.read_bytes() == sol.pdf(doc.id)
    assert plain.stat().st_mode & 0o777 == 0o600

    locked = tmp_path / "summary-protected.pdf"
    assert sol.save_as(doc.id, locked, password="a long shared secret") == PROTECTED_WARNING
    data = locked.read_bytes()
    assert ARABIC.encode() not in data and b"Nigerian" not in data
    closed = PdfReader(io.BytesIO(data))
    assert closed.is_encrypted
    with pytest.raises((FileNotDecryptedError, PdfReadError)):
        closed.pages[0].extract_text()
    opened = PdfReader(io.BytesIO(data))
    assert opened.decrypt("a long shared secret")
    assert "Nationality: Nigerian" in flat(" ".join(p.extract_text() for p in opened.pages))
    with pytest.raises(ValidationError, match="password"):
        sol.save_as(doc.id, tmp_path / "weak.pdf", password="short")
    with pytest.raises(ValidationError):
        sol.save_as(doc.id, tmp_path / "no-such-folder" / "x.pdf")
    rows = world.centre.db.read(lambda c: c.execute(
        "SELECT detail FROM audit_log WHERE action = 'export' AND entity = 'document'"
    ).fetchall())
    assert [r[0].split()[-1] for r in rows] == ["unprotected", "protected"]


def test_save_as_records_the_export_before_the_file_is_written(world, tmp_path, monkeypatch):
    """Review finding: the file was written before its audit row, so a failure in between
    let a file leave with no record. Now the row is committed first."""
    from assist_desktop.services import export_files as documents_module
    from assist_desktop.services.audit import AuditLog
    sol = world.service("sol")
    doc = sol.generate(K.CASE_SUMMARY, world.s.client_id, date=TODAY)

    def exports():
        return world.centre.db.read(lambda c: c.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'document'"
        ).fetchone()[0])
    seen = []
    real_write = documents_module.atomic_write_bytes

    def write(path, data, mode):
        seen.append(exports())
        real_write(path, data, mode=mode)
    monkeypatch.setattr(documents_module, "atomic_write_bytes", write)
    sol.save_as(doc.id, tmp_path / "first.pdf")
    assert seen == [1]

    real_record = AuditLog.record

    def no_exports(self, conn, action, *args, **kwargs):
        if action == "export":
            raise RuntimeError("audit log unavailable")
        return real_record(self, conn, action, *args, **kwargs)
    monkeypatch.setattr(AuditLog, "record", no_exports)
    with pytest.raises(RuntimeError):
        sol.save_as(doc.id, tmp_path / "second.pdf")
    assert not (tmp_path / "second.pdf").exists() and seen == [1]
    monkeypatch.setattr(AuditLog, "record", real_record)

    def full_disk(path, data, mode):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(documents_module, "atomic_write_bytes", full_disk)
    with pytest.raises(AssistError, match="No space left"):
        sol.save_as(doc.id, tmp_path / "third.pdf")
    failed = world.centre.db.read(lambda c: c.execute(
        "SELECT entity_id FROM audit_log WHERE action = 'export_failed'").fetchall())
    assert failed == [(str(doc.id),)]


# --- bundles -----------------------------------------------------------------------------
def _index_ranges(pdf: bytes, titles: list[str]) -> dict[str, tuple[int, int]]:
    index = flat(page_texts(pdf)[0])
    found = {}
    for title in titles:
        match = re.search(re.escape(title) + r" (?:\d{1,2} [A-Z][a-z]+ \d{4}|Undated) "
                          r"(\d+)(?:–(\d+))?",
                          index)
        assert match, f"{title} not in the index: {index}"
        found[title] = (int(match.group(1)), int(match.group(2) or match.group(1)))
    return found


def test_bundle_from_stored_documents_and_an_attachment(world):
    sol = world.service("sol")
    statement = sol.generate(K.WITNESS_STATEMENT, world.s.client_id, world.s.appeal_id,
                             paragraphs=STATEMENT, date=TODAY,
                             title="Statement of the appellant")
    chronology = sol.generate(K.CHRONOLOGY, world.s.client_id, world.s.appeal_id, date=TODAY)
    bundle = bundle_all(sol, world.s.client_id, [
        ("A. Appellant's statements", [statement.id, BundlePart(chronology.id)]),
        ("B. Evidence", [(ATTACHMENT, world.s.attachment_id)]),
    ], matter_id=world.s.appeal_id, prepared_date=TODAY)
    assert bundle.kind == "bundle" and bundle.privileged and bundle.status == "draft"
    pdf = sol.pdf(bundle.id)
    pages = {"Statement of the appellant": len(reader(sol.pdf(statement.id)).pages),
             "Chronology": len(reader(sol.pdf(chronology.id)).pages),
             "Refusal letter": len(reader(
                 world.centre.services.attachments.open(world.s.attachment_id)).pages)}
    ranges = _index_ranges(pdf, list(pages))
    first = 2  # one index page
    for title, count in pages.items():
        assert ranges[title] == (first, first + count - 1), title
        first += count
    texts = page_texts(pdf)
    assert len(texts) == first - 1
    for number, text in enumerate(texts, start=1):
        assert text.split()[-1] == str(number)
    opened = reader(pdf)
    bookmarks = {}

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                bookmarks[item.title] = opened.get_destination_page_number(item) + 1
    walk(opened.outline)
    assert bookmarks["Index"] == 1
    for title in pages:
        assert bookmarks[title] == ranges[title][0], title
    assert bookmarks["B. Evidence"] == ranges["Refusal letter"][0]
    assert "/URI" not in str([a.get_object() for a in opened.pages[0]["/Annots"]])
    assert "APPELLANT'S BUNDLE" in texts[0] and "FATIMA AL-SAYED" in flat(texts[0])
    assert_contains(pdf, MARKUP)  # the statement's text, as typed


def test_a_damaged_attachment_is_named(world):
    sol = world.service("sol")
    chronology = sol.generate(K.CHRONOLOGY, world.s.client_id, date=TODAY)
    broken = world.centre.services.attachments.add(world.s.client_id, "Medical report.pdf",
                                                   "application/pdf", b"%PDF-1.4 garbage")
    with pytest.raises(ValidationError, match='attached PDF "Medical report"'):
        bundle_all(sol, world.s.client_id, [("A", [chronology.id]),
                                            ("B", [BundlePart(broken.id, ATTACHMENT)])])
    with pytest.raises(NotFound):
        sol.bundle(world.s.client_id, [("A", [BundlePart(99999, ATTACHMENT)])])
    with pytest.raises(ValidationError, match="no documents"):
        sol.bundle(world.s.client_id, [("A", [])])


# --- the recovery sheet ------------------------------------------------------------------
def test_recovery_sheet_needs_no_client(centre_and_code):
    centre, code = centre_and_code
    pdf = recovery_sheet_pdf(centre.centre, code)
    assert_contains(pdf, "Riverside Law Centre", centre.centre.database_id)
    assert squashed(code) in squashed(pdf_text(pdf))
    assert_no_links_or_images(pdf)


def test_a_purged_file_takes_its_documents_with_it(world):
    sol = world.service("sol")
    doc = sol.generate(K.CHRONOLOGY, world.s.client_id, date=TODAY)
    clients = world.centre.services.clients
    clients.delete(world.s.client_id, clients.get(world.s.client_id).version)
    clients.purge(world.s.client_id)
    counts = world.centre.db.read(lambda c: [c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                             for t in ("generated_documents",
                                                       "generated_document_blobs")])
    assert counts == [0, 0]
    with pytest.raises(NotFound):
        sol.pdf(doc.id)


def test_the_letterhead_is_the_centre_as_it_is_now(world):
    opened = world.centre
    service = DocumentService(opened.db, opened.session, opened.audit_log)  # no snapshot
    first = service.generate(K.SUPPORT_LETTER, world.s.client_id, date=TODAY)
    assert_contains(service.pdf(first.id), "Riverside Law Centre", "1 High Street")
    opened.db.write(lambda c: c.execute(
        "UPDATE centre SET name = ?, address = ? WHERE id = 1",
        ("Северный центр & <Partners>", "2 New Road\nYork")))
    second = service.generate(K.SUPPORT_LETTER, world.s.client_id, date=TODAY)
    assert_contains(service.pdf(second.id), "Северный центр & <Partners>", "2 New Road", "York")
