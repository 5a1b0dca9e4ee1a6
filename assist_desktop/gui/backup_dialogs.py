"""Opening a backup file: restore it into the data folder (from the unlock screen, with the
store closed), or verify it (administration). Both ask for the backup passphrase or the
centre's recovery code and run with progress and Cancel."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from assist_desktop.backup.errors import WrongBackupSecretError
from assist_desktop.backup.keys import BackupSecret
from assist_desktop.backup.reader import open_header, refuse_newer, unlock
from assist_desktop.backup.restore import restore_backup
from assist_desktop.backup.restore_over import ReplacedCentre
from assist_desktop.backup.verify import verify_backup
from assist_desktop.domain.errors import ValidationError
from assist_desktop.gui.dialogs import UnsavedGuard
from assist_desktop.gui import theme
from assist_desktop.gui.passphrase_field import add_reveal_toggles, reveal_action
from assist_desktop.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from assist_desktop.gui.messages import describe
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.tasks import TaskRunner

RESTORE, VERIFY = "restore", "verify"
RESTORE_OVER = "restore-over"   # from the Backups panel: check the secret, then the shell restores


class BackupFileDialog(UnsavedGuard, QDialog):
    done_with = Signal(object)     # RestoreResult or VerifyReport
    started = Signal()             # an attempt began (an earlier result no longer holds)

    def __init__(self, runner: TaskRunner, mode: str, data_dir: Path | None = None,
                 path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.guard_unsaved(self.tr("this form"))
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        add_reveal_toggles(self)
        self._runner, self._mode, self._data_dir = runner, mode, data_dir
        self._busy = False
        ui = self.ui
        self._ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if mode == VERIFY:
            self.setWindowTitle(self.tr("Verify a backup"))
            self.setAccessibleName(self.tr("Verify a backup"))
            ui.introLabel.setText(self.tr("This checks that the backup file is complete and "
                                          "unchanged since it was made. Tick the box to also "
                                          "open the records inside and check them; this takes "
                                          "longer and uses some space on this computer for a "
                                          "temporary copy, which is then deleted."))
            ui.introLabel.setAccessibleName(self.tr("About verifying"))
            self._ok.setText(self.tr("Verify"))
        else:
            self._ok.setText(self.tr("Restore"))
        if mode == RESTORE_OVER:
            self.setWindowTitle(self.tr("Restore this backup"))
            ui.introLabel.setText(self.tr(
                "Type the passphrase given when this backup was made, or the recovery code. "
                "When it is right, everyone on this computer is signed out, the centre here is "
                "replaced by the backup (the centre as it is now is kept for a while in a "
                "safety copy), and you sign in again with the passphrases the centre had then."))
        self.setAccessibleDescription(ui.introLabel.text())
        ui.deepCheck.setVisible(mode == VERIFY)
        if path is not None:
            ui.fileEdit.setText(str(path))
        ui.browseButton.clicked.connect(self._browse)
        ui.fileEdit.textChanged.connect(self._update)
        ui.secretEdit.textChanged.connect(self._update)
        ui.recoveryRadio.toggled.connect(self._kind_changed)
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        ui.messageLabel.setVisible(False)
        self._update()

    def _browse(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Choose the backup"), "",
                                               self.tr("ASSIST backups (*.assistbackup);;"
                                                       "All files (*)"))
        if path:
            self.ui.fileEdit.setText(path)

    def _kind_changed(self, recovery: bool) -> None:
        self._clear_message()
        reveal = reveal_action(self.ui.secretEdit)
        if reveal is not None:          # a recovery code is shown as typed: no eye button
            reveal.setChecked(False)
            reveal.setVisible(not recovery)
        self.ui.secretEdit.setEchoMode(self.ui.secretEdit.EchoMode.Normal if recovery
                                       else self.ui.secretEdit.EchoMode.Password)

    def _update(self, *_args) -> None:
        self._ok.setEnabled(not self._busy and bool(self.ui.fileEdit.text().strip())
                            and bool(self.ui.secretEdit.text()))

    def secret(self) -> BackupSecret:
        text = self.ui.secretEdit.text()
        return BackupSecret.recovery_code(text) if self.ui.recoveryRadio.isChecked() \
            else BackupSecret.passphrase(text)

    def submit(self) -> None:
        if not self._ok.isEnabled():
            return
        path, secret, data_dir = Path(self.ui.fileEdit.text().strip()), self.secret(), \
            self._data_dir
        deep = self.ui.deepCheck.isChecked()

        def work(progress):
            report = lambda p: progress.fraction(p.fraction, p.label)  # noqa: E731
            if self._mode == VERIFY:
                return verify_backup(path, secret, deep=deep, progress=report,
                                     cancel=progress.event)
            if self._mode == RESTORE_OVER:     # only the secret here: the shell restores
                opened = open_header(path)
                refuse_newer(opened)
                unlock(opened, secret)
                return path, secret, opened.header.database_id   # whose backup it is
            # Offered only when the centre here does not open (unlock screen): nobody can
            # sign in to it, so the restore is recorded as made from the unlock screen.
            return restore_backup(path, data_dir, secret, progress=report,
                                  cancel=progress.event,
                                  replacing=ReplacedCentre.unopened(data_dir))
        self._busy = True
        self._update()
        self._clear_message()
        emit(self.started)
        label = {VERIFY: self.tr("Verifying the backup…"),
                 RESTORE_OVER: self.tr("Checking the passphrase…")}.get(
                     self._mode, self.tr("Restoring the backup…"))
        self._runner.run_with_progress(work, self._done, self._failed, parent=self, label=label,
                                       delay_ms=200)

    def _done(self, result) -> None:
        self._busy = False
        emit(self.done_with, result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._update()
        self.ui.messageLabel.setVisible(True)
        theme.say(self.ui.messageLabel, self.explain(error), True)

    def explain(self, error: BaseException) -> str:
        """The error for the person: a badly typed code without its field name, and which
        passphrase is meant when the backup passphrase is wrong."""
        if isinstance(error, ValidationError):
            return error.reason
        text = describe(error)
        if isinstance(error, WrongBackupSecretError) and not self.ui.recoveryRadio.isChecked() \
                and text == str(WrongBackupSecretError()):
            text += " " + self.tr("This is the passphrase typed when the backup was made, not "
                                  "your sign-in passphrase.")
        return text

    def _clear_message(self) -> None:
        self.ui.messageLabel.clear()
        self.ui.messageLabel.setVisible(False)

    def reject(self) -> None:
        if not self._busy:
            if not self.may_close():
                return
            super().reject()
