"""Dialogs for tasks: a task by hand, and a deadline computed from the rules table."""
from __future__ import annotations

import dataclasses
import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from assist_desktop.domain.tasks import Task, TaskKind
from assist_desktop.gui.dialogs import ServiceDialog
from assist_desktop.gui.formatting import fmt_date
from assist_desktop.gui.forms.ui_deadline_dialog import Ui_DeadlineDialog
from assist_desktop.gui.forms.ui_task_dialog import Ui_TaskDialog
from assist_desktop.gui.binding import fill_ids
from assist_desktop.gui.client.staff_picker import fill_assignees
from assist_desktop.gui.labels import fill_combo, matter_label
from assist_desktop.gui.messages import describe
from assist_desktop.gui.tasks import Debouncer, Latest, TaskRunner

_RULE_ROLE = Qt.ItemDataRole.UserRole + 2


class AssigneeChoice:
    """The "Who does it" combo of a task or deadline dialog: me until the staff directory
    arrives from the task thread, then any colleague with a casework role."""

    def __init__(self, dialog: ServiceDialog, combo, session, runner: TaskRunner, directory,
                 wanted: int | None):
        self._combo, self._session, self._wanted, self._tr = combo, session, wanted, dialog.tr
        fill_assignees(combo, [], session, wanted, dialog.tr)
        if directory is not None:
            runner.run(directory, self.set_directory, lambda _e: None, owner=dialog)

    def set_directory(self, staff) -> None:
        wanted = self.value()
        fill_assignees(self._combo, staff, self._session, wanted, self._tr)

    def value(self) -> int | None:
        return self._combo.currentData()

    def choose(self, user_id: int | None) -> None:
        index = self._combo.findData(user_id) if user_id is not None else self._combo.count() - 1
        if index >= 0:
            self._combo.setCurrentIndex(index)


class TaskDialog(ServiceDialog):
    """A new task, or (given `task`) a change to one: title, kind, due date, matter, who does
    it and the reminder."""

    def __init__(self, tasks, client_id: int, session, runner: TaskRunner, matters=(),
                 parent: QWidget | None = None, matter_id: int | None = None,
                 directory=None, task: Task | None = None):
        super().__init__(runner, parent)
        self.ui = Ui_TaskDialog()
        self.ui.setupUi(self)
        self._tasks, self._client_id, self._session = tasks, client_id, session
        self._task = task
        ui = self.ui
        fill_combo(ui.kindCombo, list(TaskKind), task.kind if task else TaskKind.TASK)
        fill_ids(ui.matterCombo, [(m.id, matter_label(m)) for m in matters],
                 self.tr("(no particular matter)"))
        if task is not None:
            matter_id = task.matter_id
            if matter_id is not None and ui.matterCombo.findData(matter_id) < 0:
                ui.matterCombo.addItem(self.tr("A matter of this file"), matter_id)
        ui.matterCombo.setCurrentIndex(max(0, ui.matterCombo.findData(matter_id)))
        ui.dueEdit.set_value(task.due_on if task else date.today())
        self.assignee = AssigneeChoice(self, ui.assignCombo, session, runner, directory,
                                       task.assigned_to if task else session.user_id)
        if task is not None:
            self.setWindowTitle(self.tr("Change the task"))
            ui.titleEdit.setText(task.title)
            ui.reminderSpin.setValue(task.reminder_days)
            ui.notesEdit.setPlainText(task.notes)
        self.bind_buttons(ui.buttonBox, ui.messageLabel)

    def work(self):
        ui = self.ui
        fields = dict(title=ui.titleEdit.text().strip(),
                      due_on=ui.dueEdit.value() or date.today(),
                      kind=TaskKind(ui.kindCombo.currentData()),
                      matter_id=ui.matterCombo.currentData(),
                      assigned_to=self.assignee.value(),
                      reminder_days=ui.reminderSpin.value(),
                      notes=ui.notesEdit.toPlainText().strip())
        if self._task is not None:
            changed = dataclasses.replace(self._task, **fields)
            return lambda: self._tasks.update(changed)
        task = Task(client_id=self._client_id, **fields)
        return lambda: self._tasks.create(task)


class DeadlineDialog(ServiceDialog):
    """Pick a time limit from the rules table, give the date the clock started: the due date is
    computed (working days, public holidays, closed days) and explained before it is saved."""

    def __init__(self, tasks, rules, matter, session, runner: TaskRunner,
                 parent: QWidget | None = None, directory=None):
        super().__init__(runner, parent)
        self.ui = Ui_DeadlineDialog()
        self.ui.setupUi(self)
        self.assignee = AssigneeChoice(self, self.ui.assignCombo, session, runner, directory,
                                       session.user_id)
        self._tasks, self._rules, self._matter, self._session = tasks, rules, matter, session
        self._due = None
        self._latest = Latest()
        self._compute_later = Debouncer(self._compute, 150, self)
        ui = self.ui
        ui.startEdit.set_value(getattr(matter, "decision_sent_on", None) or date.today())
        ui.ruleCombo.currentIndexChanged.connect(self._rule_chosen)
        ui.startEdit.dateChanged.connect(lambda _d: self._compute_later.poke())
        self.bind_buttons(ui.buttonBox, ui.messageLabel)
        self.ok_button.setEnabled(False)
        jurisdiction, matter_type = str(matter.jurisdiction), str(matter.matter_type)
        runner.run(lambda: [r for r in rules.rules().applicable(jurisdiction, matter_type)],
                   self._rules_loaded, lambda e: self.show_message(describe(e)), owner=self)

    def _rules_loaded(self, rules) -> None:
        combo = self.ui.ruleCombo
        combo.blockSignals(True)
        for rule in rules:
            combo.addItem(f"{rule.process} — {rule.period.describe()} "
                          f"({self.tr('from')} {rule.start_event})", rule.id)
            combo.setItemData(combo.count() - 1, rule, _RULE_ROLE)
        combo.blockSignals(False)
        if not rules:
            self.show_message(self.tr("No time limit in the rules table applies to this kind "
                                      "of matter here. Add a task by hand instead."))
        self._rule_chosen()

    def rule(self):
        return self.ui.ruleCombo.currentData(_RULE_ROLE)

    def _rule_chosen(self, *_args) -> None:
        rule = self.rule()
        if rule is not None:
            self.ui.titleEdit.setText(rule.process)
            if rule.reminder_days_before:
                self.ui.reminderSpin.setValue(max(rule.reminder_days_before))
        self._compute()

    def _compute(self) -> None:
        rule, start = self.rule(), self.ui.startEdit.value()
        self._due = None
        self.ok_button.setEnabled(False)
        if rule is None or start is None:
            self.ui.resultLabel.setText("")
            return
        rules, jurisdiction = self._rules, str(self._matter.jurisdiction)
        shown, failed = self._latest.wrap(self._computed,
                                          lambda e: self.ui.resultLabel.setText(describe(e)))
        self._runner.run(lambda: rules.compute(rule.id, start, jurisdiction), shown, failed,
                         owner=self)

    def _computed(self, due) -> None:
        self._due = due
        lines = [f"<b>{fmt_date(due.due)}</b>"]
        if due.act_by != due.due:
            lines.append(self.tr("act by %1 (last working day)").replace("%1", fmt_date(due.act_by)))
        if due.explanation:
            lines.append(html.escape(due.explanation))
        for warning in due.warnings:
            lines.append(f"<i>{html.escape(warning)}</i>")
        if due.verify:
            lines.append(f"<i>{self.tr('This rule is marked to be verified: check the time limit before relying on it.')}</i>")
        self.ui.resultLabel.setText("<br/>".join(lines))
        self.ok_button.setEnabled(True)

    @property
    def due(self):
        return self._due

    def work(self):
        if self._due is None:
            return None
        rule, ui = self.rule(), self.ui
        task = Task(client_id=self._matter.client_id, title=ui.titleEdit.text().strip(),
                    due_on=self._due.due, kind=TaskKind.DEADLINE, matter_id=self._matter.id,
                    assigned_to=self.assignee.value(),
                    rule_id=rule.id, start_event=rule.start_event, start_date=self._due.start,
                    reminder_days=ui.reminderSpin.value())
        return lambda: self._tasks.create(task)
