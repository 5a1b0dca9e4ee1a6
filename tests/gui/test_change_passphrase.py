"""Changing your own passphrase asks for the current one (unless it is a temporary one)."""
from __future__ import annotations

from tests.gui.gui_helpers import PASSPHRASE

from assist_desktop.gui.change_passphrase import ChangePassphraseDialog
from assist_desktop.gui.tasks import TaskRunner

NEW = "amber kettle meadow sparrow 12"


def _dialog(qtbot, centre, vault, required=False):
    runner = TaskRunner()
    dialog = ChangePassphraseDialog(centre.services.users, vault, runner, required=required)
    qtbot.addWidget(dialog)
    return dialog, runner


def _type_new(qtbot, dialog):
    dialog.ui.newEdit.setText(NEW)
    dialog.ui.confirmEdit.setText(NEW)
    qtbot.waitUntil(lambda: dialog.meter.acceptable, timeout=5000)


def test_current_passphrase_is_required_and_checked(qtbot, centre, vault):
    dialog, runner = _dialog(qtbot, centre, vault)
    _type_new(qtbot, dialog)
    assert dialog.ui.currentEdit.isVisibleTo(dialog)
    assert not dialog._ok.isEnabled()           # nothing typed in "current" yet
    dialog.ui.currentEdit.setText("not my passphrase at all")
    assert dialog._ok.isEnabled()
    dialog.submit()
    qtbot.waitUntil(lambda: "not correct" in dialog.ui.messageLabel.text(), timeout=10000)
    dialog.ui.currentEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.submit()
    runner.shutdown(wait=True)
    centre.lock()
    vault.unlock("admin", NEW).lock()


def test_a_required_change_does_not_ask_again(qtbot, centre, vault):
    centre.services.users.add_user("sol", "Sam", ["solicitor"], PASSPHRASE, must_change=True)
    temporary = vault.unlock("sol", PASSPHRASE)
    dialog, runner = _dialog(qtbot, temporary, vault, required=True)
    assert not dialog.ui.currentEdit.isVisibleTo(dialog)
    _type_new(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.submit()
    runner.shutdown(wait=True)
    temporary.lock()
    assert not vault.unlock("sol", NEW).must_change_passphrase
