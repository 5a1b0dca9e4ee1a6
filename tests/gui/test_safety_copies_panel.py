"""The Backups panel shows a restore's safety copy (when it will be removed) and removes it,
after a question; with no copy the group is not shown."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from assist_desktop.backup import BackupSecret, ReplacedCentre, restore_backup
from tests.gui.gui_helpers import BACKUP_PASSPHRASE, backup_of, open_backups_panel, wait_idle

pytestmark = pytest.mark.usefixtures("discard_unsaved")


def test_safety_copy_shown_and_removed(qtbot, make_shell, centre, data_dir, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    path = backup_of(centre, stick)
    over = ReplacedCentre.of(centre)
    centre.lock()
    restore_backup(path, data_dir, BackupSecret.passphrase(BACKUP_PASSPHRASE), replacing=over)
    shell, panel = open_backups_panel(qtbot, make_shell)    # the admin's sign-in confirms it
    ui = panel.ui
    qtbot.waitUntil(lambda: ui.safetyGroup.isVisibleTo(panel), timeout=10000)
    assert "removed automatically after" in ui.safetyLabel.text()
    assert "purge" in ui.safetyLabel.text()
    qtbot.mouseClick(ui.safetyRemoveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ui.safetyGroup.isVisibleTo(panel), timeout=10000)
    assert "removed" in ui.messageLabel.text()
    assert not list(data_dir.glob("restore-safety-*"))
    assert shell.centre.services.audit.page(limit=1)[0].action == "safety_copies_removed"


def test_no_safety_copy_no_group(qtbot, make_shell, centre):
    centre.lock()
    shell, panel = open_backups_panel(qtbot, make_shell)
    wait_idle(qtbot, shell)                 # the listing has come back
    assert not panel.ui.safetyGroup.isVisibleTo(panel)
