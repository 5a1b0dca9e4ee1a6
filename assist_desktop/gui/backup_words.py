"""The words of the Backups panel and the verify dialog: the list's columns, counts with the
right plural, what was saved, what rotation did, and what a verification found."""
from __future__ import annotations

import re
from datetime import timezone

from PySide6.QtCore import QCoreApplication

from assist_desktop.gui import theme
from assist_desktop.gui.formatting import fmt_timestamp, human_size
from assist_desktop.gui.models import Column

_CONTEXT = "backups"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def counted(source: str, n: int) -> str:
    """tr(source, n) with "%n day(s)": the catalogue gives each language its plural forms; when
    it has no entry yet, the English ones ("1 day", "2 days") rather than "1 day(s)"."""
    text = QCoreApplication.translate(_CONTEXT, source, None, n)
    return re.sub(r"\((e?s)\)", "" if n == 1 else r"\1", text)


def unit(source: str, n: int) -> str:
    """A spin box's suffix for n: counted("%n day(s)", n) without the number (" day")."""
    text, number = counted(source, n), str(n)
    return text.replace(number, "", 1) if number in text else " " + text


# The list reads only each file's header and size: "ok" means it looks complete, not that it
# was checked (a file damaged in its middle looks the same until it is verified).
STATES = {"ok": "looks complete (not checked)", "truncated": "cut short", "damaged": "damaged",
          "not-a-backup": "not a backup", "newer": "from a newer version",
          "unreadable": "unreadable"}


def state_text(state: str) -> str:
    return tr(STATES[state]) if state in STATES else state


def backup_columns() -> list[Column]:
    return [Column(tr("Made"), lambda b: fmt_timestamp(b.created_at.astimezone(timezone.utc)
                                                       .isoformat()) if b.created_at else ""),
            Column(tr("File"), lambda b: b.path.name),
            Column(tr("Size"), lambda b: human_size(b.size)),
            Column(tr("State"), lambda b: state_text(b.state),
                   foreground=lambda b: None if b.ok else theme.overdue_colour())]


def kept_text(daily: int, weekly: int) -> str:
    """'one backup a day for the last 7 days and one a week for the last 4 weeks'."""
    days = counted("one backup a day for the last %n day(s)", daily)
    weeks = counted("one a week for the last %n week(s)", weekly) if weekly \
        else tr("no weekly ones")
    return tr("%1 and %2").replace("%1", days).replace("%2", weeks)


def saved_text(policy) -> str:
    return tr("Saved: %1 are kept.").replace(
        "%1", kept_text(policy.backup_keep_daily, policy.backup_keep_weekly))


def rotation_summary(rotation) -> str:
    """Counts only (no file names): what rotation kept, removed, or why it removed none."""
    if rotation.skipped_reason:
        return tr("Old backups: %1.").replace("%1", rotation.skipped_reason)
    text = tr("Old backups removed: %1; kept: %2.") \
        .replace("%1", str(len(rotation.deleted))).replace("%2", str(len(rotation.kept)))
    if rotation.failed:
        text += " " + tr("%1 could not be deleted (is the folder read-only?).") \
            .replace("%1", str(len(rotation.failed)))
    return text


def verify_summary(report) -> str:
    """What a successful verification found, naming the file and saying which check was done."""
    name = report.path.name
    if report.deep:
        return (tr("Full check passed: %1 is complete and the records inside opened and "
                   "checked out (%2, %3).").replace("%1", name)
                .replace("%2", counted("%n table(s)", report.tables))
                .replace("%3", counted("%n row(s)", report.rows)))
    return tr("Quick check passed: %1 is complete and unchanged since it was made (the records "
              "inside were not opened).").replace("%1", name)
