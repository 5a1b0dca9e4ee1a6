"""Bundle: index page ranges match the real pages, every page is numbered, bookmarks and
index links point at the right pages, attachments keep their pages, damaged ones are named."""
from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A3, A4, letter, landscape
from reportlab.pdfgen.canvas import Canvas

from assist_desktop.documents import (
    BundleItem, BundleSection, build, build_bundle, samples,
)
from assist_desktop.domain.errors import ValidationError
from tests.documents.conftest import flat, page_texts, reader


def attachment(pages: int, label: str, size=A4, rotate: int = 0) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, size[1] - 100, f"{label} page {number}")
        canvas.showPage()
    canvas.save()
    if not rotate:
        return buffer.getvalue()
    writer = PdfWriter(clone_from=io.BytesIO(buffer.getvalue()))
    for page in writer.pages:
        page.rotate(rotate)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def bundle_data():
    statement = build(samples.witness_statement(30))
    chronology = build(samples.chronology())
    sections = (
        BundleSection("A. Appellant's statements", (
            BundleItem("Witness statement of the appellant", statement, date(2024, 3, 12)),
            BundleItem("Chronology", chronology, date(2024, 3, 12)))),
        BundleSection("B. Evidence", (
            BundleItem("Medical report", attachment(100, "MEDICAL"), date(2024, 3, 1), True),
            BundleItem("Letter-size scan", attachment(2, "LETTERSIZE", letter), None, True),
            BundleItem("Landscape A3 plan", attachment(1, "LANDSCAPE", landscape(A3)), None,
                       True),
            BundleItem("Rotated page", attachment(1, "ROTATED", rotate=90), None, True))),
    )
    return samples.bundle(sections)


@pytest.fixture(scope="module")
def bundle_pdf(bundle_data):
    return build_bundle(bundle_data)


def _ranges_from_index(pdf: bytes, titles: list[str]) -> dict[str, tuple[int, int]]:
    """Read 'Title  <date or Undated>  first–last' rows from the index page's text."""
    index = flat(page_texts(pdf)[0])
    found = {}
    for title in titles:
        match = re.search(re.escape(title) + r" (?:\d{1,2} [A-Z][a-z]+ \d{4}|Undated) "
                          r"(\d+)(?:–(\d+))?", index)
        assert match, f"{title} row not found in: {index}"
        found[title] = (int(match.group(1)), int(match.group(2) or match.group(1)))
    return found


def test_attachments_keep_all_their_pages(bundle_pdf, bundle_data):
    total = sum(len(reader(item.pdf).pages) for s in bundle_data.sections for item in s.items)
    assert len(reader(bundle_pdf).pages) == total + 1  # one index page
    texts = page_texts(bundle_pdf)
    medical = [t for t in texts if "MEDICAL page" in t]
    assert len(medical) == 100
    assert "MEDICAL page 100" in medical[-1]


def test_index_ranges_match_real_pages(bundle_pdf):
    texts = page_texts(bundle_pdf)
    titles = ["Medical report", "Letter-size scan", "Landscape A3 plan", "Rotated page"]
    ranges = _ranges_from_index(bundle_pdf, titles)
    for title, marker in zip(titles, ["MEDICAL", "LETTERSIZE", "LANDSCAPE", "ROTATED"]):
        first, last = ranges[title]
        assert f"{marker} page 1" in texts[first - 1]
        assert marker in texts[last - 1]
        if last < len(texts):
            assert marker not in texts[last]  # the next page is another document
    statement_first = texts[1]
    assert "WITNESS STATEMENT OF" in statement_first


def test_every_page_carries_its_number(bundle_pdf):
    for number, text in enumerate(page_texts(bundle_pdf), start=1):
        assert text.split()[-1] == str(number)


def test_every_page_is_a4(bundle_pdf):
    for page in reader(bundle_pdf).pages:
        size = sorted((round(float(page.mediabox.width)), round(float(page.mediabox.height))))
        assert size == [595, 842]
        assert page.rotation == 0


def test_bookmarks_point_at_the_right_pages(bundle_pdf):
    pdf = reader(bundle_pdf)
    texts = page_texts(bundle_pdf)
    outline = pdf.outline
    titles = {}

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles[item.title] = pdf.get_destination_page_number(item)
    walk(outline)
    assert titles["Index"] == 0
    assert "MEDICAL page 1" in texts[titles["Medical report"]]
    assert titles["B. Evidence"] == titles["Medical report"]
    assert "WITNESS STATEMENT OF" in texts[titles["Witness statement of the appellant"]]
    assert "CHRONOLOGY" in texts[titles["Chronology"]]
    # sections are parents of their documents
    assert isinstance(outline[2], list) and len(outline[2]) == 2


def test_index_entries_link_to_their_pages(bundle_pdf):
    pdf = reader(bundle_pdf)
    texts = page_texts(bundle_pdf)
    annots = [a.get_object() for a in pdf.pages[0]["/Annots"]]
    assert len(annots) == 6
    targets = []
    for annot in annots:
        assert annot["/Subtype"] == "/Link" and "/URI" not in str(annot)
        dest = annot["/Dest"]
        targets.append(pdf.get_page_number(dest[0].get_object()))
    assert any("MEDICAL page 1" in texts[t] for t in targets)
    assert sorted(targets) == sorted(set(targets))
    for page in pdf.pages[1:]:
        assert "/Annots" not in page or not any(
            a.get_object().get("/Subtype") == "/Link" for a in page["/Annots"])


def _one(item: BundleItem):
    return samples.bundle((BundleSection("A", (item,)),))


@pytest.mark.parametrize("data", [b"", b"not a pdf at all", b"%PDF-1.4\n1 0 obj\n<<>>\n%%EOF",
                                  attachment(3, "X")[:400]])
def test_damaged_attachment_is_named(data):
    with pytest.raises(ValidationError) as error:
        build_bundle(_one(BundleItem("Scan of passport", data, attached=True)))
    assert 'attached PDF "Scan of passport"' in str(error.value)


def test_password_protected_attachment_is_named():
    writer = PdfWriter(clone_from=io.BytesIO(attachment(1, "SECRET")))
    writer.encrypt("pw", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ValidationError, match="password"):
        build_bundle(_one(BundleItem("Locked", out.getvalue(), attached=True)))


def test_long_index_spans_pages_and_ranges_still_match():
    small = attachment(1, "DOC")
    items = tuple(BundleItem(f"Document number {i}", small, date(2024, 1, 1), True)
                  for i in range(1, 71))
    pdf = build_bundle(samples.bundle((BundleSection("A. Many", items),)))
    texts = page_texts(pdf)
    index_pages = sum(1 for t in texts if "Document number" in t)
    assert index_pages >= 2
    assert len(texts) == index_pages + 70
    assert "DOC page 1" in texts[index_pages]
