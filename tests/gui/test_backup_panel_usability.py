"""The Backups panel and the verify dialog say what is true, through their widgets: a verify's
result names the file and does not outlive a later failure or a change of folder; the list does
not call an unchecked file "readable"; a backup rotates under the settings on screen (saved
first); the spin boxes' units; the dialog's messages; why "Make a backup now" is off."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from assist_desktop.backup import list_backups
from assist_desktop.backup.errors import WrongBackupSecretError
from tests.gui.gui_helpers import BACKUP_PASSPHRASE, backup_of, open_backups_panel, wait_idle

STATE = 3                           # the list's State column

pytestmark = pytest.mark.usefixtures("discard_unsaved")


def _select(qtbot, shell, panel, name):
    wait_idle(qtbot, shell)
    row = next(i for i in range(panel.model.rowCount()) if panel.model.row(i).path.name == name)
    panel.ui.backupsView.selectRow(row)
    assert panel.ui.verifyButton.isEnabled()


def _state(panel, name) -> str:
    model = panel.model
    row = next(i for i in range(model.rowCount()) if model.row(i).path.name == name)
    return model.data(model.index(row, STATE), Qt.ItemDataRole.DisplayRole)


def _damaged_copy(good, folder, name):
    """A byte flipped in the middle of the body: header and size still look right."""
    raw = bytearray(good.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    (folder / name).write_bytes(bytes(raw))


def test_a_verify_result_names_the_file_and_goes_when_it_no_longer_holds(
        qtbot, make_shell, centre, tmp_path):
    folder, other = tmp_path / "usb", tmp_path / "other"
    folder.mkdir()
    other.mkdir()
    good = backup_of(centre, folder, days_ago=1)
    _damaged_copy(good, folder, "assist-2099-01-01T0000.assistbackup")
    centre.lock()
    shell, panel = open_backups_panel(qtbot, make_shell, folder)
    ui = panel.ui
    _select(qtbot, shell, panel, good.name)
    dialog = panel.verify()
    dialog.ui.secretEdit.setText(BACKUP_PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)
    assert ui.messageLabel.text() == (
        f"Quick check passed: {good.name} is complete and unchanged since it was made (the "
        f"records inside were not opened).")
    # Verifying the damaged copy fails in the dialog; the panel no longer says "passed".
    _select(qtbot, shell, panel, "assist-2099-01-01T0000.assistbackup")
    dialog = panel.verify()
    dialog.ui.secretEdit.setText(BACKUP_PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.ui.messageLabel.isVisibleTo(dialog), timeout=30000)
    assert "damaged" in dialog.ui.messageLabel.text()
    assert dialog.isVisible()
    dialog.reject()
    assert "passed" not in ui.messageLabel.text() and ui.messageLabel.text() == ""
    # A full check names the file and counts; a change of folder clears it.
    _select(qtbot, shell, panel, good.name)
    dialog = panel.verify()
    dialog.ui.secretEdit.setText(BACKUP_PASSPHRASE)
    dialog.ui.deepCheck.setChecked(True)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60000)
    text = ui.messageLabel.text()
    assert text.startswith(f"Full check passed: {good.name} is complete and the records inside "
                           f"opened and checked out ("), text
    assert " tables, " in text and text.endswith(" rows).")
    ui.folderEdit.setText(str(other))
    assert ui.messageLabel.text() == ""


def test_the_list_does_not_call_an_unchecked_file_readable(qtbot, make_shell, centre, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    good = backup_of(centre, folder, days_ago=1)
    _damaged_copy(good, folder, "assist-2099-01-01T0000.assistbackup")
    raw = good.read_bytes()
    (folder / "assist-2099-01-02T0000.assistbackup").write_bytes(raw[: len(raw) // 3])
    centre.lock()
    shell, panel = open_backups_panel(qtbot, make_shell, folder)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=10000)
    states = {panel.model.row(i).path.name: _state(panel, panel.model.row(i).path.name)
              for i in range(3)}
    assert states == {good.name: "looks complete (not checked)",
                      "assist-2099-01-01T0000.assistbackup": "looks complete (not checked)",
                      "assist-2099-01-02T0000.assistbackup": "cut short"}
    assert not any("readable" in s for s in states.values())
    # An empty folder field empties the list (not the last folder's backups).
    panel.ui.folderEdit.clear()
    panel.refresh()
    assert panel.model.rowCount() == 0


def test_make_a_backup_saves_the_rotation_settings_on_screen_first(qtbot, make_shell, centre,
                                                                   tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    old = {days: backup_of(centre, folder, days).name for days in (1, 2, 3, 4)}
    centre.lock()
    shell, panel = open_backups_panel(qtbot, make_shell, folder)
    ui = panel.ui
    assert (ui.dailySpin.value(), ui.weeklySpin.value()) == (7, 4)     # saved: keeps all four
    ui.dailySpin.setValue(2)
    ui.weeklySpin.setValue(0)
    assert panel.has_unsaved()
    ui.passphraseEdit.setText(BACKUP_PASSPHRASE)
    ui.confirmEdit.setText(BACKUP_PASSPHRASE)
    panel.meter.refresh()
    qtbot.waitUntil(lambda: ui.createButton.isEnabled(), timeout=10000)
    assert ui.createReason.text() == "Your changed settings for old backups are saved first."
    qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Old backups" in ui.messageLabel.text(), timeout=60000)
    text = ui.messageLabel.text()
    assert text.startswith("Saved: one backup a day for the last 2 days and no weekly ones are "
                           "kept. Backup made and verified: "), text
    assert text.endswith("Old backups removed: 3; kept: 2."), text
    assert not any(name in text for name in old.values())     # counts, not file names
    policy = shell.centre.services.settings.policy()
    assert (policy.backup_keep_daily, policy.backup_keep_weekly) == (2, 0)
    assert not panel.has_unsaved() and ui.createReason.text() != \
        "Your changed settings for old backups are saved first."
    left = {b.path.name for b in list_backups(folder)}
    assert len(left) == 2 and old[1] in left and not left & {old[2], old[3], old[4]}
    wait_idle(qtbot, shell)
    assert panel.model.rowCount() == 2                          # the list shows what is left


def test_spin_boxes_count_right_and_stay_narrow(qtbot, make_shell, centre):
    centre.lock()
    shell, panel = open_backups_panel(qtbot, make_shell)
    ui = panel.ui
    shell.window.resize(1360, 860)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    for spin in (ui.dailySpin, ui.weeklySpin):
        assert spin.minimumWidth() == spin.maximumWidth() < 250, spin.objectName()
        assert spin.width() < 250
    ui.dailySpin.setValue(1)
    ui.weeklySpin.setValue(1)
    assert (ui.dailySpin.text(), ui.weeklySpin.text()) == ("1 day", "1 week")
    ui.dailySpin.setValue(2)
    ui.weeklySpin.setValue(3)
    assert (ui.dailySpin.text(), ui.weeklySpin.text()) == ("2 days", "3 weeks")
    ui.weeklySpin.setValue(0)
    assert ui.weeklySpin.text() == "no weekly backups"
    ui.dailySpin.setValue(1)
    ui.weeklySpin.setValue(1)
    panel.save()
    qtbot.waitUntil(lambda: "Saved" in ui.messageLabel.text(), timeout=10000)
    assert ui.messageLabel.text() == ("Saved: one backup a day for the last 1 day and one a week "
                                      "for the last 1 week are kept.")
    # The Backups page fits a 1366x768 laptop: the window may be 700 pixels tall or less.
    assert shell.window.minimumSizeHint().height() <= 700
    assert shell.window.minimumHeight() <= 700


def test_verify_dialog_messages(qtbot, make_shell, centre_and_code, tmp_path):
    centre, code = centre_and_code
    folder = tmp_path / "usb"
    folder.mkdir()
    good = backup_of(centre, folder)
    centre.lock()
    shell, panel = open_backups_panel(qtbot, make_shell, folder)
    _select(qtbot, shell, panel, good.name)
    dialog = panel.verify()
    ui = dialog.ui
    assert ui.secretLabel.text() == "Passphrase or &code:"
    assert dialog.accessibleName() == "Verify a backup"
    assert ui.introLabel.accessibleName() == "About verifying"
    assert ui.introLabel.text().startswith("This checks that the backup file is complete")
    message = ui.messageLabel
    # A wrong backup passphrase: which passphrase is meant.
    ui.secretEdit.setText("the sign-in passphrase, say")
    dialog.submit()
    qtbot.waitUntil(lambda: message.isVisibleTo(dialog), timeout=30000)
    assert message.text() == str(WrongBackupSecretError()) + (
        " This is the passphrase typed when the backup was made, not your sign-in passphrase.")
    # Switching to the recovery code clears it.
    ui.recoveryRadio.setChecked(True)
    assert message.text() == "" and not message.isVisibleTo(dialog)
    # A badly formed code: the reason, without the field name in front.
    ui.secretEdit.setText("ABCD-1234")
    dialog.submit()
    qtbot.waitUntil(lambda: message.isVisibleTo(dialog), timeout=30000)
    assert message.text() and not message.text().lower().startswith("recovery code:")
    assert "This is the passphrase typed" not in message.text()
    # A new attempt starts without the old error.
    ui.passphraseRadio.setChecked(True)
    ui.secretEdit.setText("still wrong")
    dialog.submit()
    assert message.text() == ""
    qtbot.waitUntil(lambda: message.isVisibleTo(dialog), timeout=30000)
    ui.recoveryRadio.setChecked(True)
    ui.secretEdit.setText(str(code))
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)
    assert panel.ui.messageLabel.text().startswith(f"Quick check passed: {good.name} ")


def test_make_a_backup_now_says_why_it_is_off(qtbot, make_shell, centre, tmp_path):
    centre.lock()
    shell, panel = open_backups_panel(qtbot, make_shell)
    ui = panel.ui
    ui.folderEdit.clear()
    ui.passphraseEdit.setText(BACKUP_PASSPHRASE)
    ui.confirmEdit.setText(BACKUP_PASSPHRASE)
    panel.meter.refresh()
    wait_idle(qtbot, shell)
    assert panel.meter.strong_enough
    strong = ui.strengthLabel.text()
    assert strong
    assert not ui.createButton.isEnabled()
    assert ui.createReason.text() == "Choose a folder first."
    ui.folderEdit.setText(str(tmp_path))
    assert ui.createButton.isEnabled() and ui.createReason.text() == ""
    ui.confirmEdit.setText(BACKUP_PASSPHRASE + "x")
    assert not ui.createButton.isEnabled()
    assert ui.createReason.text() == "The two passphrases are not the same."
    assert ui.strengthLabel.text() != strong and "strong" not in ui.strengthLabel.text().lower()
    ui.confirmEdit.setText(BACKUP_PASSPHRASE)
    assert ui.createButton.isEnabled() and ui.strengthLabel.text() == strong
