"""Dates, ordinals, initials and money as they print in documents (figures, per PD 32)."""
from __future__ import annotations

from datetime import date

from assist_desktop.domain.dates import PartialDate
from assist_desktop.domain.money import Currency

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def long_date(value: date | PartialDate | None, missing: str = "") -> str:
    """12 March 2024; a date known in part as far as it is known ('1990 (approximately)')."""
    if value is None:
        return missing
    if isinstance(value, PartialDate):
        return value.text()
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st ..."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def initials(name: str) -> str:
    """'Fatima Ali' -> 'F.A.'; works for any script with spaces between names."""
    parts = [p for p in name.replace("-", " ").split() if p]
    return "".join(p[0] + "." for p in parts)


def age_on(born: date | None, on: date) -> int | None:
    if born is None:
        return None
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return max(years, 0)


def currency_for(jurisdiction: str) -> Currency:
    """GBP for England & Wales and Scotland, EUR for Ireland."""
    return Currency.EUR if str(jurisdiction) == "ireland" else Currency.GBP


def money(minor: int, currency: Currency) -> str:
    """123456 -> '£1,234.56'; negative amounts as '-£12.00'. Exact: integer arithmetic only."""
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), 100)
    return f"{sign}{currency.symbol}{whole:,}.{cents:02d}"
