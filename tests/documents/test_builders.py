"""Every builder: the record's values are in the PDF text exactly (Cyrillic, Vietnamese,
Arabic names, markup-like text), nothing the user typed became a link or an image, A4."""
from __future__ import annotations

import dataclasses

import pytest

from assist_desktop.documents import (
    DocumentKind, Jurisdiction, LetterKind, build, kind_of, samples,
)
from assist_desktop.documents.samples import ARABIC, CLIENT, CYRILLIC, MARKUP, VIETNAMESE
from tests.documents.conftest import assert_contains, assert_no_links_or_images, reader

A4 = (595.28, 841.89)

CASES = {
    "witness_statement": (samples.witness_statement,
                          [CLIENT, CYRILLIC, VIETNAMESE, ARABIC, MARKUP, "PA/12345/2024",
                           "Samir Khalil", "Lina Haddad"]),
    "chronology": (samples.chronology, [CLIENT, CYRILLIC, MARKUP, "Summer 2019",
                                        "Positive reasonable grounds decision."]),
    "further_submissions": (samples.letter, [ARABIC, MARKUP, "paragraph 353", "Rachel Green",
                                             "Medico-legal report, 1 March 2024"]),
    "support": (lambda: samples.letter(LetterKind.SUPPORT), [ARABIC, MARKUP, "Amira Haddad"]),
    "representations": (lambda: samples.letter(LetterKind.REPRESENTATIONS), [ARABIC, MARKUP]),
    "compensation": (samples.compensation, [VIETNAMESE, MARKUP, "£22,000.00", "£72,256.78"]),
    "children": (samples.children_report, [CLIENT, ARABIC, CYRILLIC, MARKUP,
                                           "Ask the Red Cross about family tracing."]),
    "client_care": (samples.client_care, [VIETNAMESE, "7 years", "Legal Ombudsman",
                                          "Helen Marsh"]),
    "case_summary": (samples.case_summary, [CYRILLIC, MARKUP, "Serve bundle by 18 April 2024."]),
    "conflict_check": (samples.conflict_check, [ARABIC, CYRILLIC, "Madam Joy", "Joy Okafor",
                                                MARKUP, "82%"]),
    "recovery_sheet": (samples.recovery_sheet, ["K7QF-2M9X-PL4D-88ZT-W3RN-6HCE-Y5BV-QA21",
                                                "3f2a9c1e-7d44-4b9e", "Northside Law Centre"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_values_print_exactly_and_nothing_is_embedded(name):
    make, values = CASES[name]
    pdf = build(make())
    assert pdf.startswith(b"%PDF")
    assert_contains(pdf, *values)
    assert_no_links_or_images(pdf)
    for page in reader(pdf).pages:
        assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) == A4


@pytest.mark.parametrize("name", sorted(CASES))
def test_pages_are_numbered_page_x_of_y(name):
    make, _ = CASES[name]
    pages = reader(build(make())).pages
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page.extract_text()


def test_pdf_metadata_never_names_the_client():
    pdf = build(samples.witness_statement())
    info = reader(pdf).metadata
    assert CLIENT not in " ".join(str(v) for v in info.values())


def test_kinds_and_dispatch():
    assert kind_of(samples.letter(LetterKind.SUPPORT)) is DocumentKind.SUPPORT_LETTER
    assert kind_of(samples.witness_statement()) is DocumentKind.WITNESS_STATEMENT
    with pytest.raises(TypeError):
        build(object())


def test_terminology_default_and_override():
    letter = samples.letter(LetterKind.SUPPORT)
    assert_contains(build(letter), "survivors of trafficking")
    victim = dataclasses.replace(letter, term="victim")
    assert_contains(build(victim), "victims of trafficking")


@pytest.mark.parametrize("jurisdiction", list(Jurisdiction))
def test_every_jurisdiction_builds_every_document(jurisdiction):
    for make, _ in CASES.values():
        data = make()
        if hasattr(data, "jurisdiction"):
            data = dataclasses.replace(data, jurisdiction=jurisdiction)
        assert build(data).startswith(b"%PDF")


def test_client_care_retention_per_jurisdiction_and_override():
    from datetime import date
    care = samples.client_care(Jurisdiction.SCOTLAND)
    assert_contains(build(care), "10 years", "Scottish Legal Complaints Commission")
    child = dataclasses.replace(care, retain_until=date(2040, 9, 1))
    assert_contains(build(child), "until 1 September 2040")


def test_password_protection_aes256():
    import io

    from pypdf import PdfReader

    from assist_desktop.documents import protect
    from assist_desktop.domain.errors import ValidationError
    pdf = build(samples.chronology())
    locked = protect(pdf, "correct horse")
    opened = PdfReader(io.BytesIO(locked))
    assert opened.is_encrypted
    assert "/AESV3" in str(opened.trailer["/Encrypt"].get_object()["/CF"])
    assert not opened.decrypt("wrong password")
    opened = PdfReader(io.BytesIO(locked))
    assert opened.decrypt("correct horse")
    assert "CHRONOLOGY" in opened.pages[0].extract_text()
    with pytest.raises(ValidationError):
        protect(pdf, "short")


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_character_falls_back_to_a_replacement_or_box(name):
    make, _ = CASES[name]
    pdf = build(make())
    text = " ".join(page.extract_text() for page in reader(pdf).pages)
    assert "\ufffd" not in text and "\x00" not in text
