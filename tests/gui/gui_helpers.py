"""Helpers for driving the application in GUI tests."""
from __future__ import annotations

from PySide6.QtCore import Qt

# The same passphrases as tests/conftest.py's fixtures use.
PASSPHRASE = "correct horse battery staple 42"
OTHER_PASSPHRASE = "violet lantern orchard thimble 7"


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
