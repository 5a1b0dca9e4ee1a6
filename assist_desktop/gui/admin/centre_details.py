"""The centre's details on every letterhead and footer (name, address, telephone, email,
website, regulator line, complaints contact), and the address book of recipients for
letters. Administrators only; the services check it again and audit every change."""
from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QWidget

from assist_desktop.domain.address_book import Recipient
from assist_desktop.gui.dialogs import UnsavedGuard
from assist_desktop.gui import theme
from assist_desktop.gui.forms.ui_centre_details import Ui_CentreDetailsPanel
from assist_desktop.gui.forms.ui_recipient_dialog import Ui_RecipientDialog
from assist_desktop.gui.messages import confirm, describe
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.views import tidy_table
from assist_desktop.services.centre_details import REGULATOR_EXAMPLES


def recipient_columns(tr) -> list[Column]:
    def whole(r) -> str:
        return "\n".join(p for p in (r.person, r.department, r.organisation, *r.address_lines)
                         if p)
    return [Column(tr("Organisation"), lambda r: r.organisation, tooltip=whole),
            Column(tr("Department or person"),
                   lambda r: " · ".join(p for p in (r.department, r.person) if p),
                   tooltip=whole),
            Column(tr("Address"), lambda r: ", ".join(r.address_lines), tooltip=whole),
            Column(tr("Checked?"), lambda r: tr("No source") if not r.source.strip()
                   else tr("Check it") if "[VERIFY]" in r.source else tr("Yes"),
                   tooltip=lambda r: r.source)]


class RecipientDialog(UnsavedGuard, QDialog):
    """One address book entry; the answer is recipient()."""

    def __init__(self, recipient: Recipient, save, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.guard_unsaved(self.tr("this address"))
        self.ui = Ui_RecipientDialog()
        self.ui.setupUi(self)
        self._recipient, self._save, self._runner = recipient, save, runner
        self.saved = None
        ui = self.ui
        ui.organisationEdit.setText(recipient.organisation)
        ui.departmentEdit.setText(recipient.department)
        ui.personEdit.setText(recipient.person)
        ui.addressEdit.setPlainText(recipient.address)
        ui.emailEdit.setText(recipient.email)
        ui.sourceEdit.setText(recipient.source)
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)

    def recipient(self) -> Recipient:
        ui = self.ui
        return dataclasses.replace(
            self._recipient, organisation=ui.organisationEdit.text(),
            department=ui.departmentEdit.text(), person=ui.personEdit.text(),
            address=ui.addressEdit.toPlainText(), email=ui.emailEdit.text(),
            source=ui.sourceEdit.text())

    def submit(self) -> None:
        wanted = self.recipient()
        self._runner.run(lambda: self._save(wanted), self._done,
                         lambda e: theme.say(self.ui.messageLabel, describe(e), True),
                         owner=self)

    def _done(self, saved) -> None:
        self.saved = saved
        self.accept()

    def reject(self) -> None:
        if self.may_close():
            super().reject()


class CentreDetailsPanel(QWidget):
    def __init__(self, details, address_book, jurisdiction: str, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CentreDetailsPanel()
        self.ui.setupUi(self)
        self._details, self._book, self._runner = details, address_book, runner
        self._jurisdiction = jurisdiction
        self._loaded = None
        ui = self.ui
        examples = REGULATOR_EXAMPLES.get(jurisdiction, ())
        ui.regulatorHint.setText(self.tr("For example: %1").replace(
            "%1", self.tr(" or ").join(f"“{e}”" for e in examples)) if examples else "")
        ui.saveButton.setIcon(theme.icon("save"))
        ui.saveButton.clicked.connect(self.save)
        for edit in (ui.nameEdit, ui.phoneEdit, ui.emailEdit, ui.websiteEdit,
                     ui.complaintsEdit):
            edit.textChanged.connect(self._update)
        for edit in (ui.addressEdit, ui.regulatorEdit):
            edit.textChanged.connect(self._update)
        self.model = ListTableModel(recipient_columns(self.tr), parent=self)
        ui.bookView.setModel(self.model)
        tidy_table(ui.bookView, stretch=2, widths=(30, 22))
        ui.bookView.selectionModel().selectionChanged.connect(self._chosen)
        ui.bookView.doubleClicked.connect(lambda _i: self.edit())
        ui.addButton.setIcon(theme.icon("add"))
        ui.addButton.clicked.connect(self.add)
        ui.editButton.clicked.connect(self.edit)
        ui.deleteButton.clicked.connect(self.delete)
        self.setEnabled(False)
        runner.run(details.get, self._show, lambda e: self._message(describe(e), True),
                   owner=self)
        self.reload()
        self._chosen()

    # --- the centre's details ---------------------------------------------------------
    def _show(self, info) -> None:
        self._loaded = info
        ui = self.ui
        ui.nameEdit.setText(info.name)
        ui.addressEdit.setPlainText(info.address)
        ui.phoneEdit.setText(info.phone)
        ui.emailEdit.setText(info.email)
        ui.websiteEdit.setText(info.website)
        ui.regulatorEdit.setPlainText(info.regulator_note)
        ui.complaintsEdit.setText(info.complaints_contact)
        self.setEnabled(True)
        self._update()

    def changes(self) -> dict:
        if self._loaded is None:
            return {}
        ui = self.ui
        wanted = {"name": ui.nameEdit.text(), "address": ui.addressEdit.toPlainText(),
                  "phone": ui.phoneEdit.text(), "email": ui.emailEdit.text(),
                  "website": ui.websiteEdit.text(),
                  "regulator_note": " ".join(ui.regulatorEdit.toPlainText().split()),
                  "complaints_contact": ui.complaintsEdit.text()}
        return {k: v for k, v in wanted.items() if getattr(self._loaded, k) != v.strip()}

    def has_unsaved(self) -> bool:
        return bool(self.changes())

    def _update(self, *_args) -> None:
        self.ui.saveButton.setEnabled(self.has_unsaved())

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            return
        self.ui.saveButton.setEnabled(False)
        self._runner.run(lambda: self._details.update(**changes), self._saved,
                         self._save_failed, owner=self)

    def _saved(self, info) -> None:
        self._show(info)
        self._message(self.tr("Saved. Letters made from now on use these details."))

    def _save_failed(self, error: BaseException) -> None:
        self._update()
        self._message(describe(error), True)

    def _message(self, text: str, error: bool = False) -> None:
        theme.say(self.ui.messageLabel, text, error)

    # --- the address book -------------------------------------------------------------
    def reload(self) -> None:
        self._runner.run(lambda: self._book.list(self._jurisdiction), self.model.set_rows,
                         lambda e: theme.say(self.ui.bookMessageLabel, describe(e), True),
                         owner=self)

    def selected(self):
        rows = self.ui.bookView.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _chosen(self, *_args) -> None:
        for button in (self.ui.editButton, self.ui.deleteButton):
            button.setEnabled(self.selected() is not None)

    def add(self) -> RecipientDialog:
        return self._open(Recipient(self._jurisdiction, ""), self._book.add)

    def edit(self) -> RecipientDialog | None:
        chosen = self.selected()
        return self._open(chosen, self._book.update) if chosen is not None else None

    def _open(self, recipient: Recipient, save) -> RecipientDialog:
        dialog = RecipientDialog(recipient, save, self._runner, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def delete(self) -> None:
        chosen = self.selected()
        if chosen is None or not confirm(self, self.tr("Delete"), self.tr(
                "Delete this recipient from the address book? Letters already made keep "
                "its address."), self.tr("Delete"), destructive=True):
            return
        self._runner.run(lambda: self._book.delete(chosen.id, chosen.version),
                         lambda _r: self.reload(),
                         lambda e: theme.say(self.ui.bookMessageLabel, describe(e), True),
                         owner=self)
