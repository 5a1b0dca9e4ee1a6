"""First run, unlock (right, wrong, recovery), lock on demand and on idle."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from assist_desktop.gui.first_run import FirstRunWizard
from assist_desktop.gui.unlock import UnlockDialog
from tests.gui.gui_helpers import OTHER_PASSPHRASE, PASSPHRASE, unlock_as, wait_idle


def test_first_run_creates_centre_and_shows_code_once(qtbot, make_shell, data_dir):
    shell = make_shell()
    wizard = shell.dialog
    assert isinstance(wizard, FirstRunWizard)
    ui = wizard.ui
    wizard.next()                                    # welcome -> centre
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    ui.centreNameEdit.setText("Riverside Law Centre")
    ui.jurisdictionCombo.setCurrentIndex(ui.jurisdictionCombo.findData("scotland"))
    ui.addressEdit.setPlainText("1 High Street\nGlasgow")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()                                    # centre -> administrator
    ui.fullNameEdit.setText("Morag Campbell")
    assert ui.usernameEdit.text() == "morag.c"       # suggested from the name
    ui.solicitorCheck.setChecked(True)
    ui.passphraseEdit.setText("short")
    wizard.meter.refresh()
    wait_idle(qtbot, shell)
    assert ui.strengthBar.value() == 0
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    ui.passphraseEdit.setText(PASSPHRASE)
    ui.confirmEdit.setText(PASSPHRASE)
    wizard.meter.refresh()
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.CommitButton).isEnabled())
    assert ui.strengthBar.value() >= 3
    wizard.next()                                    # creates the database off the GUI thread
    qtbot.waitUntil(lambda: wizard.currentPage() is ui.recoveryPage, timeout=10000)
    code = ui.recoveryCodeLabel.text()
    assert len(code.replace("-", "")) == 28
    assert (data_dir / "assist.db").exists()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()                    # until she confirms it is written down
    wizard.reject()                                  # cannot leave without confirming
    assert wizard.isVisible()
    ui.writtenCheck.setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.centre is not None)
    assert ui.recoveryCodeLabel.text() == ""         # shown once, then gone from the widget
    assert shell.centre.session.is_administrator and shell.centre.session.is_solicitor
    assert shell.centre.centre.jurisdiction == "scotland"
    assert not shell.window.is_locked
    assert "Riverside Law Centre" in shell.window.windowTitle()
    # nothing about the centre outside the data directory
    assert sorted(p.name for p in data_dir.iterdir() if not p.name.startswith(".")) <= \
        sorted(["assist.db", "assist.db-wal", "assist.db-shm", "keyslots.json",
                "keyslots.json.prev", "interface.ini", "unlock-throttle.json", "logs"])


def test_unlock_wrong_then_right(qtbot, make_shell, centre_and_code):
    centre_and_code[0].lock()
    shell = make_shell()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(lambda: dialog.ui.userCombo.count() == 1)
    dialog.ui.passphraseEdit.setText("not the passphrase at all")
    qtbot.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not correct" in dialog.message(), timeout=10000)
    assert shell.centre is None
    assert dialog.isVisible()
    assert dialog.ui.passphraseEdit.selectedText() == "not the passphrase at all"
    # The throttle may ask for a short wait after a failure; wait it out.
    qtbot.waitUntil(lambda: not dialog._throttle_left, timeout=15000)
    centre = unlock_as(qtbot, shell, "admin", PASSPHRASE)
    assert centre.session.username == "admin"
    assert not dialog.isVisible()
    assert shell.prefs.last_username == "admin"


def test_recovery_code_sets_new_passphrase(qtbot, make_shell, centre_and_code, vault):
    centre, code = centre_and_code
    centre.lock()
    shell = make_shell(vault=vault)
    dialog = shell.dialog
    qtbot.waitUntil(lambda: dialog.ui.userCombo.count() == 1)
    qtbot.mouseClick(dialog.ui.recoveryButton, Qt.MouseButton.LeftButton)
    from assist_desktop.gui.recovery import RecoveryDialog
    recovery = dialog.findChild(RecoveryDialog)
    assert recovery is not None and recovery.isVisible()
    recovery.ui.codeEdit.setText(code.lower().replace("-", " "))
    recovery.ui.newEdit.setText(OTHER_PASSPHRASE)
    recovery.ui.confirmEdit.setText(OTHER_PASSPHRASE)
    recovery.meter.refresh()
    ok = recovery.ui.buttonBox.buttons()[0]
    qtbot.waitUntil(lambda: recovery._ok.isEnabled())
    recovery.submit()
    qtbot.waitUntil(lambda: shell.centre is not None, timeout=10000)
    wait_idle(qtbot, shell)
    shell.lock()
    wait_idle(qtbot, shell)
    assert ok is not None
    unlock_as(qtbot, shell, "admin", OTHER_PASSPHRASE)


def test_ctrl_l_locks_and_hides_everything(qtbot, make_shell, centre_and_code):
    centre_and_code[0].lock()
    shell = make_shell()
    unlock_as(qtbot, shell, "admin", PASSPHRASE)
    window = shell.window
    assert window.session_widget is not None
    window.activateWindow()
    window.ui.actionLock.trigger()
    assert window.is_locked
    assert window.session_widget is None
    assert shell.centre is None
    wait_idle(qtbot, shell)
    assert isinstance(shell.dialog, UnlockDialog)
    assert shell.dialog.username() == "admin"


def test_idle_locks(qtbot, make_shell, centre_and_code):
    centre_and_code[0].lock()
    shell = make_shell(idle_ms=300)
    unlock_as(qtbot, shell, "admin", PASSPHRASE)
    qtbot.waitUntil(lambda: shell.window.is_locked, timeout=5000)
    assert shell.centre is None


def test_remember_on_this_computer_where_allowed(qtbot, make_shell, centre, data_dir, fast_kdf):
    from assist_desktop.services.vault import Vault
    from tests.keyring_helpers import trusted_keychain
    chain = trusted_keychain(timeout=1.0)
    centre.services.settings.set_policy(device_unlock_allowed=True)
    centre.lock()
    shell = make_shell(vault=Vault(data_dir, kdf_policy=fast_kdf, keychain=chain))
    unlock_as(qtbot, shell, "admin", PASSPHRASE)
    action = shell.window.ui.actionRemember
    assert action.isVisible()                       # the administrator allowed it
    action.trigger()                                # checked: remember this computer
    wait_idle(qtbot, shell)
    assert action.isChecked()
    shell.lock()
    wait_idle(qtbot, shell)
    dialog = shell.dialog
    qtbot.waitUntil(lambda: dialog.ui.deviceButton.isVisible(), timeout=10000)
    qtbot.mouseClick(dialog.ui.deviceButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.centre is not None, timeout=10000)
    assert shell.centre.session.username == "admin"


def test_actions_after_lock_and_unlock_reach_only_the_new_work_area(qtbot, make_shell,
                                                                    centre_and_code):
    centre_and_code[0].lock()
    shell = make_shell()
    unlock_as(qtbot, shell, "admin", PASSPHRASE)
    first = shell.workspace
    shell.lock()
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: __import__("shiboken6").isValid(first) is False, timeout=5000)
    unlock_as(qtbot, shell, "admin", PASSPHRASE)
    ui = shell.window.ui
    for action in (ui.actionCaseload, ui.actionMyWeek, ui.actionAdministration, ui.actionFind,
                   ui.actionSave, ui.actionNewNote, ui.actionCloseTab):
        action.trigger()                     # an exception here would fail the test
    wait_idle(qtbot, shell)
    assert shell.workspace.current_key() in ("caseload", "admin", "week")
