"""The audit viewer: references (C-2026-0001, M-2026-0001) instead of ids, full local times,
filters by person, client, action and dates, and a CSV export for an administrator (audited,
written off the GUI thread)."""
from __future__ import annotations

import csv
import os
import stat
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QFileDialog

from assist_desktop.domain.matters import Matter
from assist_desktop.domain.notes import CaseNote
from tests.gui.gui_helpers import (OTHER_PASSPHRASE, PASSPHRASE, seed_client, unlock_as,
                                   wait_idle)
from tests.gui.test_live_changes import show_audit

pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def audit_panel(qtbot, make_shell, team):
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Grace", family_name="Okoro")
    other = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Ada", family_name="Other")
    centre = team.unlock("sol", OTHER_PASSPHRASE)
    try:
        matter = centre.services.matters.create(Matter(
            client_id=client.id, matter_type="appeal", jurisdiction="england-wales",
            opened_on=date.today()))
        centre.services.notes.create(CaseNote(client_id=client.id, note_type="meeting",
                                              note_date=date.today(), title="=HYPERLINK(1)",
                                              body="seen", author_id=0), "k")
    finally:
        centre.lock()
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "admin", PASSPHRASE)
    return shell, show_audit(qtbot, shell), client, other, matter


def rows(panel):
    return [panel.model.row(i) for i in range(panel.model.rowCount())]


def cells(panel, column):
    return [panel.model.data(panel.model.index(i, column)) for i in range(panel.model.rowCount())]


def test_rows_show_references_and_full_local_times(qtbot, audit_panel):
    shell, panel, client, other, matter = audit_panel
    shown = rows(panel)
    made = next(r for r in shown if r.action == "create" and r.entity == "matter")
    assert made.record == matter.reference and made.client == client.reference
    note = next(r for r in shown if r.action == "create" and r.entity == "note")
    assert note.client == client.reference and "client:" not in note.detail
    when = cells(panel, 1)[0]
    assert len(when) == len("07/12/2026 10:04:31") and when.count(":") == 2
    assert not any("client:" in text for text in cells(panel, 6))


def test_filters_by_person_client_action_and_dates(qtbot, audit_panel):
    shell, panel, client, other, matter = audit_panel
    panel.personCombo.setCurrentIndex(panel.personCombo.findData("sol"))
    panel.personCombo.activated.emit(panel.personCombo.currentIndex())
    wait_idle(qtbot, shell)
    assert rows(panel) and {r.actor for r in rows(panel)} == {"sol"}
    panel.clientEdit.setText(client.reference.lower())
    panel.clientEdit.editingFinished.emit()
    wait_idle(qtbot, shell)
    assert rows(panel) and {r.client for r in rows(panel)} == {client.reference}
    panel.actionCombo.setCurrentIndex(panel.actionCombo.findData("create"))
    panel.actionCombo.activated.emit(panel.actionCombo.currentIndex())
    wait_idle(qtbot, shell)
    assert sorted(r.entity for r in rows(panel)) == ["client", "matter", "note"]
    assert "3" in panel.ui.countLabel.text() and "filters" in panel.ui.countLabel.text()
    panel.fromEdit.set_value(date.today() + timedelta(days=1))
    wait_idle(qtbot, shell)
    assert rows(panel) == []
    panel.toEdit.set_value(date.today())
    wait_idle(qtbot, shell)
    assert "after the To date" in panel.ui.countLabel.text()
    panel.fromEdit.set_value(date.today() - timedelta(days=1))
    wait_idle(qtbot, shell)
    assert len(rows(panel)) == 3
    panel.clientEdit.setText("C-1999-9999")            # names no file: nothing, not everything
    panel.clientEdit.editingFinished.emit()
    wait_idle(qtbot, shell)
    assert rows(panel) == []
    panel.clear_filters()
    wait_idle(qtbot, shell)
    assert {r.actor for r in rows(panel)} >= {"sol", "admin"}


def test_csv_export_is_audited_and_holds_references(qtbot, audit_panel, tmp_path, monkeypatch):
    shell, panel, client, other, matter = audit_panel
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    panel.clientEdit.setText(client.reference)
    panel.clientEdit.editingFinished.emit()
    wait_idle(qtbot, shell)
    panel.exportButton.click()
    qtbot.waitUntil(lambda: panel.ui.resultFrame.isVisible(), timeout=10000)
    assert "Exported" in panel.ui.resultLabel.text()
    with open(target, encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0][:3] == ["Entry", "When (UTC)", "Who"]
    assert {row[6] for row in table[1:]} == {client.reference}
    assert matter.reference in {row[5] for row in table[1:]}
    assert not any(cell.startswith("=") for row in table for cell in row)
    assert "Grace" not in target.read_text(encoding="utf-8-sig")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    qtbot.waitUntil(lambda: any(r.action == "export" and r.entity == "audit_log"
                                for r in rows(panel)) or True, timeout=1000)
    log = shell.centre.services.audit.page(0, 5)
    assert any(r.action == "export" and r.entity == "audit_log" for r in log)


def test_head_code_is_shown_and_the_check_covers_the_anchor(qtbot, audit_panel):
    shell, panel = audit_panel[0], audit_panel[1]
    qtbot.waitUntil(lambda: panel.headLabel.text() != "")

    def shown_is_current():     # rows written at sign-in (address-book seeding) may follow
        seq, code = panel._audit.head_code()
        return panel.headLabel.text() == f"Audit log head: entry {seq:,}, code {code}"
    panel.reload()
    qtbot.waitUntil(shown_is_current)
    panel.verify()
    qtbot.waitUntil(lambda: panel.ui.resultFrame.isVisible(), timeout=10_000)
    assert "agrees with the copy of its head kept in the key file" in panel.ui.resultLabel.text()
