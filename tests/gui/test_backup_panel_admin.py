"""Administration > Backups: restore a backup from the panel (signed out, restored over the
centre as the command line does, signed in again), unattended backups set up and switched off
from the panel, and the list saying "checked" once a check passed."""
from __future__ import annotations

from datetime import date

import pytest

from assist_desktop.domain.clients import Client
from assist_desktop.gui import messages
from assist_desktop.gui.unlock import UnlockDialog
from assist_desktop.services.audit_view import AuditQuery
from tests.gui.gui_helpers import (BACKUP_PASSPHRASE, PASSPHRASE, backup_of, open_backups_panel,
                                   unlock_as, wait_idle)
from tests.keyring_helpers import trusted_keychain

pytestmark = pytest.mark.usefixtures("discard_unsaved")


def test_restore_from_the_panel_replaces_the_centre(qtbot, make_shell, centre, data_dir,
                                                    tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    kept = centre.services.clients.create(Client(given_names="Before",
                                                 jurisdiction="england-wales"))
    backup_of(centre, stick)
    centre.services.clients.create(Client(given_names="After", jurisdiction="england-wales"))
    centre.lock()
    shell, panel = open_backups_panel(qtbot, make_shell, stick)
    panel.ui.backupsView.selectRow(0)
    assert panel.restoreButton.isEnabled()
    dialog = panel.restore()
    dialog.ui.secretEdit.setText("not the passphrase")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.ui.messageLabel.isVisible(), timeout=10000)
    assert shell.centre is not None                       # a wrong passphrase: still signed in
    dialog.ui.secretEdit.setText(BACKUP_PASSPHRASE)
    del messages.told[:]                  # what an earlier test was told does not count
    dialog.submit()
    qtbot.waitUntil(lambda: shell.centre is None and isinstance(shell.dialog, UnlockDialog),
                    timeout=10000)
    qtbot.waitUntil(lambda: any(t == "Restored" for t, _ in messages.told), timeout=20000)
    assert list(data_dir.glob("restore-safety-*"))
    centre = unlock_as(qtbot, shell, "admin", PASSPHRASE)
    assert [c.reference for c in centre.services.clients.caseload()] == [kept.reference]
    log = centre.services.audit.entries(AuditQuery(action="restore_backup"))
    assert log and log[0].actor == "admin"


def test_a_checked_backup_says_so_in_the_list(qtbot, make_shell, centre, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    backup_of(centre, stick)
    centre.lock()
    shell, panel = open_backups_panel(qtbot, make_shell, stick)
    state = lambda: panel.model.data(panel.model.index(0, 3))  # noqa: E731
    assert state() == "looks complete (not checked)"
    panel.ui.backupsView.selectRow(0)
    dialog = panel.verify()
    dialog.ui.secretEdit.setText(BACKUP_PASSPHRASE)
    dialog.ui.deepCheck.setChecked(True)
    dialog.submit()
    qtbot.waitUntil(lambda: state().startswith("checked in full on "), timeout=20000)
    assert date.today().strftime("%d/%m/%Y") in state()
    text = (shell.centre.db.path.parent / "backup-checks.json").read_text()
    assert "Before" not in text and "admin" not in text


def test_unattended_backups_set_up_and_switched_off_from_the_panel(qtbot, make_shell, centre,
                                                                   tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    centre.lock()
    shell, panel = open_backups_panel(qtbot, make_shell)
    box = panel.schedule
    chain = trusted_keychain()
    box.keychain_factory = lambda: chain
    qtbot.waitUntil(lambda: box.set_up is False, timeout=10000)
    assert not box.setUpButton.isEnabled()
    panel.ui.folderEdit.setText(str(stick))
    panel.ui.passphraseEdit.setText(BACKUP_PASSPHRASE)
    panel.ui.confirmEdit.setText(BACKUP_PASSPHRASE)
    panel.meter.refresh()
    qtbot.waitUntil(lambda: box.setUpButton.isEnabled(), timeout=10000)
    assert "schedule run --data-dir" in box.commandEdit.text() and str(stick) in \
        box.commandEdit.text()
    box.start_set_up()
    qtbot.waitUntil(lambda: box.set_up is True, timeout=10000)
    assert panel.ui.passphraseEdit.text() == ""
    from assist_desktop.backup.scheduled import load_backup_passphrase
    database_id = shell.centre.centre.database_id
    assert load_backup_passphrase(chain, database_id) == BACKUP_PASSPHRASE
    box.switch_off()
    qtbot.waitUntil(lambda: box.set_up is False, timeout=10000)
    actions = [r.action for r in shell.centre.services.audit.page(limit=5)]
    assert "backup_schedule_setup" in actions and "backup_schedule_remove" in actions
    wait_idle(qtbot, shell)


def test_another_centres_backup_is_restored_only_with_its_name_typed(
        qtbot, make_shell, centre, data_dir, tmp_path, monkeypatch):
    """The confirmation the command line asks for (--replace-centre NAME), in the panel:
    a wrong database number is refused in place; the right name restores, audited."""
    from PySide6.QtWidgets import QFileDialog

    from assist_desktop.gui.backup_dialogs import BackupFileDialog
    from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
    from assist_desktop.services.vault import Vault
    from tests.gui.gui_helpers import OTHER_PASSPHRASE
    stick = tmp_path / "usb"
    stick.mkdir()
    other, _code = Vault(tmp_path / "other", kdf_policy=KdfPolicy(TEST_PARAMETERS)).create(
        centre_name="Hillside Advice", jurisdiction="scotland", admin_username="hal",
        admin_full_name="Hal Other", passphrase=OTHER_PASSPHRASE)
    path = backup_of(other, stick)
    other_id = other.centre.database_id
    other.lock()
    here = centre.centre.name
    centre.lock()
    shell, panel = open_backups_panel(qtbot, make_shell)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    del messages.told[:]
    panel.restore_file()
    qtbot.waitUntil(lambda: panel.findChild(BackupFileDialog) is not None, timeout=10000)
    secret = panel.findChild(BackupFileDialog)
    secret.ui.secretEdit.setText(BACKUP_PASSPHRASE)
    secret.submit()
    qtbot.waitUntil(lambda: getattr(panel, "replace_dialog", None) is not None
                    and panel.replace_dialog.isVisible(), timeout=10000)
    ask = panel.replace_dialog
    assert here in ask.intro.text() and other_id[:8] in ask.intro.text()
    assert ask.ok_button.text() == f"Replace {here}"
    assert not ask.ok_button.isEnabled()
    ask.nameEdit.setText("0123abcd" if not other_id.startswith("0123abcd") else "4567abcd")
    ask.submit()
    assert ask.isVisible() and "not this backup's database number" in ask.messageLabel.text()
    assert shell.centre is not None               # nothing happened
    ask.nameEdit.setText("  hillside   ADVICE ")
    ask.submit()
    qtbot.waitUntil(lambda: shell.centre is None and isinstance(shell.dialog, UnlockDialog),
                    timeout=10000)
    qtbot.waitUntil(lambda: any(t == "Restored" for t, _ in messages.told), timeout=20000)
    assert list(data_dir.glob("restore-safety-*"))
    qtbot.waitUntil(lambda: shell.dialog.ui.userCombo.findData("hal") >= 0, timeout=10000)
    restored = unlock_as(qtbot, shell, "hal", OTHER_PASSPHRASE)
    assert restored.centre.name == "Hillside Advice"
    log = restored.services.audit.entries(AuditQuery(action="restore_backup"))
    assert log and log[0].actor == "admin" and centre.centre.database_id[:8] in log[0].detail


def test_safety_copy_days_are_a_setting_the_administrator_changes(qtbot, make_shell, centre):
    centre.lock()
    shell, panel = open_backups_panel(qtbot, make_shell)
    spin = panel.safetyDaysSpin
    assert spin.value() == 7 and spin.suffix() == " days"
    assert not panel.ui.rotationSaveButton.isEnabled()
    spin.setValue(1)
    assert spin.suffix() == " day" and panel.ui.rotationSaveButton.isEnabled()
    spin.setValue(30)
    panel.ui.rotationSaveButton.click()
    qtbot.waitUntil(lambda: "kept 30 days" in panel.ui.messageLabel.text(), timeout=10000)
    wait_idle(qtbot, shell)
    services = shell.centre.services
    assert services.settings.policy().safety_copy_days == 30
    log = services.audit.entries(AuditQuery(action="change_setting"))
    assert [e.actor for e in log if "safety_copy_days" in (e.entity_id or "")] == ["admin"]
