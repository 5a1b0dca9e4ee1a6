"""Plain words for the record's coded values, as they print in documents (English).

Wording a centre edits lives in assist_desktop/resources/wording/; these are the names of things the record
holds (matter types, decisions, loss heads), which do not vary by jurisdiction except where
a mapping below says so.
"""
from __future__ import annotations

from assist_desktop.documents import Addressee
from assist_desktop.domain.children import ChildLocation, FamilyReunionStatus
from assist_desktop.domain.clients import ImmigrationStatus, SafeContactMethod, SafetyFlag
from assist_desktop.domain.compensation import ClaimStatus, CompensationScheme, LossHead
from assist_desktop.domain.identification import (CompetentAuthority, ExploitationFinding,
                                                  GroundsOutcome)
from assist_desktop.domain.matters import MatterStatus, MatterType
from assist_desktop.domain.records import Jurisdiction
from assist_desktop.domain.support import NeedLevel, SupportDomain


def words(value) -> str:
    """A coded value as words when no label is defined: 'on_hold' -> 'on hold'."""
    return str(getattr(value, "value", value)).replace("_", " ")


MATTER_TYPES = {
    MatterType.IDENTIFICATION: "identification (referral as a survivor of trafficking)",
    MatterType.ASYLUM_CLAIM: "asylum claim", MatterType.FRESH_CLAIM: "fresh claim",
    MatterType.APPEAL: "appeal", MatterType.JUDICIAL_REVIEW: "judicial review",
    MatterType.CRIMINAL_PROCEEDINGS_WITNESS: "witness in criminal proceedings",
    MatterType.COMPENSATION: "compensation claim", MatterType.EMPLOYMENT: "employment claim",
    MatterType.CIVIL_CLAIM: "civil claim", MatterType.FAMILY_CHILDREN: "family and children",
    MatterType.AGE_ASSESSMENT: "age assessment", MatterType.HOUSING_WELFARE: "housing and welfare",
    MatterType.OTHER: "other matter",
}
# What we will help her with, in plain words (client care letter).
MATTER_PLAIN = {
    MatterType.IDENTIFICATION: "your referral to be formally recognised as a survivor of "
                               "trafficking",
    MatterType.ASYLUM_CLAIM: "your claim for asylum (international protection)",
    MatterType.FRESH_CLAIM: "your fresh claim for protection",
    MatterType.APPEAL: "your appeal",
    MatterType.JUDICIAL_REVIEW: "a legal challenge to a decision (judicial review)",
    MatterType.CRIMINAL_PROCEEDINGS_WITNESS: "your part as a witness in the criminal case",
    MatterType.COMPENSATION: "your claim for compensation",
    MatterType.EMPLOYMENT: "your claim about your work and unpaid wages",
    MatterType.CIVIL_CLAIM: "your claim in the civil courts",
    MatterType.FAMILY_CHILDREN: "matters about your children",
    MatterType.AGE_ASSESSMENT: "the decision about your age",
    MatterType.HOUSING_WELFARE: "your housing and welfare benefits",
    MatterType.OTHER: "your case",
}
MATTER_STATUS = {MatterStatus.OPEN: "open", MatterStatus.ON_HOLD: "on hold",
                 MatterStatus.CLOSED: "closed"}
OUTCOMES = {GroundsOutcome.POSITIVE: "Positive", GroundsOutcome.NEGATIVE: "Negative",
            GroundsOutcome.WITHDRAWN: "Withdrawn", GroundsOutcome.NOT_YET: ""}
AUTHORITIES = {
    CompetentAuthority.SINGLE_COMPETENT_AUTHORITY: "Single Competent Authority",
    CompetentAuthority.IMMIGRATION_ENFORCEMENT_CA: "Immigration Enforcement Competent Authority",
    CompetentAuthority.PILOT_PANEL: "devolved decision-making panel",
    CompetentAuthority.GARDA: "An Garda Síochána",
    CompetentAuthority.IRISH_COMPETENT_AUTHORITY: "competent authority",
    CompetentAuthority.OTHER: "",
}
FINDINGS = {ExploitationFinding.TRAFFICKING: "trafficking",
            ExploitationFinding.SLAVERY_SERVITUDE_FORCED_LABOUR:
                "slavery, servitude or forced labour",
            ExploitationFinding.BOTH: "trafficking and forced labour",
            ExploitationFinding.UNSPECIFIED: ""}
SCHEMES = {
    CompensationScheme.CICA: "Criminal Injuries Compensation Authority",
    CompensationScheme.IRISH_CICT: "Criminal Injuries Compensation Tribunal",
    CompensationScheme.COMPENSATION_ORDER: "Criminal court (compensation order)",
    CompensationScheme.REPARATION_ORDER: "Criminal court (slavery and trafficking reparation "
                                         "order)",
    CompensationScheme.EMPLOYMENT_TRIBUNAL: "Employment Tribunal",
    CompensationScheme.WRC: "Workplace Relations Commission",
    CompensationScheme.CIVIL_CLAIM: "Civil court",
}
# How a claim started, as a chronology event (a victim does not apply for a court's order:
# it is sought in the criminal proceedings).
CLAIM_STARTED = {
    CompensationScheme.CICA: "Application made to the Criminal Injuries Compensation Authority",
    CompensationScheme.IRISH_CICT: "Application made to the Criminal Injuries Compensation "
                                   "Tribunal",
    CompensationScheme.COMPENSATION_ORDER: "Compensation order sought in the criminal "
                                           "proceedings",
    CompensationScheme.REPARATION_ORDER: "Slavery and trafficking reparation order sought in "
                                         "the criminal proceedings",
    CompensationScheme.EMPLOYMENT_TRIBUNAL: "Claim presented to the Employment Tribunal",
    CompensationScheme.WRC: "Complaint made to the Workplace Relations Commission",
    CompensationScheme.CIVIL_CLAIM: "Claim issued in the civil court",
}
# A matter as a chronology names it: short, no internal titles.
MATTER_EVENT = {
    MatterType.IDENTIFICATION: "identification as a survivor of trafficking",
    MatterType.COMPENSATION: "compensation claim",
}
CLAIM_STATUS = {s: words(s) for s in ClaimStatus}
LOSS_HEADS = {
    LossHead.TARIFF_INJURY: "Injury payment (tariff)", LossHead.LOSS_OF_EARNINGS:
        "Loss of earnings", LossHead.SPECIAL_EXPENSES: "Special expenses",
    LossHead.CARE: "Care and assistance", LossHead.UNPAID_WAGES: "Unpaid wages",
    LossHead.GENERAL_DAMAGES: "General damages", LossHead.AGGRAVATED_DAMAGES:
        "Aggravated damages", LossHead.OTHER: "Other losses",
}
GENERAL_HEADS = frozenset({LossHead.TARIFF_INJURY, LossHead.GENERAL_DAMAGES,
                           LossHead.AGGRAVATED_DAMAGES})
CHILD_LOCATIONS = {
    ChildLocation.WITH_CLIENT: "With her mother", ChildLocation.IN_CARE: "In care",
    ChildLocation.COUNTRY_OF_ORIGIN: "In the country of origin",
    ChildLocation.ELSEWHERE: "Elsewhere", ChildLocation.UNKNOWN: "Not known",
}
REUNION = {s: words(s) for s in FamilyReunionStatus}
SAFETY_FLAGS = {
    SafetyFlag.TRAFFICKER_HAS_CONTACT: "The trafficker has a way to contact her",
    SafetyFlag.RE_TRAFFICKING_RISK: "Risk of re-trafficking",
    SafetyFlag.ADDRESS_KNOWN_TO_TRAFFICKER: "Her address is known to the trafficker",
    SafetyFlag.CHILDREN_USED_AS_LEVERAGE: "Her children are used as leverage",
    SafetyFlag.FAMILY_THREATENED: "Her family has been threatened",
    SafetyFlag.DEBT_BONDAGE: "Debt bondage",
    SafetyFlag.SELF_HARM_RISK: "Risk of self-harm",
    SafetyFlag.SAFETY_ALERT: "Safety alert raised by screening",
}
CONTACT_METHODS = {m: words(m) for m in SafeContactMethod}
IMMIGRATION = {s: words(s) for s in ImmigrationStatus}
DOMAINS = {d: words(d) for d in SupportDomain}
NEED_LEVELS = {lvl: words(lvl) for lvl in NeedLevel}


def home_authority(jurisdiction: Jurisdiction) -> Addressee:
    """Who decides protection claims."""
    if jurisdiction == Jurisdiction.IRELAND:
        return Addressee("International Protection Office")
    return Addressee("Home Office", department="UK Visas and Immigration")


def further_submissions_authority(jurisdiction: Jurisdiction) -> Addressee:
    if jurisdiction == Jurisdiction.IRELAND:
        return Addressee("International Protection Office")
    return Addressee("Home Office", department="Further Submissions Unit")


def identification_authority(jurisdiction: Jurisdiction,
                             authority: CompetentAuthority | None) -> Addressee:
    if jurisdiction == Jurisdiction.IRELAND:
        if authority == CompetentAuthority.GARDA:
            return Addressee("An Garda Síochána", department="Anti-Human Trafficking Unit")
        return Addressee("Competent authority", department="National Referral Mechanism")
    if authority == CompetentAuthority.IMMIGRATION_ENFORCEMENT_CA:
        return Addressee("Home Office", department="Immigration Enforcement Competent Authority")
    return Addressee("Home Office", department="Single Competent Authority")


def matter_authority(jurisdiction: Jurisdiction, matter_type: MatterType | None,
                     scheme: CompensationScheme | None = None) -> Addressee | None:
    """The body representations on this kind of matter go to (None: the protection one)."""
    ireland = jurisdiction == Jurisdiction.IRELAND
    if matter_type == MatterType.COMPENSATION and scheme is not None:
        return Addressee(SCHEMES[scheme])
    table = {
        MatterType.CRIMINAL_PROCEEDINGS_WITNESS: (
            "Office of the Director of Public Prosecutions" if ireland else
            "Crown Office and Procurator Fiscal Service"
            if jurisdiction == Jurisdiction.SCOTLAND else "Crown Prosecution Service"),
        MatterType.EMPLOYMENT: ("Workplace Relations Commission" if ireland
                                else "Employment Tribunal"),
        MatterType.COMPENSATION: ("Criminal Injuries Compensation Tribunal" if ireland
                                  else "Criminal Injuries Compensation Authority"),
        MatterType.FAMILY_CHILDREN: "Tusla" if ireland else "Children's Services",
        MatterType.HOUSING_WELFARE: "Housing Options",
    }
    name = table.get(matter_type) if matter_type is not None else None
    return Addressee(name) if name else None
