"""Every script a client's name or words may be in prints (Ge'ez, Chinese, Hebrew, emoji...),
a character no bundled font has is named before anything is stored, and every font in every
kind of document is embedded (pdffonts)."""
from __future__ import annotations

import dataclasses
import shutil
import subprocess

import pytest

from assist_desktop.documents import (BundleItem, BundleSection, DocumentKind, LetterKind,
                                      StatementParagraph, build, samples)
from assist_desktop.documents.fallback import unprintable
from tests.documents.conftest import assert_contains, pdf_text

SCRIPTS = {
    "Tigrinya": "ሰላም ትግርኛ ኣደይ ለተብርሃን",
    "Amharic": "አማርኛ ቋንቋ ወይዘሮ አበበች",
    "Chinese (simplified)": "王秀英 北京市",
    "Chinese (traditional)": "陳美玲 臺灣",
    "Hebrew": "שרה לוי",
    "Arabic": samples.ARABIC,
    "Vietnamese": samples.VIETNAMESE,
    "Cyrillic": samples.CYRILLIC,
    "emoji": "\U0001F600",
    "Japanese": "ひらがな カタカナ",
    "Korean": "김민지",
}


def _statement_with_every_script():
    base = samples.witness_statement(4)
    extra = tuple(StatementParagraph(f"In {script} her name is written {value}.")
                  for script, value in SCRIPTS.items())
    hebrew = StatementParagraph("שמי שרה לוי ואני גרה בלידס מאז 2021 (עם בתי).")
    return dataclasses.replace(base, paragraphs=base.paragraphs + extra + (hebrew,),
                               witness_name="Letebrhan ለተብርሃን 王秀英")


def test_statement_prints_every_script_with_no_replacement_character():
    pdf = build(_statement_with_every_script())
    text = pdf_text(pdf)
    assert "\ufffd" not in text and "[U+" not in text
    assert_contains(pdf, *SCRIPTS.values(), "Letebrhan ለተብርሃን 王秀英",
                    "שמי שרה לוי ואני גרה בלידס מאז 2021", text=text)


def test_letter_prints_ethiopic_chinese_and_hebrew():
    letter = samples.letter(LetterKind.SUPPORT)
    letter = dataclasses.replace(letter, paragraphs=letter.paragraphs + (
        f"She asked us to write her name as {SCRIPTS['Tigrinya']}, {SCRIPTS['Hebrew']} and "
        f"{SCRIPTS['Chinese (traditional)']} \u2713.",))
    pdf = build(letter)
    assert "\ufffd" not in pdf_text(pdf)
    assert_contains(pdf, SCRIPTS["Tigrinya"], SCRIPTS["Hebrew"], SCRIPTS["Chinese (traditional)"])


def test_characters_no_font_has_are_named_with_the_field_they_are_in():
    statement = dataclasses.replace(samples.witness_statement(4),
                                    witness_name="Joy \U0001FAE0 Okafor")
    found = unprintable(statement)
    assert [f.describe() for f in found] == ["U+1FAE0 MELTING FACE in witness name"]
    assert unprintable(_statement_with_every_script()) == []
    # what the document shows in its place: a visible marker, never nothing or a box
    assert "Joy [U+1FAE0] Okafor" in pdf_text(build(statement))


def _bundle():
    items = (BundleItem("Witness statement", build(samples.witness_statement(4))),
             BundleItem("Chronology", build(samples.chronology())))
    return samples.bundle((BundleSection("A. Statements", items),))



KINDS = {
    DocumentKind.WITNESS_STATEMENT: _statement_with_every_script,
    DocumentKind.CHRONOLOGY: samples.chronology,
    DocumentKind.REPRESENTATIONS: lambda: samples.letter(LetterKind.REPRESENTATIONS),
    DocumentKind.FURTHER_SUBMISSIONS: lambda: samples.letter(LetterKind.FURTHER_SUBMISSIONS),
    DocumentKind.SUPPORT_LETTER: lambda: samples.letter(LetterKind.SUPPORT),
    DocumentKind.COMPENSATION_SUMMARY: samples.compensation,
    DocumentKind.CHILDREN_REPORT: samples.children_report,
    DocumentKind.CLIENT_CARE_LETTER: samples.client_care,
    DocumentKind.CASE_SUMMARY: samples.case_summary,
    DocumentKind.CONFLICT_CHECK: samples.conflict_check,
    DocumentKind.RECOVERY_SHEET: samples.recovery_sheet,
    DocumentKind.BUNDLE: _bundle,
}


def test_every_kind_of_document_is_listed_here():
    assert set(KINDS) == set(DocumentKind)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs pdffonts (poppler-utils)")
@pytest.mark.parametrize("kind", sorted(KINDS, key=str))
def test_every_font_is_embedded(kind, tmp_path):
    path = tmp_path / "document.pdf"
    path.write_bytes(build(KINDS[kind]()))
    header, rule, *lines = subprocess.run(["pdffonts", str(path)], capture_output=True,
                                          text=True, check=True).stdout.splitlines()
    emb = header.index(" emb ") + 1  # columns: name, type, encoding, emb, sub, uni, object ID
    assert lines, "no fonts listed"
    for line in lines:
        name, embedded = line.split()[0], line[emb:emb + 3]
        assert embedded == "yes", f"{name} is not embedded"
        assert "Helvetica" not in name and "Courier" not in name and "Times" not in name
