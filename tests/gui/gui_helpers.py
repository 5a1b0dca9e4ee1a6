"""Helpers for driving the application in GUI tests."""
from __future__ import annotations

from PySide6.QtCore import Qt

# re-exported for the GUI tests: one passphrase set and one backup helper for every test
from tests.backup.backup_world import BACKUP_PASSPHRASE, backup_of  # noqa: F401
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE  # noqa: F401


def wait_idle(qtbot, shell, timeout=10000):
    """Wait until the task runner has nothing left to do."""
    qtbot.waitUntil(lambda: not shell.runner.busy, timeout=timeout)


def unlock_as(qtbot, shell, username, passphrase):
    """Fill the unlock dialog and wait until the session is open."""
    from assist_desktop.gui.unlock import UnlockDialog
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(lambda: dialog.ui.userCombo.count() > 0, timeout=5000)
    dialog.select_user(username)
    dialog.ui.passphraseEdit.setText(passphrase)
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.centre is not None, timeout=10000)
    wait_idle(qtbot, shell)
    return shell.centre


def open_backups_panel(qtbot, make_shell, folder=None):
    """A new shell signed in as admin with Administration > Backups in front, its rotation
    settings loaded; with folder, that folder's backups listed. Returns (shell, panel)."""
    shell = make_shell()
    unlock_as(qtbot, shell, "admin", PASSPHRASE)
    shell.window.ui.actionAdministration.trigger()
    admin = shell.workspace.page("admin")
    panel = admin.backups
    admin.ui.sections.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.ui.rotationGroup.isEnabled(), timeout=10000)
    if folder is not None:
        panel.ui.folderEdit.setText(str(folder))
        panel.refresh()
        qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10000)
        wait_idle(qtbot, shell)
    return shell, panel


def with_case_services(centre):
    """The open centre's services (kept as a helper: tests read better with it)."""
    return centre.services


def seed_client(vault, username, passphrase, **fields):
    """Create a client as `username` through the services, then lock. Returns the Client."""
    from assist_desktop.domain.clients import Client
    centre = vault.unlock(username, passphrase)
    try:
        services = with_case_services(centre)
        fields.setdefault("jurisdiction", centre.centre.jurisdiction)
        return services.clients.create(Client(**fields))
    finally:
        centre.lock()


def open_client_tab(qtbot, shell, client_id):
    """Open her file in the workspace and wait until its tabs are built."""
    widget = shell.workspace.open_client(client_id)
    qtbot.waitUntil(lambda: widget.client is not None and widget.tab("overview") is not None,
                    timeout=10000)
    wait_idle(qtbot, shell)
    return widget


def give_consent(vault, username, passphrase, client_id, kind="information_sharing",
                 decision="given"):
    """Record an entry in her consent log as `username` (today), then lock."""
    from datetime import date
    from assist_desktop.domain.consents import ConsentDecision, ConsentEntry, ConsentKind
    centre = vault.unlock(username, passphrase)
    try:
        return centre.services.clients.consents.create(ConsentEntry(
            client_id=client_id, kind=ConsentKind(kind), decision=ConsentDecision(decision),
            decided_on=date.today(), shared_with="Receiving law centre"))
    finally:
        centre.lock()
