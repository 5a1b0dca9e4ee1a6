"""Export a client's file to an encrypted case-transfer package and import it again, through the
File menu and the transfer passphrase dialog (the OS file dialogs are replaced by paths)."""
from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog

from assist_desktop.gui import messages
from assist_desktop.gui.transfer_dialog import TransferPassphraseDialog
from assist_desktop.security.transfer_package import MAGIC, WrongTransferPassphraseError
from tests.gui.gui_helpers import (OTHER_PASSPHRASE, give_consent, open_client_tab,
                                   seed_client, unlock_as, wait_idle)

TRANSFER = "quiet harbour lantern meadow 58"


@pytest.fixture
def team(team, monkeypatch):
    """The shared team (tests/gui/conftest.py), every question answered yes."""
    messages.answer_with(lambda kind, title, text: True)
    yield team
    messages.answer_with(None)


def _choose(monkeypatch, method: str, path, seen: list):
    def fake(parent, caption="", folder="", filters="", *args, **kwargs):
        seen.append(folder)
        return str(path), ""
    monkeypatch.setattr(QFileDialog, method, staticmethod(fake))


def _dialog(qtbot, shell) -> TransferPassphraseDialog:
    qtbot.waitUntil(lambda: shell.workspace.transfer.dialog is not None
                    and shell.workspace.transfer.dialog.isVisible(), timeout=5000)
    return shell.workspace.transfer.dialog


def _references(shell) -> list[str]:
    return sorted(c.reference for c in shell.centre.services.clients.caseload())


def test_export_then_import_with_the_right_and_a_wrong_passphrase(
        qtbot, make_shell, team, tmp_path, monkeypatch):
    her = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Amina", family_name="Hassan",
                      date_of_birth=date(1995, 3, 2))
    give_consent(team, "sol", OTHER_PASSPHRASE, her.id)     # to her information being shared
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    ui = shell.window.ui
    assert ui.actionExportClient.isVisible() and ui.actionImportClient.isVisible()
    open_client_tab(qtbot, shell, her.id)

    # --- export ----------------------------------------------------------------------
    target = tmp_path / "out" / f"{her.reference}.assisttransfer"
    target.parent.mkdir()
    suggested: list = []
    _choose(monkeypatch, "getSaveFileName", target, suggested)
    ui.actionExportClient.trigger()
    dialog = _dialog(qtbot, shell)
    assert "different route" in dialog.ui.noteLabel.text()
    assert "leaves the encrypted store" in dialog.ui.warningLabel.text()
    dialog.ui.passphraseEdit.setText(TRANSFER)
    dialog.ui.confirmEdit.setText(TRANSFER + "x")
    qtbot.waitUntil(lambda: dialog.meter.strong_enough, timeout=5000)
    assert not dialog._ok.isEnabled()                  # the two differ
    dialog.ui.confirmEdit.setText(TRANSFER)
    qtbot.waitUntil(dialog._ok.isEnabled, timeout=5000)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    wait_idle(qtbot, shell)
    assert suggested and suggested[0].endswith(f"{her.reference}.assisttransfer")
    assert "Hassan" not in suggested[0] and "Amina" not in suggested[0]
    data = target.read_bytes()
    assert data.startswith(MAGIC)
    with pytest.raises(ValueError):
        json.loads(data)
    assert b"Hassan" not in data and b"Amina" not in data
    assert her.reference in shell.workspace.transfer.last_message
    before = _references(shell)

    # --- import with a wrong passphrase: the error in the dialog, nothing imported ---
    _choose(monkeypatch, "getOpenFileName", target, [])
    ui.actionImportClient.trigger()
    dialog = _dialog(qtbot, shell)
    assert dialog is not None and not dialog.ui.confirmEdit.isVisible()
    dialog.ui.passphraseEdit.setText("not the right passphrase at all")
    dialog.submit()
    expected = str(WrongTransferPassphraseError())
    qtbot.waitUntil(lambda: dialog.ui.messageLabel.text() == expected, timeout=20000)
    wait_idle(qtbot, shell)
    assert dialog.isVisible()
    assert _references(shell) == before

    # --- the right passphrase: a new client, her file opens ---------------------------
    dialog.ui.passphraseEdit.setText(TRANSFER)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    wait_idle(qtbot, shell)
    after = _references(shell)
    assert len(after) == len(before) + 1
    new = (set(after) - set(before)).pop()
    assert new != her.reference
    text = shell.workspace.transfer.last_message
    assert f"Imported {her.reference} as {new}" in text
    assert shell.workspace._current_reference() == new


def test_a_damaged_package_is_named_before_any_passphrase(qtbot, make_shell, team, tmp_path,
                                                         monkeypatch):
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    bad = tmp_path / "bad.assisttransfer"
    bad.write_bytes(MAGIC + b"\x00\x01\x00\x00\x00\x10{}")
    _choose(monkeypatch, "getOpenFileName", bad, [])
    before = _references(shell)
    shown = len(messages.shown)
    shell.window.ui.actionImportClient.trigger()
    qtbot.waitUntil(lambda: len(messages.shown) > shown, timeout=5000)
    assert "package" in messages.shown[-1][1]
    assert shell.workspace.transfer.dialog is None
    assert _references(shell) == before


def test_hidden_from_a_support_worker(qtbot, make_shell, team):
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sup", OTHER_PASSPHRASE)
    ui = shell.window.ui
    assert not ui.actionExportClient.isVisible()
    assert not ui.actionImportClient.isVisible()


def test_a_file_that_is_neither_a_package_nor_a_client_file(qtbot, make_shell, team, tmp_path,
                                                            monkeypatch):
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    other = tmp_path / "letter.txt"
    other.write_text("Dear colleague, please find her file attached.")
    _choose(monkeypatch, "getOpenFileName", other, [])
    before = _references(shell)
    shown = len(messages.shown)
    shell.window.ui.actionImportClient.trigger()
    qtbot.waitUntil(lambda: len(messages.shown) > shown, timeout=5000)
    wait_idle(qtbot, shell)
    assert "\n" not in messages.shown[-1][1]
    assert _references(shell) == before


def test_without_her_consent_the_export_says_so_first_and_a_reason_lets_it_go(
        qtbot, make_shell, team, tmp_path, monkeypatch):
    """No consent to information sharing: said before any passphrase is asked; no reason,
    nothing exported; a solicitor's reason: the dialog says it goes ahead on an override,
    the package is written, the reason kept apart and only its row id audited."""
    her = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Leyla", family_name="Demir",
                      date_of_birth=date(1990, 7, 1))
    give_consent(team, "sol", OTHER_PASSPHRASE, her.id, decision="withdrawn")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    open_client_tab(qtbot, shell, her.id)
    target = tmp_path / f"{her.reference}.assisttransfer"
    _choose(monkeypatch, "getSaveFileName", target, [])
    asked: list[str] = []
    reason = "Her new solicitor <b>needs</b> it for Monday's hearing & she agreed by phone"

    messages.answer_with(lambda kind, title, text: asked.append(text) or "")
    shell.window.ui.actionExportClient.trigger()
    qtbot.waitUntil(lambda: "Nothing was exported" in shell.workspace.transfer.last_message,
                    timeout=5000)
    assert "no consent in force for sharing her information" in asked[0]
    assert shell.workspace.transfer.dialog is None and not target.exists()

    messages.answer_with(lambda kind, title, text: reason if kind == "override" else True)
    shell.window.ui.actionExportClient.trigger()
    dialog = _dialog(qtbot, shell)
    assert "on your override" in dialog.ui.warningLabel.text()
    dialog.ui.passphraseEdit.setText(TRANSFER)
    dialog.ui.confirmEdit.setText(TRANSFER)
    qtbot.waitUntil(dialog._ok.isEnabled, timeout=5000)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    wait_idle(qtbot, shell)
    assert target.read_bytes().startswith(MAGIC)
    db = shell.centre.db
    rows = db.read(lambda c: c.execute(
        "SELECT record_kind, kind, reason FROM consent_overrides").fetchall())
    assert rows == [("export", "information_sharing", reason)]
    audit = db.read(lambda c: c.execute(
        "SELECT action, detail FROM audit_log WHERE action IN ('export', 'consent_override')"
    ).fetchall())
    assert [a for a, _d in audit] == ["consent_override", "export"]
    assert "consent:override:" in audit[1][1] and reason not in repr(audit)

    # Withdrawing her consent to sharing (again) names the export made.
    from PySide6.QtCore import Qt
    overview = shell.workspace.open_client(her.id).tab("overview")
    consent = overview.record_consent()
    consent.ui.kindCombo.setCurrentIndex(consent.ui.kindCombo.findData("information_sharing"))
    consent.ui.decisionCombo.setCurrentIndex(consent.ui.decisionCombo.findData("withdrawn"))
    qtbot.mouseClick(consent.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "exported to another organisation"
                    in overview.last_withdrawal_message, timeout=10000)
    assert "(on a solicitor's override)" in overview.last_withdrawal_message
