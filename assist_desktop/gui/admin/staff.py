"""Staff accounts: who can sign in, with which roles; add, change roles, reset, disable."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.admin.user_dialog import ADD, RESET, ROLES, UserDialog
from assist_desktop.gui.formatting import fmt_timestamp
from assist_desktop.gui.forms.ui_admin_staff import Ui_StaffPanel
from assist_desktop.gui.labels import role_label
from assist_desktop.gui.messages import confirm, show_error
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.views import tidy_table
from assist_desktop.gui.tasks import TaskRunner


def staff_columns(tr) -> list[Column]:
    return [
        Column(tr("Name"), lambda u: u.full_name),
        Column(tr("Username"), lambda u: u.username),
        Column(tr("Roles"), lambda u: ", ".join(role_label(r) for r in sorted(u.roles))),
        Column(tr("Status"), lambda u: tr("Disabled") if u.disabled else tr("Active"),
               foreground=lambda u: theme.overdue_colour() if u.disabled else None),
        Column(tr("Passphrase"), lambda u: (tr("Temporary: to change at sign-in")
                                            if u.temporary_passphrase and not u.disabled
                                            else "")),
        Column(tr("Keys"), lambda u: waiting_text(tr, u),
               tooltip=lambda u: waiting_tooltip(tr, u)),
        Column(tr("Changed"), lambda u: fmt_timestamp(u.updated_at)),
    ]


def waiting_text(tr, user) -> str:
    """Which sealed keys have not reached her yet (empty when none)."""
    parts = []
    if user.waiting_privilege_key:
        parts.append(tr("privilege key"))
    if user.waiting_file_keys:
        parts.append(tr("key of %n restricted file(s)", "", user.waiting_file_keys))
    return tr("Waiting for: %1").replace("%1", ", ".join(parts)) if parts else ""


def waiting_tooltip(tr, user) -> str:
    lines = []
    if user.waiting_privilege_key:
        lines.append(tr("Privileged notes do not open for her yet: her copy of the privilege "
                        "key is sealed to her when another solicitor next signs in."))
    if user.waiting_file_keys:
        lines.append(tr("Notes of restricted files she is named on do not open for her yet: "
                        "her copy of each file's key is sealed to her when a colleague named "
                        "on that file next signs in."))
    return "\n".join(lines)


class StaffPanel(QWidget):
    def __init__(self, users, assess, session, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_StaffPanel()
        self.ui.setupUi(self)
        self._users, self._assess, self._session, self._runner = users, assess, session, runner
        self.model = ListTableModel(staff_columns(self.tr), parent=self)
        view = self.ui.usersView
        view.setModel(self.model)
        tidy_table(view, stretch=2, widths=(30, 18))
        view.selectionModel().selectionChanged.connect(self._update)
        view.doubleClicked.connect(lambda _i: self.change_roles())
        self.ui.addButton.setIcon(theme.icon("add"))
        self.ui.resetButton.setIcon(theme.icon("key"))
        self.ui.addButton.clicked.connect(self.add)
        self.ui.rolesButton.clicked.connect(self.change_roles)
        self.ui.resetButton.clicked.connect(self.reset_access)
        self.ui.disableButton.clicked.connect(self.disable)
        self._update()
        self.reload()

    def reload(self) -> None:
        self._runner.run(self._users.list_users, self.model.set_rows,
                         lambda e: show_error(self, e), owner=self)

    def selected(self):
        rows = self.ui.usersView.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update(self, *_args) -> None:
        user = self.selected()
        for button in (self.ui.rolesButton, self.ui.resetButton):
            button.setEnabled(user is not None)
        self.ui.disableButton.setEnabled(user is not None and not user.disabled
                                         and user.id != self._session.user_id)

    def _dialog(self, mode: str, user=None) -> UserDialog:
        dialog = UserDialog(self._users, self._assess, self._runner, mode, self, user=user)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, user) -> None:
        if not self.model.replace(lambda u: u.id == user.id, user):
            self.model.append(user)
        self._update()
        self.reload()              # who now waits for which key changes with roles and slots

    def add(self) -> UserDialog:
        return self._dialog(ADD)

    def change_roles(self) -> UserDialog | None:
        user = self.selected()
        return self._dialog(ROLES, user) if user is not None else None

    def reset_access(self) -> UserDialog | None:
        user = self.selected()
        return self._dialog(RESET, user) if user is not None else None

    def disable(self) -> None:
        user = self.selected()
        if user is None:
            return
        if not confirm(self, self.tr("Disable account"),
                       self.tr("Disable %1's account? Their passphrase will no longer open the "
                               "database. Their notes and history stay.")
                       .replace("%1", user.full_name), self.tr("Disable"), destructive=True):
            return
        self.disable_now(user.username)

    def disable_now(self, username: str) -> None:
        self._runner.run(lambda: self._users.disable_user(username), self._saved,
                         lambda e: show_error(self, e), owner=self)
