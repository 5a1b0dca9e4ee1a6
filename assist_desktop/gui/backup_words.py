"""The words of the Backups panel and the verify dialog: the list's columns, counts with the
right plural, what was saved, what rotation did, and what a verification found."""
from __future__ import annotations

import re
from datetime import timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from assist_desktop.gui import theme
from assist_desktop.gui.formatting import fmt_timestamp, human_size
from assist_desktop.gui.models import Column


_CONTEXT = "backups"


def tr(text: str, n: int = -1) -> str:
    """For text already marked (QT_TRANSLATE_NOOP); literal text is written as
    QCoreApplication.translate("backups", "…") so lupdate files it under this context."""
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def english(text: str, n: int) -> str:
    """A translated plural message as it came back: with no catalogue installed Qt returns the
    source ("%n day(s)"), which reads "1 day" / "2 days" here (the catalogue has these forms)."""
    return re.sub(r"\((e?s)\)", "" if n == 1 else r"\1", text)


def days(n: int) -> str:
    return english(QCoreApplication.translate("backups", "%n day(s)", None, n), n)


def weeks(n: int) -> str:
    return english(QCoreApplication.translate("backups", "%n week(s)", None, n), n)


def unit(counted_text: str, n: int) -> str:
    """A spin box's suffix for n: days(n) or weeks(n) without the number (" day")."""
    number = str(n)
    return counted_text.replace(number, "", 1) if number in counted_text else " " + counted_text


# The list reads only each file's header and size: "ok" means it looks complete, not that it
# was checked (a file damaged in its middle looks the same until it is verified).
STATES = {"ok": QT_TRANSLATE_NOOP("backups", "looks complete (not checked)"),
          "truncated": QT_TRANSLATE_NOOP("backups", "cut short"),
          "damaged": QT_TRANSLATE_NOOP("backups", "damaged"),
          "not-a-backup": QT_TRANSLATE_NOOP("backups", "not a backup"),
          "newer": QT_TRANSLATE_NOOP("backups", "from a newer version"),
          "unreadable": QT_TRANSLATE_NOOP("backups", "unreadable")}


def state_text(state: str) -> str:
    return tr(STATES[state]) if state in STATES else state


CHECK_KINDS = {"when-made": QT_TRANSLATE_NOOP("backups", "checked when made, %1"),
               "file": QT_TRANSLATE_NOOP("backups", "checked on %1"),
               "full": QT_TRANSLATE_NOOP("backups", "checked in full on %1")}


def listed_state(b, checks: dict | None = None) -> str:
    """"checked on 07/12/2026 10:04" when a check of this very file (same id and size) passed
    and was recorded; otherwise what its header says ("looks complete (not checked)")."""
    from assist_desktop.backup.checks import check_of
    found = check_of(checks or {}, b)
    if found is None:
        return state_text(b.state)
    return tr(CHECK_KINDS.get(found.kind, CHECK_KINDS["file"])).replace(
        "%1", fmt_timestamp(found.checked_at.isoformat()))


def backup_columns(checks: dict | None = None) -> list[Column]:
    def made(b) -> str:
        return fmt_timestamp(b.created_at.astimezone(timezone.utc).isoformat()) \
            if b.created_at else ""
    return [Column(QCoreApplication.translate("backups", "Made"), made),
            Column(QCoreApplication.translate("backups", "File"), lambda b: b.path.name),
            Column(QCoreApplication.translate("backups", "Size"), lambda b: human_size(b.size)),
            Column(QCoreApplication.translate("backups", "State"),
                   lambda b: listed_state(b, checks),
                   foreground=lambda b: None if b.ok else theme.overdue_colour())]


def kept_text(daily: int, weekly: int) -> str:
    """'one backup a day for the last 7 days and one a week for the last 4 weeks'."""
    in_days = english(QCoreApplication.translate(
        "backups", "one backup a day for the last %n day(s)", None, daily), daily)
    in_weeks = english(QCoreApplication.translate(
        "backups", "one a week for the last %n week(s)", None, weekly), weekly) if weekly \
        else QCoreApplication.translate("backups", "no weekly ones")
    return QCoreApplication.translate("backups", "%1 and %2").replace("%1", in_days) \
        .replace("%2", in_weeks)


def saved_text(policy) -> str:
    return QCoreApplication.translate("backups", "Saved: %1 are kept.").replace(
        "%1", kept_text(policy.backup_keep_daily, policy.backup_keep_weekly))


def rotation_summary(rotation) -> str:
    """Counts only (no file names): what rotation kept, removed, or why it removed none."""
    if rotation.skipped_reason:
        return QCoreApplication.translate("backups", "Old backups: %1.") \
            .replace("%1", rotation.skipped_reason)
    text = QCoreApplication.translate("backups", "Old backups removed: %1; kept: %2.") \
        .replace("%1", str(len(rotation.deleted))).replace("%2", str(len(rotation.kept)))
    if rotation.failed:
        text += " " + QCoreApplication.translate(
            "backups", "%1 could not be deleted (is the folder read-only?).") \
            .replace("%1", str(len(rotation.failed)))
    return text


def verify_summary(report) -> str:
    """What a successful verification found, naming the file and saying which check was done."""
    name = report.path.name
    if report.deep:
        n_tables, n_rows = report.tables, report.rows
        tables = english(QCoreApplication.translate("backups", "%n table(s)", None, n_tables),
                         n_tables)
        rows = english(QCoreApplication.translate("backups", "%n row(s)", None, n_rows), n_rows)
        return QCoreApplication.translate(
            "backups", "Full check passed: %1 is complete and the records inside opened and "
            "checked out (%2, %3).").replace("%1", name).replace("%2", tables) \
            .replace("%3", rows)
    return QCoreApplication.translate(
        "backups", "Quick check passed: %1 is complete and unchanged since it was made (the "
        "records inside were not opened).").replace("%1", name)
