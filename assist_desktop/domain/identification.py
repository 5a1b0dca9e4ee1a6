"""Identification as a victim of trafficking: the UK National Referral Mechanism and the Irish
process (legacy Garda route or the 2024 Act NRM). DOMAIN.md sections 1.1-1.10."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.records import (ClientRecord, check_date, check_enum, check_order,
                                           check_text)


class IdentificationProcess(StrEnum):
    UK_NRM = "uk_nrm"
    IRELAND_LEGACY = "ireland_legacy"      # Garda (AHTU) decision
    IRELAND_2024_ACT = "ireland_2024_act"  # competent authority / trusted partner referral


class CompetentAuthority(StrEnum):
    SINGLE_COMPETENT_AUTHORITY = "sca"
    IMMIGRATION_ENFORCEMENT_CA = "ieca"
    PILOT_PANEL = "pilot_panel"
    GARDA = "garda"
    IRISH_COMPETENT_AUTHORITY = "irish_competent_authority"
    OTHER = "other"


class GroundsOutcome(StrEnum):
    NOT_YET = "not_yet"
    POSITIVE = "positive"
    NEGATIVE = "negative"
    WITHDRAWN = "withdrawn"


class ExploitationFinding(StrEnum):
    UNSPECIFIED = "unspecified"
    TRAFFICKING = "trafficking"
    SLAVERY_SERVITUDE_FORCED_LABOUR = "slavery_servitude_forced_labour"
    BOTH = "both"


@dataclass(frozen=True, kw_only=True)
class IdentificationRecord(ClientRecord):
    process: IdentificationProcess
    matter_id: int | None = None
    referring_organisation: str = ""   # First Responder / trusted partner
    referrer_contact: str = ""
    competent_authority: CompetentAuthority = CompetentAuthority.SINGLE_COMPETENT_AUTHORITY
    referral_date: date | None = None
    duty_to_notify_only: bool = False  # MS1: notified without consent, no NRM referral
    reasonable_grounds_on: date | None = None
    reasonable_grounds: GroundsOutcome = GroundsOutcome.NOT_YET
    recovery_period_start: date | None = None
    recovery_period_end: date | None = None
    conclusive_grounds_on: date | None = None
    conclusive_grounds: GroundsOutcome = GroundsOutcome.NOT_YET
    finding: ExploitationFinding = ExploitationFinding.UNSPECIFIED
    reconsideration_requested_on: date | None = None
    reconsideration_outcome: GroundsOutcome = GroundsOutcome.NOT_YET
    reconsideration_decided_on: date | None = None
    appeal_lodged_on: date | None = None  # Ireland 2024 Act: 30 days from refusal
    guidance_version: str = ""            # e.g. "MSA statutory guidance v3.x"
    notes: str = ""

    def validate(self) -> None:
        check_enum("process", self.process, IdentificationProcess)
        check_enum("competent_authority", self.competent_authority, CompetentAuthority)
        for name in ("reasonable_grounds", "conclusive_grounds", "reconsideration_outcome"):
            check_enum(name, getattr(self, name), GroundsOutcome)
        check_enum("finding", self.finding, ExploitationFinding)
        for name in ("referral_date", "reasonable_grounds_on", "recovery_period_start",
                     "recovery_period_end", "conclusive_grounds_on",
                     "reconsideration_requested_on", "reconsideration_decided_on",
                     "appeal_lodged_on"):
            check_date(name, getattr(self, name))
        check_order("recovery_period", self.recovery_period_start, self.recovery_period_end)
        check_order("reasonable_grounds_on", self.referral_date, self.reasonable_grounds_on)
        if self.conclusive_grounds != GroundsOutcome.NOT_YET and \
                self.reasonable_grounds == GroundsOutcome.NOT_YET:
            raise ValidationError("conclusive_grounds", "recorded before a reasonable-grounds "
                                  "decision")
        for name in ("referring_organisation", "referrer_contact", "guidance_version"):
            check_text(name, getattr(self, name), limit=2000)
        check_text("notes", self.notes)
