"""Tasks for colleagues and the diary in the real window: the task dialog's "Who does it",
the task list's Who and Reminder columns, My week's 7/14/30-day views and its count, and the
.ics export."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from assist_desktop.domain.tasks import Task
from assist_desktop.gui.client.task_dialogs import TaskDialog
from tests.gui.gui_helpers import (OTHER_PASSPHRASE, open_client_tab, seed_client, unlock_as,
                                   wait_idle)


@pytest.fixture
def team(centre, staff, vault):
    centre.lock()
    return vault


def _cells(model, row):
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_a_task_given_to_a_colleague_shows_in_their_week(qtbot, make_shell, team):
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Grace",
                         family_name="Okoro")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    file.show_tab("tasks")
    tab = file.tab("tasks")
    dialog = tab.new_task()
    combo = dialog.ui.assignCombo
    qtbot.waitUntil(lambda: combo.findText("Sue Support") >= 0, timeout=10000)
    assert combo.currentText() == "Me"                       # the default, as before
    assert combo.findText("Alex Office") < 0                 # an administrator does no casework
    dialog.ui.titleEdit.setText("Book the interpreter")
    dialog.ui.dueEdit.set_value(date.today() + timedelta(days=3))
    dialog.ui.reminderSpin.setValue(2)
    combo.setCurrentIndex(combo.findText("Sue Support"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    wait_idle(qtbot, shell)
    row = _cells(tab.model, 0)
    assert "Sue Support" in row
    remind = (date.today() + timedelta(days=1)).strftime("%d/%m/%Y")
    assert any(cell and "2 days before" in cell and remind in cell for cell in row)
    # the reminder can be changed
    assert not tab.ui.editButton.isEnabled()
    tab.ui.tasksView.selectRow(0)
    qtbot.mouseClick(tab.ui.editButton, Qt.MouseButton.LeftButton)
    edit = next(d for d in tab.findChildren(TaskDialog) if d.isVisible())
    assert edit.ui.reminderSpin.value() == 2 and edit.ui.titleEdit.text() == "Book the interpreter"
    edit.ui.reminderSpin.setValue(1)
    qtbot.mouseClick(edit.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.row(0).reminder_days == 1, timeout=10000)
    shell.lock()
    qtbot.waitUntil(lambda: shell.centre is None, timeout=10000)
    # signed in as Sue: it is in her week ("only mine" ticked)
    unlock_as(qtbot, shell, "sup", OTHER_PASSPHRASE)
    shell.window.ui.actionMyWeek.trigger()
    week = shell.workspace.page("week")
    assert week.ui.mineCheck.isChecked()
    week.reload()
    wait_idle(qtbot, shell)
    assert [(i.client_reference, i.entry.title) for i in week.items()] == [
        (client.reference, "Book the interpreter")]


def test_my_week_views_and_a_count_that_agrees_with_its_list(qtbot, make_shell, team, tmp_path,
                                                            monkeypatch):
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Grace",
                         family_name="Okoro")
    shell = make_shell(vault=team)
    centre = unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    me, today = centre.session.user_id, date.today()
    for title, days in (("late", -1), ("in a week", 7), ("in ten days", 10), ("later", 29)):
        centre.services.tasks.create(Task(client_id=client.id, title=title, assigned_to=me,
                                          due_on=today + timedelta(days=days)))
    shell.window.ui.actionMyWeek.trigger()
    week = shell.workspace.page("week")
    wait_idle(qtbot, shell)
    assert [week.ui.viewCombo.itemData(i) for i in range(week.ui.viewCombo.count())] == [
        7, 14, 30]
    assert [i.entry.title for i in week.items()] == ["late"]
    # "in 7 days" is the eighth day: not in the 7-day view, and the label says to when
    end = (today + timedelta(days=6)).strftime("%d/%m/%Y")
    assert week.ui.statusLabel.text().startswith(f"1 overdue · 0 due from today to {end}")
    week.set_days(14)
    wait_idle(qtbot, shell)
    assert [i.entry.title for i in week.items()] == ["late", "in a week", "in ten days"]
    assert "1 overdue · 2 due from today to" in week.ui.statusLabel.text()
    week.set_days(30)
    wait_idle(qtbot, shell)
    assert len(week.items()) == 4
    assert week.state()["days"] == 30
    # the calendar: references only, written on the task thread
    from assist_desktop.gui import messages
    target = tmp_path / "mine.ics"
    asked = []
    messages.answer_with(lambda kind, title, text: asked.append(text) or True)
    monkeypatch.setattr("assist_desktop.gui.my_week.QFileDialog.getSaveFileName",
                        lambda *_a, **_k: (str(target), ""))
    try:
        qtbot.mouseClick(week.ui.exportButton, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, shell)
    finally:
        messages.answer_with(None)
    assert asked and "not be encrypted" in asked[0]          # warned before choosing where
    data = target.read_text()
    assert data.count("BEGIN:VEVENT") == 4 and client.reference in data
    assert "Grace" not in data and "late" not in data
    assert week.ui.exportButton.isEnabled()


def test_a_plan_action_is_done_by_a_colleague_or_an_outside_agency(qtbot, make_shell, team):
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Grace",
                         family_name="Okoro")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sup", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    file.show_tab("support")
    wait_idle(qtbot, shell)
    plan = file.tab("support").panel("plan")
    dialog = plan.add()
    owner = dialog.ui.f_owner_id
    assert owner.findText("Sam Solicitor") >= 0 and owner.findText("Alex Office") < 0
    dialog.ui.f_action.setPlainText("Apply for legal aid")
    owner.setCurrentIndex(owner.findText("Sam Solicitor"))
    assert not dialog.ui.f_owner_name.isEnabled()       # the outside name is for outsiders
    dialog.ui.f_due_on.set_value(date.today() + timedelta(days=2))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plan.model.rowCount() == 1, timeout=10000)
    assert "Sam Solicitor" in _cells(plan.model, 0)
    again = plan._dialog(plan.model.row(0), lambda r: r)
    assert again.ui.f_owner_id.currentText() == "Sam Solicitor"
    again.reject()
    dialog = plan.add()
    dialog.ui.f_action.setPlainText("Housing needs assessment")
    dialog.ui.f_owner_id.setCurrentIndex(dialog.ui.f_owner_id.findText(
        "Someone outside the centre"))
    dialog.ui.f_owner_name.setText("Local authority housing team")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plan.model.rowCount() == 2, timeout=10000)
    outside = next(r for r in plan.model.rows() if r.owner_id is None)
    assert outside.owner_name == "Local authority housing team"
    shell.lock()
    qtbot.waitUntil(lambda: shell.centre is None, timeout=10000)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    shell.window.ui.actionMyWeek.trigger()
    week = shell.workspace.page("week")
    week.reload()
    wait_idle(qtbot, shell)
    assert [(str(i.entry.kind), i.entry.title) for i in week.items()] == [
        ("plan_action", "Apply for legal aid")]
