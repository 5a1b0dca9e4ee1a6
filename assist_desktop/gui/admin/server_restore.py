"""Verifying and restoring a server backup from a laptop (Administration > Backups over a
centre server; the work is done on the server: server/restore.py, docs/SERVER.md).

ServerBackupDialog asks what the server needs: the backup passphrase or the recovery code,
for a verify whether to open the records inside too, and for a restore the centre's name
typed as confirmation (as a restore of another centre's backup asks for its name). It sends
the request and shows a refusal in place (wrong passphrase, a name mistyped, no room on the
server's disk): nothing has changed then and she may correct it.

ServerRestoreWatch follows a restore once it has started. Her own sign-in ends with
everyone's when the server seals, so the desktop locks and this window, over the sign-in
window, follows the job with the ticket the server gave; at the end it says how it went and
lets her unseal the server with her passphrase (as it was when the backup was made)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from assist_desktop.domain.name_matching import typed_as
from assist_desktop.domain import server_backups as model
from assist_desktop.gui import backup_words as words
from assist_desktop.gui import theme
from assist_desktop.gui.formatting import fmt_timestamp
from assist_desktop.gui.messages import describe
from assist_desktop.gui.passphrase_field import add_reveal_toggles
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.tasks import TaskRunner

POLL_MS = 1000


class ServerBackupDialog(QDialog):
    """Verify or restore one listed backup on the server; `started(answer)` when the server
    took it (the verify job, or the restore's ticket)."""
    started = Signal(object)

    def __init__(self, mode: str, backup, desk, runner: TaskRunner, *, centre_name: str = "",
                 signed_in: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self._mode, self._backup, self._desk, self._runner = mode, backup, desk, runner
        self._centre_name = centre_name
        self._busy = False
        made = fmt_timestamp(backup.created_at) if backup.created_at else backup.name
        layout = QVBoxLayout(self)
        if mode == model.VERIFY:
            self.setWindowTitle(self.tr("Verify a backup on the server"))
            intro = self.tr(
                "The server checks the backup made %1 (%2) with its passphrase: that the file is "
                "complete and unchanged since it was made and checked. Tick the box to also "
                "open the records inside and check them; this takes longer. Nothing is changed "
                "and everyone carries on working.").replace("%1", made).replace("%2", backup.name)
        else:
            self.setWindowTitle(self.tr("Restore the centre server from a backup"))
            others = max(0, signed_in - 1)
            intro = self.tr(
                "This replaces the centre on the server with the backup made %1 (%2). "
                "Everything saved since then is replaced; the centre as it is now is kept on the "
                "server for a while in a safety copy.").replace("%1", made) \
                .replace("%2", backup.name) + "\n\n" + self.tr(
                "First the server checks the backup file while everyone carries on. Then it "
                "signs everyone out (%1), seals itself and restores. When it is done, you "
                "unseal it with your passphrase as it was when the backup was made, and "
                "everyone signs in with theirs as they were then.").replace(
                    "%1", words.english(QCoreApplication.translate(
                        "backups", "you and %n other sign-in(s) now, who are told the centre is "
                                   "being restored", None, others), others)
                    if others else self.tr("only you are signed in now"))
        self.setAccessibleName(self.windowTitle())
        self.introLabel = QLabel(intro, self)
        self.introLabel.setWordWrap(True)
        self.introLabel.setAccessibleName(self.tr("What this does"))
        layout.addWidget(self.introLabel)
        form = QFormLayout()
        kinds = QHBoxLayout()
        self.passphraseRadio = QRadioButton(self.tr("Backup &passphrase"), self)
        self.recoveryRadio = QRadioButton(self.tr("Recovery &code"), self)
        self.passphraseRadio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.passphraseRadio)
        group.addButton(self.recoveryRadio)
        kinds.addWidget(self.passphraseRadio)
        kinds.addWidget(self.recoveryRadio)
        kinds.addStretch(1)
        form.addRow(self.tr("Open it with:"), kinds)
        self.secretEdit = QLineEdit(self)
        self.secretEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secretEdit.setMaxLength(1024)
        self.secretEdit.setAccessibleName(self.tr("Backup passphrase or recovery code"))
        secret_label = QLabel(self.tr("&Passphrase or code:"), self)
        secret_label.setBuddy(self.secretEdit)
        form.addRow(secret_label, self.secretEdit)
        self.deepCheck = QCheckBox(self.tr("Also open the records inside and check them "
                                           "(slower)"), self)
        self.nameEdit = QLineEdit(self)
        self.nameEdit.setMaxLength(200)
        self.nameEdit.setAccessibleName(self.tr("The centre's name, to confirm"))
        if mode == model.VERIFY:
            form.addRow("", self.deepCheck)
            self.nameEdit.setVisible(False)
        else:
            self.deepCheck.setVisible(False)
            self.askLabel = QLabel(self.tr("To confirm, type the centre's &name, "
                                           "\u201c%1\u201d:").replace("%1", centre_name), self)
            self.askLabel.setWordWrap(True)
            self.askLabel.setBuddy(self.nameEdit)
            form.addRow(self.askLabel)
            form.addRow(self.nameEdit)
        layout.addLayout(form)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.messageLabel)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        if mode == model.VERIFY:
            self.okButton = self.buttonBox.addButton(self.tr("&Verify"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        else:
            self.okButton = self.buttonBox.addButton(
                self.tr("&Restore the server"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.okButton.setDefault(mode == model.VERIFY)
        layout.addWidget(self.buttonBox)
        add_reveal_toggles(self)
        self.okButton.clicked.connect(self.submit)
        self.buttonBox.rejected.connect(self.reject)
        for edit in (self.secretEdit, self.nameEdit):
            edit.textChanged.connect(self._update)
        self.recoveryRadio.toggled.connect(self._kind_changed)
        self._update()
        self.resize(600, self.sizeHint().height())
        self.secretEdit.setFocus()            # she types the passphrase at once

    def _kind_changed(self, recovery: bool) -> None:
        self.secretEdit.setEchoMode(QLineEdit.EchoMode.Normal if recovery
                                    else QLineEdit.EchoMode.Password)
        self._update()

    def _update(self, *_args) -> None:
        if self._mode == model.RESTORE and self.nameEdit.text().strip() and \
                not typed_as(self.nameEdit.text(), self._centre_name):
            theme.say(self.messageLabel, self.tr("Type the centre's name as shown above."))
        elif not self._busy:
            theme.say(self.messageLabel, "")
        ready = bool(self.secretEdit.text()) and not self._busy
        if self._mode == model.RESTORE:
            ready = ready and typed_as(self.nameEdit.text(), self._centre_name)
        self.okButton.setEnabled(ready)

    def submit(self) -> None:
        if not self.okButton.isEnabled():
            return
        kind = "recovery" if self.recoveryRadio.isChecked() else "passphrase"
        secret, name, desk = self.secretEdit.text(), self._backup.name, self._desk
        if self._mode == model.VERIFY:
            deep = self.deepCheck.isChecked()
            work = lambda: desk.verify(name, kind, secret, deep)  # noqa: E731
            waiting = self.tr("Asking the server to verify the backup…")
        else:
            typed = " ".join(self.nameEdit.text().split())
            work = lambda: desk.restore(name, kind, secret, typed)  # noqa: E731
            waiting = self.tr("The server is checking the passphrase and its free space…")
        self._busy = True
        self._update()
        theme.say(self.messageLabel, waiting)
        self._runner.run(work, self._done, self._failed, owner=self)

    def _done(self, answer) -> None:
        self._busy = False
        self.secretEdit.clear()
        emit(self.started, answer)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._update()
        theme.say(self.messageLabel, explain(error, self.recoveryRadio.isChecked()), True)

    def reject(self) -> None:
        if not self._busy:
            self.secretEdit.clear()
            super().reject()


def explain(error: BaseException, recovery: bool = False) -> str:
    """A refusal in words for the person: which passphrase is meant when it is wrong."""
    from assist_desktop.backup.errors import WrongBackupSecretError
    from assist_desktop.domain.errors import ValidationError
    if isinstance(error, ValidationError):
        return error.reason
    text = describe(error)
    if (isinstance(error, WrongBackupSecretError) or "passphrase is not correct" in text) \
            and not recovery:
        text += " " + explain_wrong()
    return text


def explain_wrong() -> str:
    return QCoreApplication.translate(
        "backups", "Use the passphrase typed when the backup was made, not your sign-in "
                   "passphrase.")


class ServerRestoreWatch(QDialog):
    """Follows a restore on the server after her sign-in ended; then offers to unseal."""
    unsealed = Signal()

    def __init__(self, connection, ticket: bytes, username: str, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._connection, self._ticket, self._runner = connection, ticket, runner
        self._username = username
        self._ended = False
        self.setWindowTitle(self.tr("Restoring the centre server"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        self.stateLabel = QLabel(self.tr("The server is checking the backup file; everyone "
                                         "carries on working meanwhile."), self)
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setAccessibleName(self.tr("What the server is doing"))
        layout.addWidget(self.stateLabel)
        self.progressBar = QProgressBar(self)
        self.progressBar.setRange(0, 100)
        self.progressBar.setTextVisible(True)
        layout.addWidget(self.progressBar)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setAccessibleName(self.tr("Result"))
        layout.addWidget(self.messageLabel)
        self.unsealGroup = QGroupBox(self.tr("Unseal the centre server"), self)
        form = QFormLayout(self.unsealGroup)
        self.unsealLabel = QLabel(self.tr(
            "Your passphrase (%1) as it was when the backup was made. Once the server is "
            "unsealed, everyone can sign in again.").replace("%1", username), self.unsealGroup)
        self.unsealLabel.setWordWrap(True)
        form.addRow(self.unsealLabel)
        self.passphraseEdit = QLineEdit(self.unsealGroup)
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphraseEdit.setAccessibleName(self.tr("Your passphrase"))
        label = QLabel(self.tr("&Passphrase:"), self.unsealGroup)
        label.setBuddy(self.passphraseEdit)
        self.unsealButton = QPushButton(self.tr("&Unseal the server"), self.unsealGroup)
        row = QHBoxLayout()
        row.addWidget(self.passphraseEdit, 1)
        row.addWidget(self.unsealButton)
        form.addRow(label, row)
        self.unsealGroup.setVisible(False)
        layout.addWidget(self.unsealGroup)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.closeButton = self.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        self.closeButton.setEnabled(False)
        layout.addWidget(self.buttonBox)
        add_reveal_toggles(self)
        self.buttonBox.rejected.connect(self.reject)
        self.unsealButton.clicked.connect(self.unseal)
        self.passphraseEdit.returnPressed.connect(self.unseal)
        self.passphraseEdit.textChanged.connect(
            lambda t: self.unsealButton.setEnabled(bool(t)))
        self.unsealButton.setEnabled(False)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh)
        self._asking = False
        self.setMinimumWidth(620)
        self.adjustSize()
        self._poll.start()
        self.refresh()

    def refresh(self) -> None:
        if self._asking or self._ended:
            return
        self._asking = True
        self._runner.run(lambda: self._connection.restore_watch(self._ticket), self._show,
                         self._unreachable, owner=self)

    def _unreachable(self, error: BaseException) -> None:
        """Not answered (the server stopped, the network): say so and keep asking; she may
        close the window then (the restore, if the server still runs, carries on there)."""
        self._asking = False
        self.closeButton.setEnabled(True)
        theme.say(self.messageLabel, describe(error) + " " + self.tr(
            "The restore carries on on the server; this window asks again."), True)

    def _show(self, job) -> None:
        self._asking = False
        theme.say(self.messageLabel, "")
        if job.state == model.RUNNING:
            self.closeButton.setEnabled(False)
            self.progressBar.setValue(int(job.fraction * 100))
            self.progressBar.setFormat((job.label or self.tr("Restoring")) + " %p%")
            if job.fraction >= 0.3:
                self.stateLabel.setText(self.tr(
                    "Everyone has been signed out and the server is sealed; the backup is being "
                    "restored."))
            return
        self._ended = True
        self._poll.stop()
        self.closeButton.setEnabled(True)
        self.progressBar.setValue(100)
        self.progressBar.setFormat(self.tr("Done"))
        self.progressBar.setVisible(job.state == model.DONE)
        if job.state == model.DONE:
            self.stateLabel.setText(self.tr("The backup was restored."))
            theme.say(self.messageLabel, job.message)
        else:
            self.stateLabel.setText(self.tr("The restore did not happen."))
            theme.say(self.messageLabel, job.message + ("" if job.server_sealed else " " + self.tr(
                "Close this window and sign in again to carry on.")), True)
        if job.server_sealed:
            self.unsealGroup.setVisible(True)
            self.passphraseEdit.setFocus()
        self.adjustSize()

    def unseal(self) -> None:
        passphrase = self.passphraseEdit.text()
        if not passphrase or not self.unsealButton.isEnabled():
            return
        self.unsealButton.setEnabled(False)

        def done(still_sealed) -> None:
            self.passphraseEdit.clear()
            if still_sealed:
                theme.say(self.messageLabel, self.tr("The server is still sealed."), True)
                return
            self.unsealGroup.setVisible(False)
            theme.say(self.messageLabel, self.tr("The centre server is unsealed. Close this "
                                                 "window and sign in."))
            self.adjustSize()
            self.closeButton.setFocus()
            emit(self.unsealed)

        def failed(error: BaseException) -> None:
            self.unsealButton.setEnabled(bool(self.passphraseEdit.text()))
            theme.say(self.messageLabel, describe(error), True)
        self._runner.run(lambda: self._connection.unseal(self._username, passphrase), done,
                         failed, owner=self)

    def reject(self) -> None:
        if self.closeButton.isEnabled():
            self._poll.stop()
            self.passphraseEdit.clear()
            super().reject()
