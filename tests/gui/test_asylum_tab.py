"""The Asylum and age tab through its widgets: a solicitor records the claim's steps and a
refusal, and the appeal deadline appears in her Tasks tab at once; age assessments and the
exploitation profile (forms, countries, how she reached the centre) are saved from their forms;
a support worker sees steps, outcomes and dates only."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from assist_desktop.gui.client import asylum_tab
from tests.gui.gui_helpers import OTHER_PASSPHRASE, open_client_tab, seed_client, unlock_as

pytestmark = pytest.mark.usefixtures("discard_unsaved")


def save_dialog(qtbot, dialog):
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)


def pick(combo, code):
    combo.setCurrentIndex(combo.findData(code))


@pytest.fixture
def client(team):
    return seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Mariam",
                       family_name="Tesfaye", jurisdiction="england-wales")


def test_solicitor_records_the_claim_and_the_appeal_deadline_appears(qtbot, make_shell, team,
                                                                     client, monkeypatch):
    notices = []
    monkeypatch.setattr(asylum_tab, "show_notice", lambda _p, title, text: notices.append(text))
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    tab = file.tab("asylum")
    steps = tab.panel("steps")
    for step, on, outcome in (("screening_interview", date(2025, 6, 9), None),
                              ("substantive_interview", date(2025, 11, 20), None),
                              ("decision", date(2026, 3, 2), "refused")):
        dialog = steps.add()
        pick(dialog.ui.f_step, step)
        dialog.ui.f_dated.set_value(on)
        if outcome:
            pick(dialog.ui.f_outcome, outcome)
        dialog.ui.f_body.setText("Home Office <b>&</b>")
        save_dialog(qtbot, dialog)
    qtbot.waitUntil(lambda: steps.model.rowCount() == 3, timeout=10000)
    assert len(notices) == 1 and "2026" in notices[0]   # one notice, for the refusal
    tasks = file.tab("tasks")
    qtbot.waitUntil(lambda: any(t.rule_id == "ftt-iac-appeal-in-uk"
                                for t in tasks.model.rows()), timeout=10000)
    deadline = next(t for t in tasks.model.rows() if t.rule_id == "ftt-iac-appeal-in-uk")
    assert deadline.due_on == date(2026, 3, 16)

    hearing = steps.add()                  # a hearing has no outcome: none is offered
    pick(hearing.ui.f_step, "hearing")
    assert hearing.ui.f_outcome.count() == 1
    pick(hearing.ui.f_step, "determination")
    codes = [hearing.ui.f_outcome.itemData(i) for i in range(hearing.ui.f_outcome.count())]
    assert "dismissed" in codes and "refused" not in codes
    hearing.reject()
    assert steps.model.rowCount() == 3

    ages = tab.panel("age")
    dialog = ages.add()
    dialog.ui.f_assessed_on.set_value(date(2025, 7, 1))
    pick(dialog.ui.f_outcome, "assessed_as_adult")
    dialog.ui.f_assessed_age.setValue(19)
    dialog.ui.f_assessing_body.setText("Kent County Council")
    save_dialog(qtbot, dialog)
    qtbot.waitUntil(lambda: ages.model.rowCount() == 1, timeout=10000)
    unknown = ages.add()                      # "not given" is no age, not an age of 0
    unknown.ui.f_assessed_on.set_value(date(2025, 9, 1))
    save_dialog(qtbot, unknown)
    qtbot.waitUntil(lambda: ages.model.rowCount() == 2, timeout=10000)
    assert sorted((a.assessed_age for a in ages.model.rows()), key=str) == [19, None]

    profile = tab.panel("profile")
    dialog = profile.add()
    dialog.ui.x_form_sexual.setChecked(True)
    dialog.ui.x_form_domestic_servitude.setChecked(True)
    dialog.ui.t_countries.setPlainText("Nigeria\nLibya\n\nItaly")
    assert not dialog.ui.f_referring_agency.isEnabled()   # until an agency referred her
    pick(dialog.ui.f_route, "agency")
    assert dialog.ui.f_referring_agency.isEnabled()
    dialog.ui.f_referring_agency.setText("Salvation Army")
    save_dialog(qtbot, dialog)
    qtbot.waitUntil(lambda: profile.model.rowCount() == 1, timeout=10000)
    saved = profile.model.row(0)
    assert [f.value for f in saved.forms] == ["sexual", "domestic_servitude"]
    assert saved.countries == ("Nigeria", "Libya", "Italy")
    details = file.tab("overview").ui.detailsLabel  # her profile shows it at once
    qtbot.waitUntil(lambda: "Salvation Army" in details.text(), timeout=10000)
    assert "Sexual exploitation, Domestic servitude" in details.text()
    assert "Nigeria, Libya, Italy" in details.text()
    assert profile.add() is None and profile.ui.addButton.isHidden()  # one: edit it instead
    profile.ui.recordsView.selectRow(0)
    again = profile.edit()
    assert again.ui.x_form_sexual.isChecked() and not again.ui.x_form_labour.isChecked()
    pick(again.ui.f_route, "outreach")           # the agency's name goes with the agency
    save_dialog(qtbot, again)
    qtbot.waitUntil(lambda: str(profile.model.row(0).route) == "outreach", timeout=10000)
    assert profile.model.row(0).referring_agency == ""


def test_support_worker_sees_steps_outcomes_and_dates_only(qtbot, make_shell, team, client):
    centre = team.unlock("sol", OTHER_PASSPHRASE)
    try:
        from assist_desktop.domain.asylum import AsylumEvent, AsylumOutcome, AsylumStep
        centre.services.asylum.create(AsylumEvent(
            client_id=client.id, step=AsylumStep.DECISION, dated=date(2026, 3, 2),
            outcome=AsylumOutcome.REFUSED, reference="HO-SECRET-9"))
    finally:
        centre.lock()
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sup", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    steps = file.tab("asylum").panel("steps")
    qtbot.waitUntil(lambda: steps.model.rowCount() == 1, timeout=10000)
    assert steps.model.columnCount() == 3
    texts = [steps.model.data(steps.model.index(0, c)) for c in range(3)]
    assert "Refused" in texts and steps.ui.addButton.isHidden()
    assert file.tab("asylum").panel("age").ui.addButton.isHidden()
    assert not file.tab("asylum").panel("profile").ui.addButton.isHidden()
