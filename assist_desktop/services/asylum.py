"""Her asylum claim and appeals, age assessments and exploitation profile (domain/asylum.py).

Solicitors record and see the claim's steps in full; support workers see each step, its
outcome and date (Area.ASYLUM_SUMMARY). Age assessments are read by caseworkers and recorded
by solicitors; the exploitation profile (forms, countries, how she reached the centre) is
kept by any caseworker. Everything is audited with ids and field names, never values.

A step whose date starts a time limit (a refusal: the appeal; a dismissed appeal: permission
to appeal) adds the deadline from the centre's rules (deadline_rules.json) as a task on her
file, in the same transaction, unless that deadline is already there.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from assist_desktop.domain.asylum import (AgeAssessment, AsylumEvent, AsylumOutcome, AsylumStep,
                                          ExploitationProfile)
from assist_desktop.domain.deadlines import compute_due
from assist_desktop.domain.errors import NotFound, ValidationError
from assist_desktop.domain.tasks import Task, TaskKind
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService, RecordOps, changed_fields
from assist_desktop.storage.asylum_repository import (AgeAssessmentRepository,
                                                      AsylumEventRepository,
                                                      ExploitationProfileRepository)
from assist_desktop.storage.deadline_rule_repository import DeadlineRuleRepository
from assist_desktop.storage.matter_repository import MatterRepository
from assist_desktop.storage.task_repository import TaskRepository

Area = perm.Area


@dataclass(frozen=True)
class AsylumStepSummary:
    """What a support worker sees of a step: no references, bodies or notes."""
    id: int
    client_id: int
    step: AsylumStep
    dated: date
    outcome: AsylumOutcome
    matter_id: int | None

    @classmethod
    def of(cls, event: AsylumEvent) -> "AsylumStepSummary":
        return cls(event.id, event.client_id, event.step, event.dated, event.outcome,
                   event.matter_id)


class AsylumService(CaseService):
    def __init__(self, db, session, audit):
        super().__init__(db, session, audit)
        self._events = AsylumEventRepository()
        self._profiles = ExploitationProfileRepository()
        self._rules = DeadlineRuleRepository()
        self._tasks = TaskRepository()
        self._matters = MatterRepository()
        self.steps: RecordOps[AsylumEvent] = RecordOps(
            self, self._events, area=Area.ASYLUM, entity="asylum_event", what="asylum record")
        self.age_assessments: RecordOps[AgeAssessment] = RecordOps(
            self, AgeAssessmentRepository(), area=Area.AGE_ASSESSMENT, entity="age_assessment",
            what="age assessment")

    # --- the claim's steps ------------------------------------------------------------------
    def summaries(self, client_id: int) -> list[AsylumStepSummary]:
        perm.require(self._session, Area.ASYLUM_SUMMARY)

        def read(conn):
            self._visible_client(conn, client_id)
            self._log(conn, "read", "client", client_id, "asylum_summaries")
            return [AsylumStepSummary.of(e) for e in self._events.list_for_client(conn, client_id)]
        return self._audited(read)

    def list(self, client_id: int) -> list[AsylumEvent]:
        return self.steps.list(client_id)

    def record(self, event: AsylumEvent) -> tuple[AsylumEvent, list[Task]]:
        """Save a new or edited step and add the deadlines it starts, in one transaction;
        returns the step and the deadline tasks added."""
        perm.require(self._session, Area.ASYLUM, write=True)
        event.validate()

        def write(conn):
            if event.id is None:
                self._visible_client(conn, event.client_id)
                self._check_links(conn, event.client_id, event)
                stored = self._events.create(conn, event)
                self._log(conn, "create", "asylum_event", stored.id,
                          f"client:{event.client_id}")
            else:
                existing = self._events.get(conn, event.id)
                if existing is None:
                    raise NotFound("asylum record")
                self._visible_client(conn, existing.client_id)
                if event.client_id != existing.client_id:
                    raise ValidationError("client_id", "a record cannot move to another client")
                self._check_links(conn, existing.client_id, event)
                stored = self._events.update(conn, event)
                self._log(conn, "update", "asylum_event", stored.id,
                          f"client:{existing.client_id} "
                          f"fields:{changed_fields(existing, stored)}")
            return stored, self._add_deadlines(conn, stored)
        return self._db.write(write)

    def create(self, event: AsylumEvent) -> AsylumEvent:
        return self.record(event)[0]

    def update(self, event: AsylumEvent) -> AsylumEvent:
        return self.record(event)[0]

    def delete(self, event_id: int, expected_version: int) -> AsylumEvent:
        return self.steps.delete(event_id, expected_version)

    def _add_deadlines(self, conn, event: AsylumEvent) -> list[Task]:
        """The deadlines this step starts, added as tasks unless already on her file."""
        names = event.start_events()
        if not names:
            return []
        jurisdiction, regime = self._jurisdiction(conn, event)
        existing = {(t.rule_id, t.start_date) for t in
                    self._tasks.list_for_client(conn, event.client_id)}
        added = []
        for rule in self._rules_for(conn, names, jurisdiction, regime, event.dated):
            if (rule.id, event.dated) in existing:
                continue
            due = compute_due(rule, event.dated, jurisdiction)
            task = Task(client_id=event.client_id, title=rule.process[:1000], due_on=due.due,
                        kind=TaskKind.DEADLINE, matter_id=event.matter_id,
                        assigned_to=self._session.user_id, rule_id=rule.id,
                        start_event=rule.start_event[:500], start_date=event.dated,
                        reminder_days=max(rule.reminder_days_before, default=0),
                        notes=f"From the asylum record ({event.step.value}).")
            task.validate()
            stored = self._tasks.create(conn, task)
            self._log(conn, "create", "task", stored.id,
                      f"client:{event.client_id} rule:{rule.id} asylum_event:{event.id}")
            added.append(stored)
        return added

    def _jurisdiction(self, conn, event: AsylumEvent) -> tuple[str, str]:
        if event.matter_id is not None:
            matter = self._matters.get(conn, event.matter_id)
            if matter is not None:
                return str(matter.jurisdiction), matter.regime
        client = self._clients.get(conn, event.client_id)
        return str(client.jurisdiction), ""

    def _rules_for(self, conn, names, jurisdiction: str, regime: str, start: date):
        """Active rules started by these events here, in force on `start`; accelerated
        procedures and appeals from outside the UK are left to the solicitor (Tasks > New
        task), since the record does not say the claim was accelerated or she has left. Where two regimes both apply (Ireland from the
        2026 Act's commencement), the matter's regime chooses, if it names one."""
        rules = [r for r in self._rules.list(conn)
                 if r.active and r.start_event in names and r.applies_in(jurisdiction)
                 and "accelerated" not in r.id and "outside-uk" not in r.id
                 and (r.valid_from is None or r.valid_from <= start)
                 and (r.valid_until is None or start <= r.valid_until)]
        regimes = {r.regime for r in rules if r.regime}
        if len(regimes) > 1 and regime:
            chosen = [r for r in rules if r.regime and r.regime.lower() in regime.lower()]
            if chosen:
                rules = chosen
        return rules

    # --- the exploitation profile (one per client) --------------------------------------
    def profile(self, client_id: int) -> ExploitationProfile | None:
        perm.require(self._session, Area.EXPLOITATION)

        def read(conn):
            self._visible_client(conn, client_id)
            self._log(conn, "read", "client", client_id, "exploitation_profile")
            return self._profiles.for_client(conn, client_id)
        return self._audited(read)

    def save_profile(self, profile: ExploitationProfile) -> ExploitationProfile:
        perm.require(self._session, Area.EXPLOITATION, write=True)
        profile.validate()

        def write(conn):
            self._visible_client(conn, profile.client_id)
            existing = self._profiles.for_client(conn, profile.client_id)
            if profile.id is None:
                if existing is not None:
                    raise ValidationError("profile", "her file already has one: edit it")
                stored = self._profiles.create(conn, profile)
                self._log(conn, "create", "exploitation_profile", stored.id,
                          f"client:{profile.client_id}")
                return stored
            if existing is None or existing.id != profile.id:
                raise NotFound("exploitation profile")
            stored = self._profiles.update(conn, profile)
            self._log(conn, "update", "exploitation_profile", stored.id,
                      f"client:{profile.client_id} fields:{changed_fields(existing, stored)}")
            return stored
        return self._db.write(write)


__all__ = ["AsylumService", "AsylumStepSummary"]
