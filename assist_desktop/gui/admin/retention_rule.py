"""One retention rule, added or changed by an administrator (Administration > Retention).
The service checks it (domain.retention.RetentionRule.validate) and audits the change."""
from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from assist_desktop.domain.matters import MatterType
from assist_desktop.domain.retention import CATEGORIES, JURISDICTIONS, RetentionRule
from assist_desktop.gui import theme
from assist_desktop.gui.labels import label
from assist_desktop.gui.messages import describe
from assist_desktop.gui.tasks import TaskRunner


class RetentionRuleDialog(QDialog):
    def __init__(self, service, runner: TaskRunner, rule: RetentionRule | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._service, self._runner, self._rule = service, runner, rule
        self.saved: RetentionRule | None = None
        self.setWindowTitle(self.tr("Retention rule"))
        self.idEdit = QLineEdit(rule.id if rule else "", self)
        self.idEdit.setEnabled(rule is None)
        self.idEdit.setPlaceholderText("ew-immigration")
        self.jurisdictionBox = QComboBox(self)
        for code in JURISDICTIONS:
            self.jurisdictionBox.addItem(label(code), code)
        self.matterBox = QComboBox(self)
        self.matterBox.addItem(self.tr("any matter type"), "any")
        for kind in MatterType:
            self.matterBox.addItem(label(kind.value), kind.value)
        self.categoryBox = QComboBox(self)
        for code in CATEGORIES:
            self.categoryBox.addItem(code, code)
        self.outcomeEdit = QLineEdit("any", self)
        self.eventBox = QComboBox(self)
        self.eventBox.addItem(self.tr("years after closure"), "closure")
        self.eventBox.addItem(self.tr("until she reaches an age"), "age")
        self.yearsSpin = QSpinBox(self)
        self.yearsSpin.setRange(0, 100)
        self.ageSpin = QSpinBox(self)
        self.ageSpin.setRange(0, 120)
        self.sourceEdit = QLineEdit(self)
        self.notesEdit = QPlainTextEdit(self)
        self.notesEdit.setFixedHeight(60)
        self.verifyBox = QCheckBox(self.tr("[VERIFY]: a lawyer has still to check it"), self)
        self.activeBox = QCheckBox(self.tr("In force"), self)
        form = QFormLayout()
        for text, widget in ((self.tr("&Id"), self.idEdit),
                             (self.tr("&Jurisdiction"), self.jurisdictionBox),
                             (self.tr("&Matter type"), self.matterBox),
                             (self.tr("&Category"), self.categoryBox),
                             (self.tr("&Outcome"), self.outcomeEdit),
                             (self.tr("&Counted"), self.eventBox),
                             (self.tr("&Years"), self.yearsSpin),
                             (self.tr("&Age"), self.ageSpin),
                             (self.tr("&Source"), self.sourceEdit),
                             (self.tr("&Notes"), self.notesEdit)):
            form.addRow(text, widget)
        form.addRow("", self.verifyBox)
        form.addRow("", self.activeBox)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self._fill(rule or RetentionRule(id="", jurisdiction=JURISDICTIONS[0]))
        self.eventBox.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    def _fill(self, r: RetentionRule) -> None:
        for box, value in ((self.jurisdictionBox, r.jurisdiction), (self.matterBox, r.matter_type),
                           (self.categoryBox, r.category), (self.eventBox, r.from_event)):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.outcomeEdit.setText(r.outcome)
        self.yearsSpin.setValue(r.years)
        self.ageSpin.setValue(r.until_age or 25)
        self.sourceEdit.setText(r.source)
        self.notesEdit.setPlainText(r.notes)
        self.verifyBox.setChecked(r.verify)
        self.activeBox.setChecked(r.active)

    def _update(self) -> None:
        by_age = self.eventBox.currentData() == "age"
        self.ageSpin.setEnabled(by_age)

    def rule(self) -> RetentionRule:
        by_age = self.eventBox.currentData() == "age"
        base = self._rule or RetentionRule(id="", jurisdiction=JURISDICTIONS[0])
        return dataclasses.replace(
            base, id=self.idEdit.text().strip(), jurisdiction=self.jurisdictionBox.currentData(),
            matter_type=self.matterBox.currentData(), category=self.categoryBox.currentData(),
            outcome=self.outcomeEdit.text().strip(), from_event=self.eventBox.currentData(),
            years=self.yearsSpin.value(), until_age=self.ageSpin.value() if by_age else None,
            source=self.sourceEdit.text().strip(), notes=self.notesEdit.toPlainText().strip(),
            verify=self.verifyBox.isChecked(), active=self.activeBox.isChecked())

    def submit(self) -> None:
        rule, service = self.rule(), self._service
        self.buttons.setEnabled(False)
        self._runner.run(lambda: service.save_rule(rule), self._saved, self._failed,
                         owner=self)

    def _saved(self, rule) -> None:
        self.saved = rule
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        theme.say(self.messageLabel, describe(error), True)
