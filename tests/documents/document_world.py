"""A client's file with something for every document kind, written through the services of
a real centre (SQLCipher, fast KDF): names in several scripts and markup-like text in every
free-text field a document prints."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from assist_desktop.documents import build, samples
from assist_desktop.domain.checks import ConflictDecision
from assist_desktop.domain.children import Child, ChildLocation, ChildRelationship
from assist_desktop.domain.clients import Client, Language
from assist_desktop.domain.compensation import (CompensationClaim, CompensationScheme,
                                                LossHead, LossTiming, ScheduleOfLossItem)
from assist_desktop.domain.identification import (CompetentAuthority, ExploitationFinding,
                                                  GroundsOutcome, IdentificationProcess,
                                                  IdentificationRecord)
from assist_desktop.domain.matters import Matter, MatterType
from assist_desktop.domain.money import Currency
from assist_desktop.domain.notes import CaseNote, NoteType
from assist_desktop.domain.parties import Party, PartyRole
from assist_desktop.domain.records import Jurisdiction
from assist_desktop.domain.support import (ActionStatus, SupportDomain, SupportPlanAction)

ARABIC = "فاطمة الزهراء"
CYRILLIC = "Олена Коваленко"
VIETNAMESE = "Nguyễn Thị Hồng Nhung"
MARKUP = 'She wrote <b>bold</b> & <a href="http://evil.example">click</a> <img src="x.png"/> <i'
TODAY = date(2024, 3, 12)
# Her own account in the first person (a statement is never pasted from file notes).
STATEMENT = ("I was born in Benin City. I came to the United Kingdom in 2019.",
             "I was made to work for the people who brought me here and I could not leave.")


@dataclass
class Seeded:
    client_id: int
    reference: str
    appeal_id: int
    appeal_ref: str
    comp_matter_id: int
    claim_id: int
    statement_note: int
    privileged_note: int
    chronology_note: int
    attachment_id: int
    check_id: int
    ids: dict = field(default_factory=dict)


def _note(services, client_id, *, body, title="", privileged=False, chronology=None,
          matter_id=None) -> int:
    note = CaseNote(client_id=client_id, note_type=NoteType.MEETING, note_date=date(2024, 1, 5),
                    title=title, body=body, privileged=privileged, matter_id=matter_id,
                    chronology_event=chronology is not None, chronology_date=chronology,
                    author_id=0)
    return services.notes.create(note, str(uuid.uuid4())).id


def seed(centre, staff_ids: dict[str, int], *, restricted_to=frozenset()) -> Seeded:
    """A client (she chose the Arabic name) with two matters, an NRM record, a CICA claim with
    a schedule of loss, two children, notes, a childcare action, an attachment and a decided
    conflict check. `centre` is signed in as a solicitor."""
    s = centre.services
    check = s.conflicts.check_client([ARABIC, "Fatima Al-Sayed"], date(1996, 4, 3))
    s.conflicts.decide(check.id, ConflictDecision.PROCEED, check.version,
                       note=f"Different person. {MARKUP}")
    client = s.clients.create(Client(
        jurisdiction=Jurisdiction.ENGLAND_WALES, given_names="Fatima", family_name="Al-Sayed",
        preferred_name=ARABIC, date_of_birth=date(1996, 4, 3), nationality="Nigerian",
        languages=(Language("Arabic", "Egyptian", True),), interpreter_needed=True,
        key_worker_id=staff_ids.get("sup"), solicitor_id=staff_ids.get("sol"),
        opened_on=date(2023, 5, 2), restricted_to=frozenset(restricted_to)))
    s.conflicts.attach(check.id, client_id=client.id)
    interpreter = s.matters.parties.create(Party(client_id=client.id,
                                                 role=PartyRole.INTERPRETER,
                                                 name="Samir Khalil"))
    appeal = s.matters.create(Matter(
        client_id=client.id, matter_type=MatterType.APPEAL,
        jurisdiction=Jurisdiction.ENGLAND_WALES, opened_on=date(2023, 5, 2),
        title="Protection appeal", home_office_ref="F1234567", tribunal_ref="PA/12345/2024",
        fee_earner_id=staff_ids.get("sol"), decision_sent_on=date(2023, 2, 20),
        next_hearing_on=date(2024, 5, 2), party_ids=frozenset({interpreter.id})))
    comp = s.matters.create(Matter(
        client_id=client.id, matter_type=MatterType.COMPENSATION,
        jurisdiction=Jurisdiction.ENGLAND_WALES, opened_on=date(2023, 6, 1),
        police_ref="CR/0099/21"))
    from assist_desktop.domain.consents import ConsentDecision, ConsentEntry, ConsentKind
    s.clients.consents.create(ConsentEntry(        # an adult's NRM referral needs it
        client_id=client.id, kind=ConsentKind.NRM_REFERRAL, decision=ConsentDecision.GIVEN,
        decided_on=date(2021, 6, 14), shared_with="National Referral Mechanism"))
    s.clients.consents.create(ConsentEntry(        # a support letter goes to another body
        client_id=client.id, kind=ConsentKind.INFORMATION_SHARING,
        decision=ConsentDecision.GIVEN, decided_on=date(2023, 5, 2),
        shared_with="Support providers and her GP"))
    s.matters.identification.create(IdentificationRecord(
        client_id=client.id, process=IdentificationProcess.UK_NRM,
        referring_organisation=f"Salvation Army {MARKUP}",
        competent_authority=CompetentAuthority.SINGLE_COMPETENT_AUTHORITY,
        referral_date=date(2021, 6, 14), reasonable_grounds_on=date(2021, 7, 1),
        reasonable_grounds=GroundsOutcome.POSITIVE, conclusive_grounds_on=date(2022, 1, 10),
        conclusive_grounds=GroundsOutcome.POSITIVE, finding=ExploitationFinding.TRAFFICKING))
    claim = s.compensation.claims.create(CompensationClaim(
        client_id=client.id, scheme=CompensationScheme.CICA, currency=Currency.GBP,
        matter_id=comp.id, incident_from=date(2019, 11, 2), incident_to=date(2021, 6, 14),
        period_of_abuse=True, police_report_on=date(2021, 6, 20), crime_reference="CR/0099/21",
        cooperation_notes=f"Threats to her family. {MARKUP}", application_on=date(2022, 3, 1),
        amount_claimed=7_225_678))
    for position, (head, timing, multiplicand, multiplier, text) in enumerate((
            (LossHead.TARIFF_INJURY, LossTiming.PAST, 2_200_000, "1", "Pattern of abuse"),
            (LossHead.LOSS_OF_EARNINGS, LossTiming.PAST, 45_000, "104", f"Unpaid {MARKUP}"),
            (LossHead.SPECIAL_EXPENSES, LossTiming.PAST, 12_345, "1", "Bus fares"),
            (LossHead.CARE, LossTiming.FUTURE, 133_333, "2.5", "Therapy"))):
        s.compensation.add_item(ScheduleOfLossItem(
            claim_id=claim.id, head=head, timing=timing, multiplicand=multiplicand,
            multiplier=multiplier, description=text, position=position))
    s.children.children.create(Child(
        client_id=client.id, relationship=ChildRelationship.DAUGHTER, given_names=CYRILLIC,
        date_of_birth=date(2015, 9, 1), location=ChildLocation.COUNTRY_OF_ORIGIN,
        location_detail="Benin City", leverage_risk=True, safety_notes=MARKUP,
        best_interests_notes="Lives with her aunt; attends school irregularly."))
    s.children.children.create(Child(
        client_id=client.id, relationship=ChildRelationship.SON, given_names=VIETNAMESE,
        date_of_birth=date(2023, 12, 1), location=ChildLocation.WITH_CLIENT,
        school_or_childcare="Sure Start nursery"))
    s.support.actions.create(SupportPlanAction(
        client_id=client.id, domain=SupportDomain.CHILDCARE, action="Find a nursery place",
        owner_name="Housing Options", due_on=date(2024, 4, 1), status=ActionStatus.PLANNED))
    statement = _note(s, client.id, title="Statement draft",
                      body=f"I was born in Benin City. I met {CYRILLIC} and {VIETNAMESE}.\n\n"
                           f"The message said exactly: {MARKUP}")
    privileged = _note(s, client.id, title="Advice on merits", privileged=True,
                       body="Privileged advice: the appeal has good prospects.",
                       chronology=date(2023, 3, 1))
    chronology = _note(s, client.id, title="Escape", chronology=date(2021, 6, 13),
                       body=f"She escaped from the house. {MARKUP}")
    attached = s.attachments.add(client.id, "Refusal letter.pdf", "application/pdf",
                                 build(samples.letter()))
    return Seeded(client.id, client.reference, appeal.id, appeal.reference, comp.id, claim.id,
                  statement, privileged, chronology, attached.id, check.id)


def withheld_keys(sections) -> set[tuple[str, int]]:
    """Every part of `sections` as (source, id): confirms them all, as a solicitor who was
    told they are privileged, internal or drafts and chose to include them."""
    keys = set()
    for _title, parts in sections:
        for part in parts:
            if isinstance(part, int):
                keys.add(("document", part))
            elif isinstance(part, tuple):
                keys.add((part[0], part[1]))
            else:
                keys.add((part.source, part.id))
    return keys


def bundle_all(service, client_id: int, sections, **options):
    """service.bundle with every part confirmed (tests that are not about withholding)."""
    return service.bundle(client_id, sections, include_withheld=withheld_keys(sections),
                          **options)
