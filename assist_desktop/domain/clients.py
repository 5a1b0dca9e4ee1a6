"""The client (the woman the centre assists): identity, languages, safe contact, safety flags,
who works with her and who may see her file.

Convictions and the consent log are separate records (domain/convictions.py, consents.py):
convictions are visible to fewer people, and consents are an append-only log, so neither can be
wiped by someone saving the profile form.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from assist_desktop.domain.dates import DatePrecision, PartialDate
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.records import (GenderPreference, Jurisdiction, Record, check_date,
                                           check_enum, check_text)

NAME_LIMIT = 500


class AliasKind(StrEnum):
    ALIAS = "alias"
    SPELLING = "spelling"        # another transliteration of the same name
    FORMER = "former"
    NICKNAME = "nickname"
    DOCUMENT = "document"        # the name on a (possibly false) identity document


class SafeContactMethod(StrEnum):
    PHONE_CALL = "phone_call"
    TEXT_MESSAGE = "text_message"
    EMAIL = "email"
    LETTER = "letter"
    IN_PERSON = "in_person"
    VIA_KEY_WORKER = "via_key_worker"
    VIA_NAMED_PERSON = "via_named_person"
    NO_CONTACT = "no_contact"


class SafetyFlag(StrEnum):
    TRAFFICKER_HAS_CONTACT = "trafficker_has_contact"
    RE_TRAFFICKING_RISK = "re_trafficking_risk"
    ADDRESS_KNOWN_TO_TRAFFICKER = "address_known_to_trafficker"
    CHILDREN_USED_AS_LEVERAGE = "children_used_as_leverage"
    FAMILY_THREATENED = "family_threatened"
    DEBT_BONDAGE = "debt_bondage"
    SELF_HARM_RISK = "self_harm_risk"
    SAFETY_ALERT = "safety_alert"  # raised by safety screening (a contact matches a trafficker)


class ImmigrationStatus(StrEnum):
    UNKNOWN = "unknown"
    NO_STATUS = "no_status"
    ASYLUM_SEEKER = "asylum_seeker"
    APPEAL_PENDING = "appeal_pending"
    REFUGEE = "refugee"
    HUMANITARIAN_PROTECTION = "humanitarian_protection"
    TEMPORARY_PERMISSION_VICTIM = "temporary_permission_victim"  # VTS (UK) / stamp (IE)
    OTHER_LIMITED_LEAVE = "other_limited_leave"
    PRE_SETTLED = "pre_settled"
    SETTLED = "settled"
    CITIZEN = "citizen"
    OTHER = "other"


@dataclass(frozen=True)
class Alias:
    name: str
    kind: AliasKind = AliasKind.ALIAS
    note: str = ""


@dataclass(frozen=True)
class Language:
    language: str
    dialect: str = ""
    main: bool = False


@dataclass(frozen=True)
class FlagMark:
    """When and by whom a safety flag was raised on her file (None when not known)."""
    flag: SafetyFlag
    added_at: str | None = None    # UTC ISO-8601
    added_by: int | None = None


@dataclass(frozen=True)
class ContactDetails:
    phone: str = ""
    email: str = ""
    address: str = ""


@dataclass(frozen=True)
class SafeContact:
    """How the centre may reach her without putting her at risk. Defaults are the cautious ones."""
    method: SafeContactMethod = SafeContactMethod.VIA_KEY_WORKER
    safe_times: str = ""
    may_leave_messages: bool = False
    do_not_disclose_address: bool = True
    instructions: str = ""


@dataclass(frozen=True, kw_only=True)
class Client(Record):
    jurisdiction: Jurisdiction
    reference: str = ""  # "C-2026-0001", given by storage on creation
    given_names: str = ""
    family_name: str = ""
    preferred_name: str = ""  # the name she wants used
    aliases: tuple[Alias, ...] = ()
    date_of_birth: date | None = None
    date_of_birth_precision: DatePrecision = DatePrecision.DAY  # how much of it is known
    age_disputed: bool = False
    nationality: str = ""
    languages: tuple[Language, ...] = ()
    interpreter_needed: bool = False
    interpreter_gender: GenderPreference = GenderPreference.NONE
    interviewer_gender: GenderPreference = GenderPreference.NONE
    immigration_status: ImmigrationStatus = ImmigrationStatus.UNKNOWN
    immigration_status_detail: str = ""
    contact: ContactDetails = field(default_factory=ContactDetails)
    safe_contact: SafeContact = field(default_factory=SafeContact)
    safety_flags: frozenset[SafetyFlag] = frozenset()
    key_worker_id: int | None = None
    solicitor_id: int | None = None
    restricted_to: frozenset[int] = frozenset()  # empty: every caseworker; else only these users
    opened_on: date | None = None
    closed_on: date | None = None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_names, self.family_name) if part)

    @property
    def display_name(self) -> str:
        """The name she wants used, else her full name."""
        return self.preferred_name or self.full_name

    @property
    def birth(self) -> PartialDate | None:
        """Her date of birth as far as it is known (None when not known at all)."""
        return PartialDate.of(self.date_of_birth, self.date_of_birth_precision)

    @property
    def is_restricted(self) -> bool:
        return bool(self.restricted_to)

    def validate(self) -> None:
        check_enum("jurisdiction", self.jurisdiction, Jurisdiction)
        for name, value in (("given_names", self.given_names), ("family_name", self.family_name),
                            ("preferred_name", self.preferred_name)):
            check_text(name, value, limit=NAME_LIMIT)
        if not (self.given_names.strip() or self.family_name.strip()
                or self.preferred_name.strip()):
            raise ValidationError("name", "at least one name is required")
        for alias in self.aliases:
            check_text("aliases", alias.name, required=True, limit=NAME_LIMIT)
            check_enum("aliases", alias.kind, AliasKind)
        for language in self.languages:
            check_text("languages", language.language, required=True, limit=200)
        check_date("date_of_birth", self.date_of_birth)
        check_enum("date_of_birth_precision", self.date_of_birth_precision, DatePrecision)
        check_enum("interpreter_gender", self.interpreter_gender, GenderPreference)
        check_enum("interviewer_gender", self.interviewer_gender, GenderPreference)
        check_enum("immigration_status", self.immigration_status, ImmigrationStatus)
        check_enum("safe_contact.method", self.safe_contact.method, SafeContactMethod)
        for name in ("phone", "email", "address"):
            check_text(f"contact.{name}", getattr(self.contact, name), limit=2000)
        for name in ("safe_times", "instructions"):
            check_text(f"safe_contact.{name}", getattr(self.safe_contact, name), limit=5000)
        check_text("nationality", self.nationality, limit=200)
        check_text("immigration_status_detail", self.immigration_status_detail)
        for flag in self.safety_flags:
            check_enum("safety_flags", flag, SafetyFlag)
        if self.closed_on and self.opened_on and self.closed_on < self.opened_on:
            raise ValidationError("closed_on", "is before the file was opened")


class CaseloadSort(StrEnum):
    REFERENCE = "reference"
    NAME = "name"
    CREATED = "created"
    UPDATED = "updated"
    NEXT_DEADLINE = "next_deadline"


@dataclass(frozen=True, kw_only=True)
class CaseloadQuery:
    """One page of the caseload table. Filters combine with AND."""
    mine: bool = False               # I am her key worker or solicitor
    open_only: bool = False          # file not closed
    restricted_only: bool = False    # restricted files (that I am named on)
    deadline_within_days: int | None = None  # an open task due within N days (or overdue)
    sort: CaseloadSort = CaseloadSort.REFERENCE
    descending: bool = False
    limit: int = 100
    offset: int = 0


@dataclass(frozen=True, kw_only=True)
class ClientSummary:
    """A caseload row: enough to show and to warn (safety flags), nothing more."""
    id: int
    reference: str
    display_name: str
    date_of_birth: date | None
    age_disputed: bool
    date_of_birth_precision: DatePrecision = DatePrecision.DAY
    nationality: str
    safety_flags: frozenset[SafetyFlag]
    key_worker_id: int | None
    solicitor_id: int | None
    restricted: bool
    closed_on: date | None
    next_deadline: date | None
    updated_at: str


@dataclass(frozen=True)
class DeletedClient:
    """A soft-deleted file as the administrator's purge screen shows it: no case content."""
    id: int
    reference: str
    deleted_at: str
    version: int
