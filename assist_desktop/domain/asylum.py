"""Her asylum (international protection) claim and its appeals, age assessments, and her
exploitation profile (the forms of exploitation, the countries, how she reached the centre).
DOMAIN.md sections 2.1-2.3 (UK claim and appeals), 3 (Ireland), 4.3 (age assessment),
Appendix A entities 1, 4 and 5.

The claim is a list of dated steps (claim made, screening and substantive interviews, decision,
appeal lodged, hearings, determination, onward appeal), so several interviews or hearings are
simply several steps. A step whose date starts a time limit (a refusal, a dismissed appeal)
names the deadline rules' start event (resources/rules/deadline_rules.json).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.records import (ClientRecord, check_count, check_date, check_enum,
                                           check_order, check_text)


class AsylumStep(StrEnum):
    CLAIM = "claim"                                  # claim made (registered)
    SCREENING_INTERVIEW = "screening_interview"
    SUBSTANTIVE_INTERVIEW = "substantive_interview"
    DECISION = "decision"                            # Home Office / IPO decision
    APPEAL_LODGED = "appeal_lodged"                  # FTT IAC / IPAT
    HEARING = "hearing"
    DETERMINATION = "determination"                  # the tribunal's decision
    ONWARD_APPEAL = "onward_appeal"                  # permission to appeal to the UT / higher


class AsylumOutcome(StrEnum):
    NONE = "none"
    GRANTED_REFUGEE = "granted_refugee"
    GRANTED_HUMANITARIAN = "granted_humanitarian"    # humanitarian / subsidiary protection
    GRANTED_OTHER = "granted_other"                  # other leave / permission to remain
    REFUSED = "refused"
    REFUSED_CERTIFIED = "refused_certified"          # certified: no in-country appeal
    WITHDRAWN = "withdrawn"
    ALLOWED = "allowed"
    DISMISSED = "dismissed"
    REMITTED = "remitted"
    PERMISSION_GRANTED = "permission_granted"
    PERMISSION_REFUSED = "permission_refused"


_OUTCOMES: dict[AsylumStep, frozenset[AsylumOutcome]] = {
    AsylumStep.DECISION: frozenset({AsylumOutcome.GRANTED_REFUGEE,
                                    AsylumOutcome.GRANTED_HUMANITARIAN,
                                    AsylumOutcome.GRANTED_OTHER, AsylumOutcome.REFUSED,
                                    AsylumOutcome.REFUSED_CERTIFIED, AsylumOutcome.WITHDRAWN}),
    AsylumStep.DETERMINATION: frozenset({AsylumOutcome.ALLOWED, AsylumOutcome.DISMISSED,
                                         AsylumOutcome.REMITTED, AsylumOutcome.WITHDRAWN}),
    AsylumStep.ONWARD_APPEAL: frozenset({AsylumOutcome.PERMISSION_GRANTED,
                                         AsylumOutcome.PERMISSION_REFUSED,
                                         AsylumOutcome.ALLOWED, AsylumOutcome.DISMISSED,
                                         AsylumOutcome.REMITTED, AsylumOutcome.WITHDRAWN}),
}


def outcomes_for(step: AsylumStep) -> tuple[AsylumOutcome, ...]:
    """The outcomes a step can have, "none" first (a step without an outcome, or not yet)."""
    allowed = _OUTCOMES.get(AsylumStep(step), frozenset())
    return (AsylumOutcome.NONE, *(o for o in AsylumOutcome if o in allowed))


@dataclass(frozen=True, kw_only=True)
class AsylumEvent(ClientRecord):
    """One dated step of her claim or appeal. `dated` is the date that matters in law: for a
    decision or determination, the date it was sent (the date that starts the clock)."""
    step: AsylumStep
    dated: date
    matter_id: int | None = None
    outcome: AsylumOutcome = AsylumOutcome.NONE
    body: str = ""                  # Home Office, IPO, FTT IAC, UT, IPAT ...
    reference: str = ""             # HO / IPO reference, appeal number
    interpreter_language: str = ""  # language and dialect used
    recording_requested: bool = False  # a copy of the interview recording asked for
    notes: str = ""

    def validate(self) -> None:
        check_enum("step", self.step, AsylumStep)
        check_enum("outcome", self.outcome, AsylumOutcome)
        check_date("dated", self.dated, required=True)
        allowed = _OUTCOMES.get(AsylumStep(self.step), frozenset())
        if self.outcome != AsylumOutcome.NONE and self.outcome not in allowed:
            raise ValidationError("outcome", "does not fit this step (choose none, or record "
                                             "the outcome on the decision or determination)")
        for name in ("body", "reference", "interpreter_language"):
            check_text(name, getattr(self, name), limit=500)
        check_text("notes", self.notes, limit=20000)

    def start_events(self) -> tuple[str, ...]:
        """The deadline rules' start events this step's date starts (see deadline_rules.json):
        a refusal starts the appeal clock, a dismissed appeal the permission-to-appeal clock."""
        refused = self.outcome in (AsylumOutcome.REFUSED,)
        if self.step == AsylumStep.DECISION and refused:
            return ("decision sent", "IPO notification sent", "receipt of the IPO notification")
        if self.step == AsylumStep.DETERMINATION and self.outcome == AsylumOutcome.DISMISSED:
            return ("FTT written reasons sent",)
        if self.step == AsylumStep.ONWARD_APPEAL:
            if self.outcome == AsylumOutcome.PERMISSION_REFUSED:  # by the FTT: renew at the UT
                return ("FTT refusal of permission sent",)
            if self.outcome == AsylumOutcome.DISMISSED:           # by the UT: onward permission
                return ("UT decision sent",)
        return ()


class AgeAssessor(StrEnum):
    LOCAL_AUTHORITY = "local_authority"
    HOME_OFFICE = "home_office"
    NATIONAL_AGE_ASSESSMENT_BOARD = "naab"
    TUSLA = "tusla"                  # Ireland: the Child and Family Agency
    TRIBUNAL_OR_COURT = "tribunal_or_court"
    OTHER = "other"


class AgeOutcome(StrEnum):
    PENDING = "pending"
    ACCEPTED_AS_CHILD = "accepted_as_child"
    ASSESSED_AS_ADULT = "assessed_as_adult"
    ASSESSED_OTHER_AGE = "assessed_other_age"  # a child, but of a different age
    BENEFIT_OF_DOUBT = "benefit_of_doubt"


@dataclass(frozen=True, kw_only=True)
class AgeAssessment(ClientRecord):
    """One assessment of her age: who did it, what it found, and whether it was challenged
    (appeal to the FTT under NABA 2022 Part 4, or judicial review)."""
    assessed_on: date
    assessor: AgeAssessor = AgeAssessor.LOCAL_AUTHORITY
    assessing_body: str = ""         # e.g. the council's name
    outcome: AgeOutcome = AgeOutcome.PENDING
    assessed_age: int | None = None  # in years, at the assessment
    assessed_date_of_birth: date | None = None
    merton_compliant: bool = False
    interpreter_present: bool = False
    appropriate_adult_present: bool = False
    challenged_on: date | None = None
    challenge_outcome: str = ""
    matter_id: int | None = None
    notes: str = ""

    def validate(self) -> None:
        check_enum("assessor", self.assessor, AgeAssessor)
        check_enum("outcome", self.outcome, AgeOutcome)
        check_date("assessed_on", self.assessed_on, required=True)
        check_date("assessed_date_of_birth", self.assessed_date_of_birth)
        check_date("challenged_on", self.challenged_on)
        check_order("challenged_on", self.assessed_on, self.challenged_on)
        check_count("assessed_age", self.assessed_age, maximum=120)
        if self.assessed_date_of_birth is not None and \
                self.assessed_date_of_birth > self.assessed_on:
            raise ValidationError("assessed_date_of_birth", "is after the assessment")
        for name in ("assessing_body", "challenge_outcome"):
            check_text(name, getattr(self, name), limit=500)
        check_text("notes", self.notes, limit=20000)


class ExploitationForm(StrEnum):
    SEXUAL = "sexual"
    LABOUR = "labour"
    DOMESTIC_SERVITUDE = "domestic_servitude"
    CRIMINAL = "criminal"                    # forced criminality (cannabis, begging, theft)
    FORCED_MARRIAGE = "forced_marriage"
    ORGAN_REMOVAL = "organ_removal"
    FINANCIAL = "financial"                  # benefit fraud, bank accounts, loans in her name
    OTHER = "other"


class RouteToCentre(StrEnum):
    UNKNOWN = "unknown"
    OUTREACH = "outreach"
    SELF_REFERRAL = "self_referral"
    AGENCY = "agency"                        # referred by another agency


MAX_COUNTRIES = 30


@dataclass(frozen=True, kw_only=True)
class ExploitationProfile(ClientRecord):
    """One per client: the forms of exploitation she suffered, the countries involved (where
    she was recruited, moved through, exploited), and how she reached the centre."""
    forms: tuple[ExploitationForm, ...] = ()
    countries: tuple[str, ...] = ()
    route: RouteToCentre = RouteToCentre.UNKNOWN
    referring_agency: str = ""
    notes: str = ""

    def validate(self) -> None:
        for form in self.forms:
            check_enum("forms", form, ExploitationForm)
        if len(set(self.forms)) != len(self.forms):
            raise ValidationError("forms", "lists a form twice")
        check_enum("route", self.route, RouteToCentre)
        if len(self.countries) > MAX_COUNTRIES:
            raise ValidationError("countries", f"at most {MAX_COUNTRIES} countries")
        for country in self.countries:
            check_text("countries", country, required=True, limit=100)
            if any(ord(ch) < 32 for ch in country):
                raise ValidationError("countries", "contains control characters")
        check_text("referring_agency", self.referring_agency, limit=500)
        if self.route != RouteToCentre.AGENCY and self.referring_agency.strip():
            raise ValidationError("referring_agency", "is only for a referral by an agency")
        check_text("notes", self.notes, limit=20000)


def encode_list(values) -> str:
    """A tuple of codes or names kept in one column, one a line (names never hold newlines)."""
    return "\n".join(str(v) for v in values)


def decode_list(text: str) -> tuple[str, ...]:
    return tuple(line for line in (text or "").split("\n") if line)
