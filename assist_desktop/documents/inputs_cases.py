"""Inputs for the compensation summary, the children's needs report and the case summary.

Conventions as in `documents.inputs`: plain text as typed, `datetime.date`, money as integer
minor units (pence or cents), multipliers as Decimal or an exact decimal string.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from assist_desktop.domain.dates import PartialDate
from assist_desktop.documents.inputs import (
    CentreLetterhead, Jurisdiction, Reference, Signatory,
)


# Compensation ------------------------------------------------------------------------------
class LossPeriod(StrEnum):
    GENERAL = "general"  # pain, suffering and loss of amenity; injury payment; injury to feelings
    PAST = "past"        # special damages to date
    FUTURE = "future"    # multiplicand x multiplier


@dataclass(frozen=True)
class ScheduleItem:
    """One line of the schedule of loss.

    Give either `amount_minor`, or `multiplicand_minor` and `multiplier` (the line's value
    is then multiplicand x multiplier, rounded half-up to the penny or cent).
    """
    head: str  # e.g. "Loss of earnings", "Care and assistance"
    period: LossPeriod
    description: str = ""
    amount_minor: int | None = None
    multiplicand_minor: int | None = None
    multiplier: Decimal | str | None = None
    multiplier_basis: str = ""  # e.g. "Ogden table 2, age 29", "52 weeks"


@dataclass(frozen=True)
class KeyDate:
    label: str
    date: date | None
    note: str = ""


@dataclass(frozen=True)
class CompensationSummaryInput:
    jurisdiction: Jurisdiction  # sets the currency: GBP for England & Wales/Scotland, else EUR
    letterhead: CentreLetterhead
    claimant_name: str
    prepared_date: date
    forum: str  # e.g. "Criminal Injuries Compensation Authority", "Employment Tribunal"
    items: tuple[ScheduleItem, ...]
    claimant_date_of_birth: date | PartialDate | None = None
    references: tuple[Reference, ...] = ()
    key_dates: tuple[KeyDate, ...] = ()
    circumstances: str = ""  # brief summary of the incident(s) and their effects
    notes: str = ""
    prepared_by: Signatory | None = None
    term: str = ""
    # The route (a domain CompensationScheme value, e.g. "cica", "reparation_order"): picks
    # the wording's intro, forum and statement of truth. The amount claimed is always the
    # schedule's total; these are what the other side offered, awarded or paid, if any.
    route: str = ""
    status: str = ""
    offered_minor: int | None = None
    awarded_minor: int | None = None
    paid_minor: int | None = None


# Children ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChildAction:
    action: str
    by_whom: str = ""
    due: date | None = None


@dataclass(frozen=True)
class ChildEntry:
    name: str
    date_of_birth: date | None = None
    location: str = ""     # where the child is now, e.g. "With grandmother in Benin City"
    carer: str = ""
    situation: str = ""
    risks: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    actions: tuple[ChildAction, ...] = ()


class ChildrenReportPurpose(StrEnum):
    BEST_INTERESTS = "best_interests"
    FAMILY_REUNION = "family_reunion"
    GENERAL = "general"


@dataclass(frozen=True)
class ChildrenReportInput:
    jurisdiction: Jurisdiction
    letterhead: CentreLetterhead
    parent_name: str
    report_date: date
    children: tuple[ChildEntry, ...]
    purpose: ChildrenReportPurpose = ChildrenReportPurpose.BEST_INTERESTS
    references: tuple[Reference, ...] = ()
    summary: str = ""
    author: Signatory | None = None
    term: str = ""


# Case summary ------------------------------------------------------------------------------
@dataclass(frozen=True)
class SummarySection:
    heading: str
    text: str


@dataclass(frozen=True)
class Contact:
    role: str     # e.g. "Support worker", "Home Office caseworker"
    name: str
    details: str = ""


@dataclass(frozen=True)
class CaseSummaryInput:
    """A handover summary for another caseworker: privileged and confidential."""
    jurisdiction: Jurisdiction
    letterhead: CentreLetterhead
    client_name: str
    prepared_date: date
    sections: tuple[SummarySection, ...]
    references: tuple[Reference, ...] = ()
    key_dates: tuple[KeyDate, ...] = ()
    open_tasks: tuple[str, ...] = ()
    contacts: tuple[Contact, ...] = ()
    prepared_by: Signatory | None = None
    term: str = ""
