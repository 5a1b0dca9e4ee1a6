"""Helpers for driving the application in GUI tests."""
from __future__ import annotations

from PySide6.QtCore import Qt

# The same passphrases as tests/conftest.py's fixtures use.
PASSPHRASE = "correct horse battery staple 42"
OTHER_PASSPHRASE = "violet lantern orchard thimble 7"
BACKUP_PASSPHRASE = "quiet harbour lemon violin 93"


def wait_idle(qtbot, shell, timeout=10000):
    """Wait until the task runner has nothing left to do."""
    qtbot.waitUntil(lambda: not shell.runner.busy, timeout=timeout)


def unlock_as(qtbot, shell, username, passphrase):
    """Fill the unlock dialog and wait until the session is open."""
    from assist_desktop.gui.unlock import UnlockDialog
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(lambda: dialog.ui.userCombo.count() > 0, timeout=5000)
    dialog.ui.userCombo.setCurrentText(username)
    dialog.ui.passphraseEdit.setText(passphrase)
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.centre is not None, timeout=10000)
    wait_idle(qtbot, shell)
    return shell.centre


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


def backup_of(centre, folder, days_ago: int = 0):
    """A real backup of centre in folder, made at noon (local time) days_ago days ago; its path.
    Fast Argon2 parameters; the centre's 'last backup' status is left alone."""
    from datetime import date, datetime, time, timedelta

    from assist_desktop.backup import BackupSource, create_backup
    from assist_desktop.security.kdf import TEST_PARAMETERS
    source = BackupSource(centre.db.path, centre.keeper.data_key, centre.centre.database_id,
                          centre.keeper.slots_path)
    when = datetime.combine(date.today() - timedelta(days=days_ago), time(12)).astimezone()
    return create_backup(source, folder, BACKUP_PASSPHRASE, kdf_params=TEST_PARAMETERS, now=when,
                         record_status=False).path
