"""Dates as people type them, and dates of birth known only in part.

``parse_day`` reads a full date typed in the centre's (UK/Irish) order: 14/03/1994, 14/3/1994,
14-03-1994, 14.03.1994, 1994-03-14 (ISO), 14 Mar 1994, 14 March 1994. It never guesses a
two-digit year or a month-first order.

A date of birth is often known only in part: "1990", "about 1990", "March 1990". It is stored
as a representative day (the first of the month, or 1 January; the convention the Home Office
uses for an unknown day) plus a ``DatePrecision`` saying how much of it is known, so sorting,
searching and conflict checks keep working on a date, and every place that shows it says only
what is known ("1990 (approximately)", "about 36").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from assist_desktop.domain.errors import ValidationError

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
MONTH_NAMES = tuple(m.capitalize() for m in MONTHS)
EARLIEST_YEAR = 1850
LATEST_YEAR = 2200


class DatePrecision(StrEnum):
    DAY = "day"          # the whole date is known
    MONTH = "month"      # month and year
    YEAR = "year"        # the year only
    ABOUT = "about"      # an approximate year ("about 1990")


_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDS = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{1,4})$")
_MONTH_YEAR_NUM = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_MONTH_YEAR_WORDS = re.compile(r"^([a-z]+)\.?,?\s+(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_ABOUT = re.compile(r"^(?:about|approx(?:imately)?\.?|around|circa|ca\.?|c\.|~)\s*(\d{4})"
                    r"(?:\s*\(?approx(?:imately)?\.?\)?)?$")
_ABOUT_AFTER = re.compile(r"^(\d{4})\s*\(?(?:approx(?:imately)?\.?|about|\?)\)?$")

HINT = "type it as dd/mm/yyyy, for example 14/03/1994"
PARTIAL_HINT = "type dd/mm/yyyy, mm/yyyy, a year such as 1990, or \"about 1990\""


def _month(word: str) -> int | None:
    word = word.lower()
    if len(word) < 3:
        return None
    for number, name in enumerate(MONTHS, start=1):
        if name.startswith(word) or (word == "sept" and number == 9):
            return number
    return None


def _year(text: str, field: str) -> int:
    if len(text) != 4:
        raise ValidationError(field, "needs the year in full (four digits), " + HINT)
    year = int(text)
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise ValidationError(field, f"has a year ({year}) outside {EARLIEST_YEAR}-{LATEST_YEAR}")
    return year


def _make(field: str, year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise ValidationError(field, f"has no month {month}: " + HINT)
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, f"is not a real date ({day} {MONTH_NAMES[month - 1]} "
                                     f"{year} does not exist)") from None


def parse_day(text: str, field: str = "date") -> date | None:
    """A full date from what was typed; None for an empty text; ValidationError otherwise."""
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        return None
    if m := _ISO.match(cleaned):
        return _make(field, _year(m[1], field), int(m[2]), int(m[3]))
    if m := _NUMERIC.match(cleaned):
        return _make(field, _year(m[3], field), int(m[2]), int(m[1]))
    if m := _WORDS.match(cleaned):
        month = _month(m[2])
        if month is None:
            raise ValidationError(field, f"has an unknown month \"{m[2][:20]}\"")
        return _make(field, _year(m[3], field), month, int(m[1]))
    raise ValidationError(field, "is not a date: " + HINT)


@dataclass(frozen=True)
class PartialDate:
    """A date known in part. ``day`` is the representative date stored."""
    day: date
    precision: DatePrecision = DatePrecision.DAY

    @classmethod
    def of(cls, value: date | None, precision: DatePrecision | str = DatePrecision.DAY
           ) -> PartialDate | None:
        if value is None:
            return None
        precision = DatePrecision(precision)
        if precision is DatePrecision.MONTH:
            value = value.replace(day=1)
        elif precision in (DatePrecision.YEAR, DatePrecision.ABOUT):
            value = value.replace(month=1, day=1)
        return cls(value, precision)

    def text(self) -> str:
        """How a document prints it: '14 March 1994', 'March 1994', '1990', '1990 (approximately)'."""
        d = self.day
        if self.precision is DatePrecision.MONTH:
            return f"{MONTH_NAMES[d.month - 1]} {d.year}"
        if self.precision is DatePrecision.YEAR:
            return str(d.year)
        if self.precision is DatePrecision.ABOUT:
            return f"{d.year} (approximately)"
        return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"

    def typed(self) -> str:
        """How a date field shows it, so it reads back as the same value."""
        d = self.day
        if self.precision is DatePrecision.MONTH:
            return f"{d.month:02d}/{d.year}"
        if self.precision is DatePrecision.YEAR:
            return str(d.year)
        if self.precision is DatePrecision.ABOUT:
            return f"about {d.year}"
        return d.strftime("%d/%m/%Y")

    def age_on(self, when: date) -> str:
        """Her age on ``when``: '36', or 'about 36' when the day of birth is not known."""
        d = self.day
        if self.precision is DatePrecision.DAY:
            return str(when.year - d.year - ((when.month, when.day) < (d.month, d.day)))
        if self.precision is DatePrecision.MONTH:
            if when.month == d.month and when.year > d.year:
                return f"about {when.year - d.year}"
            return str(when.year - d.year - (when.month < d.month))
        return f"about {when.year - d.year}"


def parse_partial(text: str, field: str = "date_of_birth") -> PartialDate | None:
    """A date of birth as typed: a full date, 'mm/yyyy', 'March 1990', '1990', 'about 1990'."""
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        return None
    if m := (_ABOUT.match(cleaned) or _ABOUT_AFTER.match(cleaned)):
        return PartialDate(date(_year(m[1], field), 1, 1), DatePrecision.ABOUT)
    if m := _YEAR.match(cleaned):
        return PartialDate(date(_year(m[1], field), 1, 1), DatePrecision.YEAR)
    if m := _MONTH_YEAR_NUM.match(cleaned):
        return PartialDate(_make(field, _year(m[2], field), int(m[1]), 1), DatePrecision.MONTH)
    if (m := _MONTH_YEAR_WORDS.match(cleaned)) and _month(m[1]) is not None:
        return PartialDate(date(_year(m[2], field), _month(m[1]), 1), DatePrecision.MONTH)
    try:
        day = parse_day(cleaned, field)
    except ValidationError as error:
        if error.reason.startswith("is not a date"):
            raise ValidationError(field, "is not a date: " + PARTIAL_HINT) from None
        raise
    return PartialDate(day, DatePrecision.DAY)


def describe_birth(value: date | None, precision: DatePrecision | str = DatePrecision.DAY) -> str:
    partial = PartialDate.of(value, precision)
    return partial.text() if partial else ""
