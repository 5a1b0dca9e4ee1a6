"""How dates and money look: dd/mm/yyyy (UK and Ireland), £ or € by jurisdiction."""
from __future__ import annotations

from datetime import date, datetime, timezone

from PySide6.QtCore import QCoreApplication, QDate

from assist_desktop.domain.money import format_amount

DATE_FORMAT = "dd/MM/yyyy"      # Qt's pattern for QDateEdit
_PY_DATE = "%d/%m/%Y"


def currency_for(jurisdiction: str) -> str:
    return "EUR" if jurisdiction == "ireland" else "GBP"


def human_size(size: int) -> str:
    """A file's size: '812 bytes', '1.4 MB'."""
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


def fmt_date(value: date | None) -> str:
    # as strftime(_PY_DATE) gives it, without strftime's import of the time module at each
    # call (slow under PySide's import hook; tables format a date per cell)
    return f"{value.day:02d}/{value.month:02d}/{value.year}" if value else ""


def parse_date(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    return datetime.strptime(text, _PY_DATE).date()


def fmt_timestamp(iso: str | None) -> str:
    """A UTC ISO timestamp from the database, shown in local time: 'dd/mm/yyyy hh:mm'."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    local = moment.astimezone()
    return f"{fmt_date(local)} {local.hour:02d}:{local.minute:02d}"


def fmt_money(minor: int | None, currency: str) -> str:
    return "" if minor is None else format_amount(int(minor), currency)


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def days_until(value: date, today: date | None = None) -> int:
    return (value - (today or date.today())).days


def _tr(text: str) -> str:
    return QCoreApplication.translate("formatting", text)


def due_phrase(value: date, today: date | None = None) -> str:
    """'overdue by 3 days', 'today', 'tomorrow', 'in 5 days'."""
    days = days_until(value, today)
    if days < 0:
        return QCoreApplication.translate("formatting", "overdue by %n day(s)", None, -days)
    if days == 0:
        return _tr("today")
    if days == 1:
        return _tr("tomorrow")
    return QCoreApplication.translate("formatting", "in %n day(s)", None, days)


def age_phrase(iso: str | None, now: datetime | None = None) -> str:
    """How long ago a UTC timestamp was: 'never', 'today', '3 days ago'."""
    if not iso:
        return _tr("never")
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return _tr("unknown")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    days = (now - moment).days
    if days <= 0:
        hours = int((now - moment).total_seconds() // 3600)
        if hours < 1:
            return _tr("less than an hour ago")
        return QCoreApplication.translate("formatting", "%n hour(s) ago", None, hours)
    return QCoreApplication.translate("formatting", "%n day(s) ago", None, days)
