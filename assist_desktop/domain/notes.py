"""Case notes (attendance and file notes), their earlier versions, and unsaved drafts.

Every save of an existing note keeps the version it replaces (NoteVersion), and a save names
the version it was based on, so two people editing at once get a conflict, not a silent
overwrite. A draft holds what someone is typing so a crash or an auto-lock loses nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.records import (ClientRecord, check_count, check_date, check_enum,
                                           check_text)

MAX_NOTE_CHARS = 4 * 1024 * 1024


class NoteType(StrEnum):
    MEETING = "meeting"
    PHONE = "phone"
    LETTER = "letter"
    EMAIL = "email"
    HEARING = "hearing"
    OTHER = "other"


@dataclass(frozen=True, kw_only=True)
class NoteContent:
    """The fields an author writes; shared by a note and each of its earlier versions."""
    note_type: NoteType
    note_date: date
    title: str = ""
    body: str = ""
    matter_id: int | None = None
    duration_minutes: int = 0
    interpreter_used: bool = False
    interpreter_language: str = ""   # language and dialect actually used
    privileged: bool = False         # legal advice privilege: hidden from support workers
    chronology_event: bool = False   # include in the chronology document ...
    chronology_date: date | None = None  # ... at this date (the event's, not the note's)

    def validate(self) -> None:
        check_enum("note_type", self.note_type, NoteType)
        check_date("note_date", self.note_date, required=True)
        check_text("title", self.title, limit=1000)
        check_text("body", self.body, limit=MAX_NOTE_CHARS)
        check_count("duration_minutes", self.duration_minutes)
        check_text("interpreter_language", self.interpreter_language, limit=200)
        check_date("chronology_date", self.chronology_date)
        if self.chronology_event and self.chronology_date is None:
            raise ValidationError("chronology_date", "is required for a chronology event")


@dataclass(frozen=True, kw_only=True)
class CaseNote(NoteContent, ClientRecord):
    author_id: int
    updated_by: int | None = None

    @property
    def chronology_key(self) -> date:
        return self.chronology_date or self.note_date


@dataclass(frozen=True, kw_only=True)
class NoteVersion(NoteContent):
    """The note as it was at `version`, saved at `saved_at` by `saved_by`."""
    note_id: int
    version: int
    saved_at: str
    saved_by: int | None


@dataclass(frozen=True, kw_only=True)
class NoteDraft:
    """Unsaved typing, one per (user, note) or (user, client) for a note not yet created.

    form_state is the rest of the form as the GUI serialised it (opaque here): a draft may be
    incomplete, so it is not validated like a note.
    """
    user_id: int
    client_id: int
    note_id: int | None = None
    base_version: int | None = None
    title: str = ""
    body: str = ""
    form_state: str = ""
    saved_at: str = ""
    id: int | None = None
