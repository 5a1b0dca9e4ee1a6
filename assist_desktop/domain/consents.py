"""The consent log: what she agreed to (or withdrew), and when. Entries are appended, never
edited in place, so the history of her decisions is kept."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from assist_desktop.domain.errors import AssistError
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


class ConsentRequired(AssistError):
    """An action that needs her consent in force for its purpose, without it. str() is a
    sentence fit to show; `kind` says which consent; `may_override`: whether the person
    acting may override it with a reason (solicitors)."""

    def __init__(self, kind: ConsentKind, action: str, may_override: bool):
        words = CONSENT_WORDS[kind]
        who = ("You may go ahead without it only by giving the reason (recorded in the audit "
               "log)." if may_override else
               "Record her consent first, or ask a solicitor, who may override it with a "
               "reason.")
        super().__init__(f"She has no consent in force for {words}, which {action} needs. "
                         f"{who}")
        self.kind = kind
        self.action = action
        self.may_override = may_override


CONSENT_WORDS = {
    ConsentKind.NRM_REFERRAL: "a referral to the National Referral Mechanism",
    ConsentKind.SUPPORT_PROVIDER_REFERRAL: "referrals to support providers",
    ConsentKind.INFORMATION_SHARING: "sharing her information",
}


def referral_needs_consent(status: str, referred_on) -> bool:
    """A referral needs her consent once it goes out: sent (or further), or dated."""
    return referred_on is not None or str(status) not in ("planned", "withdrawn")


def referral_consent_in_force(entries, consent_given: bool) -> bool:
    """Her consent to support-provider referrals: the consent log decides when it has an
    entry of that kind (a withdrawal stops every referral); with none, the referral's own
    record of her consent (the tick on the referral) stands."""
    logged = [e for e in entries if e.kind == ConsentKind.SUPPORT_PROVIDER_REFERRAL
              and not e.is_deleted]
    if logged:
        return consent_in_force(entries, ConsentKind.SUPPORT_PROVIDER_REFERRAL)
    return bool(consent_given)


def nrm_needs_consent(referral_date, duty_to_notify_only: bool) -> bool:
    """An NRM referral made (dated) with her consent, not a duty-to-notify notification
    (which is made without it)."""
    return referral_date is not None and not duty_to_notify_only


def nrm_consent_in_force(entries, child: bool = False) -> bool:
    """Her consent to an NRM referral. An adult must give informed consent before she is
    referred (DOMAIN.md 1.3, West Midlands Anti-Slavery Network, "First responders and
    consent"): the latest entry of that kind in the consent log decides, and a log with no
    such entry is no consent (record it there, or notify without consent: duty to notify).
    A child does not need to consent to enter the NRM (same source), so a child's referral is
    never held. [VERIFY] the Irish 2024 Act process is treated the same way."""
    if child:
        return True
    return consent_in_force(entries, ConsentKind.NRM_REFERRAL)


def child_on(birth, age_disputed: bool, when: date) -> bool:
    """Whether she counts as a child (under 18) on `when` for her NRM referral. Her age
    disputed: presumed a child until it is decided (DOMAIN.md 4.1, presumption of age);
    `birth` a PartialDate (None: not known, an adult); a birth year or month only: a child
    when she may be under 18 ('about 18' counts)."""
    if age_disputed:
        return True
    if birth is None:
        return False
    age = birth.age_on(when)
    if age.startswith("about "):
        return int(age.removeprefix("about ")) <= 18
    return int(age) < 18


def sharing_consent_in_force(entries) -> bool:
    """Her consent to sharing her information with another organisation (a case-transfer
    package, a document saved for another organisation): the latest live entry of that kind
    decides, whoever it names. No entry of that kind is no consent: sharing her whole file
    is never assumed."""
    return consent_in_force(entries, ConsentKind.INFORMATION_SHARING)
