"""Witness statement: practice-direction layout, statement of truth per jurisdiction,
interpreter and translator blocks, long notes flowing across pages."""
from __future__ import annotations

import dataclasses
import re
import time

import pytest

from assist_desktop.documents import (
    Jurisdiction, StatementParagraph, build, build_witness_statement, samples,
)
from tests.documents.conftest import (
    assert_contains, body_text, page_texts, pdf_text, reader,
)

EW_TRUTH = ("I believe that the facts stated in this witness statement are true. I understand "
            "that proceedings for contempt of court may be brought against anyone who makes, "
            "or causes to be made, a false statement in a document verified by a statement of "
            "truth without an honest belief in its truth.")


def test_heading_parties_references_and_top_right_box():
    pdf = build(samples.witness_statement())
    first = page_texts(pdf)[0]
    for value in ("IN THE FIRST-TIER TRIBUNAL", "(IMMIGRATION AND ASYLUM CHAMBER)",
                  "On behalf of: Appellant", "Witness: F. Al-Sayed", "Statement: 2nd",
                  "Exhibits: FA/1, FA/2", "Date: 12 March 2024", "PA/12345/2024", "F1234567",
                  "SECRETARY OF STATE FOR THE HOME DEPARTMENT", "Respondent"):
        assert value in first


def test_paragraphs_are_numbered_in_order():
    data = samples.witness_statement(20)
    text = pdf_text(build(data))
    numbers = [int(n) for n in re.findall(r"(?:^| )(\d{1,2})\. (?=[A-Z])", text)]
    expected = list(range(1, 3 + len(data.paragraphs) + 1))
    assert [n for n in numbers if n in expected][:len(expected)] == expected


def test_how_taken_and_statement_of_truth_england_wales():
    assert_contains(build(samples.witness_statement()), EW_TRUTH,
                    "This statement was taken from me in person", "We met on 4 occasions.")


@pytest.mark.parametrize("jurisdiction,expected", [
    (Jurisdiction.SCOTLAND, "it is a serious matter to make a statement"),
    (Jurisdiction.IRELAND, "true to the best of my knowledge and belief"),
])
def test_statement_of_truth_other_jurisdictions(jurisdiction, expected):
    pdf = build(samples.witness_statement(jurisdiction=jurisdiction))
    assert_contains(pdf, expected)
    if jurisdiction is Jurisdiction.IRELAND:
        assert_contains(pdf, "INTERNATIONAL PROTECTION APPEALS TRIBUNAL")


def test_interpreter_declaration_and_translator_certificate():
    pdf = build(samples.witness_statement())
    assert_contains(pdf, "INTERPRETER'S DECLARATION", "Arabic (Egyptian)", "11 March 2024",
                    "TRANSLATOR'S CERTIFICATE", "from Arabic into English")
    bare = dataclasses.replace(samples.witness_statement(), interpreter=None, translation=None)
    text = pdf_text(build(bare))
    assert "INTERPRETER'S DECLARATION" not in text and "TRANSLATOR'S CERTIFICATE" not in text


def test_every_page_endorsed_with_initials_and_case_number():
    pdf = build(samples.witness_statement(40))
    texts = page_texts(pdf)
    assert len(texts) > 3
    for page in texts:
        assert "F.A.S. · Statement 2 · PA/12345/2024" in page


def test_margins_binding_side_is_3_5_cm():
    from assist_desktop.documents.witness_statement import LEFT
    assert round(LEFT / 28.3465, 2) == 3.5


def test_a_paragraph_longer_than_a_page_flows():
    long = "I remember every day in that house. " * 400
    data = dataclasses.replace(samples.witness_statement(4),
                               paragraphs=(StatementParagraph(long),))
    pdf = build(data)
    assert len(reader(pdf).pages) >= 4
    body = body_text(pdf, "F.A.S. · Statement 2 · PA/12345/2024")
    assert_contains(pdf, long.strip(), text=body)


@pytest.mark.slow
def test_a_one_megabyte_note_renders():
    prose = "She went to the market and came back to the house before dark. " * 20
    note = ((prose + "She wrote <b>help</b> & left. ") * 800)[:1_000_000]
    data = dataclasses.replace(samples.witness_statement(4), paragraphs=(
        StatementParagraph(note), StatementParagraph("The end.")))
    start = time.perf_counter()
    pdf = build_witness_statement(data)
    assert time.perf_counter() - start < 90
    texts = page_texts(pdf)
    assert len(texts) > 100
    assert "The end." in texts[-2] + texts[-1]
