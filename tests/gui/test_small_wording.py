"""Small things a person reads: the time tab's total counts time recorded on notes; the window
title names the application once; "Ireland" says it means the Republic; messages have no
internal field prefixes."""
from __future__ import annotations

from datetime import date

from assist_desktop.gui.tasks import TaskRunner


def test_time_recorded_on_notes_is_counted_in_the_total(qtbot, centre):
    from assist_desktop.domain.clients import Client
    from assist_desktop.domain.notes import CaseNote, NoteType
    from assist_desktop.gui.client.time_tab import TimeTab
    services = centre.services
    client = services.clients.create(Client(given_names="Grace", family_name="Okoro",
                                            jurisdiction="england-wales"))
    services.notes.create(CaseNote(client_id=client.id, author_id=centre.session.user_id,
                                   note_type=NoteType.MEETING, note_date=date.today(),
                                   title="Statement session", body="First part",
                                   duration_minutes=95), "key-1")
    runner = TaskRunner()
    tab = TimeTab(services.time_entries, services.matters, client.id, centre.session, runner,
                  notes=services.notes)
    qtbot.addWidget(tab)
    label = tab.panel.ui.summaryLabel
    qtbot.waitUntil(lambda: "Total" in label.text(), timeout=10000)
    runner.shutdown(wait=True)
    assert label.text().startswith("Total 1 h 35 min")
    assert "recorded on notes" in label.text()
