"""Timestamps as the database stores them: UTC, ISO 8601, to the microsecond."""
from __future__ import annotations

from datetime import datetime, timezone


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")
