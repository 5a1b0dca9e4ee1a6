"""Helpers for document tests: real PDFs, text extracted with pypdf."""
from __future__ import annotations

import io
import re
import unicodedata

import pytest
from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def flat(text: str) -> str:
    """Whitespace collapsed (line wraps become spaces), NFKC (Arabic presentation forms
    become letters), zero-width joiners dropped."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.split())


def pdf_text(pdf: bytes) -> str:
    return flat(" ".join(page_texts(pdf)))


def body_text(pdf: bytes, *running: str) -> str:
    """Text of all pages without "Page X of Y" and the given running header/footer lines,
    so a paragraph broken across pages reads on."""
    pages = []
    for page in page_texts(pdf):
        page = re.sub(r"Page \d+ of \d+", " ", page)
        for line in running:
            page = page.replace(line, " ")
        pages.append(page)
    return flat(" ".join(pages))


def assert_contains(pdf: bytes, *values: str, text: str | None = None) -> None:
    text = pdf_text(pdf) if text is None else text
    for value in values:
        assert flat(value) in text, f"{value[:80]!r} not found in the PDF text"


def assert_no_links_or_images(pdf: bytes) -> None:
    """Nothing the user typed became a link, an image or an embedded file."""
    for page in reader(pdf).pages:
        assert "/Annots" not in page, "page has annotations"
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        assert not xobjects, "page has images or form XObjects"
    for marker in (b"/URI", b"/Link", b"/Subtype /Image", b"/EmbeddedFile", b"/JavaScript"):
        assert marker not in pdf, f"{marker!r} in PDF"


@pytest.fixture
def extract():
    return pdf_text
