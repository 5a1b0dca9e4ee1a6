"""Whole flows per role, through the real widgets: intake with a conflict match, a matter with a
deadline that shows in "my week", a note, a draft kept over an idle lock, what a support worker
and an administrator may not see."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from assist_desktop.gui import messages
from tests.gui.gui_helpers import (OTHER_PASSPHRASE, open_client_tab, seed_client, unlock_as,
                         wait_idle, with_case_services)


pytestmark = pytest.mark.usefixtures("discard_unsaved")


def test_intake_with_a_conflict_match(qtbot, make_shell, team):
    existing = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Amina", family_name="Hassan",
                           date_of_birth=date(1995, 3, 2))
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    shell.window.ui.actionNewClient.trigger()
    from assist_desktop.gui.intake import IntakeDialog
    wizard = shell.window.findChild(IntakeDialog)
    assert wizard is not None and wizard.isVisible()
    ui = wizard.ui
    ui.preferredEdit.setText("Mina")
    ui.givenEdit.setText("Amina")
    ui.familyEdit.setText("Hasan")                      # another spelling
    ui.aliasesEdit.setPlainText("Амина Хасан")          # and in Cyrillic
    wizard.next()                                       # runs the conflict check
    qtbot.waitUntil(lambda: wizard.currentPage() is ui.conflictPage, timeout=10000)
    assert wizard.matches.rowCount() >= 1
    where = [m.where for m in wizard.matches.rows()]
    assert any(existing.reference in w for w in where)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    ui.proceedRadio.setChecked(True)
    ui.decisionNoteEdit.setText("Different person: other date of birth, other town.")
    wizard.next()                                       # records the decision
    qtbot.waitUntil(lambda: wizard.currentPage() is ui.profilePage, timeout=10000)
    assert wizard.form.ui.givenNamesEdit.text() == "Amina"
    wizard.form.ui.nationalityEdit.setText("Eritrean")
    wizard.form.ui.languagesEdit.setText("Tigrinya (Asmara); English")
    ui.contactNameEdit.setText("Selam")
    wizard.next()                                       # creates her file
    qtbot.waitUntil(lambda: wizard.currentPage() is ui.donePage, timeout=10000)
    assert wizard.client is not None and wizard.client.reference in ui.doneLabel.text()
    assert wizard.check.decision == "proceed"
    checks = shell.centre.services.conflicts.checks_for_client(wizard.client.id)
    assert [c.id for c in checks] == [wizard.check.id]   # saved with her file, not after it
    wizard.accept()
    wait_idle(qtbot, shell)
    file = shell.workspace._clients[wizard.client.id]
    qtbot.waitUntil(lambda: file.client is not None)
    assert file.ui.nameLabel.text() == "Mina"
    tabs = shell.workspace.ui.tabs
    assert tabs.tabText(tabs.currentIndex()) == wizard.client.reference   # never her name
    assert "Mina" not in shell.window.windowTitle()


def test_matter_with_deadline_shows_in_my_week(qtbot, make_shell, team):
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Grace", family_name="Okoro")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    file.show_tab("matters")
    matters = file.tab("matters")
    dialog = matters.new_matter()
    dialog.ui.typeCombo.setCurrentIndex(dialog.ui.typeCombo.findData("appeal"))
    dialog.ui.titleEdit.setText("Appeal against refusal of asylum")
    dialog.ui.decisionSentEdit.set_value(date.today() - timedelta(days=14))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: matters.model.rowCount() == 1, timeout=10000)
    matters.ui.mattersView.selectRow(0)
    deadline = matters.add_deadline()
    qtbot.waitUntil(lambda: deadline.ui.ruleCombo.count() > 0, timeout=10000)
    combo = deadline.ui.ruleCombo
    index = next(i for i in range(combo.count()) if "14 days" in combo.itemText(i))
    combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: deadline.due is not None and deadline.ok_button.isEnabled(),
                    timeout=10000)
    assert deadline.due.due <= date.today() + timedelta(days=6)
    qtbot.mouseClick(deadline.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: matters.deadlines.rowCount() == 1, timeout=10000)
    shell.window.ui.actionMyWeek.trigger()
    week = shell.workspace.page("week")
    week.reload()
    wait_idle(qtbot, shell)
    items = week.items()
    assert [i.client_reference for i in items] == [client.reference]
    assert items[0].task.kind == "deadline"
    # Enter on the row opens her file
    week.ui.weekView.setCurrentIndex(week.model.index(0, 0))
    qtbot.keyClick(week.ui.weekView, Qt.Key.Key_Return)
    assert shell.workspace.current_key() == f"client:{client.id}"


def test_write_a_note_and_keep_a_draft_over_an_idle_lock(qtbot, make_shell, team):
    client = seed_client(team, "sup", OTHER_PASSPHRASE, given_names="Lan", family_name="Nguyễn")
    shell = make_shell(vault=team, idle_ms=60_000)
    unlock_as(qtbot, shell, "sup", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    shell.window.ui.actionNewNote.trigger()              # Ctrl+N
    notes = file.tab("notes")
    editor = notes.editor
    assert shell.workspace.current_key() == f"client:{client.id}"
    assert file.current_tab() == "notes"
    editor.ui.titleEdit.setText("Housing appointment")
    editor.ui.bodyEdit.setPlainText("Went with her to the council; <b>bring</b> ID & letters.")
    assert not editor.ui.privilegedCheck.isVisible()      # a support worker cannot mark privilege
    shell.window.ui.actionSave.trigger()                 # Ctrl+S
    qtbot.waitUntil(lambda: notes.model.rowCount() == 1, timeout=10000)
    assert notes.model.row(0).body.startswith("Went with her")
    # a second note, left unsaved when the idle lock comes
    notes.new_note()
    editor.ui.titleEdit.setText("Call with GP")
    editor.ui.bodyEdit.setPlainText("Half-written sentence about the appointment")
    shell.idle.set_timeout_ms(200)
    qtbot.waitUntil(lambda: shell.window.is_locked, timeout=5000)
    assert shell.window.session_widget is None            # nothing of hers on screen
    wait_idle(qtbot, shell)
    unlock_as(qtbot, shell, "sup", OTHER_PASSPHRASE)
    file = shell.workspace._clients[client.id]
    qtbot.waitUntil(lambda: file.tab("notes") is not None, timeout=10000)
    editor = file.tab("notes").editor
    qtbot.waitUntil(lambda: editor.ui.bodyEdit.toPlainText() ==
                    "Half-written sentence about the appointment", timeout=10000)
    assert editor.ui.titleEdit.text() == "Call with GP"
    assert file.current_tab() == "notes"
    assert shell.workspace.current_key() == f"client:{client.id}"


def test_support_worker_cannot_open_a_privileged_note(qtbot, make_shell, team):
    from assist_desktop.domain.notes import CaseNote, NoteType
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Ada", family_name="Eze")
    centre = team.unlock("sol", OTHER_PASSPHRASE)
    services = with_case_services(centre)
    sol_id = centre.session.user_id
    secret = services.notes.create(CaseNote(
        client_id=client.id, author_id=sol_id, note_type=NoteType.MEETING,
        note_date=date.today(), title="Advice on credibility", body="privileged advice",
        privileged=True), "key-1")
    services.notes.create(CaseNote(client_id=client.id, author_id=sol_id,
                                   note_type=NoteType.PHONE, note_date=date.today(),
                                   title="Rang her back", body="ordinary"), "key-2")
    centre.lock()
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sup", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    notes = file.tab("notes")
    qtbot.waitUntil(lambda: notes.model.rowCount() == 1, timeout=10000)
    assert [n.title for n in notes.model.rows()] == ["Rang her back"]
    messages.shown.clear()
    notes.open_note_id(secret.id)                         # e.g. a stale link
    wait_idle(qtbot, shell)
    assert messages.shown and "not found" in messages.shown[-1][1]
    assert notes.editor.note_id != secret.id
    assert "privileged advice" not in notes.editor.ui.bodyEdit.toPlainText()
    assert file.tab("matters") is not None                # summaries only
    assert not file.tab("matters").ui.newButton.isVisible()


def test_administrator_sees_no_case_content(qtbot, make_shell, team):
    seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Hidden", family_name="Person")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "adm", OTHER_PASSPHRASE)
    workspace = shell.workspace
    assert workspace.page("admin") is not None
    assert workspace.page("caseload") is None and workspace.page("week") is None
    ui = shell.window.ui
    assert not ui.actionCaseload.isVisible() and not ui.actionNewClient.isVisible()
    assert not ui.actionFind.isVisible()
    staff = workspace.page("admin").staff
    qtbot.waitUntil(lambda: staff.model.rowCount() == 4, timeout=10000)
    # and the services refuse anyway
    from assist_desktop.domain.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        shell.centre.services.clients.caseload()
