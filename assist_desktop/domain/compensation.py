"""Compensation claims (CICA, Irish CICT, compensation/reparation orders, employment, civil)
and their schedule of loss. Amounts are integer minor units; see domain/money.py."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.money import Currency, check_minor, multiply, parse_multiplier
from assist_desktop.domain.records import (ClientRecord, Record, check_date, check_enum,
                                           check_order, check_text)


class CompensationScheme(StrEnum):
    CICA = "cica"                       # Criminal Injuries Compensation Scheme 2012
    IRISH_CICT = "irish_cict"           # Criminal Injuries Compensation Tribunal
    COMPENSATION_ORDER = "compensation_order"
    REPARATION_ORDER = "reparation_order"  # slavery and trafficking reparation order
    EMPLOYMENT_TRIBUNAL = "employment_tribunal"
    WRC = "wrc"                          # Workplace Relations Commission (IE)
    CIVIL_CLAIM = "civil_claim"


S = CompensationScheme
# The routes open in each jurisdiction, in the order a person looks for them. A slavery and
# trafficking reparation order is made under the Modern Slavery Act 2015 s.8 (England and
# Wales only); the CICA covers Great Britain; Ireland has the CICT and the WRC.
SCHEMES_BY_JURISDICTION: dict[str, tuple[CompensationScheme, ...]] = {
    "england-wales": (S.CICA, S.REPARATION_ORDER, S.COMPENSATION_ORDER, S.EMPLOYMENT_TRIBUNAL,
                      S.CIVIL_CLAIM),
    "scotland": (S.CICA, S.COMPENSATION_ORDER, S.EMPLOYMENT_TRIBUNAL, S.CIVIL_CLAIM),
    "ireland": (S.IRISH_CICT, S.COMPENSATION_ORDER, S.WRC, S.CIVIL_CLAIM),
}
_UK_ONLY = frozenset({S.CICA, S.REPARATION_ORDER, S.EMPLOYMENT_TRIBUNAL})
_IRELAND_ONLY = frozenset({S.IRISH_CICT, S.WRC})


def schemes_for(jurisdiction: str) -> tuple[CompensationScheme, ...]:
    """The compensation routes a centre in `jurisdiction` may record (never another
    jurisdiction's schemes)."""
    return SCHEMES_BY_JURISDICTION.get(str(jurisdiction), ())


class ClaimStatus(StrEnum):
    PREPARING = "preparing"
    SUBMITTED = "submitted"
    DECIDED = "decided"
    REVIEW_REQUESTED = "review_requested"
    APPEALED = "appealed"
    ACCEPTED = "accepted"
    PAID = "paid"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class LossHead(StrEnum):
    TARIFF_INJURY = "tariff_injury"
    LOSS_OF_EARNINGS = "loss_of_earnings"
    SPECIAL_EXPENSES = "special_expenses"
    CARE = "care"
    UNPAID_WAGES = "unpaid_wages"
    GENERAL_DAMAGES = "general_damages"
    AGGRAVATED_DAMAGES = "aggravated_damages"
    OTHER = "other"


class LossTiming(StrEnum):
    PAST = "past"
    FUTURE = "future"


@dataclass(frozen=True, kw_only=True)
class CompensationClaim(ClientRecord):
    scheme: CompensationScheme
    currency: Currency
    matter_id: int | None = None
    incident_from: date | None = None
    incident_to: date | None = None
    period_of_abuse: bool = False
    police_report_on: date | None = None
    crime_reference: str = ""
    cooperation_notes: str = ""        # e.g. threats to family explaining a late report
    unspent_convictions_checked: bool = False
    unspent_convictions_note: str = ""
    application_on: date | None = None
    status: ClaimStatus = ClaimStatus.PREPARING
    decision_on: date | None = None
    review_requested_on: date | None = None
    review_decision_on: date | None = None
    amount_claimed: int | None = None  # minor units
    amount_offered: int | None = None
    amount_paid: int | None = None

    def validate(self) -> None:
        check_enum("scheme", self.scheme, CompensationScheme)
        check_enum("currency", self.currency, Currency)
        check_enum("status", self.status, ClaimStatus)
        if (Currency(self.currency) == Currency.EUR and self.scheme in _UK_ONLY) or (
                Currency(self.currency) == Currency.GBP and self.scheme in _IRELAND_ONLY):
            raise ValidationError("scheme", "is not open in this jurisdiction (a claim in "
                                  f"{Currency(self.currency).value} cannot use it)")
        for name in ("incident_from", "incident_to", "police_report_on", "application_on",
                     "decision_on", "review_requested_on", "review_decision_on"):
            check_date(name, getattr(self, name))
        check_order("incident_to", self.incident_from, self.incident_to)
        for name in ("amount_claimed", "amount_offered", "amount_paid"):
            check_minor(name, getattr(self, name))
        check_text("crime_reference", self.crime_reference, limit=200)
        check_text("cooperation_notes", self.cooperation_notes)
        check_text("unspent_convictions_note", self.unspent_convictions_note)


@dataclass(frozen=True, kw_only=True)
class ScheduleOfLossItem(Record):
    """One line of a schedule of loss: amount = multiplicand x multiplier, to the penny.

    Lump sums use multiplier "1". The multiplier is kept as its exact decimal string.
    """
    claim_id: int
    head: LossHead
    timing: LossTiming
    multiplicand: int  # minor units (per week, per year, or the lump sum)
    multiplier: str = "1"
    description: str = ""
    period_from: date | None = None
    period_to: date | None = None
    period_note: str = ""     # e.g. "52 weeks from week 29"
    evidence_attachment_id: int | None = None
    position: int = 0

    @property
    def multiplier_decimal(self) -> Decimal:
        return parse_multiplier("multiplier", self.multiplier)

    @property
    def amount(self) -> int:
        return multiply(self.multiplicand, self.multiplier)

    def validate(self) -> None:
        check_enum("head", self.head, LossHead)
        check_enum("timing", self.timing, LossTiming)
        check_minor("multiplicand", self.multiplicand)
        if self.multiplicand is None:
            raise ValidationError("multiplicand", "is required")
        parse_multiplier("multiplier", self.multiplier)
        check_minor("amount", self.amount)
        check_date("period_from", self.period_from)
        check_date("period_to", self.period_to)
        check_order("period_to", self.period_from, self.period_to)
        check_text("description", self.description, limit=5000)
        check_text("period_note", self.period_note, limit=500)


def schedule_total(items: list[ScheduleOfLossItem] | tuple[ScheduleOfLossItem, ...],
                   timing: LossTiming | None = None) -> int:
    """Sum of the live items' amounts (optionally only past or future), in minor units."""
    return sum(item.amount for item in items
               if not item.is_deleted and (timing is None or item.timing == timing))
