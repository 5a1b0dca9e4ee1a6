"""Arabic script is shaped (joined forms, ligatures) and laid out right to left."""
from __future__ import annotations

import io
import unicodedata

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from assist_desktop.documents import arabic, build, samples, text
from assist_desktop.documents.inputs import StatementParagraph
from assist_desktop.documents.styles import make_styles
from tests.documents.conftest import flat, page_texts, pdf_text, reader

NAME = "فاطمة الزهراء"
CONTEXTUAL = {"<initial>", "<medial>", "<final>"}


def _forms(chars: str) -> set[str]:
    return {unicodedata.decomposition(c).split(" ")[0] for c in chars
            if unicodedata.decomposition(c).startswith("<")}


def test_shaping_uses_joined_forms_in_visual_order():
    shaped = arabic.shape("محمد")
    # Visual order, left to right: final dal, medial meem, medial hah, initial meem.
    assert shaped == "\ufeaa\ufee4\ufea4\ufee3"


def test_lam_alef_ligature_keeps_its_letters_in_the_text_layer():
    pdf = _render("نجلاء")
    assert "نجلاء" in pdf_text(pdf)


def test_name_in_english_sentence_is_shaped_and_extracts_exactly():
    ws = samples.witness_statement()
    pdf = build(ws)
    raw = " ".join(page_texts(pdf))
    assert flat(NAME) in flat(raw)
    # Joined (contextual) presentation forms are in the text layer: unshaped text would
    # only have isolated letters, so this fails if shaping is broken.
    assert CONTEXTUAL <= _forms(raw)
    assert {"\ufed3", "\ufee4", "\ufe94", "\ufedf"} <= set(raw)


def test_arabic_glyphs_come_from_the_arabic_font():
    pdf = _render(NAME)
    fonts = set()
    for page in reader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("NotoNaskhArabic" in name for name in fonts)


def test_long_arabic_paragraph_is_right_to_left_and_flows_across_pages():
    sentence = "ذهبت إلى المكتب في لندن مع المحامية. "
    body = sentence * 400
    ws = samples.witness_statement(4)
    ws = type(ws)(**{**ws.__dict__, "paragraphs": (StatementParagraph(body),)})
    pdf = build(ws)
    assert len(reader(pdf).pages) > 3
    words = set(flat(pdf_text(pdf)).split())
    assert {"ذهبت", "المكتب", "لندن", "المحامية."} <= words or {"ذهبت", "لندن"} <= words


def test_rtl_paragraph_right_aligned_and_bold_variant():
    styles = make_styles(11)
    flowable = text.para("كلمة " * 40, styles.body)
    assert type(flowable).__name__ == "RtlParagraph"
    bold = text.para("اسم", styles.body, bold=True)
    assert "AssistArabic-Bold" in bold.text


def _render(value: str) -> bytes:
    styles = make_styles(11)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([text.para(f"Name: {value}.", styles.body)])
    return buffer.getvalue()


@pytest.mark.parametrize("name", ["پروین", "خدیجه", "گلاله", "عبد الله", "ليلى"])
def test_persian_and_arabic_names_extract(name):
    assert flat(name) in pdf_text(_render(name))
