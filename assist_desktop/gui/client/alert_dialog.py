"""A solicitor resolves a safety alert: acted on (acknowledged) or a false match (dismissed),
always with the reason. The alert is kept with its history on her file; the service audits it.
Also the alert history shown from the banner (raised when and by whom, resolved why)."""
from __future__ import annotations

import html

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from assist_desktop.gui.dialogs import ServiceDialog
from assist_desktop.gui.formatting import fmt_timestamp
from assist_desktop.gui.tasks import TaskRunner


class ResolveAlertDialog(ServiceDialog):
    def __init__(self, safety, alert, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(runner, parent)
        self._safety, self._alert = safety, alert
        self.setWindowTitle(self.tr("Resolve the safety alert"))
        self.setAccessibleName(self.tr("Resolve the safety alert"))
        self.resize(520, 320)
        layout = QVBoxLayout(self)
        text = QLabel(html.escape(alert.message), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.statusCombo = QComboBox(self)
        self.statusCombo.setAccessibleName(self.tr("Outcome"))
        self.statusCombo.addItem(self.tr("A false match: dismiss it"), "dismissed")
        self.statusCombo.addItem(self.tr("A real match, acted on: acknowledge it"),
                                 "acknowledged")
        label = QLabel(self.tr("&Outcome:"), self)
        label.setBuddy(self.statusCombo)
        form.addRow(label, self.statusCombo)
        self.reasonEdit = QPlainTextEdit(self)
        self.reasonEdit.setAccessibleName(self.tr("Reason"))
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setPlaceholderText(self.tr(
            "Why it is a false match, or what was done to keep her safe"))
        reason = QLabel(self.tr("&Reason:"), self)
        reason.setBuddy(self.reasonEdit)
        form.addRow(reason, self.reasonEdit)
        layout.addLayout(form)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        layout.addWidget(self.messageLabel)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                          | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(self.buttonBox)
        self.bind_buttons(self.buttonBox, self.messageLabel)

    def work(self):
        alert, status = self._alert, self.statusCombo.currentData()
        note = self.reasonEdit.toPlainText()
        return lambda: self._safety.resolve(alert.id, status, alert.version, note)


def history_html(alerts, names: dict, tr) -> str:
    """Every alert on her file, newest first: raised when and by whom, and how it ended."""
    def who(user_id) -> str:
        return html.escape(names.get(user_id, tr("a colleague")) if user_id else tr("the system"))
    rows = []
    for alert in alerts:
        line = [f"<b>{html.escape(fmt_timestamp(alert.raised_at))}</b> "
                + html.escape(tr("raised by %1").replace("%1", "\x00")).replace(
                    "\x00", who(alert.raised_by)),
                html.escape(alert.message)]
        status = str(alert.status)
        if status == "open":
            line.append(f"<i>{html.escape(tr('Open'))}</i>")
        else:
            outcome = tr("Dismissed as a false match") if status == "dismissed" \
                else tr("Acknowledged and acted on")
            when = html.escape(fmt_timestamp(alert.resolved_at))
            line.append(f"<i>{html.escape(outcome)}</i> · {when} · "
                        + who(alert.resolved_by) + ": " + html.escape(alert.resolution_note))
        rows.append("<br/>".join(line))
    return "<p>" + "</p><p>".join(rows) + "</p>" if rows else html.escape(tr("No alerts."))
