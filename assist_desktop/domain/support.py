"""Practical support: needs assessed by domain, the support plan, referrals to outside
services (with her consent), and a peer mentor (a survivor who mentors)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from assist_desktop.domain.records import (ClientRecord, check_date, check_enum, check_order,
                                           check_text)


class SupportDomain(StrEnum):
    LEGAL = "legal"
    ACCOMMODATION = "accommodation"
    PSYCHOLOGICAL = "psychological"
    MEDICAL = "medical"
    TRAINING_EDUCATION = "training_education"
    EMPLOYMENT = "employment"
    MATERIAL = "material"
    CHILDCARE = "childcare"
    PEER_SUPPORT = "peer_support"


class NeedLevel(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    URGENT = "urgent"


@dataclass(frozen=True, kw_only=True)
class NeedsAssessment(ClientRecord):
    domain: SupportDomain
    assessed_on: date
    level: NeedLevel = NeedLevel.NONE
    needs: str = ""
    her_goals: str = ""   # in her words: what she wants from this
    assessed_by: int | None = None
    review_on: date | None = None

    def validate(self) -> None:
        check_enum("domain", self.domain, SupportDomain)
        check_enum("level", self.level, NeedLevel)
        check_date("assessed_on", self.assessed_on, required=True)
        check_date("review_on", self.review_on)
        check_text("needs", self.needs)
        check_text("her_goals", self.her_goals)


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(frozen=True, kw_only=True)
class SupportPlanAction(ClientRecord):
    domain: SupportDomain
    action: str
    owner_id: int | None = None   # a member of staff ...
    owner_name: str = ""          # ... or someone outside (her, a partner agency)
    start_on: date | None = None
    due_on: date | None = None
    completed_on: date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    notes: str = ""

    def validate(self) -> None:
        check_enum("domain", self.domain, SupportDomain)
        check_enum("status", self.status, ActionStatus)
        check_text("action", self.action, required=True, limit=5000)
        check_text("owner_name", self.owner_name, limit=500)
        for name in ("start_on", "due_on", "completed_on"):
            check_date(name, getattr(self, name))
        check_order("due_on", self.start_on, self.due_on)
        check_text("notes", self.notes)


class ReferralStatus(StrEnum):
    PLANNED = "planned"
    SENT = "sent"
    ACCEPTED = "accepted"
    WAITING_LIST = "waiting_list"
    DECLINED = "declined"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True, kw_only=True)
class Referral(ClientRecord):
    organisation: str
    domain: SupportDomain
    referred_on: date | None = None
    consent_given: bool = False
    consent_entry_id: int | None = None  # the consent log entry that covers it, if recorded
    status: ReferralStatus = ReferralStatus.PLANNED
    contact: str = ""
    outcome: str = ""
    outcome_on: date | None = None

    def validate(self) -> None:
        check_text("organisation", self.organisation, required=True, limit=500)
        check_enum("domain", self.domain, SupportDomain)
        check_enum("status", self.status, ReferralStatus)
        check_date("referred_on", self.referred_on)
        check_date("outcome_on", self.outcome_on)
        check_order("outcome_on", self.referred_on, self.outcome_on)
        check_text("contact", self.contact, limit=2000)
        check_text("outcome", self.outcome)


@dataclass(frozen=True, kw_only=True)
class PeerMentorAssignment(ClientRecord):
    mentor_name: str
    mentor_contact: str = ""
    started_on: date | None = None
    ended_on: date | None = None
    notes: str = ""

    def validate(self) -> None:
        check_text("mentor_name", self.mentor_name, required=True, limit=500)
        check_text("mentor_contact", self.mentor_contact, limit=2000)
        check_date("started_on", self.started_on)
        check_date("ended_on", self.ended_on)
        check_order("ended_on", self.started_on, self.ended_on)
        check_text("notes", self.notes)
