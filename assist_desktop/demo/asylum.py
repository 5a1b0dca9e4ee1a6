"""A demo client's asylum claim and appeal steps, age assessment and exploitation profile.

Drawn from a random generator of their own (seeded from the client's id), so adding them did
not change the rest of the demo centre."""
from __future__ import annotations

import random
from datetime import date, timedelta

from assist_desktop.domain.asylum import (AgeAssessment, AgeAssessor, AgeOutcome, AsylumEvent,
                                          AsylumOutcome, AsylumStep, ExploitationForm,
                                          ExploitationProfile, RouteToCentre)
from assist_desktop.domain.clients import Client
from assist_desktop.domain.matters import Matter, MatterType
from assist_desktop.domain.records import Jurisdiction
from assist_desktop.storage.bulk_writer import BulkWriter

COUNTRY = {"Albanian": "Albania", "Vietnamese": "Vietnam", "Romanian": "Romania",
           "Nigerian": "Nigeria", "Chinese": "China", "Ukrainian": "Ukraine",
           "Moldovan": "Moldova", "Eritrean": "Eritrea", "Sudanese": "Sudan", "Iraqi": "Iraq",
           "Afghan": "Afghanistan", "Brazilian": "Brazil", "Thai": "Thailand",
           "Hungarian": "Hungary", "Bulgarian": "Bulgaria", "Filipino": "Philippines"}
TRANSIT = ("Libya", "Italy", "France", "Belgium", "Niger", "Greece", "Turkey", "Spain",
           "Russia", "Germany")
AGENCIES = ("Salvation Army", "Local authority social services", "Police (Modern Slavery Unit)",
            "Migrant Help", "A refuge", "A GP practice", "Another law centre")


def _between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


class AsylumDemo:
    def __init__(self, today: date, jurisdiction: Jurisdiction):
        self.today, self.jurisdiction = today, jurisdiction

    def write(self, sink: BulkWriter, client: Client, matters: list[Matter]) -> None:
        rng = random.Random(client.id * 7919 + 13)
        self._profile(sink, rng, client)
        if client.age_disputed:
            self._age(sink, rng, client)
        claims = sorted((m for m in matters if m.matter_type in (MatterType.APPEAL,
                                                                 MatterType.ASYLUM_CLAIM)),
                        key=lambda m: m.matter_type != MatterType.APPEAL)  # an appeal first
        if claims:
            self._claim(sink, rng, client, claims[0])

    def _profile(self, sink, rng, client: Client) -> None:
        forms = [form for form, chance in (
            (ExploitationForm.SEXUAL, 0.55), (ExploitationForm.LABOUR, 0.3),
            (ExploitationForm.DOMESTIC_SERVITUDE, 0.25), (ExploitationForm.CRIMINAL, 0.1),
            (ExploitationForm.FINANCIAL, 0.1)) if rng.random() < chance] \
            or [ExploitationForm.SEXUAL]
        home = COUNTRY.get(client.nationality)
        here = "Ireland" if self.jurisdiction == Jurisdiction.IRELAND else "United Kingdom"
        countries = [c for c in (home, *rng.sample(TRANSIT, rng.randint(0, 2)), here) if c]
        route = rng.choices((RouteToCentre.AGENCY, RouteToCentre.OUTREACH,
                             RouteToCentre.SELF_REFERRAL, RouteToCentre.UNKNOWN),
                            weights=(55, 20, 20, 5))[0]
        sink.add(ExploitationProfile(
            id=sink.new_id(ExploitationProfile), client_id=client.id, forms=tuple(forms),
            countries=tuple(dict.fromkeys(countries)), route=route,
            referring_agency=rng.choice(AGENCIES) if route == RouteToCentre.AGENCY else ""))

    def _age(self, sink, rng, client: Client) -> None:
        ireland = self.jurisdiction == Jurisdiction.IRELAND
        opened = client.opened_on or self.today
        on = _between(rng, opened - timedelta(days=300), opened)
        outcome = rng.choice((AgeOutcome.ASSESSED_AS_ADULT, AgeOutcome.ACCEPTED_AS_CHILD,
                              AgeOutcome.BENEFIT_OF_DOUBT))
        challenged = outcome == AgeOutcome.ASSESSED_AS_ADULT and rng.random() < 0.6
        sink.add(AgeAssessment(
            id=sink.new_id(AgeAssessment), client_id=client.id, assessed_on=on,
            assessor=AgeAssessor.TUSLA if ireland else AgeAssessor.LOCAL_AUTHORITY,
            assessing_body="" if ireland else "Children's services (demo)", outcome=outcome,
            assessed_age=rng.randint(18, 21) if outcome == AgeOutcome.ASSESSED_AS_ADULT
            else rng.randint(15, 17), merton_compliant=not challenged,
            interpreter_present=True, appropriate_adult_present=rng.random() < 0.7,
            challenged_on=on + timedelta(days=rng.randint(20, 90)) if challenged else None,
            challenge_outcome="Judicial review issued" if challenged else ""))

    def _claim(self, sink, rng, client: Client, matter: Matter) -> None:
        ireland = self.jurisdiction == Jurisdiction.IRELAND
        body = "IPO" if ireland else "Home Office"
        ref = matter.home_office_ref
        on = matter.opened_on
        steps = [(AsylumStep.CLAIM, on, AsylumOutcome.NONE, body),
                 (AsylumStep.SCREENING_INTERVIEW, on + timedelta(days=rng.randint(1, 60)),
                  AsylumOutcome.NONE, body)]
        interview = steps[-1][1] + timedelta(days=rng.randint(60, 400))
        steps.append((AsylumStep.SUBSTANTIVE_INTERVIEW, interview, AsylumOutcome.NONE, body))
        if matter.matter_type == MatterType.APPEAL and matter.decision_sent_on:
            steps.append((AsylumStep.DECISION, matter.decision_sent_on, AsylumOutcome.REFUSED,
                          body))
            lodged = matter.decision_sent_on + timedelta(days=rng.randint(2, 10))
            if lodged <= self.today:
                steps.append((AsylumStep.APPEAL_LODGED, lodged, AsylumOutcome.NONE,
                              "IPAT" if ireland else "First-tier Tribunal (IAC)"))
        elif interview + timedelta(days=120) < self.today and rng.random() < 0.6:
            decided = interview + timedelta(days=rng.randint(60, 200))
            steps.append((AsylumStep.DECISION, min(decided, self.today),
                          rng.choice((AsylumOutcome.GRANTED_REFUGEE,
                                      AsylumOutcome.GRANTED_HUMANITARIAN)), body))
        for step, dated, outcome, by in steps:
            if dated > self.today:
                break
            sink.add(AsylumEvent(
                id=sink.new_id(AsylumEvent), client_id=client.id, matter_id=matter.id,
                step=step, dated=dated, outcome=outcome, body=by, reference=ref,
                interpreter_language=client.languages[0].language if client.languages else "",
                recording_requested=step == AsylumStep.SUBSTANTIVE_INTERVIEW
                and rng.random() < 0.5))
