"""What every stored case record has: identity, a version for optimistic concurrency,
timestamps and a soft-delete marker; plus the small validation helpers the entities share.

Records are frozen dataclasses with keyword-only fields: a service changes one with
`dataclasses.replace` and gets the saved copy (new version, new updated_at) back from storage.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from assist_desktop.domain.errors import ValidationError


class Jurisdiction(StrEnum):
    """The same keys as the centre table and domain.working_days."""
    ENGLAND_WALES = "england-wales"
    SCOTLAND = "scotland"
    IRELAND = "ireland"


class GenderPreference(StrEnum):
    NONE = "none"
    FEMALE = "female"
    MALE = "male"


@dataclass(frozen=True, kw_only=True)
class Record:
    """id is None until stored; version 0 until stored, then 1, 2, ... on each save."""
    id: int | None = None
    version: int = 0
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True, kw_only=True)
class ClientRecord(Record):
    """A record that belongs to one client's file (access follows the client's)."""
    client_id: int


# --- validation helpers (raise ValidationError naming the field) -------------------------
MAX_TEXT = 8 * 1024 * 1024  # 8 MB of text in one field: far above a long note, stops accidents


def check_text(field: str, value: str, *, required: bool = False, limit: int = MAX_TEXT) -> None:
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    if required and not value.strip():
        raise ValidationError(field, "is required")
    if len(value) > limit:
        raise ValidationError(field, f"is too long (at most {limit} characters)")
    if "\x00" in value:
        raise ValidationError(field, "contains a NUL character")


def check_date(field: str, value: date | None, *, required: bool = False) -> None:
    if value is None:
        if required:
            raise ValidationError(field, "is required")
        return
    if not isinstance(value, date):
        raise ValidationError(field, "must be a date")


def check_order(field: str, start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(field, "ends before it starts")


def check_count(field: str, value: int | None, *, minimum: int = 0,
                maximum: int | None = None, optional: bool = True) -> None:
    """A whole number from `minimum` (to `maximum`, when given); None only if `optional`."""
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "must be a whole number")
    if maximum is not None and not minimum <= value <= maximum:
        raise ValidationError(field, f"must be a whole number from {minimum} to {maximum}")
    if value < minimum:
        raise ValidationError(field, f"must be at least {minimum}")


def check_enum(field: str, value, enum_type: type[StrEnum]) -> None:
    if not isinstance(value, enum_type):
        try:
            enum_type(value)
        except ValueError:
            raise ValidationError(field, "is not one of the allowed values") from None


def sort_key(name: str) -> str:
    """A case- and accent-insensitive key for ordering names (the stored name is untouched)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().strip()
