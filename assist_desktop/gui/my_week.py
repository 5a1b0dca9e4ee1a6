"""My week: overdue deadlines and tasks first (in a distinct style), then the next seven days.

Each row names the client by reference (her file opens with Enter or a double click).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.formatting import due_phrase, fmt_date
from assist_desktop.gui.forms.ui_my_week import Ui_MyWeekPage
from assist_desktop.gui.labels import label
from assist_desktop.gui.messages import describe
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.views import tidy_table
from assist_desktop.gui.tasks import TaskRunner


@dataclass(frozen=True)
class WeekItem:
    task: object            # domain.tasks.Task
    client_reference: str
    overdue: bool


def week_columns(tr) -> list[Column]:
    def strong(item: WeekItem):
        if item.overdue or str(item.task.kind) == "deadline":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def colour(item: WeekItem):
        return theme.overdue_colour() if item.overdue else None

    return [
        Column(tr("Due"), lambda i: fmt_date(i.task.due_on), foreground=colour, font=strong),
        Column(tr("When"), lambda i: due_phrase(i.task.due_on), foreground=colour, font=strong,
               icon=lambda i: theme.icon("safety", theme.overdue_colour().name())
               if i.overdue else None),
        Column(tr("Kind"), lambda i: label(i.task.kind), font=strong),
        Column(tr("What"), lambda i: i.task.title),
        Column(tr("Client"), lambda i: i.client_reference),
    ]


def load_week(tasks, mine: bool, today: date | None = None) -> list[WeekItem]:
    """Runs on the task thread: overdue then this week, with each client's reference (joined
    in the query: no client profile is read)."""
    overdue, upcoming = tasks.week_with_references(today=today, mine=mine)
    items = [WeekItem(t, ref, True)
             for t, ref in sorted(overdue, key=lambda p: (p[0].due_on, p[0].id))]
    items += [WeekItem(t, ref, False)
              for t, ref in sorted(upcoming, key=lambda p: (p[0].due_on, p[0].id))]
    return items


class MyWeekPage(QWidget):
    open_client = Signal(int)

    def __init__(self, tasks, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MyWeekPage()
        self.ui.setupUi(self)
        self._tasks, self._runner = tasks, runner
        self.model = ListTableModel(week_columns(self.tr), parent=self)
        view = self.ui.weekView
        view.setModel(self.model)
        tidy_table(view, stretch=3, widths=(13, 24, 12))
        view.activated.connect(self._open)
        view.doubleClicked.connect(self._open)
        title = QFont(self.ui.titleLabel.font())
        title.setPointSizeF(title.pointSizeF() * 1.15)
        title.setWeight(QFont.Weight.DemiBold)
        self.ui.titleLabel.setFont(title)
        self.ui.refreshButton.setIcon(theme.icon("refresh"))
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.mineCheck.toggled.connect(self.reload)

    def reload(self, *_args) -> None:
        mine = self.ui.mineCheck.isChecked()
        self.ui.statusLabel.setText(self.tr("Loading…"))
        self._runner.run(lambda: load_week(self._tasks, mine), self._loaded,
                         lambda e: self.ui.statusLabel.setText(describe(e)), owner=self)

    def _loaded(self, items: list[WeekItem]) -> None:
        self.model.set_rows(items)
        overdue = sum(1 for i in items if i.overdue)
        text = self.tr("%n overdue", "", overdue) + " · " + \
            self.tr("%n due in the next seven days", "", len(items) - overdue)
        self.ui.statusLabel.setText(text)

    def items(self) -> list[WeekItem]:
        return self.model.rows()

    def _open(self, index) -> None:
        if index.isValid():
            emit(self.open_client, self.model.row(index.row()).task.client_id)

    def state(self) -> dict:
        return {"mine": self.ui.mineCheck.isChecked()}

    def restore_state(self, state: dict) -> None:
        self.ui.mineCheck.setChecked(bool(state.get("mine", True)))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self.reload()
