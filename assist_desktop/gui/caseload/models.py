"""Columns of the caseload table and of the search results (DTOs from the services)."""
from __future__ import annotations

from datetime import date

from PySide6.QtGui import QFont

from assist_desktop.domain.dates import DatePrecision, PartialDate
from assist_desktop.gui import theme
from assist_desktop.gui.formatting import due_phrase, fmt_date, fmt_timestamp
from assist_desktop.gui.labels import label
from assist_desktop.gui.models import Column


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def dob_text(summary, tr) -> str:
    birth = PartialDate.of(summary.date_of_birth,
                           getattr(summary, "date_of_birth_precision", DatePrecision.DAY))
    text = "" if birth is None else fmt_date(birth.day) if \
        birth.precision is DatePrecision.DAY else birth.text()
    if summary.age_disputed:
        text = f"{text} ({tr('age disputed')})".strip()
    return text


def deadline_colour(day: date | None, today: date | None = None):
    if day is None:
        return None
    days = (day - (today or date.today())).days
    if days < 0:
        return theme.overdue_colour()
    if days <= 7:
        return theme.soon_colour()
    return None


def caseload_columns(tr, session_user_id: int) -> list[Column]:
    def flags_tip(s) -> str:
        return "\n".join(label(f) for f in sorted(s.safety_flags, key=str)) or tr("No safety flags")

    def mine(s) -> str:
        roles = []
        if s.key_worker_id == session_user_id:
            roles.append(tr("key worker"))
        if s.solicitor_id == session_user_id:
            roles.append(tr("solicitor"))
        return ", ".join(roles)

    return [
        Column(tr("Reference"), lambda s: s.reference, key="reference"),
        Column(tr("Name"), lambda s: s.display_name, key="name",
               icon=lambda s: theme.icon("safety", theme.safety_colours()[2])
               if s.safety_flags else None,
               tooltip=flags_tip),
        Column(tr("Date of birth"), lambda s: dob_text(s, tr)),
        Column(tr("Nationality"), lambda s: s.nationality),
        Column(tr("Next deadline"),
               lambda s: f"{fmt_date(s.next_deadline)}  ({due_phrase(s.next_deadline)})"
               if s.next_deadline else "", key="next_deadline",
               foreground=lambda s: deadline_colour(s.next_deadline),
               font=lambda s: _bold() if s.next_deadline and
               s.next_deadline < date.today() else None),
        Column(tr("You are"), mine),
        Column(tr("Access"), lambda s: tr("Restricted") if s.restricted else "",
               icon=lambda s: theme.icon("restricted") if s.restricted else None),
        Column(tr("Status"), lambda s: tr("Closed") if s.closed_on else tr("Open")),
        Column(tr("Updated"), lambda s: fmt_timestamp(s.updated_at), key="updated"),
    ]


def search_columns(tr) -> list[Column]:
    def snippet(r) -> str:
        if not r.snippets:
            return ""
        first = r.snippets[0]
        return f"{tr(first.source)}: {first.text}"

    return [
        Column(tr("Reference"), lambda r: r.reference),
        Column(tr("Name"), lambda r: r.display_name,
               icon=lambda r: theme.icon("safety", theme.safety_colours()[2])
               if r.safety_flags else None),
        Column(tr("Found in"), lambda r: ", ".join(tr(m) for m in r.matched_in)),
        Column(tr("Where it matched"), snippet),
    ]
