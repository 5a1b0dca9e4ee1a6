"""One subject access request in the log: received from her, or made for her (e.g. to the
Home Office for her file). The due date is the service's (the deadline rules), shown as the
received date or the extension changes; nothing is saved until the service accepts it."""
from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from assist_desktop.domain.subject_access import SarDirection, SarRequest
from assist_desktop.gui import theme
from assist_desktop.gui.date_field import DateField
from assist_desktop.gui.dialogs import UnsavedGuard
from assist_desktop.gui.formatting import fmt_date
from assist_desktop.gui.messages import describe
from assist_desktop.gui.tasks import TaskRunner


class SarRequestDialog(UnsavedGuard, QDialog):
    def __init__(self, log, runner: TaskRunner, request: SarRequest | None = None, *,
                 reference: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.guard_unsaved(self.tr("this subject access request"))
        self._log, self._runner, self._request = log, runner, request
        self.saved: SarRequest | None = None
        self.setWindowTitle(self.tr("Subject access request") if request is None
                            else self.tr("Subject access request %1").replace("%1", reference))
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.referenceEdit = QLineEdit(reference, self)
        self.referenceEdit.setPlaceholderText("C-2026-0001")
        self.referenceEdit.setEnabled(request is None)
        self.referenceEdit.setAccessibleName(self.tr("Her file's reference"))
        form.addRow(self.tr("Her file's &reference"), self.referenceEdit)
        self.directionBox = QComboBox(self)
        self.directionBox.addItem(self.tr("Received from her (she asks for her data)"),
                                  SarDirection.RECEIVED.value)
        self.directionBox.addItem(self.tr("Made for her (e.g. to the Home Office for her file)"),
                                  SarDirection.MADE.value)
        form.addRow(self.tr("&Direction"), self.directionBox)
        self.receivedField = DateField(self)
        self.receivedField.setAccessibleName(self.tr("Received or sent on"))
        form.addRow(self.tr("Received / sent &on"), self.receivedField)
        self.organisationEdit = QLineEdit(self)
        self.organisationEdit.setPlaceholderText(self.tr("Home Office (Subject Access Request "
                                                         "Unit)"))
        form.addRow(self.tr("Sent &to"), self.organisationEdit)
        self.identityField = DateField(self)
        self.identityField.setAccessibleName(self.tr("Identity checked on"))
        form.addRow(self.tr("&Identity checked on"), self.identityField)
        self.identityEdit = QLineEdit(self)
        self.identityEdit.setPlaceholderText(self.tr("How: e.g. seen in person by her "
                                                     "caseworker"))
        form.addRow(self.tr("Identity checked &how"), self.identityEdit)
        self.extendedBox = QCheckBox(self.tr("Extended by two further months (complex or "
                                             "numerous requests)"), self)
        form.addRow("", self.extendedBox)
        self.reasonEdit = QLineEdit(self)
        self.reasonEdit.setAccessibleName(self.tr("Reason for the extension"))
        form.addRow(self.tr("Extension &reason"), self.reasonEdit)
        self.toldField = DateField(self)
        self.toldField.setAccessibleName(self.tr("Told of the extension on"))
        form.addRow(self.tr("She was &told on"), self.toldField)
        self.sentField = DateField(self)
        self.sentField.setAccessibleName(self.tr("Answered on"))
        form.addRow(self.tr("&Answered on"), self.sentField)
        self.notesEdit = QPlainTextEdit(self)
        self.notesEdit.setFixedHeight(70)
        form.addRow(self.tr("&Notes"), self.notesEdit)
        self.dueLabel = QLabel(self)
        self.dueLabel.setWordWrap(True)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.dueLabel)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        if request is not None:
            self._fill(request)
        else:
            self.receivedField.set_value(date.today())
        for signal in (self.receivedField.date_changed, self.extendedBox.toggled):
            signal.connect(lambda *_a: self._show_due())
        self.directionBox.currentIndexChanged.connect(lambda _i: self._update())
        self.extendedBox.toggled.connect(lambda _c: self._update())
        self._update()
        self._show_due()
        self.mark_clean()

    def _fill(self, r: SarRequest) -> None:
        self.directionBox.setCurrentIndex(self.directionBox.findData(str(r.direction)))
        self.receivedField.set_value(r.received_on)
        self.organisationEdit.setText(r.organisation)
        self.identityField.set_value(r.identity_checked_on)
        self.identityEdit.setText(r.identity_method)
        self.extendedBox.setChecked(r.extended)
        self.reasonEdit.setText(r.extension_reason)
        self.toldField.set_value(r.extension_told_on)
        self.sentField.set_value(r.sent_on)
        self.notesEdit.setPlainText(r.notes)

    def _update(self) -> None:
        made = self.directionBox.currentData() == SarDirection.MADE.value
        self.organisationEdit.setEnabled(made)
        for widget in (self.reasonEdit, self.toldField):
            widget.setEnabled(self.extendedBox.isChecked())

    def _show_due(self) -> None:
        received = self.receivedField.value()
        if received is None:
            self.dueLabel.setText(self.tr("Due: give the date it was received."))
            return
        extended = self.extendedBox.isChecked()
        log = self._log
        self._runner.run(lambda: log.due_for(received, extended),
                         lambda due: self.dueLabel.setText(self.tr(
                             "Due: %1 (%2 from receipt, from the centre's deadline rules)")
                             .replace("%1", fmt_date(due))
                             .replace("%2", self.tr("three months") if extended
                                      else self.tr("one month"))),
                         lambda error: self.dueLabel.setText(describe(error)), owner=self)

    def request(self, client_id: int) -> SarRequest:
        base = self._request or SarRequest(client_id=client_id, received_on=date.today())
        return dataclasses.replace(
            base, direction=SarDirection(self.directionBox.currentData()),
            received_on=self.receivedField.value(),
            organisation=self.organisationEdit.text().strip()
            if self.directionBox.currentData() == SarDirection.MADE.value else "",
            identity_checked_on=self.identityField.value(),
            identity_method=self.identityEdit.text().strip(),
            extended=self.extendedBox.isChecked(),
            extension_reason=self.reasonEdit.text().strip() if self.extendedBox.isChecked()
            else "", extension_told_on=self.toldField.value()
            if self.extendedBox.isChecked() else None,
            sent_on=self.sentField.value(), notes=self.notesEdit.toPlainText())

    def submit(self) -> None:
        for field in (self.receivedField, self.identityField, self.toldField, self.sentField):
            if field.problem():
                theme.say(self.messageLabel, field.problem(), True)
                return
        if self.receivedField.value() is None:
            theme.say(self.messageLabel, self.tr("Give the date the request was received "
                                                 "(or sent)."), True)
            return
        log, reference, existing = self._log, self.referenceEdit.text(), self._request
        typed = self.request(existing.client_id if existing is not None else 0)  # GUI thread
        self.buttons.setEnabled(False)

        def save():
            if existing is not None:
                return log.update(typed)
            return log.record(dataclasses.replace(typed, client_id=log.client_id(reference)))
        self._runner.run(save, self._saved, self._failed, owner=self)

    def _saved(self, saved: SarRequest) -> None:
        self.saved = saved
        self.mark_clean()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        theme.say(self.messageLabel, describe(error), True)
