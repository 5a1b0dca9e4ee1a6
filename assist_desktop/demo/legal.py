"""The legal side of a demo client's file (buffered in the caller's BulkWriter): her matters (every type occurs), the
identification (NRM) record, compensation claims with a schedule of loss, deadlines computed
from the centre's rules around `today` (some overdue, some this week), tasks and time.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from assist_desktop.domain.compensation import (ClaimStatus, CompensationClaim,
                                                CompensationScheme, LossHead, LossTiming,
                                                ScheduleOfLossItem, schemes_for)
from assist_desktop.domain.deadlines import compute_due
from assist_desktop.domain.identification import (CompetentAuthority, ExploitationFinding,
                                                  GroundsOutcome, IdentificationProcess,
                                                  IdentificationRecord)
from assist_desktop.domain.matters import Matter, MatterStatus, MatterType, RetentionCategory
from assist_desktop.domain.money import Currency
from assist_desktop.domain.records import Jurisdiction
from assist_desktop.domain.tasks import Task, TaskKind
from assist_desktop.domain.time_entries import Activity, TimeEntry
from assist_desktop.demo.corpus import FIRST_RESPONDERS
from assist_desktop.storage.bulk_writer import BulkWriter

ALL_TYPES = tuple(MatterType)
TITLES = {
    MatterType.IDENTIFICATION: "Identification as a survivor of trafficking (NRM)",
    MatterType.ASYLUM_CLAIM: "Protection claim",
    MatterType.FRESH_CLAIM: "Fresh claim (further submissions)",
    MatterType.APPEAL: "Appeal against refusal of protection claim",
    MatterType.JUDICIAL_REVIEW: "Judicial review of negative conclusive grounds decision",
    MatterType.CRIMINAL_PROCEEDINGS_WITNESS: "Witness in prosecution of her traffickers",
    MatterType.COMPENSATION: "Criminal injuries compensation",
    MatterType.EMPLOYMENT: "Unpaid wages and unlawful deductions",
    MatterType.CIVIL_CLAIM: "Civil claim against traffickers",
    MatterType.FAMILY_CHILDREN: "Family reunion: her children",
    MatterType.AGE_ASSESSMENT: "Challenge to age assessment",
    MatterType.HOUSING_WELFARE: "Asylum support and housing",
    MatterType.OTHER: "Subject access request to the Home Office",
}
CHANCE = {
    MatterType.IDENTIFICATION: 0.85, MatterType.ASYLUM_CLAIM: 0.7, MatterType.FRESH_CLAIM: 0.06,
    MatterType.APPEAL: 0.25, MatterType.JUDICIAL_REVIEW: 0.04,
    MatterType.CRIMINAL_PROCEEDINGS_WITNESS: 0.2, MatterType.COMPENSATION: 0.3,
    MatterType.EMPLOYMENT: 0.06, MatterType.CIVIL_CLAIM: 0.05, MatterType.FAMILY_CHILDREN: 0.08,
    MatterType.AGE_ASSESSMENT: 0.03, MatterType.HOUSING_WELFARE: 0.25, MatterType.OTHER: 0.03,
}
REGIME = {"england-wales": "Nationality and Borders Act 2022", "scotland":
          "HTE(S)A 2015 / Nationality and Borders Act 2022", "ireland": "IPA 2015"}
TASK_TITLES = ("Chase medical records", "Send statement for read-back", "Book interpreter",
               "Prepare bundle", "Request Home Office file (SAR)", "Call First Responder",
               "Review draft with client", "Instruct country expert")


class LegalWriter:
    def __init__(self, rng: random.Random, staff, today: date, jurisdiction: Jurisdiction, rules):
        self.rng, self.staff, self.today, self.jurisdiction = rng, staff, today, jurisdiction
        self.rules = {t: [r for r in rules.applicable(jurisdiction.value, t.value)
                          if r.matter_type == t.value and not r.id.endswith("-minor")]
                      for t in ALL_TYPES}
        self._due_cache: dict = {}

    def _due(self, rule, start: date):
        key = (rule.id, start)
        if key not in self._due_cache:
            self._due_cache[key] = compute_due(rule, start, self.jurisdiction.value)
        return self._due_cache[key]

    def _types(self, index: int) -> list[MatterType]:
        types = {t for t, chance in CHANCE.items() if self.rng.random() < chance}
        if index < len(ALL_TYPES):
            types.add(ALL_TYPES[index])  # the first files between them hold every type
        if MatterType.APPEAL in types:
            types.add(MatterType.ASYLUM_CLAIM)
        if not types:
            types.add(MatterType.ASYLUM_CLAIM)
        return [t for t in ALL_TYPES if t in types]

    def _refs(self, matter_type: MatterType, year: int) -> dict[str, str]:
        rng = self.rng
        ireland = self.jurisdiction == Jurisdiction.IRELAND
        refs = {}
        if matter_type in (MatterType.ASYLUM_CLAIM, MatterType.APPEAL, MatterType.FRESH_CLAIM,
                           MatterType.IDENTIFICATION, MatterType.FAMILY_CHILDREN):
            refs["home_office_ref"] = (f"IPO/{rng.randint(1000, 9999)}/{year % 100:02d}" if ireland
                                       else f"{rng.choice('HMVU')}{rng.randint(1000000, 9999999)}")
        if matter_type == MatterType.APPEAL:
            refs["tribunal_ref"] = (f"IPAT/{year}/{rng.randint(100, 9999)}" if ireland
                                    else f"PA/{rng.randint(10000, 99999)}/{year}")
        if matter_type == MatterType.JUDICIAL_REVIEW:
            refs["tribunal_ref"] = f"JR-{year}-LON-{rng.randint(100, 9999):06d}"
        if matter_type in (MatterType.CRIMINAL_PROCEEDINGS_WITNESS, MatterType.COMPENSATION):
            refs["police_ref"] = (f"PULSE {rng.randint(10000000, 99999999)}" if ireland
                                  else f"CRIS {rng.randint(1000000, 9999999)}/{year % 100:02d}")
        return refs

    def _deadline(self, sink: BulkWriter, matter: Matter) -> Task | None:
        """A deadline from the rules table whose due date falls around today."""
        rng = self.rng
        rules = self.rules.get(matter.matter_type) or []
        if not rules:
            return None
        rule = rng.choice(rules)
        target = self.today + timedelta(days=rng.choice((-12, -3, -1, 1, 2, 4, 6, 10, 20, 45,
                                                         90)))
        span = {"days": 1, "working_days": 1.45, "weeks": 7, "months": 30.5,
                "years": 365.25}.get(
            rule.period.unit.value, 1) * rule.period.amount
        start = max(matter.opened_on, target - timedelta(days=int(span)))
        due = self._due(rule, start)
        done = due.due < self.today and rng.random() < 0.5
        return Task(id=sink.new_id(Task), client_id=matter.client_id, title=rule.process[:200], due_on=due.due,
                    kind=TaskKind.DEADLINE, matter_id=matter.id, assigned_to=self.staff.solicitor,
                    rule_id=rule.id, start_event=rule.start_event[:500], start_date=start,
                    reminder_days=7, done_on=due.due - timedelta(days=2) if done else None)

    def _tasks(self, sink: BulkWriter, matter: Matter) -> int:
        rng = self.rng
        tasks = []
        if matter.status != MatterStatus.CLOSED:
            deadline = self._deadline(sink, matter)
            if deadline is not None:
                tasks.append(deadline)
        for _ in range(rng.randint(0, 2)):
            due = self.today + timedelta(days=rng.randint(-20, 40))
            done = (due < self.today and rng.random() < 0.6) or \
                matter.status == MatterStatus.CLOSED
            tasks.append(Task(id=sink.new_id(Task), client_id=matter.client_id,
                              title=rng.choice(TASK_TITLES),
                              due_on=due, matter_id=matter.id,
                              assigned_to=rng.choice((self.staff.solicitor, self.staff.support)),
                              reminder_days=rng.choice((0, 1, 3)),
                              done_on=min(due, self.today) if done else None))
        for task in tasks:
            sink.add(task)
        return len(tasks)

    def _time(self, sink: BulkWriter, matter: Matter) -> None:
        rng = self.rng
        for _ in range(rng.randint(1, 5)):
            sink.add(TimeEntry(
                id=sink.new_id(TimeEntry), client_id=matter.client_id, matter_id=matter.id,
                user_id=self.staff.solicitor,
                worked_on=days_between(rng, matter.opened_on, self.today),
                minutes=rng.choice((6, 12, 18, 30, 48, 60, 90, 150)),
                activity=rng.choice((Activity.ATTENDANCE, Activity.PREPARATION,
                                     Activity.CORRESPONDENCE, Activity.TELEPHONE,
                                     Activity.ADVOCACY, Activity.TRAVEL)),
                funder=rng.choice(("Legal aid", "Grant: Women's Justice Fund (fictional)",
                                   "Pro bono")), description="Demo time entry"))

    def _identification(self, sink: BulkWriter, cid: int, matter: Matter) -> None:
        rng = self.rng
        referral = matter.opened_on
        ireland = self.jurisdiction == Jurisdiction.IRELAND
        rg_on = referral + timedelta(days=rng.randint(3, 40))
        rg = GroundsOutcome.NOT_YET if rg_on > self.today else rng.choices(
            (GroundsOutcome.POSITIVE, GroundsOutcome.NEGATIVE), weights=(85, 15))[0]
        recovery_days = 90 if self.jurisdiction == Jurisdiction.SCOTLAND else 45
        cg_on = rg_on + timedelta(days=rng.randint(150, 700))
        cg = GroundsOutcome.NOT_YET if (rg != GroundsOutcome.POSITIVE or cg_on > self.today) \
            else rng.choices((GroundsOutcome.POSITIVE, GroundsOutcome.NEGATIVE), (80, 20))[0]
        sink.add(IdentificationRecord(
            id=sink.new_id(IdentificationRecord), client_id=cid, matter_id=matter.id,
            process=IdentificationProcess.IRELAND_LEGACY if ireland
            else IdentificationProcess.UK_NRM,
            referring_organisation=rng.choice(FIRST_RESPONDERS), referrer_contact="Duty officer",
            competent_authority=CompetentAuthority.GARDA if ireland
            else CompetentAuthority.SINGLE_COMPETENT_AUTHORITY,
            referral_date=referral,
            reasonable_grounds_on=None if rg == GroundsOutcome.NOT_YET else rg_on,
            reasonable_grounds=rg,
            recovery_period_start=rg_on if rg == GroundsOutcome.POSITIVE else None,
            recovery_period_end=rg_on + timedelta(days=recovery_days)
            if rg == GroundsOutcome.POSITIVE else None,
            conclusive_grounds_on=None if cg == GroundsOutcome.NOT_YET else cg_on,
            conclusive_grounds=cg,
            finding=ExploitationFinding.TRAFFICKING if cg == GroundsOutcome.POSITIVE
            else ExploitationFinding.UNSPECIFIED,
            guidance_version="Statutory guidance (demo)"))

    def _claim(self, sink: BulkWriter, cid: int, matter: Matter) -> None:
        rng = self.rng
        ireland = self.jurisdiction == Jurisdiction.IRELAND
        scheme = CompensationScheme.IRISH_CICT if ireland else rng.choice(
            (CompensationScheme.CICA, CompensationScheme.CICA, CompensationScheme.REPARATION_ORDER))
        if scheme not in schemes_for(str(self.jurisdiction)):  # no reparation order in Scotland
            scheme = CompensationScheme.CICA
        status = rng.choice(tuple(ClaimStatus)[:5])
        decided = status not in (ClaimStatus.PREPARING, ClaimStatus.SUBMITTED)
        claim = sink.add(CompensationClaim(
            id=sink.new_id(CompensationClaim), client_id=cid, scheme=scheme, currency=Currency.EUR if ireland else Currency.GBP,
            matter_id=matter.id, incident_from=matter.opened_on - timedelta(days=900),
            incident_to=matter.opened_on - timedelta(days=rng.randint(30, 300)),
            period_of_abuse=True, police_report_on=matter.opened_on,
            crime_reference=matter.police_ref,
            cooperation_notes="Reported late because of threats to her family at home.",
            unspent_convictions_checked=True, application_on=matter.opened_on + timedelta(30),
            status=status, decision_on=matter.opened_on + timedelta(days=300) if decided else None,
            amount_claimed=rng.randint(20, 120) * 100_000,
            amount_offered=rng.randint(10, 40) * 100_000 if decided else None))
        lines = [(LossHead.TARIFF_INJURY, LossTiming.PAST, rng.choice((1_100_000, 2_200_000,
                                                                       4_400_000)), "1",
                  "Tariff: pattern of sexual abuse over a period"),
                 (LossHead.LOSS_OF_EARNINGS, LossTiming.PAST, rng.randint(250, 420) * 100, "52",
                  "Loss of earnings from week 29, weekly rate"),
                 (LossHead.SPECIAL_EXPENSES, LossTiming.FUTURE, rng.randint(40, 90) * 100, "17.41",
                  "Counselling costs (annual) x multiplier")]
        for position, (head, timing, amount, multiplier, text) in enumerate(
                lines[:rng.randint(1, 3)]):
            sink.add(ScheduleOfLossItem(id=sink.new_id(ScheduleOfLossItem), claim_id=claim.id,
                                        head=head, timing=timing, multiplicand=amount,
                                        multiplier=multiplier, description=text,
                                        position=position))

    def write(self, sink: BulkWriter, cid: int, index: int, opened: date, parties,
              counts) -> list[Matter]:
        rng = self.rng
        matters = []
        for matter_type in self._types(index):
            started = days_between(rng, opened, min(self.today, opened + timedelta(days=400)))
            linked = set()
            if matter_type in (MatterType.CRIMINAL_PROCEEDINGS_WITNESS, MatterType.CIVIL_CLAIM,
                               MatterType.COMPENSATION):
                linked = {p.id for p in parties["adverse"]}
            linked |= {p.id for p in parties["other"] if (
                (p.role == "employer" and matter_type == MatterType.EMPLOYMENT)
                or (p.role == "expert" and matter_type == MatterType.APPEAL)
                or (p.role == "witness" and matter_type == MatterType.CRIMINAL_PROCEEDINGS_WITNESS)
                or (p.role == "interpreter" and matter_type == MatterType.ASYLUM_CLAIM))}
            closed = rng.random() < 0.15 and (self.today - started).days > 200
            rng.random()  # drawn as before (once: who supervised), so the rest stays the same
            matter = sink.add(Matter(
                id=sink.new_id(Matter), reference=sink.reference("M", started.year),
                client_id=cid, matter_type=matter_type, jurisdiction=self.jurisdiction,
                opened_on=started, title=TITLES[matter_type],
                regime=REGIME[self.jurisdiction.value], fee_earner_id=self.staff.solicitor,
                supervisor_id=self.staff.supervisor,
                decision_sent_on=self.today - timedelta(days=rng.randint(2, 12))
                if matter_type == MatterType.APPEAL else None,
                next_hearing_on=self.today + timedelta(days=rng.randint(5, 120))
                if matter_type in (MatterType.APPEAL, MatterType.CRIMINAL_PROCEEDINGS_WITNESS)
                and not closed else None,
                closed_on=days_between(rng, started, self.today) if closed else None,
                status=MatterStatus.CLOSED if closed else MatterStatus.OPEN,
                outcome="Concluded (demo)" if closed else "",
                retention_category=RetentionCategory.LEGAL_HOLD
                if matter_type == MatterType.CRIMINAL_PROCEEDINGS_WITNESS
                else RetentionCategory.STANDARD,
                party_ids=frozenset(linked), **self._refs(matter_type, started.year)))
            matters.append(matter)
            if matter_type == MatterType.IDENTIFICATION:
                self._identification(sink, cid, matter)
            if matter_type == MatterType.COMPENSATION:
                self._claim(sink, cid, matter)
                counts.claims += 1
            counts.tasks += self._tasks(sink, matter)
            self._time(sink, matter)
        counts.matters = len(matters)
        return matters


def days_between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))
