"""The diary: every dated thing a caseworker must act on, across the files she may see.

Tasks and legal deadlines (with their reminders), hearings (a matter's next hearing), support
plan actions, need reviews and subject access replies due (solicitors), each named by her file's reference (never her name) so a diary
can be shown, printed or exported without carrying who she is.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class DiaryKind(StrEnum):
    TASK = "task"
    DEADLINE = "deadline"
    HEARING = "hearing"
    PLAN_ACTION = "plan_action"
    NEED_REVIEW = "need_review"
    SUBJECT_ACCESS = "subject_access"   # a subject access request's reply due


@dataclass(frozen=True, kw_only=True)
class DiaryEntry:
    kind: DiaryKind
    on: date                       # the day it is due (or the hearing day)
    title: str                     # what to do (a task's title, a plan action); may be sensitive
    client_id: int
    client_reference: str          # "C-2026-0001"
    record_id: int                 # the task, matter, action or assessment id
    matter_reference: str = ""     # "M-2026-0003" when it belongs to a matter
    assigned_to: int | None = None
    reminder_days: int = 0
    task: object | None = None     # the Task, for tasks and deadlines

    def is_overdue(self, today: date) -> bool:
        return self.on < today

    @property
    def remind_on(self) -> date:
        return self.on - timedelta(days=self.reminder_days)

    @property
    def uid(self) -> str:
        """Stable identity of the entry (the same task gives the same uid in each export)."""
        return f"{self.kind.value}-{self.record_id}"


def order(entries) -> list[DiaryEntry]:
    return sorted(entries, key=lambda e: (e.on, e.kind.value, e.record_id))
