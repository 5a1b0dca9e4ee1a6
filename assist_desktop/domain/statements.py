"""Witness statement drafts: what a solicitor writes, in the first person, for a client.

A draft is for one client (and optionally one matter). Its content is ordered paragraphs
(each with an optional heading printed above it), a register of exhibits the paragraphs refer
to by reference ("BOI/1"), the witness's occupation or description (PD 32 para 18.1), and
whether the statement has been read back to her. Every save is a new version; earlier
versions are kept and never overwritten. Drafts are legally privileged work product.

Text is kept exactly as typed (markup, RTL scripts, emoji are plain text here; the document
builders escape it). Only paragraphs with neither text nor heading are dropped.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.records import ClientRecord, check_count, check_date, check_text

MAX_PARAGRAPHS = 5000
PARAGRAPH_LIMIT = 100_000
HEADING_LIMIT = 500
REFERENCE_LIMIT = 40
DESCRIPTION_LIMIT = 2000
MAX_EXHIBITS = 500
_ALLOWED_CONTROLS = {"\t", "\n", "\r"}
_NUMBER_AT_END = re.compile(r"(\d+)\s*$")


class ReadBack(StrEnum):
    NOT_READ_BACK = "not_read_back"
    READ_BACK = "read_back"      # read back to her (in a language, maybe through an interpreter)
    APPROVED = "approved"        # she has confirmed it is true and complete


@dataclass(frozen=True)
class DraftParagraph:
    """One numbered paragraph; `heading` (optional) prints above it, unnumbered."""
    text: str
    heading: str = ""


@dataclass(frozen=True)
class StatementExhibit:
    """One entry of the exhibit register: the reference the paragraphs use, and what it is."""
    reference: str
    description: str = ""


@dataclass(frozen=True, kw_only=True)
class ReadBackStatus:
    state: ReadBack = ReadBack.NOT_READ_BACK
    language: str = ""       # the language it was read back in
    interpreter: str = ""    # the interpreter's name; empty: read back without one
    on: date | None = None   # when it was read back (or approved)

    def validate(self) -> None:
        try:
            state = ReadBack(self.state)
        except ValueError:
            raise ValidationError("read_back", "is not one of the allowed values") from None
        check_text("read_back.language", self.language, limit=200)
        check_text("read_back.interpreter", self.interpreter, limit=200)
        _check_controls("read_back.language", self.language)
        _check_controls("read_back.interpreter", self.interpreter)
        check_date("read_back.on", self.on)
        if state == ReadBack.NOT_READ_BACK:
            return
        if self.on is None:
            raise ValidationError("read_back.on", "say on which date it was read back")
        if not self.language.strip():
            raise ValidationError("read_back.language", "say in which language it was read "
                                                        "back")

    @property
    def needs_interpreter_certificate(self) -> bool:
        return self.state != ReadBack.NOT_READ_BACK and bool(self.interpreter.strip())


@dataclass(frozen=True, kw_only=True)
class StatementContent:
    """What one version of a draft holds."""
    title: str = ""
    paragraphs: tuple[DraftParagraph, ...] = ()
    exhibits: tuple[StatementExhibit, ...] = ()
    occupation: str = ""                 # occupation or description of the witness
    read_back: ReadBackStatus = field(default_factory=ReadBackStatus)
    statement_number: int | None = None  # None: counted from her earlier statements

    def cleaned(self) -> "StatementContent":
        """Paragraphs with neither text nor heading dropped; everything else as typed."""
        kept = tuple(p for p in self.paragraphs if p.text.strip() or p.heading.strip())
        return replace(self, paragraphs=kept)

    def validate(self) -> None:
        check_text("title", self.title, limit=500)
        _check_controls("title", self.title)
        check_text("occupation", self.occupation, limit=500)
        _check_controls("occupation", self.occupation)
        if len(self.paragraphs) > MAX_PARAGRAPHS:
            raise ValidationError("paragraphs", f"at most {MAX_PARAGRAPHS} paragraphs")
        for number, paragraph in enumerate(self.paragraphs, start=1):
            where = f"paragraph {number}"
            if not isinstance(paragraph, DraftParagraph):
                raise ValidationError(where, "must be a paragraph")
            check_text(where, paragraph.text, limit=PARAGRAPH_LIMIT)
            check_text(f"{where} heading", paragraph.heading, limit=HEADING_LIMIT)
            _check_controls(where, paragraph.text)
            _check_controls(f"{where} heading", paragraph.heading)
            if "\n" in paragraph.heading or "\r" in paragraph.heading:
                raise ValidationError(f"{where} heading", "must be one line")
            if paragraph.heading.strip() and not paragraph.text.strip():
                raise ValidationError(where, "has a heading but no text: write the paragraph "
                                             "or remove the heading")
        if len(self.exhibits) > MAX_EXHIBITS:
            raise ValidationError("exhibits", f"at most {MAX_EXHIBITS} exhibits")
        seen: set[str] = set()
        for exhibit in self.exhibits:
            check_text("exhibit reference", exhibit.reference, required=True,
                       limit=REFERENCE_LIMIT)
            check_text("exhibit description", exhibit.description, limit=DESCRIPTION_LIMIT)
            _check_controls("exhibit reference", exhibit.reference)
            _check_controls("exhibit description", exhibit.description)
            if exhibit.reference != exhibit.reference.strip() or any(
                    ch.isspace() and ch != " " for ch in exhibit.reference):
                raise ValidationError("exhibit reference", "must not start or end with spaces "
                                                           "or hold line breaks")
            key = exhibit.reference.casefold()
            if key in seen:
                raise ValidationError("exhibit reference",
                                      f"{exhibit.reference} is in the register twice")
            seen.add(key)
        check_count("statement_number", self.statement_number, minimum=1, maximum=99)
        self.read_back.validate()

    def unreferenced_exhibits(self) -> tuple[str, ...]:
        """Exhibits no paragraph mentions (a hint to show, not an error)."""
        text = "\n".join(p.text for p in self.paragraphs).casefold()
        return tuple(e.reference for e in self.exhibits if e.reference.casefold() not in text)


@dataclass(frozen=True, kw_only=True)
class StatementDraft(ClientRecord):
    """The current version of a draft (version = the number of saves)."""
    matter_id: int | None = None
    content: StatementContent = field(default_factory=StatementContent)
    created_by: int | None = None
    updated_by: int | None = None

    @property
    def title(self) -> str:
        return self.content.title


@dataclass(frozen=True, kw_only=True)
class StatementVersion:
    """The draft as it was saved at `version`."""
    draft_id: int
    version: int
    saved_at: str
    saved_by: int | None
    content: StatementContent


def _check_controls(name: str, value: str) -> None:
    for ch in value:
        if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc":
            raise ValidationError(name, "contains a control character (it would not print); "
                                        "remove it")


def _latin_letter(ch: str) -> str:
    """The plain A-Z letter a character is written with ("Ọ" -> "O"), or ""."""
    base = unicodedata.normalize("NFKD", ch)[:1]
    return base.upper() if base.isascii() and base.isalpha() else ""


def initials(*names: str) -> str:
    """Upper-case Latin first letters of each part of a name, e.g. "Blessing Osarugue
    Igbinovia" -> "BOI", "Títílayọ̀ Ọláwálé" -> "TO"; "" when a part is not written in Latin
    letters (an exhibit reference in an English statement is in Latin letters)."""
    out = []
    for name in names:
        for part in re.split(r"[\s\-']+", name or ""):
            letters = [ch for ch in part if ch.isalpha()]
            if not letters:
                continue
            latin = _latin_letter(letters[0])
            if not latin:
                return ""
            out.append(latin)
    return "".join(out)[:6]


def suggest_reference(prefix: str, exhibits: tuple[StatementExhibit, ...] | list) -> str:
    """The next reference in the register: PREFIX/N, N one more than the highest in use."""
    prefix = prefix or "EX"
    highest = 0
    for exhibit in exhibits:
        if exhibit.reference.casefold().startswith(prefix.casefold() + "/"):
            match = _NUMBER_AT_END.search(exhibit.reference)
            if match:
                highest = max(highest, int(match.group(1)))
    return f"{prefix}/{highest + 1}"


@dataclass(frozen=True, kw_only=True)
class StatementScratch:
    """Unsaved typing in the editor, kept so a crash loses nothing. Not validated like a
    saved version (it may be half-written)."""
    user_id: int
    client_id: int
    draft_id: int | None = None      # None: a statement not saved yet
    base_version: int | None = None  # the version the typing started from
    matter_id: int | None = None
    content: StatementContent = field(default_factory=StatementContent)
    saved_at: str = ""
