"""The transfer passphrase of a case-transfer package: chosen twice (with the strength meter)
for an export, typed once to open a package on import.

The dialog only collects the passphrase: ``submitted(passphrase)`` is emitted when OK is
pressed with an acceptable one; whoever opened it runs the work off the GUI thread and calls
``working()``, then ``failed(text)`` (the dialog stays open to correct and try again) or
``accept()``.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from assist_desktop.gui.dialogs import UnsavedGuard
from assist_desktop.gui import theme
from assist_desktop.gui.passphrase_field import add_reveal_toggles
from assist_desktop.gui.forms.ui_transfer_passphrase import Ui_TransferPassphraseDialog
from assist_desktop.gui.passphrase_meter import PassphraseMeter
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.tasks import TaskRunner

EXPORT, IMPORT = "export", "import"


class TransferPassphraseDialog(UnsavedGuard, QDialog):
    submitted = Signal(str)

    def __init__(self, mode: str, runner: TaskRunner, assess: Callable | None = None, *,
                 reference: str = "", user_inputs: tuple = (), parent: QWidget | None = None,
                 without_consent: bool = False):
        super().__init__(parent)
        self.guard_unsaved(self.tr("this passphrase form"))
        self.ui = Ui_TransferPassphraseDialog()
        self.ui.setupUi(self)
        add_reveal_toggles(self)
        self.mode = mode
        self._busy = False
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.meter: PassphraseMeter | None = None
        if mode == EXPORT:
            self._setup_export(runner, assess, reference, user_inputs, without_consent)
        else:
            self._setup_import()
        self.ui.passphraseEdit.textChanged.connect(lambda _t: self._update())
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update()

    def _setup_export(self, runner, assess, reference: str, user_inputs: tuple,
                      without_consent: bool = False) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Export client file"))
        self.setAccessibleName(self.tr("Export client file"))
        self._ok.setText(self.tr("Choose where to save…"))
        self._ok.setAccessibleName(self.tr("Choose where to save"))
        ui.introLabel.setText(self.tr(
            "Her whole file (%1) will be written to an encrypted case-transfer package. "
            "Choose a transfer passphrase for it: several unrelated words, not one you use "
            "for anything else.").replace("%1", reference))
        ui.noteLabel.setText(self.tr(
            "The receiving centre needs this passphrase to open the package. Give it to them "
            "by a different route from the file: by phone, not in the same email."))
        ui.warningLabel.setText(self.tr(
            "The file leaves the encrypted store: it holds everything about her, including "
            "privileged notes. Send it only to the centre taking over her case, and delete "
            "your copy once they have imported it."))
        if without_consent:
            ui.warningLabel.setText(ui.warningLabel.text() + "\n\n" + self.tr(
                "She has no consent in force to her information being shared: this export "
                "goes ahead on your override (your reason is kept with her file, and the "
                "override is recorded in the audit log)."))
            self.resize(self.width(), self.height() + 90)   # room for the two more lines
        ui.warningLabel.setStyleSheet(f"color: {theme.overdue_colour().name()};")
        self.meter = PassphraseMeter(runner, assess, ui.passphraseEdit, ui.strengthBar,
                                     ui.strengthLabel, ui.confirmEdit,
                                     user_inputs=lambda: user_inputs, parent=self)
        self.meter.changed.connect(self._update)

    def _setup_import(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Import client file"))
        self.setAccessibleName(self.tr("Import client file"))
        self._ok.setText(self.tr("Import"))
        self._ok.setAccessibleName(self.tr("Import"))
        ui.introLabel.setText(self.tr(
            "This file is an encrypted case-transfer package. Type the transfer passphrase "
            "the sending centre gave you."))
        ui.noteLabel.setText(self.tr(
            "Her file is checked in full before anything is saved: if anything is wrong, "
            "nothing is imported."))
        for widget in (ui.strengthBar, ui.strengthLabel, ui.confirmLabel, ui.confirmEdit,
                       ui.warningLabel):
            widget.setVisible(False)

    # --- state ----------------------------------------------------------------------
    @property
    def passphrase_ok(self) -> bool:
        if self.meter is not None:
            return self.meter.acceptable
        return bool(self.ui.passphraseEdit.text())

    def _update(self) -> None:
        self._ok.setEnabled(not self._busy and self.passphrase_ok)
        if self.meter is not None and not self._busy:
            self._message(self.meter.mismatch_text())

    def _message(self, text: str) -> None:
        theme.say(self.ui.messageLabel, text, bool(text))

    def submit(self) -> None:
        if self._busy or not self.passphrase_ok:
            return
        emit(self.submitted, self.ui.passphraseEdit.text())

    def working(self, text: str) -> None:
        self._busy = True
        self._update()
        theme.say(self.ui.messageLabel, text)

    def failed(self, text: str) -> None:
        self._busy = False
        self._update()
        self._message(text)
        self.ui.passphraseEdit.setFocus()
        self.ui.passphraseEdit.selectAll()

    def reject(self) -> None:
        if self._busy:
            return
        if not self.may_close():
            return
        super().reject()

    def done(self, result: int) -> None:
        # The passphrase does not stay in the widgets after the dialog closes.
        self.ui.passphraseEdit.clear()
        self.ui.confirmEdit.clear()
        super().done(result)
