"""Tasks and deadlines. A deadline computed from a rule (domain/deadline_rules.py) records the
rule, the event that started the clock and its date, so it can be recomputed and explained."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.records import (ClientRecord, check_count, check_date, check_enum,
                                           check_text)


class TaskKind(StrEnum):
    TASK = "task"
    DEADLINE = "deadline"  # a legal time limit: missing it may lose her claim


@dataclass(frozen=True, kw_only=True)
class Task(ClientRecord):
    title: str
    due_on: date
    kind: TaskKind = TaskKind.TASK
    matter_id: int | None = None
    assigned_to: int | None = None
    rule_id: str | None = None     # the deadline rule it came from, if any
    start_event: str = ""          # e.g. "decision sent"
    start_date: date | None = None
    reminder_days: int = 0         # remind this many days before due_on
    done_on: date | None = None
    notes: str = ""

    @property
    def done(self) -> bool:
        return self.done_on is not None

    @property
    def remind_on(self) -> date:
        return self.due_on - timedelta(days=self.reminder_days)

    def is_overdue(self, today: date) -> bool:
        return not self.done and self.due_on < today

    def validate(self) -> None:
        check_enum("kind", self.kind, TaskKind)
        check_text("title", self.title, required=True, limit=1000)
        check_date("due_on", self.due_on, required=True)
        check_date("start_date", self.start_date)
        check_date("done_on", self.done_on)
        check_count("reminder_days", self.reminder_days)
        if self.reminder_days > 366:
            raise ValidationError("reminder_days", "must be at most 366")
        check_text("rule_id", self.rule_id or "", limit=200)
        check_text("start_event", self.start_event, limit=500)
        check_text("notes", self.notes)
        if self.start_date is not None and self.due_on < self.start_date:
            raise ValidationError("due_on", "is before the start date")
