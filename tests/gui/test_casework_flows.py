"""Whole flows per role, through the real widgets: intake with a conflict match, a matter with a
deadline that shows in "my week", a note, a draft kept over an idle lock, what a support worker
and an administrator may not see; and a whole working day per role (solicitor, support worker,
administrator) on one centre made once for the module."""
from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from assist_desktop.domain.clients import Client
from assist_desktop.gui import messages
from assist_desktop.gui.unlock import UnlockDialog
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.gui_helpers import (BACKUP_PASSPHRASE, OTHER_PASSPHRASE, open_client_tab,
                                   seed_client, unlock_as, wait_idle, with_case_services)


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
    shell.idle.set_timeout_ms(60_000)     # not locked again while signing in on a slow machine
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

# --- a whole working day per role ---------------------------------------------------
# A whole working day per role, through the real widgets on a real SQLCipher centre.
#
# One centre is made once for the module (staff, a client the solicitor's intake matches, and a
# file restricted to the solicitor) and copied into each test's own data folder, so the days
# are independent and the expensive part is paid once:
#
# - a solicitor: intake with a conflict check, a matter, a note, a task for a colleague, a
#   document generated, and a lock and unlock that keeps her unsaved note;
# - a support worker: told of a restricted record while typing the names, an intake of her
#   own (the conflict check runs and is recorded; a solicitor decides whether the centre can
#   act, so she is told to ask one and cannot go on), then in the file of a woman she is key
#   worker for: a need and a referral, a support note, a task, and support time on no matter;
# - an administrator: a staff account, a backup from the Backups panel, and a restore of it
#   from the panel (signed out, restored, signed in again: what came after the backup is gone).


@pytest.fixture(scope="module")
def day_template(tmp_path_factory):
    """The centre every day starts from, made once: admin, sol, sup, adm; Amina Hassan's file
    (the solicitor's intake matches it), Hanna Petrenko's, restricted to the solicitor, and
    Mai Tran's, whose key worker is the support worker."""
    folder = tmp_path_factory.mktemp("day-centre")
    centre, _code = Vault(folder, kdf_policy=KdfPolicy(TEST_PARAMETERS)).create(
        centre_name="Riverside Law Centre", jurisdiction="england-wales",
        address="1 High Street, Leeds", admin_username="admin", admin_full_name="Ada Admin",
        passphrase=PASSPHRASE, roles=("administrator", "solicitor"))
    users = centre.services.users
    for username, name, role in (("sol", "Sam Solicitor", "solicitor"),
                                 ("sup", "Sue Support", "support-worker"),
                                 ("adm", "Alex Office", "administrator")):
        users.add_user(username, name, [role], OTHER_PASSPHRASE, must_change=False)
    centre.lock()
    sol = Vault(folder, kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock("sol", OTHER_PASSPHRASE)
    try:
        sol.services.clients.create(Client(given_names="Amina", family_name="Hassan",
                                           date_of_birth=date(1995, 3, 2),
                                           jurisdiction="england-wales"))
        sol.services.clients.create(Client(
            given_names="Hanna", family_name="Petrenko", jurisdiction="england-wales",
            restricted_to=frozenset({sol.session.user_id})))
        support = next(u.id for u in sol.services.users.directory() if u.username == "sup")
        sol.services.clients.create(Client(given_names="Mai", family_name="Trần",
                                           jurisdiction="england-wales",
                                           key_worker_id=support))
    finally:
        sol.lock()
    return folder


@pytest.fixture
def day_shell(day_template, data_dir, make_shell):
    """A started shell on this test's own copy of the day's centre."""
    shutil.copytree(day_template, data_dir, dirs_exist_ok=True)
    return make_shell()


def _intake(qtbot, shell, given: str, family: str, *, expect_match: str | None = None):
    """New client through the wizard (Tab through the names); returns the wizard, done."""
    from assist_desktop.gui.intake import IntakeDialog
    shell.window.ui.actionNewClient.trigger()
    wizard = next(w for w in shell.window.findChildren(IntakeDialog) if w.isVisible())
    ui = wizard.ui
    ui.givenEdit.clear()
    ui.familyEdit.clear()
    qtbot.keyClicks(ui.givenEdit, given)
    qtbot.keyClicks(ui.familyEdit, family)
    wizard.next()                                       # the conflict check
    qtbot.waitUntil(lambda: wizard.currentPage() is ui.conflictPage, timeout=10000)
    if expect_match is not None:
        assert any(expect_match in m.where for m in wizard.matches.rows())
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        ui.proceedRadio.setChecked(True)
        ui.decisionNoteEdit.setText("Different person: other date of birth, other town.")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is ui.profilePage, timeout=10000)
    wizard.form.ui.nationalityEdit.setText("Eritrean")
    wizard.next()                                       # her file is created
    qtbot.waitUntil(lambda: wizard.currentPage() is ui.donePage, timeout=10000)
    assert wizard.client.reference in ui.doneLabel.text()
    wizard.accept()
    wait_idle(qtbot, shell)
    file = shell.workspace._clients[wizard.client.id]
    qtbot.waitUntil(lambda: file.client is not None and file.tab("notes") is not None,
                    timeout=10000)
    wait_idle(qtbot, shell)
    return wizard, file


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)


def _note(qtbot, shell, file, title: str, body: str):
    shell.window.ui.actionNewNote.trigger()              # Ctrl+N
    notes = file.tab("notes")
    before = notes.model.rowCount()
    notes.editor.ui.titleEdit.setText(title)
    notes.editor.ui.bodyEdit.setPlainText(body)
    shell.window.ui.actionSave.trigger()                 # Ctrl+S
    qtbot.waitUntil(lambda: notes.model.rowCount() == before + 1, timeout=10000)
    return notes


def _task(qtbot, file, title: str, who: str):
    file.show_tab("tasks")
    tasks = file.tab("tasks")
    dialog = tasks.new_task()
    combo = dialog.ui.assignCombo
    qtbot.waitUntil(lambda: combo.findText(who) >= 0, timeout=10000)
    combo.setCurrentIndex(combo.findText(who))
    dialog.ui.titleEdit.setText(title)
    dialog.ui.dueEdit.set_value(date.today() + timedelta(days=3))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 1, timeout=10000)
    return tasks


@pytest.mark.slow
def test_a_solicitors_day(qtbot, day_shell):
    shell = day_shell
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    wizard, file = _intake(qtbot, shell, "Amina", "Hasan", expect_match="C-")
    assert wizard.check.decision == "proceed"
    # a matter, offered at once by the note form
    file.show_tab("matters")
    matters = file.tab("matters")
    dialog = matters.new_matter()
    dialog.ui.typeCombo.setCurrentIndex(dialog.ui.typeCombo.findData("asylum_claim"))
    dialog.ui.titleEdit.setText("Asylum claim")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: matters.model.rowCount() == 1, timeout=10000)
    matter = matters.model.row(0)
    notes = _note(qtbot, shell, file, "First meeting", "Took instructions; <b>not</b> markup & "
                  "an interpreter (Tigrinya) was used.")
    combo = notes.editor.ui.matterCombo
    qtbot.waitUntil(lambda: combo.findData(matter.id) >= 0, timeout=10000)
    # a task for a colleague
    tasks = _task(qtbot, file, "Book the GP appointment", "Sue Support")
    assert tasks.model.row(0).assigned_to != shell.centre.session.user_id
    # a document
    documents = file.tab("documents")
    documents.ui.kindCombo.setCurrentIndex(documents.ui.kindCombo.findData("case_summary"))
    documents.generate()
    qtbot.waitUntil(lambda: documents.model.rowCount() == 1, timeout=60000)
    assert str(documents.model.row(0).status) == "draft"
    # an unsaved note, then the lock: nothing of hers on screen, her work kept
    notes.new_note()
    notes.editor.ui.titleEdit.setText("Call with the Home Office")
    notes.editor.ui.bodyEdit.setPlainText("Half-written: they asked for")
    shell.window.ui.actionLock.trigger()
    qtbot.waitUntil(lambda: shell.window.is_locked, timeout=10000)
    assert shell.window.session_widget is None
    wait_idle(qtbot, shell)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = shell.workspace._clients[wizard.client.id]
    qtbot.waitUntil(lambda: file.tab("notes") is not None, timeout=10000)
    editor = file.tab("notes").editor
    qtbot.waitUntil(lambda: editor.ui.bodyEdit.toPlainText() == "Half-written: they asked for",
                    timeout=10000)
    services = shell.centre.services
    assert [n.title for n in services.notes.list(wizard.client.id)] == ["First meeting"]
    assert [t.title for t in services.tasks.list(wizard.client.id)] == \
        ["Book the GP appointment"]
    assert len(services.documents.list(wizard.client.id)) == 1


def test_a_support_workers_day(qtbot, day_shell):
    from assist_desktop.gui.intake import IntakeDialog
    shell = day_shell
    unlock_as(qtbot, shell, "sup", OTHER_PASSPHRASE)
    # the restricted record is said while she types the names, before any check
    shell.window.ui.actionNewClient.trigger()
    wizard = shell.window.findChild(IntakeDialog)
    qtbot.keyClicks(wizard.ui.givenEdit, "Hanna")
    qtbot.keyClicks(wizard.ui.familyEdit, "Petrenko")
    qtbot.waitUntil(lambda: "restricted record" in wizard.ui.namesMessage.text(), timeout=10000)
    assert "Petrenko" not in wizard.ui.namesMessage.text()
    wizard.discard_now()
    assert not wizard.isVisible()
    # an intake of her own: the check runs and is kept; a solicitor decides
    shell.window.ui.actionNewClient.trigger()
    wizard = next(w for w in shell.window.findChildren(IntakeDialog) if w.isVisible())
    qtbot.keyClicks(wizard.ui.givenEdit, "Lan")
    wizard.ui.familyEdit.setText("Nguyễn")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.conflictPage, timeout=10000)
    assert wizard.check is not None and not wizard.ui.decisionGroup.isEnabled()
    assert "Ask a solicitor" in wizard.ui.decisionMessage.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.discard_now()
    # her day in the file of a woman she is key worker for
    mai = next(c for c in shell.centre.services.clients.caseload() if "Mai" in c.display_name)
    file = open_client_tab(qtbot, shell, mai.id)
    # needs and a referral
    file.show_tab("support")
    support = file.tab("support")
    needs = support.panel("needs")
    dialog = needs.add()
    dialog.ui.f_domain.setCurrentIndex(1)
    dialog.ui.f_needs.setPlainText("Needs a GP and somewhere safe to sleep.")
    _save(qtbot, dialog)
    referrals = support.panel("referrals")
    dialog = referrals.add()
    dialog.ui.f_organisation.setText("Women's counselling service")
    dialog.ui.f_consent_given.setChecked(True)
    _save(qtbot, dialog)
    assert needs.model.rowCount() == 1 and referrals.model.rowCount() == 1
    # a support note (no privilege for her), a task, and her time on no particular matter
    notes = _note(qtbot, shell, file, "Housing appointment", "Went with her to the council.")
    assert not notes.editor.ui.privilegedCheck.isVisible()
    _task(qtbot, file, "Chase the housing officer", "Me")
    file.show_tab("time")
    time = file.tab("time")
    dialog = time.panel.add()
    assert dialog.ui.f_matter_id.currentText() == "(no particular matter)"
    dialog.ui.f_minutes.setValue(90)
    dialog.ui.f_activity.setCurrentIndex(dialog.ui.f_activity.findData("support"))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: time.panel.model.rowCount() == 1, timeout=10000)
    assert time.panel.ui.summaryLabel.text().startswith("Total for her file 1 h 30 min")


@pytest.mark.slow
def test_an_administrators_day(qtbot, day_shell, tmp_path):
    shell = day_shell
    unlock_as(qtbot, shell, "adm", OTHER_PASSPHRASE)
    shell.window.ui.actionAdministration.trigger()
    admin = shell.workspace.page("admin")
    staff = admin.staff

    def add(full_name: str, username: str) -> None:
        dialog = staff.add()
        dialog.ui.fullNameEdit.setText(full_name)
        assert dialog.ui.usernameEdit.text() == username
        dialog.ui.supportCheck.setChecked(True)
        dialog.ui.passphraseEdit.setText(OTHER_PASSPHRASE)
        dialog.ui.confirmEdit.setText(OTHER_PASSPHRASE)
        dialog.meter.refresh()
        qtbot.waitUntil(lambda: dialog._ok.isEnabled(), timeout=10000)
        dialog.submit()
        qtbot.waitUntil(lambda: any(u.username == username for u in staff.model.rows()),
                        timeout=10000)
    add("Nadia Support", "nadia.s")
    # a backup from the Backups panel
    panel = admin.backups
    admin.ui.sections.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.ui.rotationGroup.isEnabled(), timeout=10000)
    stick = tmp_path / "usb"
    stick.mkdir()
    ui = panel.ui
    ui.folderEdit.setText(str(stick))
    ui.passphraseEdit.setText(BACKUP_PASSPHRASE)
    ui.confirmEdit.setText(BACKUP_PASSPHRASE)
    panel.meter.refresh()
    qtbot.waitUntil(lambda: ui.createButton.isEnabled(), timeout=10000)
    qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Backup made and verified" in ui.messageLabel.text(), timeout=60000)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    add("Omar Later", "omar.l")                # after the backup: the restore takes it away
    # the restore, as administrator, from the panel
    panel.ui.backupsView.selectRow(0)
    dialog = panel.restore()
    dialog.ui.secretEdit.setText(BACKUP_PASSPHRASE)
    del messages.told[:]
    dialog.submit()
    qtbot.waitUntil(lambda: shell.centre is None and isinstance(shell.dialog, UnlockDialog),
                    timeout=10000)
    qtbot.waitUntil(lambda: any(t == "Restored" for t, _ in messages.told), timeout=30000)
    centre = unlock_as(qtbot, shell, "adm", OTHER_PASSPHRASE)
    usernames = {u.username for u in centre.services.users.list_users()}
    assert "nadia.s" in usernames and "omar.l" not in usernames
    from assist_desktop.services.audit_view import AuditQuery
    log = centre.services.audit.entries(AuditQuery(action="restore_backup"))
    assert log and log[0].actor == "adm"
