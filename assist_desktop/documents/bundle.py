"""Tribunal / court bundle: one A4 PDF with an index, continuous page numbers stamped on
every page, bookmarks per section and document, and index rows that link to their pages.

Steps: open every document (a damaged or password-protected PDF raises ValidationError
naming it); lay out the index until its own page count is stable (the page ranges depend
on it); copy the index and every document's pages into one writer; draw each document page in a
frame on A4 and stamp its number in the band below the frame (documents.pdf_pages); add the outline and the index links.
"""
from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Link
from pypdf.generic import Fit

from assist_desktop.documents import wording
from assist_desktop.documents.bundle_index import IndexLayout, render_index, section_heading
from assist_desktop.documents.inputs_admin import BundleInput
from assist_desktop.documents.pdf_pages import Stamper, open_pdf
from assist_desktop.domain.errors import ValidationError

Key = tuple[int, int]


def build_bundle(data: BundleInput) -> bytes:
    readers = _open_all(data)
    if not readers:
        raise ValidationError("bundle", "has no documents")
    counts = {key: len(reader.pages) for key, reader in readers.items()}
    index_pages, ranges, layout, index = 1, {}, IndexLayout(), None
    for _ in range(5):  # the index's length and the page ranges settle in 2 passes
        ranges = _ranges(data, counts, index_pages)
        layout = IndexLayout()
        index = PdfReader(io.BytesIO(render_index(data, ranges, layout)))
        if len(index.pages) == index_pages:
            break
        index_pages = len(index.pages)

    writer = PdfWriter()
    for page in index.pages:
        writer.add_page(page)
    for key in _keys(data):
        for page in readers[key].pages:
            writer.add_page(page)
    stamper = Stamper(writer)
    for number, page in enumerate(writer.pages, start=1):
        if number <= index_pages:   # the index is ours: laid out clear of the band
            stamper.stamp(page, str(number))
        else:
            stamper.fit_and_stamp(page, str(number))
    _outline(writer, data, ranges,
             wording.load(data.jurisdiction, "bundle").text("section_heading"))
    _links(writer, layout, ranges)
    writer.page_mode = "/UseOutlines"
    writer.add_metadata({"/Title": "Bundle", "/Creator": "ASSIST Desktop",
                         "/Producer": "ASSIST Desktop"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _keys(data: BundleInput) -> list[Key]:
    return [(s, i) for s, section in enumerate(data.sections) for i in range(len(section.items))]


def _open_all(data: BundleInput) -> dict[Key, PdfReader]:
    readers: dict[Key, PdfReader] = {}
    for s, section in enumerate(data.sections):
        for i, item in enumerate(section.items):
            what = (f'the attached PDF "{item.title}"' if item.attached
                    else f'the document "{item.title}"')
            readers[(s, i)] = open_pdf(item.pdf, what)
    return readers


def _ranges(data: BundleInput, counts: dict[Key, int], index_pages: int
            ) -> dict[Key, tuple[int, int]]:
    """First and last bundle page (1-based) of every document."""
    ranges: dict[Key, tuple[int, int]] = {}
    page = index_pages + 1
    for key in _keys(data):
        ranges[key] = (page, page + counts[key] - 1)
        page += counts[key]
    return ranges


def _outline(writer: PdfWriter, data: BundleInput, ranges: dict[Key, tuple[int, int]],
             heading: str) -> None:
    writer.add_outline_item(title="Index", page_number=0)
    for s, section in enumerate(data.sections):
        if not section.items:
            continue
        first = ranges[(s, 0)][0] - 1
        parent = writer.add_outline_item(title=_plain(section_heading(s, section.title, heading)),
                                         page_number=first,
                                         bold=True)
        for i, item in enumerate(section.items):
            writer.add_outline_item(title=_plain(item.title), page_number=ranges[(s, i)][0] - 1,
                                    parent=parent)


def _links(writer: PdfWriter, layout: IndexLayout, ranges: dict[Key, tuple[int, int]]) -> None:
    for key, (index_page, x0, y0, x1, y1) in layout.rows.items():
        target = ranges[key][0] - 1
        writer.add_annotation(index_page, Link(rect=(x0, y0, x1, y1), target_page_index=target,
                                               fit=Fit.fit()))


def _plain(title: str) -> str:
    """Outline titles are PDF text strings: no control characters."""
    return "".join(ch for ch in title if ch >= " " or ch == "\t").strip() or "Untitled"
