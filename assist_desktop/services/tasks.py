"""Tasks and deadlines: per file, and across the files the user may see ("due this week",
"overdue"). Due dates from rules are computed by domain/deadlines.py; the task records which
rule and start event it came from."""
from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

from assist_desktop.documents.diary_ics import diary_ics

from assist_desktop.domain.diary import DiaryEntry, DiaryKind, order
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.tasks import Task
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService, RecordOps
from assist_desktop.services.diary_export import ICS_TITLES_WARNING, ICS_WARNING, ics_entry
from assist_desktop.services.export_files import check_export_target, write_export
from assist_desktop.storage.diary_repository import DiaryRepository
from assist_desktop.storage.sar_repository import SarRequestRepository
from assist_desktop.storage.task_repository import TaskRepository

Area = perm.Area


class TaskService(CaseService):
    def __init__(self, db, session, audit):
        super().__init__(db, session, audit)
        self._tasks = TaskRepository()
        self._diary = DiaryRepository()
        self._ops: RecordOps[Task] = RecordOps(self, self._tasks, area=Area.TASK, entity="task",
                                               what="task")

    def _check_links(self, conn, client_id: int, record) -> None:
        """A task may go to a colleague, but on a restricted file only to the staff named on
        it (anyone else would be given work on a file they may not open)."""
        super()._check_links(conn, client_id, record)
        assignee = getattr(record, "assigned_to", None)
        access = self._clients.access(conn, client_id)
        if assignee is not None and access is not None and access.restricted_to \
                and assignee not in access.restricted_to:
            raise ValidationError("assigned_to", "is not one of the staff named on this "
                                                 "restricted file")

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

    def week_with_references(self, *, today: date | None = None, mine: bool = False,
                             days: int = 7
                             ) -> tuple[list[tuple[Task, str]], list[tuple[Task, str]]]:
        """(overdue, due in the next `days` days counting today), each task with its client's
        reference, read in one transaction with two list audit rows (no client profile is
        read)."""
        if not isinstance(days, int) or not 1 <= days <= 366:
            raise ValidationError("days", "must be from 1 to 366")
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
                conn, me, due_from=today, due_to=today + timedelta(days=days - 1),
                assigned_to=assigned)
            return overdue, upcoming
        return self._audited(read)

    def diary(self, *, today: date | None = None, mine: bool = False, days: int = 7
              ) -> list[DiaryEntry]:
        """Everything dated to act on, overdue first then the next `days` days counting today:
        open tasks and deadlines, hearings (from today), support plan actions and need reviews
        (those only with the support role's sight of the file). One transaction, a list audit
        row per kind read, ids only; no client profile is read."""
        perm.require(self._session, Area.TASK)
        if not isinstance(days, int) or not 1 <= days <= 366:
            raise ValidationError("days", "must be from 1 to 366")
        today = self._today(today)
        end = today + timedelta(days=days - 1)
        me = self._session.user_id
        session = self._session

        def read(conn):
            self._log(conn, "list", "task", "", f"diary:{days}")
            pairs = self._tasks.open_due_with_references(
                conn, me, due_from=None, due_to=end, assigned_to=me if mine else None)
            matters = self._diary.task_matter_references(conn, [t.matter_id for t, _ in pairs])
            entries = [DiaryEntry(
                kind=DiaryKind.DEADLINE if str(t.kind) == "deadline" else DiaryKind.TASK,
                on=t.due_on, title=t.title, client_id=t.client_id, client_reference=ref,
                record_id=t.id, matter_reference=matters.get(t.matter_id, ""),
                assigned_to=t.assigned_to, reminder_days=t.reminder_days, task=t)
                for t, ref in pairs]
            if perm.can(session, Area.MATTER_SUMMARY):
                self._log(conn, "list", "matter", "", f"hearings:{days}")
                entries += self._diary.hearings(conn, me, due_from=today, due_to=end, mine=mine)
            if perm.can(session, Area.SUPPORT):
                self._log(conn, "list", "support", "", f"diary:{days}")
                entries += self._diary.plan_actions(conn, me, due_from=None, due_to=end,
                                                    mine=mine)
                entries += self._diary.need_reviews(conn, me, due_from=None, due_to=end,
                                                    mine=mine)
            if perm.is_solicitor(session):
                self._log(conn, "list", "subject_access", "", f"diary:{days}")
                entries += [e for e in SarRequestRepository().diary(conn, me, due_to=end)
                            if not mine or e.assigned_to in (None, me)]
            return order(entries)
        return self._audited(read)

    def export_ics(self, path: str | Path, *, days: int = 30, mine: bool = True,
                   include_titles: bool = False, today: date | None = None) -> str:
        """Write my diary (overdue and the next `days` days) as an .ics file; returns the
        warning to show. References and kinds only unless include_titles. Audited (count and
        whether titles went, never the content) before the file is written."""
        target = Path(path)
        check_export_target(target, replace=True)   # the file dialog asked before replacing
        data = self.ics_export(days=days, mine=mine, include_titles=include_titles, today=today)
        write_export(target, data, self.ics_export_failed)
        return ICS_TITLES_WARNING if include_titles else ICS_WARNING

    def ics_export(self, *, days: int = 30, mine: bool = True, include_titles: bool = False,
                   today: date | None = None) -> bytes:
        """The .ics bytes as they leave the store, the export audited (export_ics here, or a
        laptop on a centre server writing the file itself)."""
        entries = self.diary(today=today, mine=mine, days=days)
        data = diary_ics([ics_entry(e, include_titles) for e in entries])
        detail = f"ics:{len(entries)} {'with titles' if include_titles else 'references only'}"
        self._audited(lambda conn: self._log(conn, "export", "diary", "", detail))
        return data

    def ics_export_failed(self) -> None:
        self._audited(lambda conn: self._log(conn, "export_failed", "diary", "",
                                             "file not written"))

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
