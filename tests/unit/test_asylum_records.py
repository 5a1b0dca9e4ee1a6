"""Asylum claim and appeal steps, age assessments and the exploitation profile: stored and read
back, who may see and change them, and the deadlines a refusal starts."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

import case_samples as s
from assist_desktop.domain.asylum import (AgeAssessment, AgeAssessor, AgeOutcome, AsylumEvent,
                                          AsylumOutcome, AsylumStep, ExploitationForm,
                                          ExploitationProfile, RouteToCentre)
from assist_desktop.domain.clients import Jurisdiction
from assist_desktop.domain.errors import PermissionDenied, ValidationError
from assist_desktop.domain.tasks import TaskKind
from assist_desktop.services.asylum import AsylumService
from assist_desktop.services.clients import ClientService
from assist_desktop.services.tasks import TaskService
from case_world import world  # noqa: F401  (fixture)

DECIDED = date(2026, 3, 2)  # a Monday


def _client(world, jurisdiction=Jurisdiction.ENGLAND_WALES):
    client = s.client("Asylum", key_worker=world.ids["sup"], solicitor=world.ids["sol"])
    return world.service(ClientService, "sol").create(
        dataclasses.replace(client, jurisdiction=jurisdiction)).id


def _steps(cid):
    return [AsylumEvent(client_id=cid, step=AsylumStep.CLAIM, dated=date(2025, 6, 2),
                        body="Home Office", reference="HO <b>1234</b> & 'x'"),
            AsylumEvent(client_id=cid, step=AsylumStep.SCREENING_INTERVIEW,
                        dated=date(2025, 6, 9), interpreter_language="Tigrinya (Eritrea)"),
            AsylumEvent(client_id=cid, step=AsylumStep.SUBSTANTIVE_INTERVIEW,
                        dated=date(2025, 11, 20), recording_requested=True,
                        notes="ልጆቼ 🙂 \u202eRTL"),
            AsylumEvent(client_id=cid, step=AsylumStep.DECISION, dated=DECIDED,
                        outcome=AsylumOutcome.REFUSED, body="Home Office")]


def test_steps_assessments_and_profile_are_stored_and_read_back(world):
    cid = _client(world)
    service = world.service(AsylumService, "sol")
    stored = [service.create(step) for step in _steps(cid)]
    assessment = service.age_assessments.create(AgeAssessment(
        client_id=cid, assessed_on=date(2025, 7, 1), assessor=AgeAssessor.LOCAL_AUTHORITY,
        assessing_body="Kent County Council", outcome=AgeOutcome.ASSESSED_AS_ADULT,
        assessed_age=19, merton_compliant=False, challenged_on=date(2025, 8, 1)))
    profile = service.save_profile(ExploitationProfile(
        client_id=cid, forms=(ExploitationForm.SEXUAL, ExploitationForm.DOMESTIC_SERVITUDE),
        countries=("Nigeria", "Libya", "Italy"), route=RouteToCentre.AGENCY,
        referring_agency="Salvation Army"))
    world.reopen()
    service = world.service(AsylumService, "sol")
    assert service.list(cid) == stored
    assert service.age_assessments.list(cid) == [assessment]
    assert service.profile(cid) == profile
    assert profile.countries == ("Nigeria", "Libya", "Italy")
    edited = service.save_profile(dataclasses.replace(profile, route=RouteToCentre.OUTREACH,
                                                      referring_agency=""))
    assert service.profile(cid).route == RouteToCentre.OUTREACH and edited.version == 2
    details = [r[4] for r in world.audit_rows()]
    assert any("fields:" in d and "route" in d for d in details)
    assert not any("Nigeria" in d or "Salvation" in d or "1234" in d for d in details)


def test_bad_input_is_refused_and_changes_nothing(world):
    cid = _client(world)
    service = world.service(AsylumService, "sol")
    with pytest.raises(ValidationError):  # an outcome that does not fit the step
        service.create(AsylumEvent(client_id=cid, step=AsylumStep.HEARING, dated=DECIDED,
                                   outcome=AsylumOutcome.REFUSED))
    with pytest.raises(ValidationError):
        service.save_profile(ExploitationProfile(client_id=cid, countries=("A\x01",)))
    with pytest.raises(ValidationError):
        service.save_profile(ExploitationProfile(client_id=cid, route=RouteToCentre.OUTREACH,
                                                 referring_agency="Someone"))
    with pytest.raises(ValidationError):
        service.age_assessments.create(AgeAssessment(
            client_id=cid, assessed_on=date(2025, 7, 1), challenged_on=date(2025, 6, 1)))
    assert service.list(cid) == [] and service.profile(cid) is None
    assert service.age_assessments.list(cid) == []


def test_support_workers_see_steps_dates_and_outcomes_only(world):
    cid = _client(world)
    for step in _steps(cid):
        world.service(AsylumService, "sol").create(step)
    sup = world.service(AsylumService, "sup")
    summaries = sup.summaries(cid)
    assert [(x.step, x.dated, x.outcome) for x in summaries][-1] == \
        (AsylumStep.DECISION, DECIDED, AsylumOutcome.REFUSED)
    assert not hasattr(summaries[0], "reference") and not hasattr(summaries[0], "notes")
    for forbidden in (lambda: sup.list(cid), lambda: sup.create(_steps(cid)[0]),
                      lambda: sup.age_assessments.create(AgeAssessment(
                          client_id=cid, assessed_on=DECIDED))):
        with pytest.raises(PermissionDenied):
            forbidden()
    assert sup.age_assessments.list(cid) == []
    assert sup.save_profile(ExploitationProfile(client_id=cid, route=RouteToCentre.OUTREACH))
    adm = world.service(AsylumService, "adm")
    for forbidden in (lambda: adm.summaries(cid), lambda: adm.profile(cid),
                      lambda: adm.age_assessments.list(cid)):
        with pytest.raises(PermissionDenied):
            forbidden()


def test_a_refusal_puts_the_appeal_deadline_on_her_file_once(world):
    cid = _client(world)
    service = world.service(AsylumService, "sol")
    decision = None
    for step in _steps(cid):
        decision = service.create(step)
    service.update(dataclasses.replace(decision, notes="served by email"))
    deadlines = [t for t in world.service(TaskService, "sol").list(cid)
                 if t.kind == TaskKind.DEADLINE]
    assert [(t.rule_id, t.start_date, t.due_on) for t in deadlines] == \
        [("ftt-iac-appeal-in-uk", DECIDED, date(2026, 3, 16))]  # 14 days after it was sent
    assert deadlines[0].reminder_days == 7


def test_an_irish_refusal_starts_the_ipat_appeal_and_a_grant_starts_nothing(world):
    cid = _client(world, Jurisdiction.IRELAND)
    service = world.service(AsylumService, "sol")
    service.create(AsylumEvent(client_id=cid, step=AsylumStep.DECISION, dated=date(2025, 3, 3),
                               outcome=AsylumOutcome.REFUSED, body="IPO"))
    other = _client(world)
    service.create(AsylumEvent(client_id=other, step=AsylumStep.DECISION, dated=DECIDED,
                               outcome=AsylumOutcome.GRANTED_REFUGEE))
    tasks = world.service(TaskService, "sol")
    assert [t.rule_id for t in tasks.list(cid)] == ["ipat-appeal-ipa2015"]
    assert tasks.list(other) == []


def test_purging_her_file_erases_the_asylum_records(world):
    cid = _client(world)
    service = world.service(AsylumService, "sol")
    for step in _steps(cid):
        service.create(step)
    service.age_assessments.create(AgeAssessment(client_id=cid, assessed_on=DECIDED))
    service.save_profile(ExploitationProfile(client_id=cid, countries=("Eritrea",)))
    clients = world.service(ClientService, "sol")
    clients.delete(cid, clients.get(cid).version)
    world.service(ClientService, "admsol").purge(cid)
    for table in ("asylum_events", "age_assessments", "exploitation_profiles"):
        assert world.db.read(lambda c: c.execute(f"SELECT count(*) FROM {table}").fetchone()) \
            == (0,), table


def test_a_step_and_its_deadline_are_saved_together_or_not_at_all(world, monkeypatch):
    cid = _client(world)
    service = world.service(AsylumService, "sol")

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")
    monkeypatch.setattr("assist_desktop.services.asylum.compute_due", broken)
    with pytest.raises(RuntimeError):
        service.create(_steps(cid)[-1])
    assert service.list(cid) == [] and world.service(TaskService, "sol").list(cid) == []


@pytest.mark.parametrize("step, outcome, rule", [
    (AsylumStep.DETERMINATION, AsylumOutcome.DISMISSED, "ftt-iac-pta-ut-in-uk"),
    (AsylumStep.ONWARD_APPEAL, AsylumOutcome.PERMISSION_REFUSED, "ut-renewed-pta-in-uk"),
    (AsylumStep.ONWARD_APPEAL, AsylumOutcome.DISMISSED, "ut-pta-onward-in-uk"),
])
def test_each_later_refusal_starts_its_own_time_limit(world, step, outcome, rule):
    cid = _client(world)
    world.service(AsylumService, "sol").create(
        AsylumEvent(client_id=cid, step=step, dated=DECIDED, outcome=outcome))
    assert [t.rule_id for t in world.service(TaskService, "sol").list(cid)] == [rule]
