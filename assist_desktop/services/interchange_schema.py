"""Version 1 of the client-file format: every list, every field, its type and its limit.

docs/INTERCHANGE.md describes the same thing for people; tests/unit/test_interchange.py
checks that every field of every domain record is either here or deliberately left out, so a
field added to the domain cannot silently fall out of exports.
"""
from __future__ import annotations

from dataclasses import dataclass

from assist_desktop.domain.asylum import (MAX_COUNTRIES, AgeAssessment, AgeAssessor, AgeOutcome,
                                          AsylumEvent, AsylumOutcome, AsylumStep,
                                          ExploitationForm, ExploitationProfile, RouteToCentre)
from assist_desktop.domain.attachments import MAX_ATTACHMENT_BYTES, Attachment
from assist_desktop.domain.children import (Child, ChildLocation, ChildRelationship,
                                            FamilyReunionStatus, Pregnancy, PregnancyOutcome)
from assist_desktop.domain.clients import (NAME_LIMIT, Alias, AliasKind, ContactDetails,
                                           ImmigrationStatus, Language, SafeContact,
                                           SafeContactMethod, SafetyFlag)
from assist_desktop.domain.compensation import (ClaimStatus, CompensationClaim,
                                                CompensationScheme, LossHead, LossTiming)
from assist_desktop.domain.dates import DatePrecision
from assist_desktop.domain.consents import ConsentDecision, ConsentEntry, ConsentKind
from assist_desktop.domain.convictions import Conviction
from assist_desktop.domain.identification import (CompetentAuthority, ExploitationFinding,
                                                  GroundsOutcome, IdentificationProcess,
                                                  IdentificationRecord)
from assist_desktop.domain.matters import Matter, MatterStatus, MatterType, RetentionCategory
from assist_desktop.domain.money import MAX_MINOR, Currency
from assist_desktop.domain.notes import MAX_NOTE_CHARS, CaseNote, NoteType
from assist_desktop.domain.parties import Party, PartyPhone, PartyRole
from assist_desktop.domain.records import MAX_TEXT, GenderPreference, Jurisdiction
from assist_desktop.domain.support import (ActionStatus, NeedLevel, NeedsAssessment,
                                           PeerMentorAssignment, Referral, ReferralStatus,
                                           SupportDomain, SupportPlanAction)
from assist_desktop.domain.tasks import Task, TaskKind
from assist_desktop.domain.time_entries import Activity, TimeEntry
from assist_desktop.services.interchange_codec import (Base64, Bool, Date, Enum, Field, Int,
                                                       Link, ListOf, Money, Multiplier, Obj,
                                                       Optional, Sha256, Staff, Text, Timestamp,
                                                       Username)

FORMAT = "assist-desktop/client-file"
VERSION = 3  # 2: asylum steps, age assessments, exploitation profile, partial dates of birth
#             3: time entries on no particular matter (`matter` may be null)
MANY = 100_000         # records of one kind in one file
MAX_NOTES = 200_000
MAX_VERSIONS = 1_000   # earlier versions of one note

# Fields of the domain records that the file does not carry, and why (checked by a test).
NOT_IN_FILE = {
    "id": "database ids are local; the file numbers records itself (`id`, from 1 per list)",
    "client_id": "every record in the file belongs to the one client",
    "deleted_at": "deleted records are not exported",
}
NOT_IN_NESTED = {
    "claim_id": "schedule-of-loss lines are nested in their claim",
    "note_id": "earlier versions are nested in their note",
}


def name(limit: int = NAME_LIMIT, *, required: bool = False) -> Text:
    return Text(limit, kind="name", required=required)


def text(limit: int = MAX_TEXT, *, required: bool = False) -> Text:
    return Text(limit, kind="text", required=required)


def opt_date() -> Optional:
    return Optional(Date())


def meta() -> list[Field]:
    return [Field("version", Int(1)), Field("created_at", Timestamp()),
            Field("updated_at", Timestamp())]


def file_id() -> Field:
    return Field("id", Int(1, 2 ** 31), attr="file_id")


def link(kind: str, attr: str) -> Field:
    return Field(kind[:-1] if kind.endswith("s") else kind, Optional(Link(kind)), attr=attr)


def dates(*names: str) -> list[Field]:
    return [Field(n, opt_date()) for n in names]


CLIENT = Obj([
    Field("reference", name(40)),
    Field("given_names", name()), Field("family_name", name()), Field("preferred_name", name()),
    Field("aliases", ListOf(Obj([Field("name", name(required=True)),
                                 Field("kind", Enum(AliasKind)),
                                 Field("note", text(2000))], build=Alias), 200)),
    Field("date_of_birth", opt_date()),
    Field("date_of_birth_precision", Enum(DatePrecision)), Field("age_disputed", Bool()),
    Field("nationality", name()),
    Field("languages", ListOf(Obj([Field("language", name(200, required=True)),
                                   Field("dialect", name(200)),
                                   Field("main", Bool())], build=Language), 50)),
    Field("interpreter_needed", Bool()),
    Field("interpreter_gender", Enum(GenderPreference)),
    Field("interviewer_gender", Enum(GenderPreference)),
    Field("jurisdiction", Enum(Jurisdiction)),
    Field("immigration_status", Enum(ImmigrationStatus)),
    Field("immigration_status_detail", text()),
    Field("contact", Obj([Field("phone", name(200)), Field("email", name(500)),
                          Field("address", text(5000))], build=ContactDetails)),
    Field("safe_contact", Obj([Field("method", Enum(SafeContactMethod)),
                               Field("safe_times", text(5000)),
                               Field("may_leave_messages", Bool()),
                               Field("do_not_disclose_address", Bool()),
                               Field("instructions", text())], build=SafeContact)),
    Field("safety_flags", ListOf(Enum(SafetyFlag), 50, as_set=True)),
    Field("key_worker", Optional(Staff()), attr="key_worker_id"),
    Field("solicitor", Optional(Staff()), attr="solicitor_id"),
    Field("restricted_to", ListOf(Staff(), 500, as_set=True)),
    *dates("opened_on", "closed_on"),
    *meta(),
])

CONSENT = Obj([
    file_id(), Field("kind", Enum(ConsentKind)), Field("decision", Enum(ConsentDecision)),
    Field("decided_on", Date()), Field("shared_with", text(500)),
    Field("recorded_by", Optional(Staff())), Field("notes", text()), *meta()])

CONVICTION = Obj([
    file_id(), Field("offence", text(2000, required=True)), *dates("convicted_on"),
    Field("court", text(2000)), Field("country", text(2000)), Field("sentence", text(2000)),
    Field("spent", Optional(Bool())), Field("compelled_by_trafficking", Bool()),
    Field("notes", text()), *meta()])

IDENTIFICATION = Obj([
    file_id(), Field("process", Enum(IdentificationProcess)), link("matters", "matter_id"),
    Field("referring_organisation", text(2000)), Field("referrer_contact", text(2000)),
    Field("competent_authority", Enum(CompetentAuthority)), *dates("referral_date"),
    Field("duty_to_notify_only", Bool()), *dates("reasonable_grounds_on"),
    Field("reasonable_grounds", Enum(GroundsOutcome)),
    *dates("recovery_period_start", "recovery_period_end", "conclusive_grounds_on"),
    Field("conclusive_grounds", Enum(GroundsOutcome)),
    Field("finding", Enum(ExploitationFinding)), *dates("reconsideration_requested_on"),
    Field("reconsideration_outcome", Enum(GroundsOutcome)),
    *dates("reconsideration_decided_on", "appeal_lodged_on"),
    Field("guidance_version", text(2000)), Field("notes", text()), *meta()])

PARTY = Obj([
    file_id(), Field("role", Enum(PartyRole)), Field("name", name(required=True)),
    Field("organisation", name()),
    Field("aliases", ListOf(name(required=True), 200)),
    Field("phones", ListOf(Obj([Field("number", name(100, required=True)),
                                Field("label", name(100))], build=PartyPhone), 100)),
    Field("addresses", ListOf(text(2000, required=True), 100)),
    Field("do_not_disclose", Bool()), Field("notes", text()), *meta()])

MATTER = Obj([
    file_id(), Field("reference", name(40)), Field("matter_type", Enum(MatterType)),
    Field("jurisdiction", Enum(Jurisdiction)), Field("title", text(500)),
    Field("regime", text(500)), Field("home_office_ref", name(500)),
    Field("tribunal_ref", name(500)), Field("police_ref", name(500)),
    Field("fee_earner", Optional(Staff()), attr="fee_earner_id"),
    Field("supervisor", Optional(Staff()), attr="supervisor_id"),
    Field("opened_on", Date()), *dates("decision_sent_on", "next_hearing_on", "closed_on"),
    Field("status", Enum(MatterStatus)), Field("outcome", text()),
    Field("retention_category", Enum(RetentionCategory)),
    Field("parties", ListOf(Link("parties"), MANY, as_set=True), attr="party_ids"),
    *meta()])

LOSS_ITEM = Obj([
    Field("head", Enum(LossHead)), Field("timing", Enum(LossTiming)),
    Field("multiplicand", Money(MAX_MINOR)), Field("multiplier", Multiplier()),
    Field("amount", Money(MAX_MINOR)), Field("description", text(5000)),
    *dates("period_from", "period_to"), Field("period_note", text(500)),
    Field("evidence", Optional(Link("attachments")), attr="evidence_attachment_id"),
    Field("position", Int(0, 2 ** 31)), *meta()])

CLAIM = Obj([
    file_id(), Field("scheme", Enum(CompensationScheme)), Field("currency", Enum(Currency)),
    link("matters", "matter_id"), *dates("incident_from", "incident_to"),
    Field("period_of_abuse", Bool()), *dates("police_report_on"),
    Field("crime_reference", name(200)), Field("cooperation_notes", text()),
    Field("unspent_convictions_checked", Bool()), Field("unspent_convictions_note", text()),
    *dates("application_on"), Field("status", Enum(ClaimStatus)),
    *dates("decision_on", "review_requested_on", "review_decision_on"),
    Field("amount_claimed", Optional(Money(MAX_MINOR))),
    Field("amount_offered", Optional(Money(MAX_MINOR))),
    Field("amount_paid", Optional(Money(MAX_MINOR))),
    Field("schedule_of_loss", ListOf(LOSS_ITEM, 10_000)), *meta()])

CHILD = Obj([
    file_id(), Field("relationship", Enum(ChildRelationship)),
    Field("given_names", name()), Field("family_name", name()), *dates("date_of_birth"),
    Field("age_disputed", Bool()), Field("location", Enum(ChildLocation)),
    Field("location_detail", text()), Field("leverage_risk", Bool()),
    Field("safety_notes", text()), Field("guardian", text()), Field("social_worker", text()),
    Field("school_or_childcare", text()), Field("dependant_on_claim", Bool()),
    Field("best_interests_notes", text()), Field("family_reunion", Enum(FamilyReunionStatus)),
    Field("benefits", text()), *meta()])

PREGNANCY = Obj([
    file_id(), *dates("due_on"), Field("mat_b1_received", Bool()),
    *dates("maternity_grant_applied_on"), Field("antenatal_care", text()),
    Field("outcome", Enum(PregnancyOutcome)), *dates("ended_on"), Field("notes", text()),
    *meta()])

NEEDS = Obj([
    file_id(), Field("domain", Enum(SupportDomain)), Field("assessed_on", Date()),
    Field("level", Enum(NeedLevel)), Field("needs", text()), Field("her_goals", text()),
    Field("assessed_by", Optional(Staff())), *dates("review_on"), *meta()])

ACTION = Obj([
    file_id(), Field("domain", Enum(SupportDomain)), Field("action", text(5000, required=True)),
    Field("owner", Optional(Staff()), attr="owner_id"), Field("owner_name", name()),
    *dates("start_on", "due_on", "completed_on"), Field("status", Enum(ActionStatus)),
    Field("notes", text()), *meta()])

REFERRAL = Obj([
    file_id(), Field("organisation", text(500, required=True)),
    Field("domain", Enum(SupportDomain)), *dates("referred_on"), Field("consent_given", Bool()),
    Field("consent", Optional(Link("consents")), attr="consent_entry_id"),
    Field("status", Enum(ReferralStatus)), Field("contact", text(2000)),
    Field("outcome", text()), *dates("outcome_on"), *meta()])

MENTOR = Obj([
    file_id(), Field("mentor_name", name(required=True)), Field("mentor_contact", text(2000)),
    *dates("started_on", "ended_on"), Field("notes", text()), *meta()])


ASYLUM_STEP = Obj([
    file_id(), Field("step", Enum(AsylumStep)), Field("dated", Date()),
    link("matters", "matter_id"), Field("outcome", Enum(AsylumOutcome)),
    Field("body", text(500)), Field("reference", name(500)),
    Field("interpreter_language", name(500)), Field("recording_requested", Bool()),
    Field("notes", text(20000)), *meta()])

AGE_ASSESSMENT = Obj([
    file_id(), Field("assessed_on", Date()), Field("assessor", Enum(AgeAssessor)),
    Field("assessing_body", text(500)), Field("outcome", Enum(AgeOutcome)),
    Field("assessed_age", Optional(Int(0, 120))), *dates("assessed_date_of_birth"),
    Field("merton_compliant", Bool()), Field("interpreter_present", Bool()),
    Field("appropriate_adult_present", Bool()), *dates("challenged_on"),
    Field("challenge_outcome", text(500)), link("matters", "matter_id"),
    Field("notes", text(20000)), *meta()])

EXPLOITATION = Obj([
    file_id(), Field("forms", ListOf(Enum(ExploitationForm), len(ExploitationForm))),
    Field("countries", ListOf(name(100, required=True), MAX_COUNTRIES)),
    Field("route", Enum(RouteToCentre)), Field("referring_agency", text(500)),
    Field("notes", text(20000)), *meta()])


def note_content() -> list[Field]:
    return [Field("note_type", Enum(NoteType)), Field("note_date", Date()),
            Field("title", text(1000)), Field("body", text(MAX_NOTE_CHARS)),
            link("matters", "matter_id"), Field("duration_minutes", Int(0, 2 ** 31)),
            Field("interpreter_used", Bool()), Field("interpreter_language", name(200)),
            Field("privileged", Bool()), Field("chronology_event", Bool()),
            *dates("chronology_date")]


NOTE_VERSION = Obj([Field("version", Int(1)), *note_content(),
                    Field("saved_at", Timestamp()), Field("saved_by", Optional(Staff()))])

NOTE = Obj([
    file_id(), *note_content(), Field("author", Staff(required=True), attr="author_id"),
    Field("updated_by", Optional(Staff())),
    Field("history", ListOf(NOTE_VERSION, MAX_VERSIONS)), *meta()])

TASK = Obj([
    file_id(), Field("title", text(1000, required=True)), Field("due_on", Date()),
    Field("kind", Enum(TaskKind)), link("matters", "matter_id"),
    Field("assigned_to", Optional(Staff())), Field("rule_id", Optional(name(200))),
    Field("start_event", text(500)), *dates("start_date"),
    Field("reminder_days", Int(0, 366)), *dates("done_on"), Field("notes", text()), *meta()])

TIME_ENTRY = Obj([
    file_id(), link("matters", "matter_id"),
    Field("user", Staff(required=True), attr="user_id"), Field("worked_on", Date()),
    Field("minutes", Int(1, 24 * 60)), Field("activity", Enum(Activity)),
    Field("funder", text(200)), Field("description", text(5000)), *meta()])

ATTACHMENT = Obj([
    file_id(), Field("name", name(500, required=True)), Field("mime_type", name(200)),
    Field("size", Int(0, MAX_ATTACHMENT_BYTES)), Field("sha256", Sha256()),
    link("matters", "matter_id"), link("notes", "note_id"), Field("privileged", Bool()),
    Field("description", text(5000)), Field("uploaded_by", Optional(Staff())),
    Field("content", Base64(MAX_ATTACHMENT_BYTES)), *meta()])


@dataclass(frozen=True)
class Kind:
    """One list of the file: its key, the record it holds, and its fields."""
    key: str
    record_type: type
    spec: Obj
    nested: tuple[str, ...] = ()  # attributes that are not fields of the record


# In the order they are written on import: a record only links to kinds written before it,
# except schedule-of-loss evidence (attachments), written after the attachments.
KINDS: tuple[Kind, ...] = (
    Kind("consents", ConsentEntry, CONSENT),
    Kind("convictions", Conviction, CONVICTION),
    Kind("parties", Party, PARTY),
    Kind("matters", Matter, MATTER),
    Kind("identification", IdentificationRecord, IDENTIFICATION),
    Kind("asylum_steps", AsylumEvent, ASYLUM_STEP),
    Kind("age_assessments", AgeAssessment, AGE_ASSESSMENT),
    Kind("exploitation_profile", ExploitationProfile, EXPLOITATION),
    Kind("compensation_claims", CompensationClaim, CLAIM, ("schedule_of_loss",)),
    Kind("children", Child, CHILD),
    Kind("pregnancies", Pregnancy, PREGNANCY),
    Kind("needs_assessments", NeedsAssessment, NEEDS),
    Kind("support_plan", SupportPlanAction, ACTION),
    Kind("referrals", Referral, REFERRAL),
    Kind("peer_mentors", PeerMentorAssignment, MENTOR),
    Kind("notes", CaseNote, NOTE, ("history",)),
    Kind("tasks", Task, TASK),
    Kind("time_entries", TimeEntry, TIME_ENTRY),
    Kind("attachments", Attachment, ATTACHMENT, ("content",)),
)
KIND_BY_KEY = {kind.key: kind for kind in KINDS}
# Lists a file of an earlier format version does not have: read as empty.
ADDED_IN_VERSION = {"asylum_steps": 2, "age_assessments": 2, "exploitation_profile": 2}
# Fields of her record added later, with the value an older file means (a whole date).
CLIENT_ADDED_IN_VERSION = {"date_of_birth_precision": (2, "day")}
LIST_LIMITS = {"notes": MAX_NOTES, "exploitation_profile": 1}

SOURCE = Obj([Field("centre", name(200)), Field("jurisdiction", Enum(Jurisdiction))])
STAFF = Obj([Field("username", Username()), Field("full_name", name(200))])

HEADER_FIELDS = [
    Field("format", name(100)), Field("version", Int(1, 1_000_000)),
    Field("exported_at", Timestamp()), Field("exported_by", Username()),
    Field("source", SOURCE), Field("privileged_included", Bool()),
    Field("staff", ListOf(STAFF, 10_000)),
]


def document_spec() -> Obj:
    """The whole file: the header, the client, and one list per kind."""
    lists = [Field(kind.key, ListOf(kind.spec, LIST_LIMITS.get(kind.key, MANY)))
             for kind in KINDS]
    return Obj([*HEADER_FIELDS, Field("client", CLIENT), *lists])
