"""Add a colleague, change their roles, or reset their access (a temporary passphrase)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from assist_desktop.domain.staff import username_problem
from assist_desktop.gui.dialogs import UnsavedGuard
from assist_desktop.gui import theme
from assist_desktop.gui.passphrase_field import add_reveal_toggles
from assist_desktop.gui.first_run import suggest_username
from assist_desktop.gui.forms.ui_user_dialog import Ui_UserDialog
from assist_desktop.gui.messages import describe
from assist_desktop.gui.passphrase_meter import PassphraseMeter
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.qtcompat import emit

ADD, ROLES, RESET = "add", "roles", "reset"


class UserDialog(UnsavedGuard, QDialog):
    saved = Signal(object)   # the StaffUser the service returned

    def __init__(self, users, assess, runner: TaskRunner, mode: str, parent: QWidget | None = None,
                 user=None):
        super().__init__(parent)
        self.guard_unsaved(self.tr("this staff member's details"))
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        add_reveal_toggles(self)
        self._users, self._runner, self._mode, self._user = users, runner, mode, user
        self._busy = False
        self._username_edited = False
        ui = self.ui
        self._ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.meter = PassphraseMeter(runner, assess, ui.passphraseEdit, ui.strengthBar,
                                     ui.strengthLabel, ui.confirmEdit,
                                     user_inputs=lambda: (ui.usernameEdit.text(),
                                                          ui.fullNameEdit.text()), parent=self)
        if user is not None:
            ui.fullNameEdit.setText(user.full_name)
            ui.usernameEdit.setText(user.username)
            ui.fullNameEdit.setReadOnly(True)
            ui.usernameEdit.setReadOnly(True)
            roles = {str(r) for r in user.roles}
            ui.adminCheck.setChecked("administrator" in roles)
            ui.solicitorCheck.setChecked("solicitor" in roles)
            ui.supportCheck.setChecked("support_worker" in roles)
        show_roles = mode in (ADD, ROLES)
        show_passphrase = mode in (ADD, RESET)
        for widget in (ui.rolesLabel, ui.adminCheck, ui.solicitorCheck, ui.supportCheck):
            widget.setVisible(show_roles)
        for widget in (ui.passphraseLabel, ui.passphraseEdit, ui.strengthBar, ui.strengthLabel,
                       ui.confirmLabel, ui.confirmEdit):
            widget.setVisible(show_passphrase)
        if mode == ADD:
            self.setWindowTitle(self.tr("Add a colleague"))
            ui.introLabel.setText(self.tr(
                "Give them a temporary passphrase in person; they choose their own the first "
                "time they sign in."))
            self._ok.setText(self.tr("Add"))
            ui.fullNameEdit.textChanged.connect(self._name_typed)
            ui.usernameEdit.textEdited.connect(self._username_typed)
        elif mode == ROLES:
            self.setWindowTitle(self.tr("Change roles"))
            ui.introLabel.setText(self.tr("What this person may see and do follows their roles."))
            self._ok.setText(self.tr("Save roles"))
        else:
            self.setWindowTitle(self.tr("Reset access"))
            ui.introLabel.setText(self.tr(
                "A new temporary passphrase replaces the one they forgot. Tell it to them in "
                "person; they must choose a new one when they sign in."))
            self._ok.setText(self.tr("Reset access"))
            self._ok.setIcon(theme.icon("key"))
        for widget in (ui.adminCheck, ui.solicitorCheck, ui.supportCheck):
            widget.toggled.connect(self._update)
        ui.usernameEdit.textChanged.connect(self._update)
        ui.fullNameEdit.textChanged.connect(self._update)
        self.meter.changed.connect(self._update)
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        self._update()

    def _name_typed(self, text: str) -> None:
        if not self._username_edited:
            self.ui.usernameEdit.setText(suggest_username(text))

    def _username_typed(self, _text: str) -> None:
        self._username_edited = True

    def roles(self) -> list[str]:
        ui = self.ui
        return [role for role, box in (("administrator", ui.adminCheck),
                                       ("solicitor", ui.solicitorCheck),
                                       ("support_worker", ui.supportCheck)) if box.isChecked()]

    def _problem(self) -> str:
        ui = self.ui
        if self._mode == ADD and ui.usernameEdit.text():
            problem = username_problem(ui.usernameEdit.text().strip().lower())
            if problem:
                return problem
        if self._mode in (ADD, ROLES) and not self.roles():
            return self.tr("Choose at least one role.")
        if self._mode in (ADD, RESET) and self.meter.mismatched:
            return self.meter.mismatch_text()
        return ""

    def _update(self, *_args) -> None:
        ui = self.ui
        problem = self._problem()
        self._message(problem, bool(problem))
        ready = not self._busy and not problem
        if self._mode == ADD:
            ready = ready and bool(ui.fullNameEdit.text().strip()) and bool(ui.usernameEdit.text())
        if self._mode in (ADD, RESET):
            ready = ready and self.meter.acceptable
        self._ok.setEnabled(ready)

    def _message(self, text: str, error: bool) -> None:
        theme.say(self.ui.messageLabel, text, error)

    def submit(self) -> None:
        if not self._ok.isEnabled():
            return
        ui, users = self.ui, self._users
        username, full_name = ui.usernameEdit.text().strip().lower(), ui.fullNameEdit.text()
        roles, passphrase = self.roles(), ui.passphraseEdit.text()
        if self._mode == ADD:
            work = lambda: users.add_user(username, full_name, roles, passphrase)  # noqa: E731
        elif self._mode == ROLES:
            work = lambda: users.set_roles(username, roles)  # noqa: E731
        else:
            work = lambda: users.reset_access(username, passphrase)  # noqa: E731
        self._busy = True
        self._update()
        self._message(self.tr("Saving…"), False)
        self._runner.run(work, self._saved, self._failed, owner=self)

    def _saved(self, user) -> None:
        self._busy = False
        emit(self.saved, user)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._update()
        self._message(describe(error), True)

    def reject(self) -> None:
        if self.may_close():
            super().reject()
