"""Recovery: open the centre with the recovery code and set a new passphrase for one account."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QWidget

from assist_desktop.domain.errors import WrongKeyError
from assist_desktop.gui.dialogs import UnsavedGuard
from assist_desktop.gui import theme
from assist_desktop.gui.passphrase_field import add_reveal_toggles
from assist_desktop.gui.forms.ui_recovery import Ui_RecoveryDialog
from assist_desktop.gui.messages import describe
from assist_desktop.gui.passphrase_meter import PassphraseMeter
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.qtcompat import emit


class RecoveryDialog(UnsavedGuard, QDialog):
    recovered = Signal(object)

    def __init__(self, vault, runner: TaskRunner, parent: QWidget | None = None, *,
                 usernames=(), username: str = ""):
        super().__init__(parent)
        self.guard_unsaved(self.tr("the recovery form"))
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        add_reveal_toggles(self)
        self._vault, self._runner = vault, runner
        self._busy = False
        self.ui.userCombo.addItems(list(usernames))
        if username:
            self.ui.userCombo.setCurrentText(username)
        self.ui.busyBar.setVisible(False)
        self.ui.introLabel.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.ui.messageLabel.setVisible(False)
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Open and set passphrase"))
        self.meter = PassphraseMeter(runner, vault.passphrase_problems, self.ui.newEdit,
                                     self.ui.strengthBar, self.ui.strengthLabel,
                                     self.ui.confirmEdit,
                                     user_inputs=lambda: (self.ui.userCombo.currentText(),),
                                     parent=self)
        self.meter.changed.connect(self._update)
        self.ui.codeEdit.textChanged.connect(self._update)
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update()

    def _update(self) -> None:
        ok = (not self._busy and bool(self.ui.codeEdit.text().strip())
              and bool(self.ui.userCombo.currentText()) and self.meter.acceptable)
        self._ok.setEnabled(ok)
        if self.meter.mismatched:
            self._message(self.meter.mismatch_text(), True)
        elif not self._busy:
            self._message("", False)

    def submit(self) -> None:
        if not self._ok.isEnabled():
            return
        code = self.ui.codeEdit.text().strip()
        username = self.ui.userCombo.currentText()
        passphrase = self.ui.newEdit.text()
        self._busy = True
        self.ui.busyBar.setVisible(True)
        self._update()
        self._runner.run(lambda: self._vault.recover(code, username, passphrase), self._done,
                         self._failed, owner=self)

    def _done(self, centre) -> None:
        self._busy = False
        emit(self.recovered, centre)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.ui.busyBar.setVisible(False)
        self._update()
        if isinstance(error, WrongKeyError):
            self._message(self.tr("That recovery code is not correct. Check each group against "
                                  "the recovery sheet."), True)
        else:
            self._message(describe(error), True)

    def _message(self, text: str, error: bool) -> None:
        theme.say(self.ui.messageLabel, text, error)
        self.ui.messageLabel.setVisible(bool(text))

    def reject(self) -> None:
        if not self._busy:
            if not self.may_close():
                return
            super().reject()
