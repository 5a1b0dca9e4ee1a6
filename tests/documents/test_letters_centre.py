"""Letters on the centre's letterhead: the centre's contacts and regulator line (edited by an
administrator only, audited), recipients from the address book, and a sign-off that is never
alone on a page."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from assist_desktop.documents import LetterKind, build, samples
from assist_desktop.domain.address_book import Recipient
from assist_desktop.domain.clients import Client
from assist_desktop.domain.errors import EditConflict, PermissionDenied, ValidationError
from assist_desktop.domain.records import Jurisdiction
from assist_desktop.services.address_book import addressee_of, seed_entries
from tests.documents.conftest import assert_contains, flat, page_texts, pdf_text

SRA = "Authorised and regulated by the Solicitors Regulation Authority, SRA number 612345"


def _audit_rows(centre, action: str):
    return centre.db.read(lambda conn: conn.execute(
        "SELECT actor, entity, detail FROM audit_log WHERE action = ?", (action,)).fetchall())


def _client(centre) -> int:
    return centre.services.clients.create(Client(
        jurisdiction=Jurisdiction.ENGLAND_WALES, given_names="Blessing", family_name="Igbinovia",
        preferred_name="Joy", date_of_birth=date(1996, 4, 3), nationality="Nigerian")).id


def test_an_administrator_edits_the_centre_details_and_every_letter_shows_them(centre, staff):
    admin_only = staff("adm")
    saved = admin_only.services.centre_details.update(
        phone="0113 496 0000", email="advice@riverside.example", website="riverside.example",
        regulator_note=SRA, complaints_contact="Priya Shah, Complaints Partner")
    assert (saved.phone, saved.regulator_note) == ("0113 496 0000", SRA)
    rows = _audit_rows(centre, "change_centre")
    assert rows == [("adm", "centre", "fields:complaints_contact,email,phone,"
                                      "regulator_note,website")]
    client_id = _client(centre)
    document = centre.services.documents.generate("representations", client_id,
                                                  paragraphs=("Her account is consistent.",))
    text = pdf_text(centre.services.documents.pdf(document.id))
    for value in ("Tel: 0113 496 0000", "Email: advice@riverside.example", "riverside.example",
                  SRA, "1 High Street"):
        assert flat(value) in text, value


def test_a_solicitor_cannot_change_the_centre_details(centre, staff):
    solicitor = staff("sol")
    with pytest.raises(PermissionDenied):
        solicitor.services.centre_details.update(phone="0000")
    assert centre.services.centre_details.get().phone == ""
    assert _audit_rows(centre, "change_centre") == []


@pytest.mark.parametrize("field, value", [
    ("email", "not an email"), ("phone", "<a href=x>call</a>"), ("name", ""),
    ("website", 'x" onclick="y'), ("phone", "0113\n000"), ("regulator_note", "x" * 501),
    ("name", "bad\x07bell")])
def test_bad_centre_details_are_refused_and_change_nothing(centre, field, value):
    before = centre.services.centre_details.get()
    with pytest.raises(ValidationError):
        centre.services.centre_details.update(**{field: value})
    assert centre.services.centre_details.get() == before


def test_address_book_is_seeded_for_the_centre_and_edited_by_solicitors(centre, staff):
    book = centre.services.address_book
    entries = book.list()
    assert {"Criminal Injuries Compensation Authority",
            "First-tier Tribunal (Immigration and Asylum Chamber)"} <= {
        e.organisation for e in entries}
    assert all(e.jurisdiction == "england-wales" for e in entries)
    assert all("[VERIFY]" in e.source for e in entries)
    assert not any("International Protection" in e.organisation for e in entries)
    solicitor = staff("sol").services.address_book
    added = solicitor.add(Recipient("england-wales", "Home Office", "Further Submissions Unit",
                                    "Jane Caseworker", "PO Box 1\nLiverpool\nL1 1AA"))
    changed = solicitor.update(dataclasses.replace(added, person="Jane Smith"))
    assert changed.version == 2 and changed.person == "Jane Smith"
    with pytest.raises(EditConflict):
        solicitor.update(dataclasses.replace(added, person="Stale"))
    solicitor.delete(changed.id, changed.version)
    assert changed.id not in {e.id for e in book.list()}
    assert len(book.list()) == len(entries)  # not seeded again
    with pytest.raises(PermissionDenied):
        staff("sup").services.address_book.add(Recipient("england-wales", "Someone"))
    assert [r[1] for r in _audit_rows(centre, "create")
            if r[1] == "address_book"] == ["address_book"]


def test_every_seed_file_is_valid_and_marked_for_checking():
    for jurisdiction in ("england-wales", "scotland", "ireland"):
        entries = seed_entries(jurisdiction)
        assert entries and all("[VERIFY]" in e.source for e in entries)
    assert any("Protection Appeals" in e.organisation for e in seed_entries("ireland"))


def test_a_letter_to_a_chosen_recipient_prints_its_address_and_greets_her(centre):
    client_id = _client(centre)
    chosen = centre.services.address_book.add(Recipient(
        "england-wales", "Home Office", "Further Submissions Unit", "Jane Smith",
        "The Capital Building\nOld Hall Street\nLiverpool"))
    documents = centre.services.documents
    document = documents.generate("further_submissions", client_id,
                                  paragraphs=("New evidence is enclosed.",),
                                  recipient=addressee_of(chosen))
    text = pdf_text(documents.pdf(document.id))
    assert_contains(b"", "Jane Smith Further Submissions Unit Home Office The Capital Building "
                         "Old Hall Street Liverpool", "Dear Jane Smith,", "Yours sincerely",
                    text=text)
    assert "Yours faithfully" not in text and "Dear Sir or Madam" not in text


def test_dear_sir_or_madam_closes_yours_faithfully():
    text = pdf_text(build(samples.letter(LetterKind.REPRESENTATIONS)))
    assert "Dear Sir or Madam," in text and "Yours faithfully" in text
    assert "Yours sincerely" not in text


def test_the_sign_off_is_never_alone_on_a_page():
    """Lengthen the body a line at a time through a page break: wherever the page ends, the
    page with "Yours faithfully" also holds the end of the last paragraph."""
    base = samples.letter(LetterKind.REPRESENTATIONS)
    last = "do not contact her directly without first contacting us"
    moved = 0
    for lines in range(6, 20):
        filler = tuple(f"Paragraph {i}: the decision does not engage with her evidence."
                       for i in range(lines))
        pages = [flat(p) for p in page_texts(build(dataclasses.replace(
            base, paragraphs=filler, enclosures=())))]
        closing = next(i for i, p in enumerate(pages) if "Yours faithfully" in p)
        assert last in pages[closing], f"{lines} lines: sign-off alone on page {closing + 1}"
        if closing > 0 and "Paragraph 0:" not in pages[closing]:
            moved += 1
    assert moved, "no layout put the sign-off on a later page; the test proves nothing"


def test_markup_and_control_characters_in_the_address_book(centre):
    from tests.documents.conftest import assert_no_links_or_images
    book = centre.services.address_book
    with pytest.raises(ValidationError):
        book.add(Recipient("england-wales", "Home\x07Office"))
    with pytest.raises(ValidationError):
        book.add(Recipient("england-wales", "Home Office", person="Two\nlines"))
    with pytest.raises(ValidationError):
        book.add(Recipient("ireland-north", "Home Office"))
    odd = book.add(Recipient("england-wales", 'Leeds <b>Housing</b> & <a href="x">Options</a>',
                             address="مكتب ١\n2 Park Row"))
    documents = centre.services.documents
    made = documents.generate("support_letter", _client(centre), recipient=addressee_of(odd),
                              paragraphs=("We support her.",))
    pdf = documents.pdf(made.id)
    assert 'Leeds <b>Housing</b> & <a href="x">Options</a>' in pdf_text(pdf)
    assert_no_links_or_images(pdf)


def test_a_short_letter_fits_on_one_page():
    """The sign-off kept with the last paragraph must not push a short letter onto a second
    page (a KeepTogether nested in another measures as 0xffffff points in ReportLab)."""
    import dataclasses
    import io

    from pypdf import PdfReader

    from assist_desktop.documents import build, samples
    from assist_desktop.documents.inputs import LetterKind
    data = dataclasses.replace(samples.letter(LetterKind.SUPPORT),
                               paragraphs=("She attends every appointment.",))
    assert len(PdfReader(io.BytesIO(build(data))).pages) == 1
