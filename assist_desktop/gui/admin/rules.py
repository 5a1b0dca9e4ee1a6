"""The deadline rules table editor (administrators): view, edit one rule, switch off, reset to
the shipped version, export and import the whole table as JSON."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from assist_desktop.domain.deadline_rules import (DeadlineKind, NonWorkingDay, Period,
                                                  PeriodUnit)
from assist_desktop.gui import theme
from assist_desktop.gui.dialogs import ServiceDialog
from assist_desktop.gui.forms.ui_admin_rules import Ui_RulesPanel
from assist_desktop.gui.forms.ui_rule_dialog import Ui_RuleDialog
from assist_desktop.gui.labels import label
from assist_desktop.gui.messages import describe
from assist_desktop.gui.models import SORT_ROLE, Column, ListTableModel
from assist_desktop.gui.views import tidy_table
from assist_desktop.gui.tasks import TaskRunner

_UNITS = {"days": QT_TRANSLATE_NOOP("RuleDialog", "days"),
          "working_days": QT_TRANSLATE_NOOP("RuleDialog", "working days"),
          "weeks": QT_TRANSLATE_NOOP("RuleDialog", "weeks"),
          "months": QT_TRANSLATE_NOOP("RuleDialog", "months"),
          "years": QT_TRANSLATE_NOOP("RuleDialog", "years")}


def rule_columns(tr) -> list[Column]:
    return [
        Column(tr("Process"), lambda r: r.process,
               icon=lambda r: theme.icon("safety", theme.soon_colour().name()) if r.verify else None,
               tooltip=lambda r: tr("To be verified against the current law") if r.verify
               else r.process),
        Column(tr("Where"), lambda r: ", ".join(label(j) for j in r.jurisdictions)),
        Column(tr("Matter"), lambda r: label(r.matter_type)),
        Column(tr("Period"), lambda r: r.period.describe()),
        Column(tr("Clock starts"), lambda r: r.start_event),
        Column(tr("Kind"), lambda r: str(r.kind).replace("_", " ")),
        Column(tr("In use"), lambda r: tr("yes") if r.active else tr("no"),
               foreground=lambda r: None if r.active else theme.overdue_colour()),
        Column(tr("Source"), lambda r: r.source_section),
    ]


class RuleDialog(ServiceDialog):
    def __init__(self, rules, rule, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(runner, parent)
        self.ui = Ui_RuleDialog()
        self.ui.setupUi(self)
        self._rules, self._rule = rules, rule
        ui = self.ui
        for unit in PeriodUnit:
            ui.unitCombo.addItem(self.tr(_UNITS.get(unit.value, unit.value)), unit.value)
        for kind in DeadlineKind:
            ui.kindCombo.addItem(kind.value.replace("_", " "), kind.value)
        for choice in NonWorkingDay:
            ui.nonWorkingCombo.addItem(choice.value.replace("_", " "), choice.value)
        ui.processEdit.setText(rule.process)
        ui.startEventEdit.setText(rule.start_event)
        ui.amountSpin.setValue(rule.period.amount)
        ui.unitCombo.setCurrentIndex(ui.unitCombo.findData(rule.period.unit.value))
        ui.lessDaysSpin.setValue(rule.period.less_days)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(str(rule.kind)))
        ui.nonWorkingCombo.setCurrentIndex(ui.nonWorkingCombo.findData(str(rule.non_working_day)))
        ui.remindersEdit.setText(", ".join(str(d) for d in rule.reminder_days_before))
        ui.sourceEdit.setText(rule.source)
        ui.notesEdit.setPlainText(rule.notes)
        ui.verifyCheck.setChecked(rule.verify)
        ui.activeCheck.setChecked(rule.active)
        self.setWindowTitle(self.tr("Deadline rule %1").replace("%1", rule.id))
        self.bind_buttons(ui.buttonBox, ui.messageLabel)

    def work(self):
        ui = self.ui
        try:
            reminders = tuple(int(p) for p in ui.remindersEdit.text().replace(";", ",").split(",")
                              if p.strip())
        except ValueError:
            raise ValueError(self.tr("Reminders are whole numbers of days, separated by commas."))
        rule = replace(self._rule, process=ui.processEdit.text().strip(),
                       start_event=ui.startEventEdit.text().strip(),
                       period=Period(ui.amountSpin.value(), PeriodUnit(ui.unitCombo.currentData()),
                                     ui.lessDaysSpin.value()),
                       kind=DeadlineKind(ui.kindCombo.currentData()),
                       non_working_day=NonWorkingDay(ui.nonWorkingCombo.currentData()),
                       reminder_days_before=reminders, source=ui.sourceEdit.text().strip(),
                       notes=ui.notesEdit.toPlainText().strip(),
                       verify=ui.verifyCheck.isChecked(), active=ui.activeCheck.isChecked())
        return lambda: self._rules.update(rule)


class RulesPanel(QWidget):
    def __init__(self, rules, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RulesPanel()
        self.ui.setupUi(self)
        self._rules, self._runner = rules, runner
        self.model = ListTableModel(rule_columns(self.tr), parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        view = self.ui.rulesView
        view.setModel(self.proxy)
        # Shown in the order of the rules table (DOMAIN.md sections) until a header is clicked.
        self.proxy.sort(-1)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        tidy_table(view, stretch=0, widths=(40, 22, 20, 22, 30, 12, 8))
        view.selectionModel().selectionChanged.connect(self._update)
        view.doubleClicked.connect(lambda _i: self.edit())
        ui = self.ui
        ui.jurisdictionCombo.addItem(self.tr("Every jurisdiction"), "")
        for key in ("england-wales", "scotland", "ireland"):
            ui.jurisdictionCombo.addItem(label(key), key)
        ui.filterEdit.textChanged.connect(self._filter)
        ui.jurisdictionCombo.currentIndexChanged.connect(self._filter)
        ui.editButton.clicked.connect(self.edit)
        ui.activeButton.clicked.connect(self.toggle_active)
        ui.resetButton.clicked.connect(self.reset)
        ui.exportButton.clicked.connect(self.export)
        ui.importButton.clicked.connect(self.import_)
        self._all: list = []
        self._update()
        self.reload()

    def reload(self) -> None:
        self._runner.run(lambda: list(self._rules.rules()), self._loaded,
                         lambda e: self._message(describe(e), True), owner=self)

    def _loaded(self, rules) -> None:
        self._all = rules
        self._filter()

    def _filter(self, *_args) -> None:
        where = self.ui.jurisdictionCombo.currentData() or ""
        rows = [r for r in self._all if not where or where in r.jurisdictions]
        self.model.set_rows(rows)
        self.proxy.setFilterFixedString(self.ui.filterEdit.text())
        self._update()

    def selected(self):
        rows = self.ui.rulesView.selectionModel().selectedRows()
        return self.model.row(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def _update(self, *_args) -> None:
        rule = self.selected()
        for button in (self.ui.editButton, self.ui.activeButton, self.ui.resetButton):
            button.setEnabled(rule is not None)
        self.ui.activeButton.setText(self.tr("Switch &on") if rule is not None and not rule.active
                                     else self.tr("Switch &off"))

    def _saved(self, rule) -> None:
        self._all = [rule if r.id == rule.id else r for r in self._all]
        self.model.replace(lambda r: r.id == rule.id, rule)
        self._update()
        self._message(self.tr("Saved."))

    def edit(self) -> RuleDialog | None:
        rule = self.selected()
        if rule is None:
            return None
        dialog = RuleDialog(self._rules, rule, self._runner, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        rule = self.selected()
        if rule is not None:
            self._runner.run(lambda: self._rules.set_active(rule.id, not rule.active, rule.version),
                             self._saved, lambda e: self._message(describe(e), True), owner=self)

    def reset(self) -> None:
        rule = self.selected()
        if rule is not None:
            self._runner.run(lambda: self._rules.reset_to_default(rule.id, rule.version),
                             self._saved, lambda e: self._message(describe(e), True), owner=self)

    def export(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export deadline rules"),
                                               "deadline-rules.json",
                                               self.tr("JSON files (*.json)"))
        if path:
            from assist_desktop.platform.atomic import atomic_write_text
            self._runner.run(lambda: atomic_write_text(path, self._rules.export_json(), mode=0o644),
                             lambda _r: self._message(self.tr("Exported.")),
                             lambda e: self._message(describe(e), True), owner=self)

    def import_(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Import deadline rules"), "",
                                               self.tr("JSON files (*.json)"))
        if path:
            def work():
                with open(path, encoding="utf-8") as handle:
                    return self._rules.import_json(handle.read())
            self._runner.run(work, self._imported, lambda e: self._message(describe(e), True),
                             owner=self)

    def _imported(self, summary) -> None:
        self._message(self.tr("Imported: %1 added, %2 changed, %3 switched off.")
                      .replace("%1", str(len(summary.added)))
                      .replace("%2", str(len(summary.updated)))
                      .replace("%3", str(len(summary.deactivated))))
        self.reload()

    def _message(self, text: str, error: bool = False) -> None:
        theme.say(self.ui.messageLabel, text, error)
