"""The one date field: typed in dd/mm/yyyy (and the other usual ways), picked from a calendar
that opens near today, empty when optional, a message in place for a bad date, and dates of
birth known in part ("about 1990") kept end to end."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from assist_desktop.domain.dates import DatePrecision, PartialDate
from assist_desktop.gui.widgets import DateEdit
from tests.gui.gui_helpers import OTHER_PASSPHRASE, unlock_as, wait_idle


@pytest.fixture
def field(qtbot):
    form = QWidget()
    layout = QVBoxLayout(form)
    widget = DateEdit(form)
    widget.setAccessibleName("Opened on")
    layout.addWidget(widget)
    layout.addWidget(QLineEdit(form))        # somewhere for Tab to go
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitActive(form)
    yield widget


def type_into(qtbot, field, text):
    field.edit.setFocus()
    qtbot.waitUntil(field.edit.hasFocus)
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize("typed", ["14/03/1994", "14/3/1994", "14-03-1994", "14.03.1994",
                                   "1994-03-14", "14 Mar 1994", "14 march 1994"])
def test_a_date_typed_into_an_empty_field_is_kept(qtbot, field, typed):
    assert field.value() is None
    type_into(qtbot, field, typed)
    assert field.value() == date(1994, 3, 14)
    assert field.edit.text() == "14/03/1994"          # shown back as understood
    assert field.message.isHidden()


def test_a_bad_date_gets_a_message_in_place_and_keeps_the_text(qtbot, field):
    type_into(qtbot, field, "31/02/1994")
    assert field.value() is None
    assert field.problem()
    assert not field.message.isHidden() and "not a real date" in field.message.text()
    assert field.edit.text() == "31/02/1994"           # kept, to be corrected
    type_into(qtbot, field, "28/02/1994")
    assert field.value() == date(1994, 2, 28) and field.message.isHidden()


@pytest.mark.parametrize("typed", ["14/03/94", "03/14/1994", "banana", "<b>1</b>", "32/13/2020", "1994-02-30"])
def test_ambiguous_or_wrong_text_is_refused(qtbot, field, typed):
    type_into(qtbot, field, typed)
    assert field.value() is None and field.problem()


def test_empty_is_shown_as_empty_not_1900(qtbot, field):
    field.set_value(date(2024, 1, 5))
    type_into(qtbot, field, "")
    field.edit.clear()
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.value() is None and not field.problem()
    assert field.edit.text() == "" and "1900" not in field.edit.placeholderText()


def test_the_calendar_opens_near_today_and_a_pick_fills_the_field(qtbot, field):
    field.open_calendar()
    calendar = field.calendar()
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.clicked.emit(QDate(2025, 6, 9))
    assert field.value() == date(2025, 6, 9) and field.edit.text() == "09/06/2025"


def test_a_birth_date_calendar_opens_on_a_plausible_birth_year(qtbot, field):
    field.allow_partial(True)
    field.open_calendar()
    assert field.calendar().yearShown() < QDate.currentDate().year() - 15


@pytest.mark.parametrize("typed, expected, shown", [
    ("1990", PartialDate(date(1990, 1, 1), DatePrecision.YEAR), "1990"),
    ("about 1990", PartialDate(date(1990, 1, 1), DatePrecision.ABOUT), "about 1990"),
    ("c. 1990", PartialDate(date(1990, 1, 1), DatePrecision.ABOUT), "about 1990"),
    ("3/1990", PartialDate(date(1990, 3, 1), DatePrecision.MONTH), "03/1990"),
    ("March 1990", PartialDate(date(1990, 3, 1), DatePrecision.MONTH), "03/1990"),
    ("14/03/1990", PartialDate(date(1990, 3, 14), DatePrecision.DAY), "14/03/1990"),
])
def test_a_date_of_birth_may_be_known_in_part(qtbot, field, typed, expected, shown):
    field.allow_partial(True)
    type_into(qtbot, field, typed)
    assert field.partial_value() == expected
    assert field.edit.text() == shown


def test_partial_dates_print_and_give_an_age_as_far_as_known():
    about = PartialDate(date(1990, 1, 1), DatePrecision.ABOUT)
    assert about.text() == "1990 (approximately)"
    assert about.age_on(date(2026, 12, 7)) == "about 36"
    assert PartialDate(date(1990, 3, 1), DatePrecision.MONTH).text() == "March 1990"
    assert PartialDate(date(1990, 3, 14)).age_on(date(2026, 3, 13)) == "35"


def test_a_bad_date_in_a_record_dialog_stops_the_save(qtbot, field):
    from assist_desktop.domain.errors import ValidationError
    from assist_desktop.gui import binding

    class Ui:  # the shape of a generated form
        f_opened_on = field

    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Rec:
        opened_on: date | None = None
    type_into(qtbot, field, "32/01/2024")
    with pytest.raises(ValidationError):
        binding.read(Ui, Rec())


def test_intake_keeps_a_typed_approximate_date_of_birth(qtbot, make_shell, team,
                                                        discard_unsaved):
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    shell.window.ui.actionNewClient.trigger()
    from assist_desktop.gui.intake import IntakeDialog
    wizard = shell.window.findChild(IntakeDialog)
    ui = wizard.ui
    qtbot.keyClicks(ui.givenEdit, "Joy")
    type_into(qtbot, ui.dobEdit, "about 1990")
    assert ui.dobEdit.message.isHidden()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is not ui.namesPage, timeout=10000)
    if wizard.currentPage() is ui.conflictPage:
        ui.proceedRadio.setChecked(True)
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is ui.profilePage, timeout=10000)
    assert wizard.form.ui.dobEdit.edit.text() == "about 1990"
    ui.contactNameEdit.setText("Joy")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is ui.donePage, timeout=10000)
    stored = shell.centre.services.clients.get(wizard.client.id)
    assert stored.birth == PartialDate(date(1990, 1, 1), DatePrecision.ABOUT)
    wizard.accept()
    wait_idle(qtbot, shell)


def test_a_matter_form_keeps_typed_dates_and_refuses_a_bad_one_in_place(qtbot, make_shell, team,
                                                                        discard_unsaved):
    from tests.gui.gui_helpers import open_client_tab, seed_client
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Grace", family_name="Okoro")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    file.show_tab("matters")
    matters = file.tab("matters")
    dialog = matters.new_matter()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    ui = dialog.ui
    dialog.ui.titleEdit.setText("Appeal against refusal of asylum")
    type_into(qtbot, ui.decisionSentEdit, "14/03/2026")
    type_into(qtbot, ui.hearingEdit, "30/02/2027")            # no such day
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not ui.hearingEdit.message.isHidden()
    assert "does not exist" in dialog._message.text()          # said in the dialog, not a modal
    assert ui.hearingEdit.edit.text() == "30/02/2027"
    assert matters.model.rowCount() == 0
    type_into(qtbot, ui.hearingEdit, "1 Mar 2027")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: matters.model.rowCount() == 1, timeout=10000)
    saved = matters.model.row(0)
    assert (saved.decision_sent_on, saved.next_hearing_on) == (date(2026, 3, 14), date(2027, 3, 1))
