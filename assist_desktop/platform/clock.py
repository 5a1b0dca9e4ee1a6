"""Timestamps as the database stores them: UTC, ISO 8601, to the microsecond."""
from __future__ import annotations

from datetime import date, datetime, timezone


def utc_now() -> str:
    return utc_stamp(datetime.now(timezone.utc))


def utc_stamp(moment: datetime) -> str:
    """`moment` as stored: converted to UTC, ISO 8601 to the microsecond."""
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def stamp_date(stamp: str | None) -> date | None:
    """The day of a stored timestamp (as written, no time zone conversion); None when it is
    missing or not a timestamp."""
    try:
        return datetime.fromisoformat(stamp).date()
    except (TypeError, ValueError):
        return None
