"""Her children (with her, in care, left in the country of origin and perhaps used as leverage)
and her pregnancy. DOMAIN.md section 4."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.records import ClientRecord, check_date, check_enum, check_text


class ChildRelationship(StrEnum):
    DAUGHTER = "daughter"
    SON = "son"
    CHILD = "child"
    STEPCHILD = "stepchild"
    OTHER = "other"


class ChildLocation(StrEnum):
    WITH_CLIENT = "with_client"
    IN_CARE = "in_care"
    COUNTRY_OF_ORIGIN = "country_of_origin"
    ELSEWHERE = "elsewhere"
    UNKNOWN = "unknown"


class FamilyReunionStatus(StrEnum):
    NOT_APPLICABLE = "not_applicable"
    CONSIDERING = "considering"
    APPLIED = "applied"
    GRANTED = "granted"
    REFUSED = "refused"
    APPEALED = "appealed"


@dataclass(frozen=True, kw_only=True)
class Child(ClientRecord):
    relationship: ChildRelationship
    given_names: str = ""
    family_name: str = ""
    date_of_birth: date | None = None
    age_disputed: bool = False
    location: ChildLocation = ChildLocation.UNKNOWN
    location_detail: str = ""
    leverage_risk: bool = False   # traffickers threaten or use the child
    safety_notes: str = ""
    guardian: str = ""            # ICTG / Scottish Guardianship Service contact
    social_worker: str = ""
    school_or_childcare: str = ""
    dependant_on_claim: bool = False
    best_interests_notes: str = ""  # s.55 BCIA 2009 / best interests
    family_reunion: FamilyReunionStatus = FamilyReunionStatus.NOT_APPLICABLE
    benefits: str = ""

    def validate(self) -> None:
        check_enum("relationship", self.relationship, ChildRelationship)
        check_enum("location", self.location, ChildLocation)
        check_enum("family_reunion", self.family_reunion, FamilyReunionStatus)
        check_text("given_names", self.given_names, limit=500)
        check_text("family_name", self.family_name, limit=500)
        check_date("date_of_birth", self.date_of_birth)
        for name in ("location_detail", "safety_notes", "guardian", "social_worker",
                     "school_or_childcare", "best_interests_notes", "benefits"):
            check_text(name, getattr(self, name))


class PregnancyOutcome(StrEnum):
    ONGOING = "ongoing"
    BORN = "born"
    ENDED = "ended"


@dataclass(frozen=True, kw_only=True)
class Pregnancy(ClientRecord):
    due_on: date | None = None
    mat_b1_received: bool = False
    maternity_grant_applied_on: date | None = None
    antenatal_care: str = ""
    outcome: PregnancyOutcome = PregnancyOutcome.ONGOING
    ended_on: date | None = None
    notes: str = ""

    def validate(self) -> None:
        check_enum("outcome", self.outcome, PregnancyOutcome)
        for name in ("due_on", "maternity_grant_applied_on", "ended_on"):
            check_date(name, getattr(self, name))
        if self.outcome == PregnancyOutcome.ONGOING and self.ended_on is not None:
            raise ValidationError("ended_on", "is set but the pregnancy is recorded as ongoing")
        check_text("antenatal_care", self.antenatal_care)
        check_text("notes", self.notes)
