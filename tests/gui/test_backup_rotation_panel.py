"""The Backups panel: how many old backups to keep is a centre setting saved from its spin boxes
(a backup made there rotating under them: test_backup_panel_usability.py); the verify dialog
can also open the database inside."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from assist_desktop.gui.backup_dialogs import RESTORE, BackupFileDialog
from tests.gui.gui_helpers import BACKUP_PASSPHRASE, backup_of, open_backups_panel, wait_idle

pytestmark = pytest.mark.usefixtures("discard_unsaved")


def test_spin_boxes_save_the_centre_policy(qtbot, make_shell, centre):
    centre.lock()
    shell, panel = open_backups_panel(qtbot, make_shell)
    ui = panel.ui
    assert (ui.dailySpin.value(), ui.weeklySpin.value()) == (7, 4)
    assert not ui.rotationSaveButton.isEnabled() and not panel.has_unsaved()
    ui.dailySpin.setValue(30)
    ui.weeklySpin.setValue(12)
    assert ui.rotationSaveButton.isEnabled() and panel.has_unsaved()
    qtbot.mouseClick(ui.rotationSaveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.has_unsaved() and "Saved" in ui.messageLabel.text(),
                    timeout=10000)
    policy = shell.centre.services.settings.policy()
    assert (policy.backup_keep_daily, policy.backup_keep_weekly) == (30, 12)
    # Ctrl+S on the administration page saves them too.
    ui.weeklySpin.setValue(0)
    assert shell.workspace.page("admin").has_unsaved()
    shell.window.ui.actionSave.trigger()
    qtbot.waitUntil(lambda: not panel.has_unsaved(), timeout=10000)
    assert shell.centre.services.settings.policy().backup_keep_weekly == 0
    actions = [(r.action, r.entity_id) for r in shell.centre.services.audit.page()]
    assert actions.count(("change_setting", "backup_keep_weekly")) == 2


def test_verify_dialog_can_open_the_database_inside(qtbot, make_shell, centre, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    backup_of(centre, folder)
    centre.lock()
    shell, panel = open_backups_panel(qtbot, make_shell)
    panel.ui.folderEdit.setText(str(folder))
    panel.refresh()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    wait_idle(qtbot, shell)                 # no later refresh clears the selection
    panel.ui.backupsView.selectRow(0)
    reports = []
    for deep in (True, False):
        dialog = panel.verify()
        assert dialog.ui.deepCheck.isVisibleTo(dialog) and not dialog.ui.deepCheck.isChecked()
        dialog.done_with.connect(reports.append)
        dialog.ui.secretEdit.setText(BACKUP_PASSPHRASE)
        dialog.ui.deepCheck.setChecked(deep)
        dialog.submit()
        qtbot.waitUntil(lambda: len(reports) == (2 if not deep else 1), timeout=30000)
        assert reports[-1].deep is deep
        text = panel.ui.messageLabel.text()
        name = reports[-1].path.name
        if deep:
            assert text.startswith(f"Full check passed: {name} is complete"), text
            assert "not opened" not in text, text
        else:
            assert text.startswith(f"Quick check passed: {name} is complete and unchanged"), text
            assert "were not opened" in text, text
    restore = BackupFileDialog(shell.runner, RESTORE, data_dir=tmp_path / "r", parent=panel)
    assert not restore.ui.deepCheck.isVisibleTo(restore)       # restoring checks everything
    restore.done(0)
