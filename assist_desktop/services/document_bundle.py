"""Assembling a tribunal/court bundle from stored documents and attached PDFs.

A section is (title, [parts]); a part is a generated document's id (an int, or
BundlePart(id)), or an attachment (BundlePart(id, ATTACHMENT), or ("attachment", id)).
A BundlePart also carries the index entry the solicitor chose: its title (else the
document's title, or the file name without ".pdf") and its own date (else a generated
document's date; an attachment is undated until she gives one).
Every part must be in the same client's file and visible to the person making the bundle;
its bytes are checked against their SHA-256 before use, and a damaged one is reported by its
name. The PDF itself is built by documents.build_bundle, which also names a damaged or
password-protected attachment.

A bundle goes to the other side, so a part that is privileged, internal to the centre (case
summary, conflict check record, client care letter) or an unapproved draft is withheld:
the service raises WithheldParts naming them, and includes them only when the caller
confirms exactly those parts (the confirmation is audited with the bundle).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Sequence

from assist_desktop.documents import BundleItem, BundleSection
from assist_desktop.domain.attachments import intact
from assist_desktop.domain.errors import NotFound, ValidationError
from assist_desktop.platform.clock import stamp_date
from assist_desktop.storage.attachment_repository import AttachmentRepository
from assist_desktop.services.document_permissions import PRIVILEGED_BY_DEFAULT
from assist_desktop.storage.document_repository import DocumentRepository, DocumentStatus
from assist_desktop.storage.note_repository import NoteRepository
from assist_desktop.storage.sealed_records import SealedRecordError

DOCUMENT = "document"
ATTACHMENT = "attachment"
MAX_PARTS = 2000


# Kinds made for the centre's own use, never for the other side.
INTERNAL_KINDS = frozenset({"case_summary", "conflict_check", "client_care_letter",
                            "recovery_sheet"})
DEFAULT_PRIVILEGED = frozenset(kind.value for kind in PRIVILEGED_BY_DEFAULT)
REASONS = {"privileged": "privileged", "internal": "internal to the centre",
           "draft": "an unapproved draft"}


@dataclass(frozen=True)
class BundlePart:
    id: int
    source: str = DOCUMENT   # DOCUMENT (a generated document) or ATTACHMENT
    title: str = ""          # the index entry; empty: the document's title or file name
    date: date | None = None  # its own date; None: a document's date, an attachment undated
    undated: bool = False     # True: "Undated" in the index, whatever the record says

    @property
    def key(self) -> tuple[str, int]:
        return (self.source, self.id)


@dataclass(frozen=True)
class Withheld:
    """A part that needs the solicitor's confirmation: why (keys of REASONS)."""
    source: str
    id: int
    title: str
    reasons: tuple[str, ...]

    @property
    def key(self) -> tuple[str, int]:
        return (self.source, self.id)

    def describe(self) -> str:
        return f'"{self.title}" ({", ".join(REASONS[r] for r in self.reasons)})'


class WithheldParts(ValidationError):
    """Some parts are privileged, internal or unapproved drafts; they go in only when the
    caller passes their keys in `include_withheld` (after asking the solicitor)."""

    def __init__(self, parts: Sequence[Withheld]):
        self.parts = tuple(parts)
        super().__init__("bundle", "these are not normally given to the other side: "
                         + "; ".join(p.describe() for p in self.parts)
                         + ". Remove them, or confirm that they are to go in.")


def file_title(name: str) -> str:
    """An attachment's file name as an index title: no extension, no underscores."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name.strip())
    stem = " ".join(stem.replace("_", " ").split())
    return (stem[:1].upper() + stem[1:]) or name


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
    if not isinstance(part.title, str) or len(part.title) > 500:
        raise ValidationError("title", "of a bundle entry is at most 500 characters")
    if part.date is not None and not isinstance(part.date, date):
        raise ValidationError("date", "of a bundle entry must be a date")
    title = "".join(ch for ch in part.title if ch >= " " or ch == "\t").strip()
    if title != part.title:
        part = BundlePart(part.id, part.source, title, part.date, part.undated)
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
    withheld: tuple[Withheld, ...] = ()      # parts that need confirmation


class BundleReader:
    """Reads the parts on the database owner thread (inside the service's transaction)."""

    def __init__(self):
        self.documents = DocumentRepository()
        self.attachments = AttachmentRepository()
        self.notes = NoteRepository()

    def read(self, conn, client_id: int, sections: list[tuple[str, list[BundlePart]]], *,
             may_read_document, privileged_ok: bool) -> BundleParts:
        """The parts, and the notes they were built from: a bundle inherits its documents'
        sources, and the note an attached file belongs to (purging that note takes the
        file, so it must take the bundle too)."""
        out, privileged, sources, withheld = [], False, set(), {}
        for title, parts in sections:
            items = []
            for part in parts:
                if part.source == DOCUMENT:
                    made_from = self.documents.sources(conn, part.id)
                    item, reasons, secret = self._document(conn, client_id, part,
                                                           may_read_document, made_from)
                    sources |= made_from
                else:
                    item, reasons, note_id = self._attachment(conn, client_id, part,
                                                              privileged_ok)
                    secret = bool(reasons)
                    if note_id is not None:
                        sources.add(note_id)
                items.append(item)
                privileged = privileged or secret   # the stored bundle: solicitors only
                if reasons:
                    withheld.setdefault(part.key, Withheld(part.source, part.id, item.title,
                                                           reasons))
            out.append(BundleSection(title, tuple(items)))
        return BundleParts(tuple(out), privileged, frozenset(sources),
                           tuple(withheld.values()))

    @staticmethod
    def _date(part: BundlePart, recorded: date | None) -> date | None:
        if part.undated:
            return None
        return part.date or recorded

    def _document(self, conn, client_id: int, part: BundlePart, may_read,
                  made_from: frozenset[int]):
        found = self.documents.get(conn, part.id)
        if found is None or found.client_id != client_id or not may_read(found):
            raise NotFound("document")
        title = part.title or found.title
        try:
            data = self.documents.pdf(conn, part.id)
        except SealedRecordError:
            data = None                     # sealed and not opening: damaged, as below
        if not intact(found, data):
            raise ValidationError(f'the document "{title}"', "is damaged (its checksum does "
                                  "not match), so it cannot be added to the bundle; restore "
                                  "it from a backup or generate it again")
        reasons = tuple(r for r, yes in (
            ("privileged", self._privileged(conn, found, made_from)),
            ("internal", found.kind in INTERNAL_KINDS),
            ("draft", found.status != DocumentStatus.APPROVED)) if yes)
        return (BundleItem(title, data, self._date(part, stamp_date(found.created_at)),
                           attached=False), reasons, found.privileged)

    def _privileged(self, conn, found, made_from: frozenset[int]) -> bool:
        """Privileged content: built from a note that is privileged (now), or marked
        privileged although its kind is not privileged by default. A witness statement or
        chronology is privileged by default while it is being prepared; approving it for
        filing is the decision to serve it, so that alone does not withhold it."""
        if found.privileged and found.kind not in DEFAULT_PRIVILEGED:
            return True
        for note_id in made_from:
            note = self.notes.get(conn, note_id, include_deleted=True)
            if note is not None and note.privileged:
                return True
        return False

    def _attachment(self, conn, client_id: int, part: BundlePart, privileged_ok: bool):
        found = self.attachments.get(conn, part.id)
        if found is None or found.client_id != client_id or (found.privileged
                                                             and not privileged_ok):
            raise NotFound("attachment")
        title = part.title or file_title(found.name)
        try:
            data = self.attachments.data(conn, part.id)
        except SealedRecordError:
            data = None
        if not intact(found, data):
            raise ValidationError(f'the attached PDF "{title}"', "is damaged (its checksum "
                                  "does not match), so it cannot be added to the bundle; "
                                  "restore it from a backup")
        reasons = ("privileged",) if found.privileged else ()
        return (BundleItem(title, data, self._date(part, None), attached=True), reasons,
                found.note_id)
