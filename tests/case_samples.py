"""Sample text in many scripts, fully populated sample records (every field away from its
default) for round-trip tests, and a dump of every row for "is it really gone" checks."""
from __future__ import annotations

import unicodedata
from datetime import date

from assist_desktop.domain.attachments import Attachment, digest
from assist_desktop.domain.children import (Child, ChildLocation, ChildRelationship,
                                            FamilyReunionStatus, Pregnancy, PregnancyOutcome)
from assist_desktop.domain.clients import (Alias, AliasKind, Client, ContactDetails,
                                           ImmigrationStatus, Language, SafeContact,
                                           SafeContactMethod, SafetyFlag)
from assist_desktop.domain.compensation import (ClaimStatus, CompensationClaim,
                                                CompensationScheme, LossHead, LossTiming,
                                                ScheduleOfLossItem)
from assist_desktop.domain.consents import ConsentDecision, ConsentEntry, ConsentKind
from assist_desktop.domain.convictions import Conviction
from assist_desktop.domain.identification import (CompetentAuthority, ExploitationFinding,
                                                  GroundsOutcome, IdentificationProcess,
                                                  IdentificationRecord)
from assist_desktop.domain.matters import Matter, MatterStatus, MatterType, RetentionCategory
from assist_desktop.domain.money import Currency
from assist_desktop.domain.notes import CaseNote, NoteType
from assist_desktop.domain.parties import Party, PartyPhone, PartyRole
from assist_desktop.domain.records import GenderPreference, Jurisdiction
from assist_desktop.domain.support import (ActionStatus, NeedLevel, NeedsAssessment,
                                           PeerMentorAssignment, Referral, ReferralStatus,
                                           SupportDomain, SupportPlanAction)
from assist_desktop.domain.tasks import Task, TaskKind
from assist_desktop.domain.time_entries import Activity, TimeEntry

VIETNAMESE = "Nguyễn Thị Hương"
TEXTS = {
    "cyrillic": "Олена Петренко-Ковальчук",
    "vietnamese_nfc": unicodedata.normalize("NFC", VIETNAMESE),
    "vietnamese_nfd": unicodedata.normalize("NFD", VIETNAMESE),
    "arabic": "فاطمة الزهراء بنت محمد",
    "emoji": "👩🏽‍⚖️ safe house 🏠 ✔️",
    "sql": "Robert'); DROP TABLE clients;-- \" OR 1=1 /* */",
    "markup": "<b>bold</b> &amp; <img src=x onerror=alert(1)> ]]> {{x}} %s",
    "controls": "line one\r\nline two\ttabbed\u200b\u202eRTL-override",
}

D1, D2, D3 = date(2024, 2, 29), date(2025, 1, 31), date(2026, 12, 31)


def client(text: str, *, key_worker=None, solicitor=None, restricted_to=frozenset()) -> Client:
    return Client(
        jurisdiction=Jurisdiction.SCOTLAND, given_names=text, family_name=f"{text} family",
        preferred_name=f"{text} preferred",
        aliases=(Alias(f"{text} alias", AliasKind.SPELLING, f"note {text}"),
                 Alias("Second", AliasKind.DOCUMENT)),
        date_of_birth=D1, age_disputed=True, nationality=f"{text} nationality",
        languages=(Language("Tigrinya", text, True), Language(text, "")),
        interpreter_needed=True, interpreter_gender=GenderPreference.FEMALE,
        interviewer_gender=GenderPreference.MALE,
        immigration_status=ImmigrationStatus.TEMPORARY_PERMISSION_VICTIM,
        immigration_status_detail=text,
        contact=ContactDetails(phone=f"+44 7700 900{len(text) % 1000:03d}", email=f"{text}@x",
                               address=text),
        safe_contact=SafeContact(method=SafeContactMethod.TEXT_MESSAGE, safe_times=text,
                                 may_leave_messages=True, do_not_disclose_address=False,
                                 instructions=text),
        safety_flags=frozenset({SafetyFlag.TRAFFICKER_HAS_CONTACT,
                                SafetyFlag.RE_TRAFFICKING_RISK}),
        key_worker_id=key_worker, solicitor_id=solicitor, restricted_to=frozenset(restricted_to),
        opened_on=D2, closed_on=D3)


def matter(client_id: int, text: str, *, fee_earner=None, party_ids=frozenset()) -> Matter:
    return Matter(client_id=client_id, matter_type=MatterType.APPEAL,
                  jurisdiction=Jurisdiction.IRELAND, opened_on=D1, title=text, regime=text,
                  home_office_ref=text, tribunal_ref=text, police_ref=text,
                  fee_earner_id=fee_earner, supervisor_id=fee_earner, decision_sent_on=D2,
                  next_hearing_on=D3, closed_on=D3, status=MatterStatus.ON_HOLD, outcome=text,
                  retention_category=RetentionCategory.LEGAL_HOLD,
                  party_ids=frozenset(party_ids))


def party(client_id: int, text: str) -> Party:
    return Party(client_id=client_id, role=PartyRole.ASSOCIATE, name=text, organisation=text,
                 aliases=(f"{text} a", "B"), phones=(PartyPhone("+359 88 123 4567", text),),
                 addresses=(text, "Second address"), do_not_disclose=True, notes=text)


def consent(client_id: int, text: str, recorded_by=None) -> ConsentEntry:
    return ConsentEntry(client_id=client_id, kind=ConsentKind.INFORMATION_SHARING,
                        decision=ConsentDecision.WITHDRAWN, decided_on=D2, shared_with=text,
                        recorded_by=recorded_by, notes=text)


def sharing_consent(client_id: int, recorded_by=None) -> ConsentEntry:
    """Her consent to sharing her information with another organisation, in force (given
    after the withdrawal in consent()): what a case-transfer export needs."""
    return ConsentEntry(client_id=client_id, kind=ConsentKind.INFORMATION_SHARING,
                        decision=ConsentDecision.GIVEN, decided_on=D3,
                        shared_with="Receiving law centre", recorded_by=recorded_by)


def give_sharing_consent(conn, client_id: int) -> None:
    """Record sharing_consent() straight into a database (a test's fixture, not a user's)."""
    from assist_desktop.storage.client_owned_repository import ConsentRepository
    ConsentRepository().create(conn, sharing_consent(client_id))


def conviction(client_id: int, text: str) -> Conviction:
    return Conviction(client_id=client_id, offence=text, convicted_on=D1, court=text,
                      country=text, sentence=text, spent=False, compelled_by_trafficking=True,
                      notes=text)


def identification(client_id: int, text: str) -> IdentificationRecord:
    return IdentificationRecord(
        client_id=client_id, process=IdentificationProcess.IRELAND_2024_ACT,
        referring_organisation=text, referrer_contact=text,
        competent_authority=CompetentAuthority.IRISH_COMPETENT_AUTHORITY, referral_date=D1,
        duty_to_notify_only=True, reasonable_grounds_on=D2,
        reasonable_grounds=GroundsOutcome.POSITIVE, recovery_period_start=D2,
        recovery_period_end=D3, conclusive_grounds_on=D3,
        conclusive_grounds=GroundsOutcome.NEGATIVE,
        finding=ExploitationFinding.SLAVERY_SERVITUDE_FORCED_LABOUR,
        reconsideration_requested_on=D3, reconsideration_outcome=GroundsOutcome.WITHDRAWN,
        reconsideration_decided_on=D3, appeal_lodged_on=D3, guidance_version=text, notes=text)


def claim(client_id: int, text: str) -> CompensationClaim:
    return CompensationClaim(
        client_id=client_id, scheme=CompensationScheme.CICA, currency=Currency.GBP,
        incident_from=D1, incident_to=D2, period_of_abuse=True, police_report_on=D2,
        crime_reference=text, cooperation_notes=text, unspent_convictions_checked=True,
        unspent_convictions_note=text, application_on=D2, status=ClaimStatus.REVIEW_REQUESTED,
        decision_on=D3, review_requested_on=D3, review_decision_on=D3,
        amount_claimed=123_456_789, amount_offered=1, amount_paid=0)


def loss_item(claim_id: int, text: str, evidence=None) -> ScheduleOfLossItem:
    return ScheduleOfLossItem(claim_id=claim_id, head=LossHead.LOSS_OF_EARNINGS,
                              timing=LossTiming.FUTURE, multiplicand=1_234_567,
                              multiplier="17.41", description=text, period_from=D1,
                              period_to=D3, period_note=text, evidence_attachment_id=evidence,
                              position=3)


def child(client_id: int, text: str) -> Child:
    return Child(client_id=client_id, relationship=ChildRelationship.DAUGHTER, given_names=text,
                 family_name=text, date_of_birth=D2, age_disputed=True,
                 location=ChildLocation.COUNTRY_OF_ORIGIN, location_detail=text,
                 leverage_risk=True, safety_notes=text, guardian=text, social_worker=text,
                 school_or_childcare=text, dependant_on_claim=True, best_interests_notes=text,
                 family_reunion=FamilyReunionStatus.APPEALED, benefits=text)


def pregnancy(client_id: int, text: str) -> Pregnancy:
    return Pregnancy(client_id=client_id, due_on=D2, mat_b1_received=True,
                     maternity_grant_applied_on=D1, antenatal_care=text,
                     outcome=PregnancyOutcome.BORN, ended_on=D2, notes=text)


def needs(client_id: int, text: str, assessed_by=None) -> NeedsAssessment:
    return NeedsAssessment(client_id=client_id, domain=SupportDomain.PSYCHOLOGICAL,
                           assessed_on=D1, level=NeedLevel.URGENT, needs=text, her_goals=text,
                           assessed_by=assessed_by, review_on=D3)


def action(client_id: int, text: str, owner=None) -> SupportPlanAction:
    return SupportPlanAction(client_id=client_id, domain=SupportDomain.TRAINING_EDUCATION,
                             action=text, owner_id=owner, owner_name=text, start_on=D1,
                             due_on=D2, completed_on=D3, status=ActionStatus.IN_PROGRESS,
                             notes=text)


def referral(client_id: int, text: str) -> Referral:
    return Referral(client_id=client_id, organisation=text, domain=SupportDomain.ACCOMMODATION,
                    referred_on=D1, consent_given=True, status=ReferralStatus.WAITING_LIST,
                    contact=text, outcome=text, outcome_on=D2)


def mentor(client_id: int, text: str) -> PeerMentorAssignment:
    return PeerMentorAssignment(client_id=client_id, mentor_name=text, mentor_contact=text,
                                started_on=D1, ended_on=D3, notes=text)


def note(client_id: int, text: str, author: int, *, privileged=False, matter_id=None) -> CaseNote:
    return CaseNote(client_id=client_id, note_type=NoteType.HEARING, note_date=D2, title=text,
                    body=text, matter_id=matter_id, duration_minutes=95, interpreter_used=True,
                    interpreter_language=text, privileged=privileged, chronology_event=True,
                    chronology_date=D1, author_id=author)


def task(client_id: int, text: str, *, due_on=D3, assigned=None, matter_id=None) -> Task:
    return Task(client_id=client_id, title=text, due_on=due_on, kind=TaskKind.DEADLINE,
                matter_id=matter_id, assigned_to=assigned, rule_id="ftt-iac-in-country",
                start_event=text, start_date=D1, reminder_days=7, done_on=None, notes=text)


def time_entry(client_id: int, matter_id: int | None, user_id: int, text: str) -> TimeEntry:
    return TimeEntry(client_id=client_id, matter_id=matter_id, user_id=user_id, worked_on=D2, minutes=48,
                     activity=Activity.ADVOCACY, funder=text, description=text)


def attachment(client_id: int, text: str, data: bytes, *, privileged=False,
               note_id=None) -> Attachment:
    return Attachment(client_id=client_id, name=f"{text[:40]}.pdf".replace("/", "_"),
                      mime_type="application/pdf", size=len(data), sha256=digest(data),
                      note_id=note_id, privileged=privileged, description=text)


def all_text_in_database(db) -> str:
    """Every value of every row of every table (including FTS shadow tables), as one string."""
    def read(conn):
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        parts = []
        for name in names:
            for row in conn.execute(f'SELECT * FROM "{name}"'):
                for value in row:
                    if isinstance(value, bytes):
                        parts.append(value.decode("utf-8", "replace"))
                    elif value is not None:
                        parts.append(str(value))
        return "\n".join(parts)
    return db.read(read)
