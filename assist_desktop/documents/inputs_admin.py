"""Inputs for the client care letter, conflict-check record, recovery sheet and bundle.

Conventions as in `documents.inputs`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from assist_desktop.documents.inputs import (
    CentreLetterhead, Jurisdiction, Party, Reference, Signatory,
)


@dataclass(frozen=True)
class ClientCareLetterInput:
    """A plain-language letter confirming what the centre will do for her.

    `retention_years` is how long the file is kept after the matter closes (0: the
    jurisdiction's default from the wording); `retain_until` overrides it with a date (e.g.
    for a child client, 7 years after her 18th birthday).
    """
    jurisdiction: Jurisdiction
    letterhead: CentreLetterhead
    date: date
    client_name: str
    matter_description: str  # what we will help with, in plain words
    caseworker: Signatory
    client_address_lines: tuple[str, ...] = ()
    supervisor: str = ""  # empty, or the caseworker's own name: a marker asks for one
    supervisor_role: str = ""
    funding: str = ""  # "legal_aid", "pro_bono", "fixed_fee" (wording), or free text
    funding_detail: str = ""  # e.g. the fixed fee and what it covers
    next_steps: tuple[str, ...] = ()
    retention_years: int = 0
    retain_until: date | None = None
    complaints_contact: str = ""
    references: tuple[Reference, ...] = ()
    term: str = ""


@dataclass(frozen=True)
class ConflictHit:
    """A possible match found when searching the records for a name."""
    name_searched: str
    matched_name: str
    matched_role: str = ""  # e.g. "Opponent in matter M-2023-014", "Former client"
    score: int = 0          # similarity, 0-100
    disposition: str = ""   # e.g. "Different person: date of birth differs"


@dataclass(frozen=True)
class ConflictCheckRecordInput:
    letterhead: CentreLetterhead
    checked_date: date
    checked_by: Signatory
    client_name: str
    matter_description: str
    names_searched: tuple[str, ...]
    hits: tuple[ConflictHit, ...] = ()
    outcome: str = ""  # e.g. "No conflict", "Conflict: matter declined"
    decided_by: Signatory | None = None
    notes: str = ""
    jurisdiction: Jurisdiction = Jurisdiction.ENGLAND_WALES


@dataclass(frozen=True)
class RecoverySheetInput:
    """The sheet printed by the first-run wizard: the recovery code for the database."""
    centre_name: str
    recovery_code: str
    created: date
    database_id: str


@dataclass(frozen=True)
class BundleItem:
    """One document in a bundle: PDF bytes a builder made, or an attached PDF.

    `attached` says which, so an error can say "the attached PDF ... is damaged".
    """
    title: str
    pdf: bytes
    date: date | None = None
    attached: bool = False


@dataclass(frozen=True)
class BundleSection:
    title: str  # e.g. "A. Appellant's statements"
    items: tuple[BundleItem, ...]


@dataclass(frozen=True)
class BundleInput:
    """A tribunal or court bundle: an index, then every section's documents, paginated."""
    jurisdiction: Jurisdiction
    title: str  # e.g. "Appellant's bundle"
    sections: tuple[BundleSection, ...]
    prepared_date: date
    tribunal: str = ""
    parties: tuple[Party, ...] = ()
    references: tuple[Reference, ...] = ()
    prepared_by: CentreLetterhead | None = None
    signatory: Signatory | None = None
