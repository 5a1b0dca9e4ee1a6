"""The DRAFT watermark: on every page of an unapproved document, removed on approval.

`layout.draft_mark()` draws it while a document is rendered, inside a marked-content
sequence tagged as a watermark artifact. `remove_draft_mark` takes those sequences out of
every page's content and leaves everything else as it was (text, fonts, bookmarks,
metadata), so an approved document is the same document without the mark.
"""
from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ContentStream, DictionaryObject, NameObject

__all__ = ["remove_draft_mark", "has_draft_mark"]


def _is_watermark(operands) -> bool:
    if len(operands) < 2 or operands[0] != NameObject("/Artifact"):
        return False
    props = operands[1]
    return isinstance(props, DictionaryObject) and props.get("/Subtype") == "/Watermark"


def _without_watermark(operations: list) -> tuple[list, bool]:
    kept, depth, found = [], 0, False
    for operands, operator in operations:
        if depth:
            if operator in (b"BDC", b"BMC"):
                depth += 1
            elif operator == b"EMC":
                depth -= 1
            continue
        if operator == b"BDC" and _is_watermark(operands):
            depth, found = 1, True
            continue
        kept.append((operands, operator))
    return kept, found


def remove_draft_mark(pdf: bytes) -> bytes:
    """The same PDF without the DRAFT watermark on any page (unchanged if it has none)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    changed = False
    for page in writer.pages:
        content = page.get_contents()
        if content is None:
            continue
        stream = ContentStream(content, writer)
        kept, found = _without_watermark(stream.operations)
        if found:
            stream.operations = kept
            page.replace_contents(stream)
            changed = True
    if not changed:
        return pdf
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def has_draft_mark(pdf: bytes) -> list[bool]:
    """For each page, whether it carries the watermark."""
    marks = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        content = page.get_contents()
        found = False
        if content is not None:
            found = _without_watermark(ContentStream(content, None).operations)[1]
        marks.append(found)
    return marks
