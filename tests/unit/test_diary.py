"""The diary across files: tasks for colleagues, hearings, support plan actions and need
reviews in 7/14/30-day views, and the .ics export that names references only."""
from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from icalendar import Calendar

import case_samples as s
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.matters import MatterStatus
from assist_desktop.domain.support import ActionStatus
from assist_desktop.services.clients import ClientService
from assist_desktop.services.matters import MatterService
from assist_desktop.services.support import SupportService
from assist_desktop.services.tasks import TaskService
from case_world import world  # noqa: F401  (fixture)

TODAY = date(2026, 3, 2)


def _file(world, name="Grace"):
    return world.service(ClientService, "sol").create(s.client(name))


def _task(cid, title, due, assigned=None, reminder=0):
    return dataclasses.replace(s.task(cid, title, due_on=due), start_date=None,
                               assigned_to=assigned, reminder_days=reminder)


def test_a_task_for_a_colleague_is_in_their_diary_not_mine(world):
    cid = _file(world).id
    mine = world.service(TaskService, "sol")
    mine.create(_task(cid, "Chase the Home Office", TODAY + timedelta(days=2),
                      assigned=world.ids["sup"], reminder=1))
    theirs = world.service(TaskService, "sup").diary(today=TODAY, mine=True)
    assert [(e.title, e.assigned_to, e.reminder_days) for e in theirs] == [
        ("Chase the Home Office", world.ids["sup"], 1)]
    assert mine.diary(today=TODAY, mine=True) == []


def test_a_restricted_file_s_task_goes_only_to_the_staff_named_on_it(world):
    cid = world.service(ClientService, "sol").create(
        s.client("Mina", restricted_to=frozenset({world.ids["sol"], world.ids["sup"]}))).id
    tasks = world.service(TaskService, "sol")
    with pytest.raises(ValidationError, match="restricted"):
        tasks.create(_task(cid, "Call", TODAY, assigned=world.ids["sup2"]))
    assert tasks.create(_task(cid, "Call", TODAY, assigned=world.ids["sup"])).id


def test_the_diary_holds_hearings_plan_actions_and_reviews_in_the_days_asked(world):
    client = _file(world)
    cid = client.id
    sol, sup = world.ids["sol"], world.ids["sup"]
    matter = world.service(MatterService, "sol").create(dataclasses.replace(
        s.matter(cid, "Appeal", fee_earner=sol), status=MatterStatus.OPEN, closed_on=None,
        next_hearing_on=TODAY + timedelta(days=10)))
    support = world.service(SupportService, "sup")
    support.actions.create(dataclasses.replace(
        s.action(cid, "Find a GP", owner=sup), start_on=None, completed_on=None,
        status=ActionStatus.PLANNED, due_on=TODAY - timedelta(days=1)))
    support.needs.create(dataclasses.replace(s.needs(cid, "x", assessed_by=sup),
                                             review_on=TODAY + timedelta(days=20)))
    tasks = world.service(TaskService, "sol")
    tasks.create(_task(cid, "Witness statement", TODAY + timedelta(days=6),
                       assigned=sol))
    week = tasks.diary(today=TODAY, days=7)
    assert [(str(e.kind), e.is_overdue(TODAY)) for e in week] == [
        ("plan_action", True), ("deadline", False)]
    fortnight = tasks.diary(today=TODAY, days=14)
    assert [str(e.kind) for e in fortnight] == ["plan_action", "deadline", "hearing"]
    hearing = fortnight[-1]
    assert (hearing.client_reference, hearing.matter_reference) == (client.reference,
                                                                    matter.reference)
    month = tasks.diary(today=TODAY, days=30)
    assert [str(e.kind) for e in month][-1] == "need_review"
    assert [str(e.kind) for e in tasks.diary(today=TODAY, days=30, mine=True)] == [
        "deadline", "hearing"]
    with pytest.raises(ValidationError):
        tasks.diary(today=TODAY, days=0)


def test_the_ics_export_names_references_never_her_name_and_is_audited(world, tmp_path):
    client = _file(world, "Grace")
    tasks = world.service(TaskService, "sol")
    tasks.create(_task(client.id, "Ask Grace about the trafficker", TODAY + timedelta(days=3),
                       assigned=world.ids["sol"], reminder=2))
    target = tmp_path / "diary.ics"
    warning = tasks.export_ics(target, days=7, today=TODAY)
    assert "leaves the encrypted store" in warning
    data = target.read_bytes()
    assert b"Grace" not in data and b"trafficker" not in data
    events = Calendar.from_ical(data).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [f"Deadline {client.reference}"]
    assert events[0].decoded("dtstart") == TODAY + timedelta(days=3)
    assert events[0].walk("VALARM")[0].decoded("trigger") == timedelta(days=-2)
    assert (target.stat().st_mode & 0o777) == 0o600
    assert ("sol", "export", "diary", "", "ics:1 references only") in world.audit_rows()
    tasks.export_ics(target, days=7, today=TODAY, include_titles=True)
    assert b"about the trafficker" in target.read_bytes()
