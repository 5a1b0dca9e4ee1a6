"""My week: everything dated to act on (tasks and deadlines with their reminders, hearings,
support plan actions, need reviews): overdue first (in a distinct style), then the next 7, 14
or 30 days. Exported as an .ics calendar with references only.

Each row names the client by reference (her file opens with Enter or a double click).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.formatting import due_phrase, fmt_date
from assist_desktop.gui.forms.ui_my_week import Ui_MyWeekPage
from assist_desktop.gui.labels import label
from assist_desktop.gui.messages import confirm, describe, show_info
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.views import tidy_table
from assist_desktop.gui.tasks import TaskRunner


VIEWS = (7, 14, 30)           # days shown, counting today


@dataclass(frozen=True)
class WeekItem:
    entry: object           # domain.diary.DiaryEntry
    overdue: bool

    @property
    def task(self):          # the Task of a task or deadline row (None for the others)
        return self.entry.task

    @property
    def client_reference(self) -> str:
        return self.entry.client_reference


def _what(entry) -> str:
    kind = str(entry.kind)
    if kind == "need_review":
        return QCoreApplication.translate("MyWeekPage", "Review needs: %1").replace(
            "%1", label(entry.title).lower())
    return entry.title


def _reminder(entry) -> str:
    if not entry.reminder_days:
        return ""
    return QCoreApplication.translate("MyWeekPage", "from %1").replace(
        "%1", fmt_date(entry.remind_on))


def _who(names: dict, me: int | None):
    def who(item: WeekItem) -> str:
        user = item.entry.assigned_to
        if user is None:
            return ""
        if user == me:
            return QCoreApplication.translate("MyWeekPage", "me")
        return names.get(user, QCoreApplication.translate("MyWeekPage", "a colleague"))
    return who


def week_columns(tr, names: dict | None = None, me: int | None = None) -> list[Column]:
    def strong(item: WeekItem):
        if item.overdue or str(item.entry.kind) in ("deadline", "hearing"):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def colour(item: WeekItem):
        return theme.overdue_colour() if item.overdue else None

    return [
        Column(tr("Due"), lambda i: fmt_date(i.entry.on), foreground=colour, font=strong),
        Column(tr("When"), lambda i: due_phrase(i.entry.on), foreground=colour, font=strong,
               icon=lambda i: theme.icon("safety", theme.overdue_colour().name())
               if i.overdue else None),
        Column(tr("Kind"), lambda i: label(i.entry.kind), font=strong),
        Column(tr("What"), lambda i: _what(i.entry)),
        Column(tr("Client"), lambda i: " ".join(
            r for r in (i.entry.client_reference, i.entry.matter_reference) if r)),
        Column(tr("Who"), _who(names if names is not None else {}, me)),
        Column(tr("Reminder"), lambda i: _reminder(i.entry)),
    ]


def load_week(tasks, mine: bool, today: date | None = None, days: int = 7) -> list[WeekItem]:
    """Runs on the task thread: overdue first, then what is due from today for `days` days,
    each with its client's reference (joined in the query: no client profile is read)."""
    today = today or date.today()
    entries = tasks.diary(today=today, mine=mine, days=days)
    overdue = [WeekItem(e, True) for e in entries if e.is_overdue(today)]
    return overdue + [WeekItem(e, False) for e in entries if not e.is_overdue(today)]


def summary(tr, items: list[WeekItem], days: int, today: date) -> str:
    """What the count counts, said plainly: every row is in exactly one of the two numbers."""
    overdue = sum(1 for i in items if i.overdue)
    end = today + timedelta(days=days - 1)
    return (tr("%n overdue", "", overdue) + " · "
            + tr("%n due from today to %1", "", len(items) - overdue).replace(
                "%1", fmt_date(end))
            + " " + tr("(tasks, deadlines, hearings, plan actions and need reviews)"))


class MyWeekPage(QWidget):
    open_client = Signal(int)

    def __init__(self, tasks, runner: TaskRunner, parent: QWidget | None = None,
                 directory=None, session=None):
        super().__init__(parent)
        self.ui = Ui_MyWeekPage()
        self.ui.setupUi(self)
        self._tasks, self._runner = tasks, runner
        self._names: dict = {}
        me = getattr(session or getattr(tasks, "session", None), "user_id", None)
        self.model = ListTableModel(week_columns(self.tr, self._names, me), parent=self)
        view = self.ui.weekView
        view.setModel(self.model)
        tidy_table(view, stretch=3, widths=(12, 24, 14, 30, 26, 22, 17))
        view.activated.connect(self._open)
        view.doubleClicked.connect(self._open)
        title = QFont(self.ui.titleLabel.font())
        title.setPointSizeF(title.pointSizeF() * 1.15)
        title.setWeight(QFont.Weight.DemiBold)
        self.ui.titleLabel.setFont(title)
        for days in VIEWS:
            self.ui.viewCombo.addItem(self.tr("Next %n days", "", days), days)
        self.ui.viewCombo.currentIndexChanged.connect(self.reload)
        self.ui.refreshButton.setIcon(theme.icon("refresh"))
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.exportButton.clicked.connect(lambda _checked=False: self.export_ics())
        self.ui.mineCheck.toggled.connect(self.reload)
        if directory is not None:
            runner.run(directory, self._directory, lambda _e: None, owner=self)

    def _directory(self, staff) -> None:
        self._names.update({u.id: u.full_name for u in staff})
        emit(self.model.layoutChanged)

    def days(self) -> int:
        return int(self.ui.viewCombo.currentData() or VIEWS[0])

    def set_days(self, days: int) -> None:
        index = self.ui.viewCombo.findData(days)
        if index >= 0:
            self.ui.viewCombo.setCurrentIndex(index)

    def reload(self, *_args) -> None:
        mine, days = self.ui.mineCheck.isChecked(), self.days()
        self.ui.statusLabel.setText(self.tr("Loading…"))
        self._runner.run(lambda: load_week(self._tasks, mine, days=days),
                         lambda items: self._loaded(items, days),
                         lambda e: self.ui.statusLabel.setText(describe(e)), owner=self)

    def _loaded(self, items: list[WeekItem], days: int | None = None) -> None:
        self.model.set_rows(items)
        self.ui.statusLabel.setText(summary(self.tr, items, days or self.days(), date.today()))

    def items(self) -> list[WeekItem]:
        return self.model.rows()

    def _open(self, index) -> None:
        if index.isValid():
            emit(self.open_client, self.model.row(index.row()).entry.client_id)

    # --- export ---------------------------------------------------------------------
    def export_ics(self, path: str | None = None) -> None:
        """Save the diary shown (overdue and the days chosen) as an .ics file: references
        and kinds only, never her name or the task's words. Written off the GUI thread."""
        if path is None:
            if not confirm(self, self.tr("Export calendar"), self.tr(
                    "The calendar file will not be encrypted. It names files by reference "
                    "only (never her name, nor what a task says), but anyone who gets a copy "
                    "sees when you act on them. Save it only where it is safe."),
                    self.tr("Choose where…")):
                return
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Export calendar"),
                                                   "diary.ics",
                                                   self.tr("Calendar files (*.ics)"))
            if not path:
                return
        mine, days = self.ui.mineCheck.isChecked(), self.days()
        self.ui.exportButton.setEnabled(False)
        self.ui.statusLabel.setText(self.tr("Exporting…"))
        self._runner.run(lambda: self._tasks.export_ics(path, days=days, mine=mine),
                         self._exported, self._export_failed, owner=self)

    def _exported(self, warning: str) -> None:
        self.ui.exportButton.setEnabled(True)
        self.reload()
        show_info(self, self.tr("Calendar saved"), warning)

    def _export_failed(self, error: BaseException) -> None:
        self.ui.exportButton.setEnabled(True)
        self.ui.statusLabel.setText(describe(error))

    def state(self) -> dict:
        return {"mine": self.ui.mineCheck.isChecked(), "days": self.days()}

    def restore_state(self, state: dict) -> None:
        self.ui.mineCheck.setChecked(bool(state.get("mine", True)))
        self.set_days(int(state.get("days", VIEWS[0]) or VIEWS[0]))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self.reload()
