"""First run: create the centre, the first administrator and the recovery code.

The database is created when the administrator's page is accepted (Argon2 calibration takes
about a second, so it runs off the GUI thread with a busy bar); from then on there is no way
back, and the recovery code is shown exactly once. Nothing is written outside the data
directory; the recovery sheet is saved only where the person chooses.
"""
from __future__ import annotations

import logging
import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from assist_desktop.domain.staff import JURISDICTION_LABELS, JURISDICTIONS, username_problem
from assist_desktop.gui.dialogs import UnsavedGuard
from assist_desktop.gui import theme
from assist_desktop.gui.passphrase_field import add_reveal_toggles
from assist_desktop.gui.forms.ui_first_run import Ui_FirstRunWizard
from assist_desktop.gui.messages import describe, show_error
from assist_desktop.gui.passphrase_meter import PassphraseMeter
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.platform.atomic import atomic_write_bytes
from assist_desktop.gui.qtcompat import emit

log = logging.getLogger(__name__)


def suggest_username(full_name: str) -> str:
    words = [w for w in re.split(r"[^a-z0-9]+", full_name.lower()) if w]
    if not words:
        return ""
    name = words[0] if len(words) == 1 else f"{words[0]}.{words[-1][0]}"
    return name[:32] if name[0].isalpha() else ""


class FirstRunWizard(UnsavedGuard, QWizard):
    """Emits ``created(open_centre)`` when the person finishes the wizard."""

    created = Signal(object)

    def __init__(self, vault, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.guard_unsaved(self.tr("the new centre's details"))
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        add_reveal_toggles(self)
        self._vault, self._runner = vault, runner
        self._centre = None
        self._recovery_code = ""
        self._busy = False
        self._username_edited = False
        self.setWindowIcon(theme.app_icon())
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, theme.app_icon().pixmap(48, 48))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Open ASSIST Desktop"))

        for key in JURISDICTIONS:
            self.ui.jurisdictionCombo.addItem(self.tr(JURISDICTION_LABELS[key]), key)
        self.ui.busyBar.setVisible(False)
        self.ui.saveSheetButton.setIcon(theme.icon("document"))
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPointSizeF(code_font.pointSizeF() * 1.6)
        code_font.setWeight(QFont.Weight.DemiBold)
        self.ui.recoveryCodeLabel.setFont(code_font)

        ui = self.ui
        ui.centrePage.complete_when(lambda: bool(ui.centreNameEdit.text().strip()))
        ui.centreNameEdit.textChanged.connect(ui.centrePage.recheck)

        self.meter = PassphraseMeter(runner, vault.passphrase_problems, ui.passphraseEdit,
                                     ui.strengthBar, ui.strengthLabel, ui.confirmEdit,
                                     user_inputs=self._user_inputs, parent=self)
        self.meter.changed.connect(self._admin_changed)
        ui.fullNameEdit.textChanged.connect(self._name_typed)
        ui.usernameEdit.textEdited.connect(self._username_typed)
        ui.adminPage.complete_when(self._admin_complete)
        ui.adminPage.validate_with(self._create)
        ui.adminPage.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the centre"))

        ui.recoveryPage.complete_when(lambda: ui.writtenCheck.isChecked())
        ui.writtenCheck.toggled.connect(ui.recoveryPage.recheck)
        ui.saveSheetButton.clicked.connect(self.save_recovery_sheet)
        ui.printSheetButton.clicked.connect(self.print_recovery_sheet)

    # --- administrator page ---------------------------------------------------------
    def _user_inputs(self) -> tuple:
        return (self.ui.fullNameEdit.text(), self.ui.usernameEdit.text(),
                self.ui.centreNameEdit.text())

    def _name_typed(self, text: str) -> None:
        if not self._username_edited:
            self.ui.usernameEdit.setText(suggest_username(text))
        self._admin_changed()

    def _username_typed(self, _text: str) -> None:
        self._username_edited = True
        self._admin_changed()

    def _admin_problem(self) -> str:
        ui = self.ui
        if not ui.fullNameEdit.text().strip():
            return ""
        problem = username_problem(ui.usernameEdit.text().strip().lower())
        if ui.usernameEdit.text() and problem:
            return problem
        if self.meter.mismatched:
            return self.meter.mismatch_text()
        return ""

    def _admin_complete(self) -> bool:
        ui = self.ui
        return (not self._busy and bool(ui.fullNameEdit.text().strip())
                and username_problem(ui.usernameEdit.text().strip().lower()) is None
                and self.meter.acceptable)

    def _admin_changed(self, *_args) -> None:
        problem = self._admin_problem()
        self._message(problem, bool(problem))
        self.ui.adminPage.recheck()

    def _message(self, text: str, error: bool) -> None:
        theme.say(self.ui.adminMessageLabel, text, error)

    def roles(self) -> tuple[str, ...]:
        roles = ["administrator"]
        if self.ui.solicitorCheck.isChecked():
            roles.append("solicitor")
        if self.ui.supportCheck.isChecked():
            roles.append("support_worker")
        return tuple(roles)

    def _create(self) -> bool:
        """validatePage of the administrator page: start creating; move on when it is done."""
        if self._centre is not None:
            return True
        if self._busy or not self._admin_complete():
            return False
        ui = self.ui
        args = dict(centre_name=ui.centreNameEdit.text().strip(),
                    jurisdiction=ui.jurisdictionCombo.currentData(),
                    address=ui.addressEdit.toPlainText().strip(),
                    admin_username=ui.usernameEdit.text().strip().lower(),
                    admin_full_name=" ".join(ui.fullNameEdit.text().split()),
                    passphrase=ui.passphraseEdit.text(), roles=self.roles())
        self._set_busy(True)
        self._runner.run(lambda: self._vault.create(**args), self._created, self._failed,
                         owner=self)
        return False

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy)
        for widget in (self.ui.fullNameEdit, self.ui.usernameEdit, self.ui.passphraseEdit,
                       self.ui.confirmEdit, self.ui.solicitorCheck, self.ui.supportCheck):
            widget.setEnabled(not busy)
        self.button(QWizard.WizardButton.BackButton).setEnabled(not busy)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)
        if busy:
            self._message(self.tr("Creating the encrypted database…"), False)
        self.ui.adminPage.recheck()

    def _created(self, result) -> None:
        centre, code = result
        self._centre, self._recovery_code = centre, code
        self._set_busy(False)
        self.ui.passphraseEdit.clear()
        self.ui.confirmEdit.clear()
        self.ui.recoveryCodeLabel.setText(code)
        self.next()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._message(describe(error), True)

    # --- recovery page --------------------------------------------------------------
    @property
    def recovery_code(self) -> str:
        return self._recovery_code

    @property
    def open_centre(self):
        return self._centre

    def print_recovery_sheet(self) -> None:
        """Build the recovery sheet in memory and print it: no unencrypted copy on disk."""
        centre, code = self._centre.centre, self._recovery_code

        def work():
            from assist_desktop.services.documents import recovery_sheet_pdf
            return recovery_sheet_pdf(centre, code)
        self._runner.run(work, self._print_sheet,
                         lambda e: show_error(self, e, self.tr("Recovery sheet")), owner=self)

    def _print_sheet(self, data: bytes) -> None:
        from assist_desktop.gui.printing import ask_and_print_bytes
        try:
            printed = ask_and_print_bytes(self, data, self.tr("Recovery sheet"))
        except Exception as error:  # noqa: BLE001 - a printer fault is shown, never a crash
            show_error(self, error, self.tr("Recovery sheet"))
            return
        if printed:
            self.ui.printSheetButton.setText(self.tr("Recovery sheet printed"))
            self.ui.writtenCheck.setFocus()

    def save_recovery_sheet(self) -> None:
        """Build the recovery sheet (documents service) and save it where the person chooses."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery sheet"), "recovery-sheet.pdf",
            self.tr("PDF documents (*.pdf)"))
        if path:
            self.write_recovery_sheet(path)

    def write_recovery_sheet(self, path: str) -> None:
        centre, code = self._centre.centre, self._recovery_code

        def work():
            from assist_desktop.services.documents import recovery_sheet_pdf
            atomic_write_bytes(path, recovery_sheet_pdf(centre, code))
        self._runner.run(work, lambda _r: self._sheet_saved(),
                         lambda e: show_error(self, e, self.tr("Recovery sheet")), owner=self)

    def _sheet_saved(self) -> None:
        self.ui.saveSheetButton.setText(self.tr("Recovery sheet saved — print it, then delete "
                                                "the file"))
        self.ui.writtenCheck.setFocus()

    # --- finishing ------------------------------------------------------------------
    def accept(self) -> None:
        if self._centre is None:
            return
        emit(self.created, self._centre)
        self._recovery_code = ""
        self.ui.recoveryCodeLabel.clear()
        super().accept()

    def reject(self) -> None:
        if self._busy:
            return
        if self._centre is not None:
            # Created already: the only way forward is to confirm the code was kept.
            return
        if not self.may_close():
            return
        super().reject()

