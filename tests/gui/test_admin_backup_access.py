"""Administration through its widgets (policy, staff, rules, audit chain), a backup made and then
restored from the unlock screen after the database was damaged, the recovery sheet, and that
every control a person can reach has an accessible name."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox,
                               QLineEdit, QPlainTextEdit, QWidget)

from assist_desktop.gui.unlock import UnlockDialog
from tests.gui.gui_helpers import (BACKUP_PASSPHRASE, OTHER_PASSPHRASE, PASSPHRASE,
                                   open_client_tab, seed_client, unlock_as, wait_idle)



pytestmark = pytest.mark.usefixtures("discard_unsaved")


def test_policy_staff_rules_and_audit(qtbot, make_shell, centre_and_code):
    centre_and_code[0].lock()
    shell = make_shell(idle_ms=None)
    unlock_as(qtbot, shell, "admin", PASSPHRASE)
    admin = shell.workspace.page("admin")
    shell.window.ui.actionAdministration.trigger()      # Ctrl+3
    policy = admin.policy
    qtbot.waitUntil(lambda: policy.isEnabled(), timeout=10000)
    assert policy.sealButton is None        # sealing is for a centre server only
    policy.ui.idleSpin.setValue(12)
    assert policy.has_unsaved()
    shell.window.ui.actionSave.trigger()                # Ctrl+S saves the screen in front
    qtbot.waitUntil(lambda: shell.idle.timeout_ms == 12 * 60_000, timeout=10000)
    # staff: add a colleague with a temporary passphrase
    staff = admin.staff
    dialog = staff.add()
    dialog.ui.fullNameEdit.setText("Nadia Support")
    assert dialog.ui.usernameEdit.text() == "nadia.s"
    dialog.ui.supportCheck.setChecked(True)
    dialog.ui.passphraseEdit.setText(OTHER_PASSPHRASE)
    dialog.ui.confirmEdit.setText(OTHER_PASSPHRASE)
    dialog.meter.refresh()
    qtbot.waitUntil(lambda: dialog._ok.isEnabled(), timeout=10000)
    dialog.submit()
    qtbot.waitUntil(lambda: any(u.username == "nadia.s" for u in staff.model.rows()),
                    timeout=10000)
    # deadline rules: switch one off
    rules = admin.rules
    qtbot.waitUntil(lambda: rules.model.rowCount() > 10, timeout=10000)
    rules.ui.rulesView.selectRow(0)
    first = rules.selected()
    rules.toggle_active()
    qtbot.waitUntil(lambda: not rules.selected().active, timeout=10000)
    assert rules.selected().id == first.id
    # the audit chain holds, and names no client
    audit = admin.audit
    audit.reload()
    wait_idle(qtbot, shell)
    audit.verify()
    qtbot.waitUntil(lambda: audit.ui.resultFrame.isVisibleTo(audit), timeout=10000)
    assert "holds" in audit.ui.resultLabel.text()
    actions = {r.action for r in audit.model.rows()}
    assert {"change_setting", "add_user", "sign_in"} <= actions


def test_backup_then_restore_a_damaged_database(qtbot, make_shell, centre_and_code, vault,
                                                 data_dir, tmp_path):
    centre_and_code[0].lock()
    client = seed_client(vault, "admin", PASSPHRASE, given_names="Kept", family_name="Safe")
    shell = make_shell(vault=vault)
    unlock_as(qtbot, shell, "admin", PASSPHRASE)
    panel = shell.workspace.page("admin").backups
    folder = tmp_path / "usb"
    folder.mkdir()
    panel.ui.folderEdit.setText(str(folder))
    panel.ui.passphraseEdit.setText(BACKUP_PASSPHRASE)
    panel.ui.confirmEdit.setText(BACKUP_PASSPHRASE)
    panel.meter.refresh()
    qtbot.waitUntil(lambda: panel.ui.createButton.isEnabled(), timeout=10000)
    panel.create()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=60000)
    assert panel.model.row(0).ok
    # The status bar reads the verified backup's age (not "not known", not "checking").
    qtbot.waitUntil(lambda: shell.window.backup_label.text().startswith("Last backup: ")
                    and not shell.window.backup_label.text().endswith(("not known", "checking…")),
                    timeout=10000)
    shell.lock()
    wait_idle(qtbot, shell)
    # the database file is damaged while nobody has it open
    db = data_dir / "assist.db"
    raw = bytearray(db.read_bytes())
    raw[5000:9000] = b"\x00" * 4000
    damaged = bytes(raw)
    db.write_bytes(damaged)
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(lambda: dialog.ui.userCombo.count() == 1, timeout=10000)
    qtbot.waitUntil(lambda: not dialog._throttle_left, timeout=15000)
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    dialog.unlock()
    qtbot.waitUntil(lambda: dialog.ui.restoreButton.isVisible(), timeout=10000)
    assert dialog.message().startswith("The database file is damaged and cannot be opened "
                                       "safely. Restore it from a backup.")
    assert shell.centre is None
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    from assist_desktop.gui.backup_dialogs import BackupFileDialog
    restore = dialog.findChild(BackupFileDialog)
    restore.ui.fileEdit.setText(str(panel.model.row(0).path))
    restore.ui.secretEdit.setText(BACKUP_PASSPHRASE)
    restore.submit()
    qtbot.waitUntil(lambda: not restore.isVisible(), timeout=60000)
    # the damaged file is kept aside, byte for byte, in exactly one safety folder
    from assist_desktop.backup.restore import SAFETY_PREFIX
    safety = [p for p in data_dir.iterdir() if p.name.startswith(SAFETY_PREFIX)]
    assert len(safety) == 1 and safety[0].is_dir()
    assert (safety[0] / "assist.db").read_bytes() == damaged
    assert db.read_bytes() != damaged
    unlock_as(qtbot, shell, "admin", PASSPHRASE)
    assert shell.centre.services.clients.get(client.id).family_name == "Safe"


def test_recovery_sheet_saved_from_first_run(qtbot, make_shell, tmp_path):
    shell = make_shell()
    wizard = shell.dialog
    ui = wizard.ui
    wizard.next()
    ui.centreNameEdit.setText("Harbour Women's Law Centre")
    wizard.next()
    ui.fullNameEdit.setText("Siobhan Byrne")
    ui.passphraseEdit.setText(PASSPHRASE)
    ui.confirmEdit.setText(PASSPHRASE)
    wizard.meter.refresh()
    qtbot.waitUntil(lambda: wizard._admin_complete(), timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is ui.recoveryPage, timeout=10000)
    sheet = tmp_path / "sheet.pdf"
    wizard.write_recovery_sheet(str(sheet))
    qtbot.waitUntil(lambda: sheet.exists(), timeout=30000)
    assert sheet.read_bytes().startswith(b"%PDF")


def _unnamed_controls(root: QWidget) -> list[str]:
    reachable = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
                 QAbstractItemView)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, reachable) or not widget.isVisibleTo(root):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue            # a button's text is its accessible name
        if widget.accessibleName().strip():
            continue
        if type(widget).__name__ in ("QLineEdit",) and isinstance(widget.parent(), (QComboBox,
                                                                                   QAbstractSpinBox)):
            continue            # the editor inside a combo or spin box: named by its owner
        missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing


def test_every_control_has_an_accessible_name(qtbot, make_shell, centre, staff, vault):
    centre.lock()
    client = seed_client(vault, "sol", OTHER_PASSPHRASE, given_names="Aisha", family_name="Bello",
                         date_of_birth=date(1992, 1, 1))
    shell = make_shell(vault=vault)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    shell.window.show()
    file = open_client_tab(qtbot, shell, client.id)
    missing = []
    for key in list(file._tabs):
        file.show_tab(key)
        wait_idle(qtbot, shell)
        missing += [f"{key}: {m}" for m in _unnamed_controls(file)]
    for key in ("caseload", "week"):
        shell.workspace.show_key(key)
        missing += [f"{key}: {m}" for m in _unnamed_controls(shell.workspace.page(key))]
    assert missing == []
