"""The Time tab: time for her on no particular matter is added, edited onto a matter and
listed; totals by matter and for her file; her notes are read once per load."""
from __future__ import annotations

import sys
from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.gui_helpers import (OTHER_PASSPHRASE, open_client_tab, seed_client, unlock_as,
                                   wait_idle)

pytestmark = pytest.mark.usefixtures("discard_unsaved")


def _row(model, row: int) -> list:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_support_time_on_no_matter_then_moved_onto_a_matter(qtbot, make_shell, team,
                                                            monkeypatch):
    from assist_desktop.domain.notes import CaseNote, NoteType
    from tests.case_samples import matter
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Mariam",
                         family_name="Tesfaye")
    centre = team.unlock("sol", OTHER_PASSPHRASE)
    try:
        appeal = centre.services.matters.create(matter(client.id, "Appeal"))
        second = centre.services.matters.create(matter(client.id, "Compensation"))
    finally:
        centre.lock()
    shell = make_shell(vault=team)
    centre = unlock_as(qtbot, shell, "sup", OTHER_PASSPHRASE)
    centre.services.notes.create(CaseNote(
        client_id=client.id, author_id=centre.session.user_id, note_type=NoteType.MEETING,
        note_date=date(2026, 3, 2), title="GP visit", duration_minutes=30), "k-gp")
    reads = []      # reads of her notes made by the Time tab (the Notes tab reads its own)
    real_list = type(centre.services.notes).list

    def counted(self, cid, *args, **kwargs):
        if sys._getframe(1).f_code.co_filename.endswith("time_tab.py"):
            reads.append(cid)
        return real_list(self, cid, *args, **kwargs)
    monkeypatch.setattr(type(centre.services.notes), "list", counted)
    file = open_client_tab(qtbot, shell, client.id)
    tab = file.tab("time")
    wait_idle(qtbot, shell)
    assert reads == [client.id]          # one read of her notes fills both lists
    assert tab.note_time.model.rowCount() == 1

    dialog = tab.panel.add()             # two matters: none chosen for her
    combo = dialog.ui.f_matter_id
    assert combo.currentText() == "(no particular matter)"
    assert [combo.itemData(i) for i in range(combo.count())] == [None, appeal.id, second.id]
    dialog.ui.f_minutes.setValue(45)
    dialog.ui.f_description.setPlainText("Went with her to register with a GP")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.panel.model.rowCount() == 1, timeout=10000)
    entry = tab.panel.model.row(0)
    assert entry.matter_id is None and entry.client_id == client.id
    assert _row(tab.panel.model, 0)[1] == "(no particular matter)"
    summary = tab.panel.ui.summaryLabel.text()
    assert summary.startswith("Total for her file 1 h 15 min (0 h 30 min of it recorded on notes)")
    assert summary.endswith("By matter: no particular matter 1 h 15 min")

    tab.panel.ui.recordsView.selectRow(0)
    dialog = tab.panel.edit()
    dialog.ui.f_matter_id.setCurrentIndex(dialog.ui.f_matter_id.findData(appeal.id))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.panel.model.row(0).matter_id == appeal.id, timeout=10000)
    wait_idle(qtbot, shell)
    assert _row(tab.panel.model, 0)[1] == appeal.reference
    assert tab.panel.ui.summaryLabel.text().endswith(
        f"By matter: {appeal.reference} 0 h 45 min; no particular matter 0 h 30 min")
    assert centre.services.time_entries.total_minutes(appeal.id) == 45
    # a note with time saved elsewhere: the tab reads again (one read) and counts it
    centre.services.notes.create(CaseNote(
        client_id=client.id, author_id=centre.session.user_id, note_type=NoteType.PHONE,
        note_date=date(2026, 3, 3), title="Call", duration_minutes=15), "k-call")
    qtbot.waitUntil(lambda: tab.note_time.model.rowCount() == 2, timeout=10000)
    wait_idle(qtbot, shell)
    assert tab.panel.ui.summaryLabel.text().startswith("Total for her file 1 h 30 min")
    assert reads == [client.id] * 4      # one per load: opened, the add, the edit, the note
