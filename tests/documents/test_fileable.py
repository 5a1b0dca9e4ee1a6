"""Documents a solicitor can sign and file as they come out (issue 11), built through the
services from a realistic file and read back with pypdf: her legal name with "known as",
the forum's heading from the matter, language and interpreter certificates that follow the
file, numbered paragraphs, statement number and exhibits, the DRAFT watermark until a
solicitor approves, and chronology / representations / further submissions."""
from __future__ import annotations

import re
from datetime import date

import pytest

from assist_desktop.documents import (DocumentKind, StatementParagraph, build, has_draft_mark,
                                      samples)
from assist_desktop.domain.clients import Client, Language
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.matters import Matter, MatterType
from assist_desktop.domain.notes import CaseNote, NoteType
from assist_desktop.domain.parties import Party, PartyRole
from assist_desktop.domain.records import Jurisdiction
from assist_desktop.services.document_inputs_legal import NO_INTERPRETER_WARNING
from assist_desktop.services.documents import DocumentService
from tests.documents.conftest import body_text, page_texts, pdf_text

K = DocumentKind
TODAY = date(2024, 3, 12)
HOSTILE = '<a href="http://evil.example">Joy</a>'
BODY = ("## My childhood\n\nI was born in Benin City, Nigeria. My first language is Edo.\n\n"
        "I went to school until I was 14.\n\n## How I came to the UK\n\n"
        "In 2019 a woman offered me work in a salon in Europe. I now know that she worked "
        "for the people who trafficked me.\n\nI arrived in the United Kingdom in 2020.",)


@pytest.fixture
def file(centre):
    """Blessing Osarugue Igbinovia, known as Joy, who needs an Edo (Bini) interpreter."""
    s = centre.services
    client = s.clients.create(Client(
        jurisdiction=Jurisdiction.ENGLAND_WALES, given_names="Blessing Osarugue",
        family_name="Igbinovia", preferred_name="Joy", date_of_birth=date(1996, 4, 3),
        nationality="Nigerian", interpreter_needed=True,
        languages=(Language("Edo", "Bini", True), Language("English"))))

    def matter(kind: MatterType, jurisdiction=Jurisdiction.ENGLAND_WALES, **fields) -> int:
        return s.matters.create(Matter(client_id=client.id, matter_type=kind,
                                       jurisdiction=jurisdiction, opened_on=date(2023, 1, 5),
                                       **fields)).id

    service = DocumentService(centre.db, centre.session, centre.audit_log, centre.centre)
    return client, matter, service, centre


def _statement(service, client_id, matter_id=None, **options):
    options.setdefault("paragraphs", BODY)
    return service.generate_with_warnings(K.WITNESS_STATEMENT, client_id, matter_id,
                                          date=TODAY, **options)


def _footers(pdf: bytes) -> list[str]:
    return [line for page in page_texts(pdf) for line in page.splitlines()
            if "· Statement" in line]


# --- her name -----------------------------------------------------------------------------
def test_statement_uses_her_legal_name_known_as_and_letters_only_initials(file):
    client, matter, service, _ = file
    asylum = matter(MatterType.ASYLUM_CLAIM, home_office_ref="B1234567")
    doc, _ = _statement(service, client.id, asylum)
    pdf = service.pdf(doc.id)
    text = pdf_text(pdf)
    assert "STATEMENT OF BLESSING OSARUGUE IGBINOVIA" in text
    assert "I, Blessing Osarugue Igbinovia (known as Joy), c/o Riverside Law Centre" in text
    assert "Witness: B.O. Igbinovia" in text and "Full name Blessing Osarugue Igbinovia" in text
    assert "WITNESS STATEMENT OF Joy" not in text and "I, Joy" not in text
    assert all(f.startswith("B.O.I. · Statement 1") for f in _footers(pdf))


def test_a_hostile_name_never_puts_markup_into_footers_or_the_top_right_box(file):
    client, matter, service, centre = file
    centre.services.clients.update(
        centre.services.clients.get(client.id).__class__(
            **{**centre.services.clients.get(client.id).__dict__,
               "given_names": HOSTILE, "family_name": "<b>Okon</b>"}))
    doc, _ = _statement(service, client.id)
    pdf = service.pdf(doc.id)
    footers = _footers(pdf)
    assert footers and all(re.fullmatch(r"[A-Z.]+ · Statement 1 · C-\d{4}-\d{4}", f.strip())
                           for f in footers)
    box = [line for line in page_texts(pdf)[0].splitlines() if "Witness:" in line]
    assert box and "<" not in box[0] and "href" not in box[0]
    assert HOSTILE in pdf_text(pdf)  # printed as typed in the body, never as a link


# --- the forum ----------------------------------------------------------------------------
FORUMS = [
    (MatterType.ASYLUM_CLAIM, Jurisdiction.ENGLAND_WALES, dict(home_office_ref="B1234567"),
     ["IN SUPPORT OF HER CLAIM FOR ASYLUM", "Home Office ref B1234567"], ["TRIBUNAL"]),
    (MatterType.APPEAL, Jurisdiction.ENGLAND_WALES, dict(tribunal_ref="PA/50001/2024"),
     ["IN THE FIRST-TIER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)", "PA/50001/2024",
      "BLESSING OSARUGUE IGBINOVIA Appellant", "SECRETARY OF STATE FOR THE HOME DEPARTMENT",
      "On behalf of: Appellant"], ["UPPER"]),
    (MatterType.APPEAL, Jurisdiction.SCOTLAND, dict(tribunal_ref="UI-2024-001234"),
     ["IN THE UPPER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)", "UI-2024-001234"], ["FIRST"]),
    (MatterType.CRIMINAL_PROCEEDINGS_WITNESS, Jurisdiction.ENGLAND_WALES,
     dict(police_ref="CR/1/24"), ["IN THE MATTER OF CRIMINAL PROCEEDINGS", "CR/1/24"],
     ["TRIBUNAL"]),
    (MatterType.EMPLOYMENT, Jurisdiction.ENGLAND_WALES, {},
     ["IN THE EMPLOYMENT TRIBUNAL", "Claimant", "Respondent"], ["IMMIGRATION"]),
    (MatterType.CIVIL_CLAIM, Jurisdiction.SCOTLAND, {},
     ["IN THE SHERIFF COURT", "Pursuer", "Defender"], ["IMMIGRATION"]),
    (MatterType.APPEAL, Jurisdiction.IRELAND, dict(tribunal_ref="IPAT/1/24"),
     ["INTERNATIONAL PROTECTION APPEALS TRIBUNAL"], ["SECRETARY OF STATE"]),
    (MatterType.ASYLUM_CLAIM, Jurisdiction.IRELAND, dict(home_office_ref="IPO-1"),
     ["INTERNATIONAL PROTECTION OFFICE", "APPLICATION FOR INTERNATIONAL PROTECTION",
      "IPO ref IPO-1"], ["TRIBUNAL"]),
]


@pytest.mark.parametrize("kind,jurisdiction,fields,present,absent", FORUMS,
                         ids=[f"{f[1].value}-{f[0].value}" for f in FORUMS])
def test_heading_parties_and_reference_follow_the_matter(file, kind, jurisdiction, fields,
                                                         present, absent):
    client, matter, service, _ = file
    doc, _ = _statement(service, client.id, matter(kind, jurisdiction, **fields))
    first = pdf_text(service.pdf(doc.id)).split("I, Blessing")[0]
    for value in present:
        assert value in first, value
    for value in absent:
        assert value not in first, value


def test_no_matter_is_a_plain_statement(file):
    client, _, service, _ = file
    doc, _ = _statement(service, client.id)
    first = pdf_text(service.pdf(doc.id)).split("I, Blessing")[0]
    assert "STATEMENT OF BLESSING OSARUGUE IGBINOVIA" in first
    assert "TRIBUNAL" not in first and "BETWEEN" not in first


# --- interpreter and language -------------------------------------------------------------
def test_interpreter_on_the_matter_gives_a_read_back_certificate_that_agrees(file):
    client, matter, service, centre = file
    interpreter = centre.services.matters.parties.create(Party(
        client_id=client.id, role=PartyRole.INTERPRETER, name="Osas Ehigie"))
    appeal = matter(MatterType.APPEAL, party_ids=frozenset({interpreter.id}))
    doc, warnings = _statement(service, client.id, appeal)
    text = pdf_text(service.pdf(doc.id))
    assert "read back to me in full in Edo (Bini)" in text
    assert "An interpreter, Osas Ehigie, interpreted between Edo (Bini) and English" in text
    assert "INTERPRETER'S DECLARATION" in text and "I, Osas Ehigie, am competent" in text
    assert "This statement was written in English. Before I signed it" in text
    assert NO_INTERPRETER_WARNING not in warnings


def test_interpreter_needed_but_none_recorded_leaves_blanks_and_warns(file):
    client, _, service, _ = file
    doc, warnings = _statement(service, client.id)
    text = pdf_text(service.pdf(doc.id))
    assert "INTERPRETER'S DECLARATION" in text and "I, ....." in text
    assert "read back to me in full in Edo (Bini)" in text
    assert not re.search(r"written in English\.\s+\d+\.", text)  # never English-only
    assert NO_INTERPRETER_WARNING in warnings


def test_no_interpreter_needed_no_certificate(file):
    client, _, service, centre = file
    stored = centre.services.clients.get(client.id)
    centre.services.clients.update(stored.__class__(**{**stored.__dict__,
                                                       "interpreter_needed": False}))
    doc, warnings = _statement(service, client.id, witness_description="a hairdresser")
    text = pdf_text(service.pdf(doc.id))
    assert "This statement was written in English." in text
    assert "INTERPRETER" not in text and not warnings
    assert "(known as Joy), c/o" in text and ", a hairdresser, will say" in text


# --- content ------------------------------------------------------------------------------
def test_body_blocks_become_numbered_paragraphs_and_headings(file):
    client, _, service, _ = file
    doc, _ = _statement(service, client.id)
    text = pdf_text(service.pdf(doc.id))
    assert "My childhood 4. I was born in Benin City" in text
    assert "5. I went to school until I was 14. How I came" in text
    assert "How I came to the UK 6. In 2019" in text
    assert "## " not in text


def test_notes_are_not_pasted_as_statement_text(file):
    client, _, service, centre = file
    import uuid
    note = centre.services.notes.create(CaseNote(
        client_id=client.id, note_type=NoteType.MEETING, note_date=TODAY,
        body="Call with the officer about her case.", author_id=0), str(uuid.uuid4()))
    with pytest.raises(ValidationError, match="notes are sources|File notes are sources"):
        _statement(service, client.id, paragraphs=(), note_ids=(note.id,))
    with pytest.raises(ValidationError, match="paragraphs"):
        _statement(service, client.id, paragraphs=())


def test_statement_number_counts_her_approved_statements_and_exhibits_are_listed(file):
    client, matter, service, _ = file
    appeal = matter(MatterType.APPEAL)
    first, _ = _statement(service, client.id, appeal)
    service.approve(first.id, first.version)
    second, _ = _statement(service, client.id, appeal, exhibits=(
        "Letter from the Single Competent Authority", "Medical report"))
    text = pdf_text(service.pdf(second.id))
    assert "Statement: 2nd" in text and "Exhibits: BOI/1, BOI/2" in text
    assert "EXHIBITS Exhibit Description BOI/1 Letter from the Single Competent Authority " \
           "BOI/2 Medical report" in text


def test_statement_of_truth_is_never_alone_and_date_has_a_line():
    for count in range(1, 14):
        data = samples.witness_statement(count)
        pages = page_texts(build(data))
        truth = next(p for p in pages if "STATEMENT OF TRUTH" in p)
        last = 3 + sum(1 for _ in data.paragraphs)
        assert re.search(rf"(?m)^\s*{last}\.", truth) or f"{last}." in truth, count
        assert re.search(r"Date\s*\.{10,}", truth.split("STATEMENT OF TRUTH")[1])


def test_a_paragraph_with_blank_lines_is_several_numbered_paragraphs():
    import dataclasses
    data = dataclasses.replace(samples.witness_statement(1), paragraphs=(
        StatementParagraph("First block.\n\nSecond block."),))
    text = body_text(build(data), "F.A.S. · Statement 2 · PA/12345/2024", "DRAFT")
    assert re.search(r"4\. First block\. 5\. Second block\.", text)


# --- DRAFT --------------------------------------------------------------------------------
def test_draft_watermark_on_every_page_until_a_solicitor_approves(file):
    client, _, service, centre = file
    body = ("\n\n".join(f"Paragraph {i}: " + "I was kept in the house and made to work. " * 12
                        for i in range(30)),)
    doc, _ = _statement(service, client.id, paragraphs=body)
    draft = service.pdf(doc.id)
    assert len(page_texts(draft)) > 3
    assert all(has_draft_mark(draft)) and all("DRAFT" in p for p in page_texts(draft))
    approved = service.approve(doc.id, doc.version)
    clean = service.pdf(approved.id)  # checks the stored digest
    assert not any(has_draft_mark(clean)) and not any("DRAFT" in p for p in page_texts(clean))
    assert approved.size == len(clean)
    assert pdf_text(clean) == pdf_text(draft).replace("DRAFT ", "").replace("DRAFT", "")


# --- chronology, representations, further submissions --------------------------------------
def test_chronology_lists_events_with_plain_sources_and_the_forum(file):
    client, matter, service, centre = file
    import uuid
    appeal = matter(MatterType.APPEAL, tribunal_ref="PA/50001/2024",
                    decision_sent_on=date(2024, 1, 10))
    centre.services.notes.create(CaseNote(
        client_id=client.id, note_type=NoteType.MEETING, note_date=TODAY,
        body="She escaped from the house on 13 June 2021. Call with the officer: he said "
             "the case is complicated and he will ring back.", chronology_event=True,
        chronology_date=date(2021, 6, 13), author_id=0), str(uuid.uuid4()))
    doc = service.generate(K.CHRONOLOGY, client.id, appeal, date=TODAY)
    text = pdf_text(service.pdf(doc.id))
    assert "IN THE FIRST-TIER TRIBUNAL" in text and "PA/50001/2024" in text
    assert "Blessing Osarugue Igbinovia (known as Joy)" in text
    assert "She escaped from the house on 13 June 2021." in text
    assert "Call with the officer" not in text
    assert "File note, 12 March 2024" in text and "Matter record" in text
    assert "Compensation claim (" not in text


@pytest.mark.parametrize("kind", [K.REPRESENTATIONS, K.FURTHER_SUBMISSIONS])
def test_representations_and_further_submissions_number_paragraphs(file, kind):
    client, matter, service, _ = file
    doc, warnings = service.generate_with_warnings(
        kind, client.id, matter(MatterType.FRESH_CLAIM, home_office_ref="B1234567"),
        date=TODAY, paragraphs=("Her medical report is new.", "It was not before the "
                                                              "decision maker."),
        enclosures=("Medico-legal report, 1 March 2024",))
    text = pdf_text(service.pdf(doc.id))
    assert re.search(r"1\. We act for Blessing Osarugue Igbinovia", text)
    assert "Client: Blessing Osarugue Igbinovia (known as Joy)" in text
    numbers = [int(n) for n in re.findall(r"(?:^| )(\d)\. (?=[A-Z])", text)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 4
    if kind == K.FURTHER_SUBMISSIONS:
        assert "New evidence enclosed" in text and "Medico-legal report" in text
        assert not [w for w in warnings if "new evidence" in w]  # it is listed

