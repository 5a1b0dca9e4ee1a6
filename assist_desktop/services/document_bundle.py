"""Assembling a tribunal/court bundle from stored documents and attached PDFs.

A section is (title, [parts]); a part is a generated document's id (an int, or
BundlePart(id)), or an attachment (BundlePart(id, ATTACHMENT), or ("attachment", id)).
Every part must be in the same client's file and visible to the person making the bundle;
its bytes are checked against their SHA-256 before use, and a damaged one is reported by its
name. The PDF itself is built by documents.build_bundle, which also names a damaged or
password-protected attachment.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from assist_desktop.documents import BundleItem, BundleSection
from assist_desktop.domain.attachments import intact
from assist_desktop.domain.errors import NotFound, ValidationError
from assist_desktop.platform.clock import stamp_date
from assist_desktop.storage.attachment_repository import AttachmentRepository
from assist_desktop.storage.document_repository import DocumentRepository

DOCUMENT = "document"
ATTACHMENT = "attachment"
MAX_PARTS = 2000


@dataclass(frozen=True)
class BundlePart:
    id: int
    source: str = DOCUMENT   # DOCUMENT (a generated document) or ATTACHMENT
    title: str = ""          # the index entry; empty: the document's title or file name


def _part(item) -> BundlePart:
    if isinstance(item, BundlePart):
        part = item
    elif isinstance(item, int) and not isinstance(item, bool):
        part = BundlePart(item)
    elif isinstance(item, (tuple, list)) and len(item) == 2:
        part = BundlePart(item[1], str(item[0]))
    else:
        raise ValidationError("bundle", "each entry is a document or an attachment")
    if part.source not in (DOCUMENT, ATTACHMENT) or isinstance(part.id, bool) \
            or not isinstance(part.id, int):
        raise ValidationError("bundle", "each entry is a document or an attachment")
    return part


def normalise(sections: Iterable[tuple[str, Sequence]]) -> list[tuple[str, list[BundlePart]]]:
    out = []
    for entry in sections:
        try:
            title, items = entry
        except (TypeError, ValueError):
            raise ValidationError("bundle", "each section is a title and its documents") from None
        if not isinstance(title, str) or not title.strip() or len(title) > 500:
            raise ValidationError("bundle", "every section needs a title")
        out.append((title, [_part(item) for item in items]))
    if not any(parts for _, parts in out):
        raise ValidationError("bundle", "has no documents")
    if sum(len(parts) for _, parts in out) > MAX_PARTS:
        raise ValidationError("bundle", f"at most {MAX_PARTS} documents")
    return out


@dataclass(frozen=True)
class BundleParts:
    sections: tuple[BundleSection, ...]
    privileged: bool   # any part is privileged
    sources: frozenset[int] = frozenset()   # notes the parts were built from (or attached to)


class BundleReader:
    """Reads the parts on the database owner thread (inside the service's transaction)."""

    def __init__(self):
        self.documents = DocumentRepository()
        self.attachments = AttachmentRepository()

    def read(self, conn, client_id: int, sections: list[tuple[str, list[BundlePart]]], *,
             may_read_document, privileged_ok: bool) -> BundleParts:
        """The parts, and the notes they were built from: a bundle inherits its documents'
        sources, and the note an attached file belongs to (purging that note takes the
        file, so it must take the bundle too)."""
        out, privileged, sources = [], False, set()
        for title, parts in sections:
            items = []
            for part in parts:
                if part.source == DOCUMENT:
                    item, secret = self._document(conn, client_id, part, may_read_document)
                    sources |= self.documents.sources(conn, part.id)
                else:
                    item, secret, note_id = self._attachment(conn, client_id, part,
                                                             privileged_ok)
                    if note_id is not None:
                        sources.add(note_id)
                items.append(item)
                privileged = privileged or secret
            out.append(BundleSection(title, tuple(items)))
        return BundleParts(tuple(out), privileged, frozenset(sources))

    def _document(self, conn, client_id: int, part: BundlePart, may_read):
        found = self.documents.get(conn, part.id)
        if found is None or found.client_id != client_id or not may_read(found):
            raise NotFound("document")
        title = part.title or found.title
        data = self.documents.pdf(conn, part.id)
        if not intact(found, data):
            raise ValidationError(f'the document "{title}"', "is damaged (its checksum does "
                                  "not match), so it cannot be added to the bundle; restore "
                                  "it from a backup or generate it again")
        return (BundleItem(title, data, stamp_date(found.created_at), attached=False),
                found.privileged)

    def _attachment(self, conn, client_id: int, part: BundlePart, privileged_ok: bool):
        found = self.attachments.get(conn, part.id)
        if found is None or found.client_id != client_id or (found.privileged
                                                             and not privileged_ok):
            raise NotFound("attachment")
        title = part.title or found.name
        data = self.attachments.data(conn, part.id)
        if not intact(found, data):
            raise ValidationError(f'the attached PDF "{title}"', "is damaged (its checksum "
                                  "does not match), so it cannot be added to the bundle; "
                                  "restore it from a backup")
        return (BundleItem(title, data, stamp_date(found.created_at), attached=True),
                found.privileged, found.note_id)
