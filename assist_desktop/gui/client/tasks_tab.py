"""Tasks and deadlines in her file: open ones first by due date, overdue in a distinct style."""
from __future__ import annotations

from datetime import date

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.formatting import due_phrase, fmt_date
from assist_desktop.gui.forms.ui_tasks_tab import Ui_TasksTab
from assist_desktop.gui.labels import label
from assist_desktop.gui.messages import show_error
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.views import tidy_table
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.qtcompat import emit


def _who(names: dict, me: int | None, tr):
    def who(t) -> str:
        if t.assigned_to is None:
            return ""
        if t.assigned_to == me:
            return tr("me")
        return names.get(t.assigned_to, tr("a colleague"))
    return who


def _reminder(t, tr) -> str:
    if not t.reminder_days or t.done_on is not None:
        return ""
    words = tr("1 day before") if t.reminder_days == 1 else \
        tr("%1 days before").replace("%1", str(t.reminder_days))
    return f"{words} ({fmt_date(t.remind_on)})"


def task_columns(tr, names: dict | None = None, me: int | None = None) -> list[Column]:
    def overdue(t) -> bool:
        return t.done_on is None and t.due_on < date.today()

    def colour(t):
        return theme.overdue_colour() if overdue(t) else None

    def font(t):
        if overdue(t) or str(t.kind) == "deadline":
            f = QFont()
            f.setBold(True)
            return f
        return None

    return [Column(tr("Due"), lambda t: fmt_date(t.due_on), foreground=colour, font=font),
            Column(tr("When"), lambda t: tr("done %1").replace("%1", fmt_date(t.done_on))
                   if t.done_on else due_phrase(t.due_on), foreground=colour, font=font),
            Column(tr("Kind"), lambda t: label(t.kind), font=font),
            Column(tr("What"), lambda t: t.title),
            Column(tr("Who"), _who(names if names is not None else {}, me, tr)),
            Column(tr("Reminder"), lambda t: _reminder(t, tr)),
            Column(tr("Clock"), lambda t: f"{t.start_event} {fmt_date(t.start_date)}".strip()
                   if t.start_date else "")]


class TasksTab(QWidget):
    def __init__(self, tasks, client_id: int, session, runner: TaskRunner,
                 parent: QWidget | None = None, matters=None, directory=None):
        super().__init__(parent)
        self.ui = Ui_TasksTab()
        self.ui.setupUi(self)
        self._tasks, self._client_id, self._session, self._runner = tasks, client_id, session, runner
        self._matter_list: list = []       # her matters, for the new task's matter choice
        self._all: list = []
        self._names: dict = {}
        self._directory = directory
        self.model = ListTableModel(task_columns(self.tr, self._names, session.user_id),
                                    parent=self)
        view = self.ui.tasksView
        view.setModel(self.model)
        tidy_table(view, stretch=3, widths=(12, 22, 10, 30, 16, 26))
        view.selectionModel().selectionChanged.connect(self._update)
        view.activated.connect(lambda _index: self.edit_task())   # Enter or a double click
        self.ui.newButton.setIcon(theme.icon("add"))
        self.ui.doneButton.setIcon(theme.icon("check"))
        self.ui.newButton.clicked.connect(self.new_task)
        self.ui.editButton.clicked.connect(lambda _checked=False: self.edit_task())
        self.ui.doneButton.clicked.connect(self.mark_done)
        self.ui.showDoneCheck.toggled.connect(self._show)
        self._update()
        self._matters = matters
        self.reload()
        if directory is not None:
            runner.run(directory, self._staff, lambda _e: None, owner=self)
        self._load_matters()

    def _load_matters(self) -> None:
        matters, client_id = self._matters, self._client_id
        if matters is not None:
            self._runner.run(lambda: matters.summaries(client_id),
                             lambda found: setattr(self, "_matter_list", list(found)),
                             lambda _e: None, owner=self)

    def set_matter_summaries(self, summaries) -> None:
        self._matter_list = list(summaries)

    def records_changed(self, kinds: set) -> None:
        if "task" in kinds:
            self.reload()

    def _staff(self, staff) -> None:
        self._staff_list = list(staff)
        self._names.update({u.id: u.full_name for u in staff})
        emit(self.model.layoutChanged)

    def reload(self) -> None:
        cid = self._client_id
        self._runner.run(lambda: self._tasks.list(cid), self._loaded,
                         lambda e: show_error(self, e), owner=self)

    def _loaded(self, tasks) -> None:
        self._all = list(tasks)
        self._show()

    def _show(self, *_args) -> None:
        rows = [t for t in self._all if self.ui.showDoneCheck.isChecked() or t.done_on is None]
        self.model.set_rows(sorted(rows, key=lambda t: (t.done_on is not None, t.due_on)))
        self._update()

    def selected(self):
        rows = self.ui.tasksView.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update(self, *_args) -> None:
        task = self.selected()
        self.ui.doneButton.setEnabled(task is not None and task.done_on is None)
        self.ui.editButton.setEnabled(task is not None and task.done_on is None)

    def new_task(self):
        from assist_desktop.gui.client.task_dialogs import TaskDialog
        dialog = TaskDialog(self._tasks, self._client_id, self._session, self._runner,
                            self._matter_list, self, directory=self._directory)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def edit_task(self):
        """Change the selected task (who does it, the reminder, the date...): double click or
        Enter on its row."""
        from assist_desktop.gui.client.task_dialogs import TaskDialog
        task = self.selected()
        if task is None:
            return None
        dialog = TaskDialog(self._tasks, self._client_id, self._session, self._runner,
                            self._matter_list, self, directory=self._directory, task=task)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, task) -> None:
        self._all = [t for t in self._all if t.id != task.id] + [task]
        self._show()

    def mark_done(self) -> None:
        task = self.selected()
        if task is None:
            return
        self._runner.run(lambda: self._tasks.complete(task), self._saved,
                         lambda e: show_error(self, e), owner=self)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if getattr(self, "_shown", False):
            self.reload()
        self._shown = True
