"""The Unlock dialog: choose a user, type the passphrase, open the centre off the GUI thread.

Each way opening can fail gets its own sentence: wrong passphrase (try again), too many
attempts (wait, with a countdown), a damaged or missing database (offer a restore; nothing is
ever re-created), a database from a newer version (install the newer version).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QLayout, QWidget

from assist_desktop.domain.errors import (CentreSealedError, DamagedStoreError, KeySlotError,
                                          NewerSchemaError, NotEncryptedError,
                                          StoreMissingError, ThrottledError, WrongKeyError)
from assist_desktop.gui import theme
from assist_desktop.gui.passphrase_field import add_reveal_toggles
from assist_desktop.gui.forms.ui_unlock import Ui_UnlockDialog
from assist_desktop.gui.messages import describe
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.qtcompat import emit

log = logging.getLogger(__name__)


def keychain_available(vault) -> bool:
    """Whether this computer has an OS keychain the vault would use (a slow call: off-thread)."""
    check = getattr(vault, "keychain_available", None)
    try:
        return bool(check()) if check else False
    except Exception:  # noqa: BLE001 - no keychain means passphrase only, never an error
        return False


SEALED_RETRY_MS = 3000


class UnlockDialog(QDialog):
    """Emits ``unlocked(open_centre)`` and accepts; ``restore_requested`` for a damaged store."""

    unlocked = Signal(object)
    typing_started = Signal()      # the first key of a passphrase: time to warm up the session
    restore_requested = Signal()
    quit_requested = Signal()

    def __init__(self, vault, runner: TaskRunner, parent: QWidget | None = None, *,
                 username: str = "", remember_allowed: bool = False):
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        add_reveal_toggles(self)
        self._vault, self._runner = vault, runner
        self._preferred = username
        self._remember_allowed = remember_allowed
        self._busy = False
        self._throttle_left = 0
        self._throttle = QTimer(self)
        self._throttle.setInterval(1000)
        self._throttle.timeout.connect(self._tick)
        # A sealed centre server: ask it again every few seconds, so the window offers its
        # people as soon as an administrator has unsealed it (no need to close and reopen).
        self._sealed_retry = QTimer(self)
        self._sealed_retry.setSingleShot(True)
        self._sealed_retry.setInterval(SEALED_RETRY_MS)
        self._sealed_retry.timeout.connect(self._retry_sealed)
        self.finished.connect(self._sealed_retry.stop)
        self._was_sealed = False

        self.ui.iconLabel.setPixmap(theme.app_icon().pixmap(56, 56))
        self.ui.subtitleLabel.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        title = QFont(self.ui.titleLabel.font())
        title.setPointSizeF(title.pointSizeF() * 1.5)
        title.setWeight(QFont.Weight.DemiBold)
        self.ui.titleLabel.setFont(title)
        self.ui.busyBar.setVisible(False)
        self.ui.messageLabel.setVisible(False)
        self.ui.restoreButton.setVisible(False)
        self.ui.deviceButton.setVisible(False)
        self.ui.deviceButton.setIcon(theme.icon("key"))
        self.ui.rememberCheck.setVisible(False)
        self.ui.unlockButton.setIcon(theme.icon("lock"))

        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.quitButton.clicked.connect(self._quit)
        self.ui.deviceButton.clicked.connect(self.unlock_with_device)
        self.ui.recoveryButton.clicked.connect(self._recovery)
        self.ui.restoreButton.clicked.connect(self.restore_requested)
        self.ui.userCombo.currentIndexChanged.connect(lambda _i: self._user_changed(
            self.username()))
        self.ui.passphraseEdit.textChanged.connect(self._update_buttons)
        self.ui.passphraseEdit.textChanged.connect(self._typed)
        self._typing = False
        if vault is None:
            self.ui.userCombo.setPlaceholderText(self.tr("Preparing…"))
        else:
            self._load_users()

    def set_vault(self, vault) -> None:
        """The vault arrived (made off the GUI thread while this dialog was already shown)."""
        self._vault = vault
        self._load_users()

    def _typed(self, text: str) -> None:
        if text and not self._typing:
            self._typing = True
            emit(self.typing_started)

    # --- users ----------------------------------------------------------------------
    def reload_users(self) -> None:
        """After a restore: the key file may list other accounts."""
        self.ui.restoreButton.setVisible(False)
        self.ui.unlockButton.setEnabled(True)
        self._message("", False)
        self._load_users()

    def _retry_sealed(self) -> None:
        if self.isVisible():             # closed meanwhile (or the program quitting): not asked
            self._load_users()

    def _load_users(self) -> None:
        if self._vault is None:     # still being made: set_vault loads them when it arrives
            return
        server = getattr(self._vault, "remote_address", None)
        if server:                  # a laptop on a centre server: the records are there
            self.ui.subtitleLabel.setText(self.tr(
                "You are signing in to your centre's server (%1). The records stay on the "
                "server; this laptop keeps none of them.").replace("%1", server))
            self.ui.recoveryButton.setVisible(False)
        labels = getattr(self._vault, "user_labels", self._vault.usernames)
        self._runner.run(labels, self._users_loaded, self._open_failed, owner=self)

    def _users_loaded(self, users) -> None:
        """``users``: (username, full name) pairs, or plain usernames."""
        if self._was_sealed:             # unsealed since: the "sealed" message is out of date
            self._was_sealed = False
            self._message("", False)
        combo = self.ui.userCombo
        combo.blockSignals(True)
        combo.clear()
        usernames = []
        for user in users:
            username, name = (user, user) if isinstance(user, str) else user
            usernames.append(username)
            combo.addItem(username if name == username else f"{name} ({username})", username)
        if self._preferred in usernames:
            combo.setCurrentIndex(usernames.index(self._preferred))
        elif combo.currentIndex() < 0 and combo.count():
            combo.setCurrentIndex(0)    # with a placeholder ("Preparing…") Qt selects none
        combo.blockSignals(False)
        self._user_changed(self.username())
        self.ui.passphraseEdit.setFocus()
        if not usernames:
            self._message(self.tr("No staff account can open this database. Use the recovery "
                                  "code, or restore from a backup."), error=True)

    def _user_changed(self, username: str) -> None:
        self.ui.deviceButton.setVisible(False)
        self.ui.rememberCheck.setVisible(False)
        self._update_buttons()
        if not username:
            return
        self._runner.run(lambda: self._device_state(username),
                         lambda state: self._show_device(username, state), lambda _e: None,
                         owner=self)

    def _device_state(self, username: str) -> tuple[bool, bool]:
        """(remembered here, could be remembered here): keychain calls are slow, so off-thread."""
        remembered = bool(self._vault.device_unlock_available(username))
        # Offered only where the administrator allowed it (known from the last session on this
        # computer) and a real OS keychain exists; the vault checks both again when enrolling.
        possible = self._remember_allowed and not remembered and keychain_available(self._vault)
        return remembered, possible

    def _show_device(self, username: str, state) -> None:
        if username != self.username():
            return
        remembered, possible = state
        self.ui.deviceButton.setVisible(remembered)
        self.ui.rememberCheck.setVisible(possible and not remembered)
        if remembered:
            self.ui.deviceButton.setDefault(not self.ui.passphraseEdit.text())

    # --- unlocking ------------------------------------------------------------------
    def username(self) -> str:
        combo = self.ui.userCombo
        return str(combo.currentData() or combo.currentText())

    def select_user(self, username: str) -> None:
        index = self.ui.userCombo.findData(username)
        if index >= 0:
            self.ui.userCombo.setCurrentIndex(index)

    def unlock(self) -> None:
        username, passphrase = self.username(), self.ui.passphraseEdit.text()
        if self._vault is None or self._busy or not username or not passphrase or self._throttle_left:
            return
        remember = self.ui.rememberCheck.isVisible() and self.ui.rememberCheck.isChecked()
        self._set_busy(True, self.tr("Signing in to the centre server…")
                       if getattr(self._vault, "remote_address", None)
                       else self.tr("Opening the encrypted database…"))

        def work():
            centre = self._vault.unlock(username, passphrase)
            if remember:
                try:
                    self._vault.remember_on_this_computer(centre)
                except Exception:  # noqa: BLE001 - the keychain is optional; passphrase still works
                    log.warning("could not remember this computer")
            return centre
        self._runner.run(work, self._opened, self._open_failed, owner=self)

    def unlock_with_device(self) -> None:
        username = self.username()
        if self._busy or not username:
            return
        self._set_busy(True, self.tr("Asking the system keychain…"))
        self._runner.run(lambda: self._vault.unlock_with_device(username), self._opened,
                         self._device_failed, owner=self)

    def _opened(self, centre) -> None:
        self._set_busy(False)
        self.ui.passphraseEdit.clear()
        emit(self.unlocked, centre)
        self.accept()

    def _device_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.ui.deviceButton.setVisible(False)
        self._message(self.tr("This computer's keychain could not open the database. Enter "
                              "your passphrase instead."), error=True)
        self.ui.passphraseEdit.setFocus()

    def _open_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.ui.restoreButton.setVisible(False)
        if isinstance(error, WrongKeyError):
            self._message(self.tr("The passphrase is not correct. Check that Caps Lock is off "
                                  "and try again."), error=True)
            self.ui.passphraseEdit.selectAll()
            self.ui.passphraseEdit.setFocus()
        elif isinstance(error, ThrottledError):
            self._throttle_left = max(1, round(error.seconds))
            self._tick_message()
            self._throttle.start()
        elif isinstance(error, (DamagedStoreError, StoreMissingError, NotEncryptedError,
                                KeySlotError)):
            self._message(str(error) + " " + self.tr("Nothing has been changed. An "
                                                     "administrator can restore the latest "
                                                     "backup."), error=True)
            self.ui.restoreButton.setVisible(True)
        elif isinstance(error, CentreSealedError):
            self._message(str(error), error=True)
            self._was_sealed = True
            self._sealed_retry.start()
        elif isinstance(error, NewerSchemaError):
            self._message(str(error), error=True)
            self.ui.unlockButton.setEnabled(False)
        else:
            self._message(describe(error), error=True)
        self._update_buttons()

    # --- throttling -----------------------------------------------------------------
    def _tick(self) -> None:
        self._throttle_left = max(0, self._throttle_left - 1)
        if self._throttle_left:
            self._tick_message()
        else:
            self._throttle.stop()
            self._message(self.tr("You can try again now."), error=False)
        self._update_buttons()

    def _tick_message(self) -> None:
        self._message(self.tr("Too many failed attempts. Try again in %n second(s).", "",
                              self._throttle_left), error=True)

    # --- state ----------------------------------------------------------------------
    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy)
        for widget in (self.ui.userCombo, self.ui.passphraseEdit, self.ui.rememberCheck,
                       self.ui.recoveryButton, self.ui.deviceButton):
            widget.setEnabled(not busy)
        if busy:
            self._message(text, error=False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.unlockButton.setEnabled(
            not self._busy and not self._throttle_left and bool(self.username())
            and bool(self.ui.passphraseEdit.text()))

    def _message(self, text: str, error: bool) -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setVisible(bool(text))
        colour = theme.overdue_colour().name() if error else ""
        label.setStyleSheet(f"color: {colour};" if colour else "")
        label.setAccessibleDescription(text)

    def message(self) -> str:
        return self.ui.messageLabel.text()

    def _recovery(self) -> None:
        if self._vault is None:
            return
        from assist_desktop.gui.recovery import RecoveryDialog  # rarely needed: not at start
        dialog = RecoveryDialog(self._vault, self._runner, self,
                                usernames=[self.ui.userCombo.itemData(i)
                                           for i in range(self.ui.userCombo.count())],
                                username=self.username())
        dialog.recovered.connect(self._opened)
        dialog.open()

    def _quit(self) -> None:
        emit(self.quit_requested)
        self.reject()

    def reject(self) -> None:
        if self._busy:
            return  # the unlock finishes first; a half-open store is never left behind
        super().reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.key() == Qt.Key.Key_Escape and self._busy:
            return
        super().keyPressEvent(event)
