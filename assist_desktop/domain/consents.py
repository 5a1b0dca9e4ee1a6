"""The consent log: what she agreed to (or withdrew), and when. Entries are appended, never
edited in place, so the history of her decisions is kept."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from assist_desktop.domain.records import ClientRecord, check_date, check_enum, check_text


class ConsentKind(StrEnum):
    NRM_REFERRAL = "nrm_referral"
    SUPPORT_PROVIDER_REFERRAL = "support_provider_referral"
    INFORMATION_SHARING = "information_sharing"


class ConsentDecision(StrEnum):
    GIVEN = "given"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True, kw_only=True)
class ConsentEntry(ClientRecord):
    kind: ConsentKind
    decision: ConsentDecision
    decided_on: date
    shared_with: str = ""  # the organisation or purpose the consent covers
    recorded_by: int | None = None
    notes: str = ""

    def validate(self) -> None:
        check_enum("kind", self.kind, ConsentKind)
        check_enum("decision", self.decision, ConsentDecision)
        check_date("decided_on", self.decided_on, required=True)
        check_text("shared_with", self.shared_with, limit=500)
        check_text("notes", self.notes)


def consent_in_force(entries: list[ConsentEntry] | tuple[ConsentEntry, ...],
                     kind: ConsentKind, shared_with: str | None = None) -> bool:
    """True when the latest live entry of this kind (and recipient, if given) is 'given'."""
    relevant = [e for e in entries if e.kind == kind and not e.is_deleted
                and (shared_with is None or e.shared_with == shared_with)]
    if not relevant:
        return False
    latest = max(relevant, key=lambda e: (e.decided_on, e.id or 0))
    return latest.decision == ConsentDecision.GIVEN
