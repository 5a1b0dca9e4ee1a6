"""What the conflict check and safety screening give back, as shown to one person.

A match in a file the person may not see carries no content: `restricted` is true and the
names, references and roles are empty, so a screen or a report can only say "a restricted
record matches".
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

RESTRICTED_MATCH = "a restricted record matches"


class ConflictDecision(StrEnum):
    PENDING = "pending"
    PROCEED = "proceed"
    DECLINE = "decline"
    REFER = "refer"      # to a supervisor / another firm


class AlertStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"   # seen and acted on; stays in the record
    DISMISSED = "dismissed"         # a false match


class ScreenedKind(StrEnum):
    CONTACT = "contact"
    INTERPRETER = "interpreter"
    PARTY = "party"


@dataclass(frozen=True)
class ConflictMatch:
    restricted: bool
    score: float
    strength: str                  # "strong" (the same name however written) or "possible"
    reason: str                    # plain words: "same names in a different order"
    where: str                     # "client C-2026-0004", "trafficker in the file of C-..."
    record_kind: str = ""          # "client" | "party" ("" when restricted)
    client_id: int | None = None
    client_reference: str = ""
    client_name: str = ""
    party_id: int | None = None
    party_name: str = ""
    party_role: str = ""
    query_name: str = ""           # which of the checked names matched
    matched_name: str = ""         # the name on record (only in a fresh result)
    dob_note: str = ""


@dataclass(frozen=True)
class ConflictCheck:
    id: int
    subject_kind: str              # "client" or "party"
    subject_names: tuple[str, ...]
    subject_date_of_birth: date | None
    client_id: int | None          # the new client, or the file the party is added to
    party_id: int | None
    checked_by: int | None
    checked_at: str
    matches: tuple[ConflictMatch, ...]
    restricted_match_count: int
    decision: ConflictDecision
    decision_note: str
    decided_by: int | None
    decided_at: str | None
    version: int

    @property
    def has_matches(self) -> bool:
        return bool(self.matches)


@dataclass(frozen=True)
class SafetyAlert:
    id: int
    client_id: int                 # the client whose safety is at stake
    subject_kind: ScreenedKind
    subject_label: str             # the contact / interpreter / party as entered
    subject_party_id: int | None
    match_on: str                  # "name" or "phone"
    score: float
    reason: str
    status: AlertStatus
    raised_at: str
    raised_by: int | None
    restricted: bool               # the matching trafficker is in a file the reader cannot see
    matched_role: str              # "trafficker" / "associate" ("" when restricted)
    matched_party_id: int | None
    matched_party_name: str
    matched_client_reference: str
    message: str                   # one sentence fit to show wherever she is shown
    resolution_note: str = ""
    resolved_by: int | None = None
    resolved_at: str | None = None
    version: int = 1
