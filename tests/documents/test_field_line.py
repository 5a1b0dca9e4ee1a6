"""A record's short fields ("Label: value · Label: value") drawn by FieldLine: the same text
as the Paragraph it replaced, wrapped within the line, split across pages, markup printed as
typed; text the body font cannot draw goes through the Paragraph path as before."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from assist_desktop.documents.field_line import FieldLine, field_line
from assist_desktop.documents.layout import Page, render
from assist_desktop.documents.letters import WIDTH
from assist_desktop.documents.styles import make_styles

from .conftest import assert_no_links_or_images, body_text, page_texts

STYLES = make_styles(10)
PAGE = Page(footer_text="Bench Centre")


def pdf_of(*flowables) -> bytes:
    return render(list(flowables), PAGE, STYLES, "Test")


def test_fields_print_as_typed_label_value_pairs_markup_included():
    pairs = [("Note type", "meeting"), ("Title", "<b>bold</b> & <a href='x'>link</a>"),
             ("Author", "Олена Nguyễn")]
    line = field_line(pairs, STYLES.small)
    assert isinstance(line, FieldLine)
    pdf = pdf_of(line)
    assert "Note type: meeting · Title: <b>bold</b> & <a href='x'>link</a> · Author: " \
           "Олена Nguyễn" in body_text(pdf, "Bench Centre")
    assert_no_links_or_images(pdf)


def test_long_fields_wrap_within_the_line_and_a_long_word_is_cut_not_lost():
    word = "X" * 300                       # wider than the page at 8 pt
    pairs = [(f"Field {n}", f"value number {n} of the record") for n in range(30)]
    line = field_line([*pairs, ("Reference", word)], STYLES.small)
    _, height = line.wrap(WIDTH, 10_000)
    assert height > 5 * STYLES.small.leading          # several lines
    assert all(sum(_width(w) for w in ln) <= WIDTH for ln in line._lines)
    text = body_text(pdf_of(line), "Bench Centre")
    assert "Field 29: value number 29 of the record" in text
    assert "".join(text.split("Reference: ")[1].split()) == word


def test_a_field_line_taller_than_the_space_left_goes_on_over_the_page():
    pairs = [(f"Field {n}", f"value {n}") for n in range(1200)]
    pdf = pdf_of(field_line(pairs, STYLES.small))
    pages = page_texts(pdf)
    assert len(pages) > 1
    text = body_text(pdf, "Bench Centre")
    assert "Field 0: value 0 ·" in text and "Field 1199: value 1199" in text
    positions = [text.index(f"Field {n}: value {n} ") for n in (0, 600, 1198)]
    assert positions == sorted(positions)


def test_text_the_body_font_cannot_draw_keeps_the_paragraph_path():
    for value in ("北京 2024", "فاطمة", "שלום", "ok \U0001F600"):
        line = field_line([("Name", value), ("Type", "meeting")], STYLES.small)
        assert isinstance(line, Paragraph), value
    pdf = pdf_of(field_line([("City", "北京 <b>"), ("Type", "meeting")], STYLES.small))
    assert "City: 北京 <b> · Type: meeting" in body_text(pdf, "Bench Centre")


def _width(word: tuple[str, str]) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(word[1], word[0], STYLES.small.fontSize)


def test_a_sar_record_in_latin_text_uses_the_field_line_not_a_many_fragment_paragraph():
    from assist_desktop.documents import subject_access as sar
    record = sar.SarRecord("Note 1", (("Note type", "meeting"), ("Title", "Home visit"),
                                      ("Body", "She said " * 40)), ("R1",))
    flowables = sar._record(record, {"redact": "Check for redaction", "cut": "[cut]"}, STYLES)
    lines = [f for f in flowables if isinstance(f, FieldLine)]
    assert len(lines) == 1 and lines[0]._pairs == [("Note type", "meeting"),
                                                   ("Title", "Home visit")]
