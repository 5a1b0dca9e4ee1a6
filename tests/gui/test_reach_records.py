"""Records that were stored but could not be reached from the screens: peer mentors (Support),
convictions (solicitors only, beside identification and parties)."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.gui_helpers import (OTHER_PASSPHRASE, open_client_tab, seed_client, unlock_as,
                                   wait_idle)

pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def her(team):
    return seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Mariam",
                       family_name="Tesfaye", date_of_birth=date(1990, 5, 1))


def open_as(qtbot, make_shell, team, username, client_id):
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, username, OTHER_PASSPHRASE)
    return shell, open_client_tab(qtbot, shell, client_id)


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)


def test_peer_mentor_added_and_ended_from_the_support_tab(qtbot, make_shell, team, her):
    shell, file = open_as(qtbot, make_shell, team, "sup", her.id)
    panel = file.tab("support").panel("mentors")
    dialog = panel.add()
    dialog.ui.f_mentor_name.setText("Grace <b>A</b> & Co")
    dialog.ui.f_mentor_contact.setText("via the women's group")
    save(qtbot, dialog)
    assert panel.model.rowCount() == 1
    panel.ui.recordsView.selectRow(0)
    edit = panel.edit()
    edit.ui.f_ended_on.set_value(date.today())
    save(qtbot, edit)
    stored = shell.centre.services.support.mentors.list(her.id)
    assert [(m.mentor_name, m.ended_on) for m in stored] == [("Grace <b>A</b> & Co", date.today())]


def test_conviction_recorded_by_a_solicitor_with_spent_unknown(qtbot, make_shell, team, her):
    shell, file = open_as(qtbot, make_shell, team, "sol", her.id)
    panel = file.tab("identification").panel("convictions")
    dialog = panel.add()
    assert dialog.ui.f_spent.currentData() is None          # "not yet established"
    dialog.ui.f_offence.setText("Cannabis cultivation")
    dialog.ui.f_compelled_by_trafficking.setChecked(True)
    save(qtbot, dialog)
    panel.ui.recordsView.selectRow(0)
    edit = panel.edit()
    edit.ui.f_spent.setCurrentIndex(edit.ui.f_spent.findData(True))
    save(qtbot, edit)
    wait_idle(qtbot, shell)
    [stored] = shell.centre.services.clients.convictions.list(her.id)
    assert (stored.offence, stored.spent, stored.compelled_by_trafficking) == \
        ("Cannabis cultivation", True, True)
    assert panel.model.data(panel.model.index(0, 4)) == "spent"


def test_support_worker_sees_no_convictions(qtbot, make_shell, team, her):
    _shell, file = open_as(qtbot, make_shell, team, "sup", her.id)
    assert file.tab("identification").panel("convictions") is None


def test_matter_form_records_fee_earner_supervisor_and_its_parties(qtbot, make_shell, team,
                                                                    her):
    from assist_desktop.domain.parties import Party, PartyRole
    centre = team.unlock("sol", OTHER_PASSPHRASE)
    try:
        parties = centre.services.matters.parties
        madam = parties.create(Party(client_id=her.id, role=PartyRole.ASSOCIATE, name="Ms X"))
        parties.create(Party(client_id=her.id, role=PartyRole.WITNESS, name="Ms Y"))
        directory = centre.services.users.directory()
    finally:
        centre.lock()
    shell, file = open_as(qtbot, make_shell, team, "sol", her.id)
    tab = file.tab("matters")
    dialog = tab.new_matter()
    qtbot.waitUntil(lambda: dialog.ui.feeEarnerCombo.isEnabled()
                    and dialog.ui.partiesList.isEnabled(), timeout=10000)
    me = shell.centre.session.user_id
    assert dialog.ui.feeEarnerCombo.currentData() == me          # she does the work by default
    other = next(u.id for u in directory if u.id != me and "solicitor" in u.roles)
    dialog.ui.supervisorCombo.setCurrentIndex(dialog.ui.supervisorCombo.findData(other))
    assert dialog.ui.partiesList.count() == 2
    dialog.tick_party(madam.id)
    dialog.ui.titleEdit.setText("Asylum claim")
    save(qtbot, dialog)
    wait_idle(qtbot, shell)
    [stored] = shell.centre.services.matters.list(her.id)
    assert (stored.fee_earner_id, stored.supervisor_id, stored.party_ids) == \
        (me, other, frozenset({madam.id}))
    tab.ui.mattersView.selectRow(0)
    again = tab.edit()
    qtbot.waitUntil(lambda: again.ui.supervisorCombo.isEnabled()
                    and again.ui.partiesList.isEnabled(), timeout=10000)
    assert again.ui.supervisorCombo.currentData() == other
    again.tick_party(madam.id, False)
    save(qtbot, again)
    wait_idle(qtbot, shell)
    assert shell.centre.services.matters.list(her.id)[0].party_ids == frozenset()


def test_support_time_on_notes_without_a_matter_shows_in_the_time_tab(qtbot, make_shell, team,
                                                                      her):
    from assist_desktop.domain.notes import CaseNote, NoteType
    centre = team.unlock("sup", OTHER_PASSPHRASE)
    try:
        me = centre.session.user_id
        for minutes, title in ((45, "Accompanied her to the GP"), (0, "Left a message")):
            centre.services.notes.create(CaseNote(
                client_id=her.id, author_id=me, note_type=NoteType.MEETING,
                note_date=date(2026, 3, 2), title=title, duration_minutes=minutes),
                idempotency_key=f"k-{minutes}")
    finally:
        centre.lock()
    _shell, file = open_as(qtbot, make_shell, team, "sup", her.id)
    tab = file.tab("time")
    panel = tab.note_time
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    row = [panel.model.data(panel.model.index(0, c)) for c in range(5)]
    assert row[1:] == ["(no particular matter)", "Meeting", "45", "Accompanied her to the GP"]
    assert panel.summary.text() == \
        "On notes 0 h 45 min, of which 0 h 45 min on no particular matter"
