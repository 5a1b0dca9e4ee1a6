"""Tasks and deadlines: per file, and across the files the user may see ("due this week",
"overdue"). Due dates from rules are computed by domain/deadlines.py; the task records which
rule and start event it came from."""
from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from assist_desktop.domain.tasks import Task
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService, RecordOps
from assist_desktop.storage.task_repository import TaskRepository

Area = perm.Area


class TaskService(CaseService):
    def __init__(self, db, session, audit):
        super().__init__(db, session, audit)
        self._tasks = TaskRepository()
        self._ops: RecordOps[Task] = RecordOps(self, self._tasks, area=Area.TASK, entity="task",
                                               what="task")

    # one file ---------------------------------------------------------------------------
    def list(self, client_id: int) -> list[Task]:
        """Open tasks first, soonest due first."""
        return self._ops.list(client_id)

    def get(self, task_id: int) -> Task:
        return self._ops.get(task_id)

    def create(self, task: Task) -> Task:
        return self._ops.create(task)

    def update(self, task: Task) -> Task:
        return self._ops.update(task)

    def delete(self, task_id: int, expected_version: int) -> Task:
        return self._ops.delete(task_id, expected_version)

    def complete(self, task: Task, *, on: date | None = None) -> Task:
        return self._ops.update(dataclasses.replace(task, done_on=on or date.today()))

    def reopen(self, task: Task) -> Task:
        return self._ops.update(dataclasses.replace(task, done_on=None))

    # across files -----------------------------------------------------------------------
    def _due(self, due_from: date | None, due_to: date, mine: bool, label: str) -> list[Task]:
        perm.require(self._session, Area.TASK)

        def read(conn):
            self._log(conn, "list", "task", "", label)
            return self._tasks.open_due(conn, self._session.user_id, due_from=due_from,
                                        due_to=due_to,
                                        assigned_to=self._session.user_id if mine else None)
        return self._audited(read)

    def week_with_references(self, *, today: date | None = None, mine: bool = False
                             ) -> tuple[list[tuple[Task, str]], list[tuple[Task, str]]]:
        """(overdue, due in the next seven days), each task with its client's reference, read
        in one transaction with two list audit rows (no client profile is read)."""
        perm.require(self._session, Area.TASK)
        today = self._today(today)
        me = self._session.user_id
        assigned = me if mine else None

        def read(conn):
            self._log(conn, "list", "task", "", "overdue")
            overdue = self._tasks.open_due_with_references(
                conn, me, due_from=None, due_to=today - timedelta(days=1), assigned_to=assigned)
            self._log(conn, "list", "task", "", "due_this_week")
            upcoming = self._tasks.open_due_with_references(
                conn, me, due_from=today, due_to=today + timedelta(days=6), assigned_to=assigned)
            return overdue, upcoming
        return self._audited(read)

    def due_this_week(self, *, today: date | None = None, mine: bool = False) -> list[Task]:
        """Open tasks due from today to 6 days ahead (not overdue ones: see overdue())."""
        today = self._today(today)
        return self._due(today, today + timedelta(days=6), mine, "due_this_week")

    def overdue(self, *, today: date | None = None, mine: bool = False) -> list[Task]:
        today = self._today(today)
        return self._due(None, today - timedelta(days=1), mine, "overdue")

    def due_between(self, start: date, end: date, *, mine: bool = False) -> list[Task]:
        return self._due(start, end, mine, "due_between")

    def reminders_due(self, *, today: date | None = None, mine: bool = True) -> list[Task]:
        """Open tasks whose reminder date has come (due_on - reminder_days <= today)."""
        today = self._today(today)
        horizon = today + timedelta(days=366)
        return [t for t in self._due(None, horizon, mine, "reminders") if t.remind_on <= today]
