"""Calendars for counting time: weekends, each jurisdiction's public holidays, month arithmetic.

Pure functions over `datetime.date`. Public holidays come from the `holidays` package:
England & Wales use the UK calendar for England (subdivision ENG; Wales has the same bank
holidays), Scotland the UK calendar for Scotland (SCT: 2 January, St Andrew's Day, the August
bank holiday on the first Monday, no Easter Monday), Ireland the Irish calendar (St Brigid's Day,
St Patrick's Day, the June and October bank holidays, St Stephen's Day).
"""
from __future__ import annotations

import calendar
import threading
from datetime import date, timedelta
from typing import Iterable

import holidays

JURISDICTIONS = ("england-wales", "scotland", "ireland")
_HOLIDAY_SOURCE = {
    "england-wales": ("GB", "ENG"),
    "scotland": ("GB", "SCT"),
    "ireland": ("IE", None),
}
_ONE_DAY = timedelta(days=1)
_MAX_STEPS = 366 * 200  # a bound on day-by-day walks, so a bad input cannot spin for ever


def jurisdiction_key(jurisdiction: str) -> str:
    """Normalise a jurisdiction name ('England & Wales', 'scotland', 'IE') to its key."""
    text = str(jurisdiction).strip().lower().replace("&", "and").replace("_", "-").replace(" ", "-")
    aliases = {"england-wales": "england-wales", "england-and-wales": "england-wales",
               "england": "england-wales", "wales": "england-wales", "ew": "england-wales",
               "e-and-w": "england-wales", "scotland": "scotland", "sct": "scotland",
               "ireland": "ireland", "ie": "ireland", "republic-of-ireland": "ireland"}
    try:
        return aliases[text]
    except KeyError:
        raise ValueError(f"unknown jurisdiction {str(jurisdiction)[:40]!r}: use one of "
                         f"{', '.join(JURISDICTIONS)}") from None


def add_months(start: date, months: int) -> date:
    """The same day `months` later (or earlier); clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last))


class WorkingCalendar:
    """Which days are working days in one jurisdiction (optionally with extra closed days).

    `closed_days` are extra (month, day) pairs treated as non-working every year, for a body
    whose own definition of "working day" excludes more than the public holidays.
    """

    def __init__(self, jurisdiction: str, closed_days: Iterable[tuple[int, int]] = ()):
        self.jurisdiction = jurisdiction_key(jurisdiction)
        country, subdiv = _HOLIDAY_SOURCE[self.jurisdiction]
        self._holidays = holidays.country_holidays(country, subdiv=subdiv)
        self.closed_days = frozenset((int(m), int(d)) for m, d in closed_days)
        self._lock = threading.Lock()  # holidays expands years lazily; keep that single-file

    def holiday_name(self, day: date) -> str | None:
        """The public holiday's name, 'Saturday'/'Sunday', 'closed', or None on a working day."""
        if day.weekday() == 5:
            return "Saturday"
        if day.weekday() == 6:
            return "Sunday"
        with self._lock:
            name = self._holidays.get(day)
        if name:
            return str(name)
        if (day.month, day.day) in self.closed_days:
            return "closed"
        return None

    def is_working_day(self, day: date) -> bool:
        return self.holiday_name(day) is None

    def next_working_day(self, day: date) -> date:
        """`day` itself if it is a working day, else the first working day after it."""
        for _ in range(_MAX_STEPS):
            if self.is_working_day(day):
                return day
            day += _ONE_DAY
        raise ValueError("no working day found")  # pragma: no cover - a calendar of holidays only

    def previous_working_day(self, day: date) -> date:
        """`day` itself if it is a working day, else the last working day before it."""
        for _ in range(_MAX_STEPS):
            if self.is_working_day(day):
                return day
            day -= _ONE_DAY
        raise ValueError("no working day found")  # pragma: no cover

    def add_working_days(self, start: date, count: int) -> date:
        """The `count`-th working day after `start` (the start day itself is not counted).

        A negative count walks backwards; zero returns `start` unchanged.
        """
        step = _ONE_DAY if count >= 0 else -_ONE_DAY
        remaining = abs(count)
        day = start
        for _ in range(_MAX_STEPS):
            if remaining == 0:
                return day
            day += step
            if self.is_working_day(day):
                remaining -= 1
        raise ValueError("working-day count too large")

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (0 if end <= start)."""
        count, day = 0, start
        while day < end:
            day += _ONE_DAY
            if self.is_working_day(day):
                count += 1
        return count


_CACHE: dict[tuple[str, frozenset], WorkingCalendar] = {}
_CACHE_LOCK = threading.Lock()


def calendar_for(jurisdiction: str, closed_days: Iterable[tuple[int, int]] = ()) -> WorkingCalendar:
    """A shared calendar per (jurisdiction, extra closed days)."""
    key = (jurisdiction_key(jurisdiction), frozenset(closed_days))
    with _CACHE_LOCK:
        found = _CACHE.get(key)
        if found is None:
            found = _CACHE[key] = WorkingCalendar(key[0], key[1])
        return found
