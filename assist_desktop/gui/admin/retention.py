"""Retention review (administrators): closed files whose retention period has run (or runs
within 30 days), by reference and dates only. Extend: a later date and a reason (audited).
Destroy: the reference typed again to confirm, then the file is erased for good and a
certificate of destruction (reference and hash only) is offered to save. Below: the
retention schedule in force, with its sources ([VERIFY] until a lawyer has checked them)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from assist_desktop.gui import theme
from assist_desktop.gui.date_field import DateField
from assist_desktop.gui.formatting import fmt_date
from assist_desktop.gui.labels import label
from assist_desktop.gui.messages import confirm, describe
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.views import tidy_table


def review_columns(tr) -> list[Column]:
    def status(item) -> str:
        if item.due:
            return tr("due for destruction")
        return tr("due for review soon")

    return [Column(tr("Reference"), lambda i: i.reference),
            Column(tr("Closed"), lambda i: fmt_date(i.closed_on)),
            Column(tr("Keep until"), lambda i: fmt_date(i.review_on),
                   foreground=lambda i: theme.overdue_colour() if i.due else None),
            Column(tr("Status"), status),
            Column(tr("Rule"), lambda i: ", ".join(i.rule_ids)),
            Column(tr("Extended because"), lambda i: i.extended_reason)]


def rule_columns(tr) -> list[Column]:
    return [Column(tr("Jurisdiction"), lambda r: label(r.jurisdiction)),
            Column(tr("Matter type"), lambda r: tr("any") if r.matter_type == "any"
                   else label(r.matter_type)),
            Column(tr("Category"), lambda r: r.category),
            Column(tr("Outcome"), lambda r: r.outcome),
            Column(tr("Keep"), lambda r: r.describe()),
            Column(tr("Check"), lambda r: "[VERIFY]" if r.verify else ""),
            Column(tr("Source"), lambda r: r.source, tooltip=lambda r: r.notes)]


def _table(parent, model) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    return view


class ExtendDialog(QDialog):
    def __init__(self, reference: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep %1 longer").replace("%1", reference))
        self.untilField = DateField(self)
        self.untilField.setAccessibleName(self.tr("Keep until"))
        self.reasonEdit = QLineEdit(self)
        self.reasonEdit.setAccessibleName(self.tr("Reason"))
        self.reasonEdit.setPlaceholderText(self.tr("e.g. complaint open; proceedings pending"))
        form = QFormLayout()
        form.addRow(self.tr("Keep &until"), self.untilField)
        form.addRow(self.tr("&Reason"), self.reasonEdit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class RetentionPanel(QWidget):
    def __init__(self, retention, runner: TaskRunner, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(parent)
        self._service, self._runner = retention, runner
        self._today = today
        self._busy = False
        self.last_certificate = None           # (number, path or None): read by tests
        self.chooser = None                    # tests: (parent, suggested) -> path
        intro = QLabel(self.tr(
            "Closed files whose retention period has run, or runs within 30 days. Extend one "
            "with a reason, or destroy it for good: a certificate of destruction (its "
            "reference and a fingerprint, nothing about her) is kept. Copies inside existing "
            "backups remain until those backups are rotated away (docs/DATA_PROTECTION.md)."),
            self)
        intro.setWordWrap(True)
        self.returned: list = []               # files a restore brought back (service)
        self.returnedLabel = QLabel(self)
        self.returnedLabel.setWordWrap(True)
        self.returnedLabel.setStyleSheet(f"color: {theme.overdue_colour().name()};")
        self.returnedLabel.setAccessibleName(self.tr("Destroyed files a restore brought back"))
        self.againButton = QPushButton(theme.icon("close"), self.tr("Destroy &again…"), self)
        self.returnedLabel.hide()
        self.againButton.hide()
        self.model = ListTableModel(review_columns(self.tr), parent=self)
        self.view = _table(self, self.model)
        tidy_table(self.view, stretch=5)
        self.extendButton = QPushButton(self.tr("&Extend…"), self)
        self.destroyButton = QPushButton(theme.icon("close"), self.tr("&Destroy…"), self)
        self.refreshButton = QPushButton(theme.icon("refresh"), self.tr("Re&fresh"), self)
        self.certificateButton = QPushButton(self.tr("Save a &certificate again…"), self)
        row = QHBoxLayout()
        for button in (self.extendButton, self.destroyButton, self.refreshButton):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.certificateButton)
        self.statusLabel = QLabel(self)
        self.statusLabel.setWordWrap(True)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(intro)
        returned = QHBoxLayout()
        returned.addWidget(self.returnedLabel, 1)
        returned.addWidget(self.againButton, 0, Qt.AlignmentFlag.AlignTop)
        top_layout.addLayout(returned)
        top_layout.addLayout(row)
        top_layout.addWidget(self.view, 1)
        top_layout.addWidget(self.statusLabel)
        self.rules_model = ListTableModel(rule_columns(self.tr), parent=self)
        self.rules_view = _table(self, self.rules_model)
        tidy_table(self.rules_view, stretch=6)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        schedule = QLabel(self.tr("Retention schedule (resources/rules/retention_rules.json; "
                                  "hover a rule for its notes)"), self)
        self.editRuleButton = QPushButton(self.tr("Edit &rule…"), self)
        self.addRuleButton = QPushButton(theme.icon("add"), self.tr("&Add rule…"), self)
        self.resetRulesButton = QPushButton(self.tr("Reset to the &shipped schedule…"), self)
        heading = QHBoxLayout()
        heading.addWidget(schedule, 1)
        for button in (self.editRuleButton, self.addRuleButton, self.resetRulesButton):
            heading.addWidget(button)
        bottom_layout.addLayout(heading)
        bottom_layout.addWidget(self.rules_view, 1)
        self.rule_dialog = None
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.extendButton.clicked.connect(self.extend)
        self.destroyButton.clicked.connect(self.destroy)
        self.refreshButton.clicked.connect(lambda: self.reload())
        self.certificateButton.clicked.connect(self.save_again)
        self.againButton.clicked.connect(lambda: self.destroy_again())
        self.rules_view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.rules_view.doubleClicked.connect(lambda _i: self.edit_rule())
        self.editRuleButton.clicked.connect(self.edit_rule)
        self.addRuleButton.clicked.connect(lambda: self.edit_rule(new=True))
        self.resetRulesButton.clicked.connect(self.reset_rules)
        self._update()
        self.reload()

    # --- loading ------------------------------------------------------------------------
    def reload(self, keep_message: bool = False) -> None:
        self._busy = True
        self._update()
        if not keep_message:
            theme.say(self.statusLabel, "")
        service, today = self._service, self._today
        self._runner.run(lambda: (service.review_list(today=today), service.rules(),
                                  service.restored_destroyed()),
                         self._loaded, self._failed, owner=self)

    def _loaded(self, result) -> None:
        items, rules, returned = result
        self._busy = False
        self._show_returned(returned)
        self.model.set_rows(items)
        self.rules_model.set_rows(rules)
        if not items and not self.statusLabel.text():
            theme.say(self.statusLabel, self.tr("No file is due for review."))
        self._update()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        theme.say(self.statusLabel, describe(error), True)
        self._update()

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update(self) -> None:
        item = self.selected()
        self.extendButton.setEnabled(item is not None and not self._busy)
        self.destroyButton.setEnabled(item is not None and item.due and not self._busy)
        self.refreshButton.setEnabled(not self._busy)
        self.editRuleButton.setEnabled(bool(self.rules_view.selectionModel().selectedRows())
                                       and not self._busy)

    def _show_returned(self, returned) -> None:
        """Files destroyed after the backup a restore came from, back in the store."""
        self.returned = list(returned)
        self.returnedLabel.setVisible(bool(returned))
        self.againButton.setVisible(bool(returned))
        if returned:
            lines = [f"• {r.reference}: " + self.tr("destroyed %1, certificate %2").replace(
                "%1", fmt_date(date.fromisoformat(r.destroyed_at[:10])))
                .replace("%2", r.certificate) for r in returned]
            self.returnedLabel.setText(self.tr(
                "A backup was restored that was made before these files were destroyed, so "
                "they are back in the store. Destroy each again (a new certificate names the "
                "first):") + "\n" + "\n".join(lines))

    def destroy_again(self, *, certificate: str | None = None,
                      typed: str | None = None) -> None:
        """Destroy again a file a restore brought back: chosen, confirmed, reference typed."""
        if not self.returned or self._busy:
            return
        by_number = {r.certificate: r for r in self.returned}
        if certificate is None:
            if len(by_number) == 1:
                certificate = next(iter(by_number))
            else:
                choice, ok = QInputDialog.getItem(
                    self, self.tr("Destroy again"), self.tr("Certificate"),
                    [f"{r.certificate} ({r.reference})" for r in self.returned], 0, False)
                if not ok:
                    return
                certificate = choice.split(" ", 1)[0]
        item = by_number.get(certificate)
        if item is None:
            return
        if typed is None:
            if not confirm(self, self.tr("Destroy again"), self.tr(
                    "The file %1 was destroyed (certificate %2) after the backup that was "
                    "restored was made, so the restore brought it back. Destroy it again, for "
                    "good?").replace("%1", item.reference).replace("%2", item.certificate),
                    self.tr("Destroy…"), destructive=True):
                return
            typed, ok = QInputDialog.getText(self, self.tr("Destroy again"), self.tr(
                "Type the file's reference (%1) to destroy it:").replace("%1", item.reference))
            if not ok:
                return
        service = self._service
        self._busy = True
        self._update()
        theme.say(self.statusLabel, self.tr("Destroying…"))
        self._runner.run(lambda: service.destroy_again(certificate, typed),
                         self._destroyed, self._destroy_failed, owner=self)

    # --- the schedule -------------------------------------------------------------------
    def edit_rule(self, new: bool = False):
        from assist_desktop.gui.admin.retention_rule import RetentionRuleDialog
        rows = self.rules_view.selectionModel().selectedRows()
        rule = None if new or not rows else self.rules_model.row(rows[0].row())
        if not new and rule is None:
            return None
        dialog = RetentionRuleDialog(self._service, self._runner, rule, self)
        dialog.accepted.connect(lambda: self.reload())
        self.rule_dialog = dialog
        dialog.open()
        return dialog

    def reset_rules(self) -> None:
        if not confirm(self, self.tr("Reset the retention schedule"), self.tr(
                "Every change made to the retention schedule here is undone, and the shipped "
                "rules apply again. Reset?"), self.tr("Reset")):
            return
        self._runner.run(self._service.reset_rules, lambda _r: self.reload(), self._failed,
                         owner=self)

    # --- actions ------------------------------------------------------------------------
    def extend(self, *, until: date | None = None, reason: str | None = None) -> None:
        item = self.selected()
        if item is None:
            return
        if until is None:
            dialog = ExtendDialog(item.reference, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            until, reason = dialog.untilField.value(), dialog.reasonEdit.text()
        service, today = self._service, self._today
        self._busy = True
        self._update()
        self._runner.run(lambda: service.extend(item.client_id, until, reason or "",
                                                today=today),
                         lambda kept: (theme.say(self.statusLabel, self.tr(
                             "%1 is kept until %2.").replace("%1", kept.reference)
                             .replace("%2", fmt_date(kept.review_on))),
                             self.reload(keep_message=True)),
                         self._failed, owner=self)

    def destroy(self, *, typed: str | None = None) -> None:
        item = self.selected()
        if item is None or not item.due:
            return
        if typed is None:
            if not confirm(self, self.tr("Destroy for good"), self.tr(
                    "This erases the file %1 and everything in it, forever, under the "
                    "retention schedule. It cannot be undone. A certificate of destruction "
                    "(the reference and a fingerprint only) is kept.\n\nDestroy it?")
                    .replace("%1", item.reference), self.tr("Destroy…"), destructive=True):
                return
            typed, ok = QInputDialog.getText(self, self.tr("Destroy for good"), self.tr(
                "Type the file's reference (%1) to destroy it:").replace("%1", item.reference))
            if not ok:
                return
        service, today = self._service, self._today
        self._busy = True
        self._update()
        theme.say(self.statusLabel, self.tr("Destroying…"))
        self._runner.run(lambda: service.destroy(item.client_id, typed, today=today),
                         self._destroyed, self._destroy_failed, owner=self)

    def _destroy_failed(self, error: BaseException) -> None:
        self._failed(error)
        self.reload(keep_message=True)

    def _destroyed(self, done) -> None:
        theme.say(self.statusLabel, self.tr("%1 was destroyed; certificate %2.")
                  .replace("%1", done.reference).replace("%2", done.certificate))
        self._offer(done.certificate, done.pdf)
        self.reload(keep_message=True)

    def _offer(self, number: str, pdf: bytes) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(folder) / f"destruction-certificate-{number}.pdf")
        if self.chooser is not None:
            chosen = self.chooser(self, suggested)
        else:
            chosen, _f = QFileDialog.getSaveFileName(
                self, self.tr("Save the certificate of destruction"), suggested,
                self.tr("PDF files (*.pdf)"))
        self.last_certificate = (number, chosen or None)
        if not chosen:
            return
        service = self._service
        self._runner.run(lambda: service.save_certificate(pdf, chosen, replace=True),
                         None, self._failed, owner=self)

    def save_again(self) -> None:
        service = self._service

        def chosen(numbers):
            if not numbers:
                theme.say(self.statusLabel, self.tr("No file has been destroyed yet."))
                return
            number, ok = QInputDialog.getItem(self, self.tr("Certificates of destruction"),
                                              self.tr("Certificate"), numbers, 0, False)
            if ok:
                self._runner.run(lambda: service.certificate_pdf(number),
                                 lambda pdf: self._offer(number, pdf), self._failed,
                                 owner=self)
        self._runner.run(service.certificates, chosen, self._failed, owner=self)
