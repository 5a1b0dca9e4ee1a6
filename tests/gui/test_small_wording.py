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
    assert label.text().startswith("Total for her file 1 h 35 min")
    assert "recorded on notes" in label.text()


def test_ireland_says_it_means_the_republic():
    from assist_desktop.domain.staff import JURISDICTION_LABELS
    from assist_desktop.gui.labels import label
    assert JURISDICTION_LABELS["ireland"] == "Republic of Ireland"
    for key in ("ireland", "ireland_legacy", "ireland_2024_act", "irish_cict"):
        assert "Republic of Ireland" in label(key), key


def test_messages_have_no_internal_field_prefixes():
    from assist_desktop.domain.errors import ValidationError
    from assist_desktop.gui.messages import describe
    said = describe(ValidationError("claim", "there is no compensation claim on her file"))
    assert said == "There is no compensation claim on her file."
    assert describe(ValidationError("closed_on", "is before the file was opened")) == \
        "Closed on is before the file was opened."
    assert describe(ValidationError("client_id", "must be a number")) == "Client must be a number."
    for field in ("claim:", "closed_on", "client_id"):
        assert field not in said


def test_day_counts_read_as_english_plurals(qapp):
    """'overdue by 3 days', never 'overdue by 3 day(s)': every "%n" message of the catalogue
    is a plural one, also those asked through QCoreApplication.translate (tools/translations.py)."""
    from datetime import date, timedelta

    from assist_desktop.gui import i18n
    from assist_desktop.gui.formatting import age_phrase, due_phrase
    i18n.install(qapp)
    today = date(2026, 12, 7)
    assert due_phrase(today - timedelta(days=3), today) == "overdue by 3 days"
    assert due_phrase(today - timedelta(days=1), today) == "overdue by 1 day"
    assert due_phrase(today + timedelta(days=5), today) == "in 5 days"
    assert "(s)" not in age_phrase("2026-12-01T09:00:00+00:00")
