"""One demo client's whole file, buffered in a BulkWriter (storage/bulk_writer.py) that the
caller flushes inside its transaction: her profile, consents, identification, matters with parties, claims with their
schedule of loss, children, support, tasks and deadlines around `today`, time, attachments and
notes. Everything is drawn from one random.Random, so the same seed gives the same centre.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from assist_desktop.domain.attachments import Attachment, digest
from assist_desktop.domain.children import (Child, ChildLocation, ChildRelationship,
                                            FamilyReunionStatus, Pregnancy, PregnancyOutcome)
from assist_desktop.domain.clients import (Client, ContactDetails, ImmigrationStatus, Language,
                                           SafeContact, SafeContactMethod, SafetyFlag)
from assist_desktop.domain.consents import ConsentDecision, ConsentEntry, ConsentKind
from assist_desktop.domain.convictions import Conviction
from assist_desktop.domain.parties import Party, PartyRole
from assist_desktop.domain.records import GenderPreference, Jurisdiction
from assist_desktop.domain.time_entries import Activity, TimeEntry
from assist_desktop.domain.support import (ActionStatus, NeedLevel, NeedsAssessment,
                                           PeerMentorAssignment, Referral, ReferralStatus,
                                           SupportDomain, SupportPlanAction)
from assist_desktop.demo.corpus import (CITIES, EMPLOYERS, EXPERTS, FOREIGN_PLACES,
                                                 ORGANISATIONS, PEER_MENTORS, POLICE, SCHOOLS,
                                                 STREETS, WORK_PLACES, Origin)
from assist_desktop.demo.asylum import AsylumDemo
from assist_desktop.demo.legal import LegalWriter, days_between
from assist_desktop.demo.notes import NoteWriter
from assist_desktop.demo.people import Pools, client_name, local_phone, pick_origin
from assist_desktop.storage.bulk_writer import BulkWriter

EU = ("Romanian", "Hungarian", "Bulgarian")


@dataclass(frozen=True)
class DemoStaff:
    admin: int
    solicitor: int
    support: int
    supervisor: int | None = None  # a second solicitor who supervises the fee earner


@dataclass
class Counts:
    clients: int = 0
    matters: int = 0
    parties: int = 0
    notes: int = 0
    tasks: int = 0
    claims: int = 0
    children: int = 0
    attachments: int = 0
    restricted: int = 0

    def add(self, other: "Counts") -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def tiny_pdf(title: str) -> bytes:
    """A valid one-page PDF saying it is a fictional demo document (ASCII only)."""
    text = title.encode("ascii", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 14 Tf 72 720 Td (" + text + b") Tj 0 -24 Td (Fictional demo document) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


class CaseWriter:
    def __init__(self, rng: random.Random, pools: Pools, staff: DemoStaff, today: date,
                 jurisdiction: str, rules):
        self.rng, self.pools, self.staff, self.today = rng, pools, staff, today
        self.jurisdiction = Jurisdiction(jurisdiction)
        self.cities = CITIES[jurisdiction]
        self.legal = LegalWriter(rng, staff, today, self.jurisdiction, rules)
        self.asylum = AsylumDemo(today, self.jurisdiction)
        self.notes = NoteWriter(rng, staff, today)

    # --- her profile --------------------------------------------------------------------
    def _client(self, sink: BulkWriter, cid: int, origin: Origin, opened: date,
                index: int) -> tuple[Client, str]:
        rng = self.rng
        name = client_name(rng, origin)
        age = rng.randint(18, 45)
        dob = self.today - timedelta(days=age * 365 + rng.randint(0, 364))
        disputed = rng.random() < 0.08
        languages = [Language(lang, dialect, i == 0)
                     for i, (lang, dialect) in enumerate(origin.languages)
                     if i == 0 or rng.random() < 0.4]
        english = any(lang.language == "English" for lang in languages)
        flags = {flag for flag, chance in (
            (SafetyFlag.TRAFFICKER_HAS_CONTACT, 0.15), (SafetyFlag.RE_TRAFFICKING_RISK, 0.3),
            (SafetyFlag.ADDRESS_KNOWN_TO_TRAFFICKER, 0.05), (SafetyFlag.FAMILY_THREATENED, 0.2),
            (SafetyFlag.DEBT_BONDAGE, 0.25), (SafetyFlag.SELF_HARM_RISK, 0.08))
            if rng.random() < chance}
        restricted = frozenset()
        if rng.random() < 0.04 or index == 1:
            restricted = frozenset({self.staff.solicitor} if rng.random() < 0.6
                                   else {self.staff.solicitor, self.staff.support})
        city = rng.choice(self.cities)
        safe_house = rng.random() < 0.55
        address = ("Refuge: address withheld, contact via key worker" if safe_house else
                   f"Flat {rng.randint(1, 40)}, {rng.randint(2, 200)} {rng.choice(STREETS)}, "
                   f"{city}")
        email = f"{name.latin.split()[0].lower()}.{rng.randrange(100, 999)}@example.org" \
            if rng.random() < 0.4 else ""
        eu = origin.nationality in EU
        status = rng.choice((ImmigrationStatus.PRE_SETTLED, ImmigrationStatus.SETTLED,
                             ImmigrationStatus.NO_STATUS)) if eu else rng.choices(
            (ImmigrationStatus.ASYLUM_SEEKER, ImmigrationStatus.APPEAL_PENDING,
             ImmigrationStatus.REFUGEE, ImmigrationStatus.TEMPORARY_PERMISSION_VICTIM,
             ImmigrationStatus.NO_STATUS, ImmigrationStatus.HUMANITARIAN_PROTECTION),
            weights=(40, 12, 15, 8, 15, 5))[0]
        closed = days_between(rng, opened, self.today) if (
            rng.random() < 0.12 and (self.today - opened).days > 400) else None
        client = Client(
            id=cid, reference=sink.reference("C", opened.year), jurisdiction=self.jurisdiction, given_names=name.given, family_name=name.family,
            preferred_name=name.preferred, aliases=name.aliases, date_of_birth=dob,
            age_disputed=disputed, nationality=origin.nationality, languages=tuple(languages),
            interpreter_needed=not english or rng.random() < 0.3,
            interpreter_gender=GenderPreference.FEMALE if rng.random() < 0.7
            else GenderPreference.NONE,
            interviewer_gender=GenderPreference.FEMALE if rng.random() < 0.8
            else GenderPreference.NONE,
            immigration_status=status,
            immigration_status_detail="" if rng.random() < 0.7 else "Claim lodged; awaiting "
                                                                    "substantive interview",
            contact=ContactDetails(phone=local_phone(rng, self.jurisdiction), email=email,
                                   address=address),
            safe_contact=SafeContact(
                method=rng.choice((SafeContactMethod.VIA_KEY_WORKER,
                                   SafeContactMethod.TEXT_MESSAGE, SafeContactMethod.PHONE_CALL,
                                   SafeContactMethod.IN_PERSON)),
                safe_times=rng.choice(("Weekdays 10:00-14:30 (children at school)",
                                       "Afternoons only", "Any time before 18:00", "")),
                may_leave_messages=rng.random() < 0.2,
                do_not_disclose_address=safe_house or rng.random() < 0.5,
                instructions=rng.choice((
                    "If someone else answers, say you are calling from the college.",
                    "Never leave a voicemail. Text first using only the initials agreed.",
                    "Do not send post to her address.", ""))),
            safety_flags=frozenset(flags), key_worker_id=self.staff.support,
            solicitor_id=self.staff.solicitor, restricted_to=restricted, opened_on=opened,
            closed_on=closed)
        return client, city

    # --- the records around her -----------------------------------------------------------
    def _consents(self, sink: BulkWriter, cid: int, opened: date) -> int:
        consent_id = 0
        for kind, shared in ((ConsentKind.NRM_REFERRAL, "National Referral Mechanism"),
                             (ConsentKind.SUPPORT_PROVIDER_REFERRAL, "Support provider"),
                             (ConsentKind.INFORMATION_SHARING, "GP and counselling service")):
            if kind != ConsentKind.NRM_REFERRAL and self.rng.random() < 0.3:
                continue
            entry = sink.add(ConsentEntry(
                id=sink.new_id(ConsentEntry), client_id=cid, kind=kind, decision=ConsentDecision.GIVEN,
                decided_on=days_between(self.rng, opened, min(self.today, opened + timedelta(30))),
                shared_with=shared, recorded_by=self.staff.support,
                notes="Explained with interpreter; she signed the form."))
            consent_id = consent_id or entry.id
            if self.rng.random() < 0.04:
                sink.add(replace(entry, id=sink.new_id(ConsentEntry), decision=ConsentDecision.WITHDRAWN,
                                          decided_on=days_between(self.rng, entry.decided_on,
                                                                  self.today),
                                          notes="She asked us to stop sharing for now."))
        return consent_id

    def _children(self, sink: BulkWriter, cid: int, origin: Origin, flags: set) -> list[Child]:
        rng = self.rng
        children = []
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2, 3))):
            location = rng.choices(tuple(ChildLocation), weights=(50, 8, 30, 5, 7))[0]
            leverage = location == ChildLocation.COUNTRY_OF_ORIGIN and rng.random() < 0.5
            if leverage:
                flags.add(SafetyFlag.CHILDREN_USED_AS_LEVERAGE)
            relationship = rng.choice((ChildRelationship.DAUGHTER, ChildRelationship.SON))
            children.append(sink.add(Child(
                id=sink.new_id(Child), client_id=cid, relationship=relationship,
                given_names=rng.choice(origin.given)[0] if relationship == "daughter"
                else rng.choice(origin.male_given or origin.given)[0],
                family_name="", date_of_birth=self.today - timedelta(days=rng.randint(90, 6000)),
                location=location,
                location_detail=f"With her grandmother in {rng.choice(FOREIGN_PLACES)}"
                if location == ChildLocation.COUNTRY_OF_ORIGIN else "",
                leverage_risk=leverage,
                safety_notes="Traffickers have sent photos of the house where the child lives."
                if leverage else "",
                school_or_childcare=rng.choice(SCHOOLS)
                if location == ChildLocation.WITH_CLIENT else "",
                social_worker="Children's services duty team" if location == "in_care" else "",
                dependant_on_claim=location == ChildLocation.WITH_CLIENT,
                best_interests_notes="Section 55 duty raised in representations."
                if rng.random() < 0.3 else "",
                family_reunion=FamilyReunionStatus.CONSIDERING if leverage
                else FamilyReunionStatus.NOT_APPLICABLE,
                benefits="Child benefit claimed" if location == "with_client" else "")))
        if rng.random() < 0.07:
            sink.add(Pregnancy(
                id=sink.new_id(Pregnancy), client_id=cid, due_on=self.today + timedelta(days=rng.randint(10, 200)),
                mat_b1_received=rng.random() < 0.4, antenatal_care="Booked with the midwife",
                outcome=PregnancyOutcome.ONGOING))
        return children

    def _support(self, sink: BulkWriter, cid: int, opened: date) -> None:
        rng = self.rng
        domains = rng.sample(list(SupportDomain), rng.randint(2, 4))
        for domain in domains:
            sink.add(NeedsAssessment(
                id=sink.new_id(NeedsAssessment), client_id=cid, domain=domain, assessed_on=days_between(rng, opened, self.today),
                level=rng.choice((NeedLevel.LOW, NeedLevel.MEDIUM, NeedLevel.HIGH,
                                  NeedLevel.URGENT)),
                needs=f"Needs help with {domain.value.replace('_', ' ')}.",
                her_goals=rng.choice(("To feel safe.", "To go to college.", "To work again.",
                                      "To have her children with her.", "To sleep properly.")),
                assessed_by=self.staff.support,
                review_on=self.today + timedelta(days=rng.randint(-20, 90))))
        for domain in domains[:rng.randint(1, len(domains))]:
            start = days_between(rng, opened, self.today)
            done = rng.random() < 0.4
            sink.add(SupportPlanAction(
                id=sink.new_id(SupportPlanAction), client_id=cid, domain=domain,
                action=f"Referral and follow-up: {domain.value.replace('_', ' ')}",
                owner_id=self.staff.support, start_on=start,
                due_on=start + timedelta(days=rng.randint(7, 90)),
                completed_on=start + timedelta(days=rng.randint(1, 7)) if done else None,
                status=ActionStatus.DONE if done else ActionStatus.IN_PROGRESS))
            referred = days_between(rng, opened, self.today)
            sink.add(Referral(
                id=sink.new_id(Referral), client_id=cid, organisation=rng.choice(ORGANISATIONS[domain.value]),
                domain=domain, referred_on=referred, consent_given=True,
                status=rng.choice(tuple(ReferralStatus)), contact="Intake team"))
        self._support_time(sink, cid, opened)
        if rng.random() < 0.3:
            sink.add(PeerMentorAssignment(
                id=sink.new_id(PeerMentorAssignment), client_id=cid, mentor_name=rng.choice(PEER_MENTORS),
                mentor_contact="Via the peer network coordinator",
                started_on=days_between(rng, opened, self.today)))

    def _parties(self, sink: BulkWriter, cid: int, origin: Origin) -> dict[str, list[Party]]:
        rng = self.rng
        made: dict[str, list[Party]] = {"adverse": [], "other": []}
        for person in self.pools.adverse_for(rng, origin):
            name = person.variant if person.variant and rng.random() < 0.2 else person.name
            made["adverse"].append(sink.add(Party(
                id=sink.new_id(Party), client_id=cid, role=person.role, name=name, aliases=person.aliases,
                phones=person.phones, addresses=person.addresses, do_not_disclose=True,
                notes="Do not contact. Named by her in her first account.")))
        others = [(PartyRole.WITNESS, rng.choice(POLICE), "Police"),
                  (PartyRole.EXPERT, rng.choice(EXPERTS), ""),
                  (PartyRole.EMPLOYER, rng.choice(EMPLOYERS), "")]
        for role, name, organisation in others[:rng.randint(0, 3)]:
            made["other"].append(sink.add(Party(
                id=sink.new_id(Party), client_id=cid, role=role, name=name, organisation=organisation)))
        if rng.random() < 0.5:
            person = rng.choice(self.pools.interpreters)
            made["other"].append(sink.add(Party(
                id=sink.new_id(Party), client_id=cid, role=PartyRole.INTERPRETER, name=person.name,
                organisation=person.organisation, phones=person.phones)))
        return made

    def _attachments(self, sink: BulkWriter, cid: int, note_ids: list[int]) -> int:
        rng = self.rng
        written = 0
        for _ in range(rng.choice((0, 0, 0, 0, 0, 1, 1, 2))):
            privileged = rng.random() < 0.3
            title = "Advice letter" if privileged else rng.choice(
                ("GP letter", "Refusal decision", "Referral form", "School letter"))
            data = tiny_pdf(title) if rng.random() < 0.6 else \
                f"{title}\nFictional demo document.\n".encode("utf-8")
            pdf = data.startswith(b"%PDF")
            sink.add(Attachment(
                id=sink.new_id(Attachment), client_id=cid, name=f"{title}.{'pdf' if pdf else 'txt'}",
                mime_type="application/pdf" if pdf else "text/plain", size=len(data),
                sha256=digest(data), privileged=privileged,
                note_id=rng.choice(note_ids) if note_ids and rng.random() < 0.3 else None,
                description="Fictional demo document",
                uploaded_by=self.staff.solicitor if privileged else self.staff.support), data)
            written += 1
        return written

    # --- the whole file -------------------------------------------------------------------
    def _support_time(self, sink: BulkWriter, cid: int, opened: date) -> None:
        """Support time on no particular matter for about one woman in three. Its own random
        stream (from her id), so the rest of the centre is the same as before it existed."""
        rng = random.Random(cid * 7_919 + opened.toordinal())
        if rng.random() >= 0.35:
            return
        for _ in range(rng.randint(1, 2)):
            sink.add(TimeEntry(
                id=sink.new_id(TimeEntry), client_id=cid, matter_id=None,
                user_id=self.staff.support, worked_on=days_between(rng, opened, self.today),
                minutes=rng.choice((20, 30, 45, 60, 90)), activity=Activity.SUPPORT,
                funder=rng.choice(("Grant: Women's Justice Fund (fictional)", "Core funding")),
                description=rng.choice(("Went with her to the GP registration.",
                                        "Helped her open a bank account.",
                                        "Phone support after a difficult night.",
                                        "Accompanied her to the housing office."))))

    def write(self, sink: BulkWriter, index: int, opened: date, note_count: int) -> Counts:
        rng = self.rng
        origin = pick_origin(rng)
        cid = sink.new_id(Client)
        client, city = self._client(sink, cid, origin, opened, index)
        counts = Counts(clients=1, restricted=int(bool(client.restricted_to)))
        consent_id = self._consents(sink, cid, opened)
        flags = set(client.safety_flags)
        children = self._children(sink, cid, origin, flags)
        counts.children = len(children)
        if flags != set(client.safety_flags):
            client = replace(client, safety_flags=frozenset(flags))
        sink.add(client)
        self._support(sink, cid, opened)
        parties = self._parties(sink, cid, origin)
        counts.parties = sum(len(p) for p in parties.values())
        if rng.random() < 0.05:
            sink.add(Conviction(
                id=sink.new_id(Conviction), client_id=cid, offence=rng.choice((
                    "Possession of a false identity document", "Cannabis cultivation",
                    "Working in breach of conditions")),
                convicted_on=days_between(rng, opened - timedelta(days=900), opened),
                court=f"{rng.choice(self.cities)} Magistrates' Court", country="United Kingdom",
                sentence="Community order", spent=rng.random() < 0.5,
                compelled_by_trafficking=True,
                notes="Section 45 defence not raised at the time; consider appeal."))
        matters = self.legal.write(sink, cid, index, opened, parties, counts)
        self.asylum.write(sink, client, matters)
        slots = {"name": client.display_name, "home": rng.choice(FOREIGN_PLACES),
                 "city": city, "work": rng.choice(WORK_PLACES),
                 "lang": client.languages[0].language if client.languages else "English",
                 "trafficker": (parties["adverse"][0].aliases or ("him",))[-1],
                 "child": children[0].given_names if children else "her daughter"}
        note_ids = self.notes.write(sink, cid, opened, note_count, matters, slots,
                                    interpreter=client.interpreter_needed)
        counts.notes = len(note_ids)
        counts.attachments = self._attachments(sink, cid, note_ids)
        return counts
