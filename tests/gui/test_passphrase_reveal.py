"""Every passphrase field has an eye button that shows and hides what is typed."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from assist_desktop.gui.passphrase_field import reveal_action
from assist_desktop.gui.tasks import TaskRunner


def _password_fields(dialog):
    return [e for e in dialog.findChildren(QLineEdit)
            if e.echoMode() == QLineEdit.EchoMode.Password]


def _check_toggles(dialog, expected_fields: int):
    fields = _password_fields(dialog)
    assert len(fields) >= expected_fields
    for edit in fields:
        action = reveal_action(edit)
        assert action is not None, edit.objectName()
        assert action in edit.actions()
        assert "Show" in action.toolTip()
        action.trigger()
        assert edit.echoMode() == QLineEdit.EchoMode.Normal
        assert "Hide" in action.toolTip()
        action.trigger()
        assert edit.echoMode() == QLineEdit.EchoMode.Password


def test_every_passphrase_dialog_has_a_show_hide_button(qtbot, centre, vault, tmp_path):
    from assist_desktop.gui.admin.user_dialog import UserDialog
    from assist_desktop.gui.backup_dialogs import BackupFileDialog
    from assist_desktop.gui.change_passphrase import ChangePassphraseDialog
    from assist_desktop.gui.client.documents_tab import SaveDocumentDialog
    from assist_desktop.gui.first_run import FirstRunWizard
    from assist_desktop.gui.recovery import RecoveryDialog
    from assist_desktop.gui.transfer_dialog import TransferPassphraseDialog
    from assist_desktop.gui.unlock import UnlockDialog
    runner = TaskRunner()
    made = [
        (UnlockDialog(vault, runner), 1),
        (FirstRunWizard(vault, runner), 2),
        (ChangePassphraseDialog(centre.services.users, vault, runner), 3),
        (RecoveryDialog(vault, runner, usernames=["admin"]), 2),
        (UserDialog(centre.services.users, vault.passphrase_problems, runner, "add"), 2),
        (BackupFileDialog(runner, "restore", data_dir=tmp_path), 1),
        (TransferPassphraseDialog("export", runner, vault.passphrase_problems), 2),
        (SaveDocumentDialog(), 2),
    ]
    for dialog, count in made:
        qtbot.addWidget(dialog)
        _check_toggles(dialog, count)
    runner.shutdown(wait=True)


def test_choose_your_name_lists_full_names_before_unlock(qtbot, centre, staff, vault):
    """Staff names (not client data) are kept in the key file, so the locked unlock window can
    list them; the username is what unlocking uses."""
    from assist_desktop.gui.unlock import UnlockDialog
    centre.lock()
    runner = TaskRunner()
    dialog = UnlockDialog(vault, runner, username="sol")
    qtbot.addWidget(dialog)
    combo = dialog.ui.userCombo
    qtbot.waitUntil(lambda: combo.count() == 4, timeout=5000)
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert "Sam Solicitor (sol)" in shown and "Ada Admin (admin)" in shown
    assert dialog.username() == "sol"
    dialog.select_user("sup")
    assert combo.currentText() == "Sue Support (sup)" and dialog.username() == "sup"
    runner.shutdown(wait=True)
