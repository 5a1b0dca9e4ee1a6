"""Time recorded for a client, on one of her matters or on none (support work often has none),
by activity and by who pays for it (legal aid, a grant)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.records import Record, check_count, check_date, check_enum, check_text


class Activity(StrEnum):
    ATTENDANCE = "attendance"
    PREPARATION = "preparation"
    CORRESPONDENCE = "correspondence"
    TELEPHONE = "telephone"
    TRAVEL = "travel"
    WAITING = "waiting"
    ADVOCACY = "advocacy"
    SUPPORT = "support"
    OTHER = "other"


@dataclass(frozen=True, kw_only=True)
class TimeEntry(Record):
    client_id: int
    user_id: int
    matter_id: int | None = None    # None: time for her, on no particular matter
    worked_on: date
    minutes: int
    activity: Activity = Activity.PREPARATION
    funder: str = ""   # e.g. "Legal aid", "Grant: Trust X", "Pro bono"
    description: str = ""

    def validate(self) -> None:
        check_date("worked_on", self.worked_on, required=True)
        check_count("minutes", self.minutes, minimum=1)
        if self.minutes > 24 * 60:
            raise ValidationError("minutes", "is more than a day")
        check_enum("activity", self.activity, Activity)
        check_text("funder", self.funder, limit=200)
        check_text("description", self.description, limit=5000)
