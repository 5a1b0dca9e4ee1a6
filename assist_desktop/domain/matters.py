"""Legal matters: each piece of legal work for a client (an asylum claim, an appeal, a CICA
claim...). Support workers see a MatterSummary only (type, status, dates)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from assist_desktop.domain.records import (ClientRecord, Jurisdiction, check_date, check_enum,
                                           check_order, check_text)


class MatterType(StrEnum):
    IDENTIFICATION = "identification"
    ASYLUM_CLAIM = "asylum_claim"
    FRESH_CLAIM = "fresh_claim"
    APPEAL = "appeal"
    JUDICIAL_REVIEW = "judicial_review"
    CRIMINAL_PROCEEDINGS_WITNESS = "criminal_proceedings_witness"
    COMPENSATION = "compensation"
    EMPLOYMENT = "employment"
    CIVIL_CLAIM = "civil_claim"
    FAMILY_CHILDREN = "family_children"
    AGE_ASSESSMENT = "age_assessment"
    HOUSING_WELFARE = "housing_welfare"
    OTHER = "other"


class MatterStatus(StrEnum):
    OPEN = "open"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


class RetentionCategory(StrEnum):
    STANDARD = "standard"    # E&W about 7 years after closure; Scotland often 10
    MINOR = "minor"          # counted from the child's majority
    EXTENDED = "extended"    # a longer period the centre has decided on
    LEGAL_HOLD = "legal_hold"  # not to be destroyed while proceedings or a complaint run


@dataclass(frozen=True, kw_only=True)
class Matter(ClientRecord):
    matter_type: MatterType
    jurisdiction: Jurisdiction
    opened_on: date
    reference: str = ""  # "M-2026-0001", given by storage on creation
    title: str = ""
    regime: str = ""     # e.g. "IPA 2015", "Nationality and Borders Act 2022"
    home_office_ref: str = ""  # Home Office / IPO reference
    tribunal_ref: str = ""
    police_ref: str = ""       # crime reference
    fee_earner_id: int | None = None
    supervisor_id: int | None = None
    decision_sent_on: date | None = None  # the decision under challenge: starts the clocks
    next_hearing_on: date | None = None
    closed_on: date | None = None
    status: MatterStatus = MatterStatus.OPEN
    outcome: str = ""
    retention_category: RetentionCategory = RetentionCategory.STANDARD
    party_ids: frozenset[int] = frozenset()

    def validate(self) -> None:
        check_enum("matter_type", self.matter_type, MatterType)
        check_enum("jurisdiction", self.jurisdiction, Jurisdiction)
        check_enum("status", self.status, MatterStatus)
        check_enum("retention_category", self.retention_category, RetentionCategory)
        check_date("opened_on", self.opened_on, required=True)
        for name in ("decision_sent_on", "next_hearing_on", "closed_on"):
            check_date(name, getattr(self, name))
        check_order("closed_on", self.opened_on, self.closed_on)
        for name in ("title", "regime", "home_office_ref", "tribunal_ref", "police_ref"):
            check_text(name, getattr(self, name), limit=500)
        check_text("outcome", self.outcome)


@dataclass(frozen=True, kw_only=True)
class MatterSummary:
    """What a support worker may see of a matter (DESIGN.md section 3)."""
    id: int
    client_id: int
    reference: str
    matter_type: MatterType
    status: MatterStatus
    jurisdiction: Jurisdiction
    opened_on: date
    closed_on: date | None
    version: int

    @classmethod
    def of(cls, matter: Matter) -> "MatterSummary":
        return cls(id=matter.id, client_id=matter.client_id, reference=matter.reference,
                   matter_type=matter.matter_type, status=matter.status,
                   jurisdiction=matter.jurisdiction, opened_on=matter.opened_on,
                   closed_on=matter.closed_on, version=matter.version)
