"""A diary as an iCalendar (.ics) file, for a phone or a calendar program.

By default an event names only references and what kind of thing it is ("Deadline C-2026-0001
M-2026-0003"): never her name, and not the task's own words, which may say who she is or what
happened to her. The titles go in only when the person exporting asks for them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from icalendar import Alarm, Calendar, Event

PRODUCT = "-//ASSIST Desktop//Diary//EN"


@dataclass(frozen=True)
class IcsEntry:
    uid: str               # stable: "task-12"
    on: date               # an all-day event
    kind: str              # "Deadline", "Task", "Hearing", ... (already in words)
    references: str        # "C-2026-0001 M-2026-0003"
    title: str = ""        # given only when titles are included
    remind_days: int = 0   # an alarm this many days before (0: none)


def diary_ics(entries, *, centre_domain: str = "assist.invalid",
              stamp: datetime | None = None) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "ASSIST diary")
    stamp = stamp or datetime.now(timezone.utc)
    for entry in entries:
        event = Event()
        event.add("uid", f"{entry.uid}@{centre_domain}")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.on)
        event.add("dtend", entry.on + timedelta(days=1))
        summary = f"{entry.kind} {entry.references}".strip()
        if entry.title:
            summary += f": {entry.title}"
        event.add("summary", summary)
        event.add("transp", "TRANSPARENT")
        event.add("class", "PRIVATE")
        if entry.remind_days > 0:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"{entry.kind} {entry.references}".strip())
            alarm.add("trigger", timedelta(days=-entry.remind_days))
            event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()
