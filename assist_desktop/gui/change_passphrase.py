"""Change my passphrase (required after an administrator reset access)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from assist_desktop.gui.dialogs import UnsavedGuard
from assist_desktop.gui import theme
from assist_desktop.gui.passphrase_field import add_reveal_toggles
from assist_desktop.gui.forms.ui_change_passphrase import Ui_ChangePassphraseDialog
from assist_desktop.gui.messages import describe
from assist_desktop.gui.passphrase_meter import PassphraseMeter
from assist_desktop.gui.tasks import TaskRunner


class ChangePassphraseDialog(UnsavedGuard, QDialog):
    def __init__(self, users, vault, runner: TaskRunner, parent: QWidget | None = None, *,
                 required: bool = False, user_inputs: tuple = ()):
        super().__init__(parent)
        self.guard_unsaved(self.tr("the passphrase change"))
        self.ui = Ui_ChangePassphraseDialog()
        self.ui.setupUi(self)
        add_reveal_toggles(self)
        self._users, self._runner, self._required = users, runner, required
        self._busy = False
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Change passphrase"))
        if required:
            self.ui.introLabel.setText(self.tr(
                "You signed in with a temporary passphrase. Choose your own now: several "
                "unrelated words that only you know."))
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setVisible(False)
            # She has just typed the temporary passphrase to sign in; it is not asked again.
            self.ui.currentLabel.setVisible(False)
            self.ui.currentEdit.setVisible(False)
        self.meter = PassphraseMeter(runner, vault.passphrase_problems, self.ui.newEdit,
                                     self.ui.strengthBar, self.ui.strengthLabel,
                                     self.ui.confirmEdit, user_inputs=lambda: user_inputs,
                                     parent=self)
        self.meter.changed.connect(self._update)
        self.ui.currentEdit.textChanged.connect(lambda _text: self._update())
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update()

    def _update(self) -> None:
        current_given = self._required or bool(self.ui.currentEdit.text())
        self._ok.setEnabled(not self._busy and self.meter.acceptable and current_given)
        self._message(self.meter.mismatch_text(), True)

    def _message(self, text: str, error: bool) -> None:
        theme.say(self.ui.messageLabel, text, error)

    def submit(self) -> None:
        if not self._ok.isEnabled():
            return
        passphrase = self.ui.newEdit.text()
        current = None if self._required else self.ui.currentEdit.text()
        self._busy = True
        self._update()
        self._runner.run(lambda: self._users.change_own_passphrase(
                             passphrase, current_passphrase=current),
                         lambda _r: self._done(), self._failed, owner=self)

    def _done(self) -> None:
        self._busy = False
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._update()
        self._message(describe(error), True)

    def reject(self) -> None:
        if self._required or self._busy:
            return
        if not self.may_close():
            return
        super().reject()
