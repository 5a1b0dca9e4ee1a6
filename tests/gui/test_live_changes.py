"""Saved work appears everywhere at once: a matter, a deadline or any audited action saved in
one place refreshes every open view showing that record, without Refresh or a reopened tab."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.gui.gui_helpers import (OTHER_PASSPHRASE, PASSPHRASE, open_client_tab, seed_client,
                                   unlock_as, wait_idle)

pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def sol_file(qtbot, make_shell, team):
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Grace", family_name="Okoro")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    return shell, client, open_client_tab(qtbot, shell, client.id)


def add_matter(qtbot, shell, file):
    """A matter added through the Matters tab's dialog, as she would."""
    file.show_tab("matters")
    matters = file.tab("matters")
    dialog = matters.new_matter()
    dialog.ui.typeCombo.setCurrentIndex(dialog.ui.typeCombo.findData("appeal"))
    dialog.ui.titleEdit.setText("Appeal against refusal of asylum")
    dialog.ui.decisionSentEdit.set_value(date.today() - timedelta(days=3))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: matters.model.rowCount() == 1, timeout=10000)
    wait_idle(qtbot, shell)
    return matters.model.row(0)


def matter_ids(combo) -> list:
    return [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i) is not None]


def test_a_new_matter_is_offered_at_once_by_the_note_task_and_claim_forms(qtbot, sol_file):
    shell, client, file = sol_file
    matter = add_matter(qtbot, shell, file)
    notes = file.tab("notes")
    qtbot.waitUntil(lambda: matter_ids(notes.editor.ui.matterCombo) == [matter.id], timeout=10000)
    tasks = file.tab("tasks")
    qtbot.waitUntil(lambda: [m.id for m in tasks._matter_list] == [matter.id], timeout=10000)
    dialog = tasks.new_task()
    assert matter_ids(dialog.ui.matterCombo) == [matter.id]
    dialog.reject()
    claims = file.tab("compensation").claims
    claim = claims.add()
    assert matter_ids(claim.ui.f_matter_id) == [matter.id]
    claim.reject()
    time = file.tab("time")
    qtbot.waitUntil(lambda: [m.id for m in time._matters] == [matter.id], timeout=10000)
    documents = file.tab("documents")
    qtbot.waitUntil(lambda: matter_ids(documents.ui.matterCombo) == [matter.id], timeout=10000)


def test_a_rule_deadline_shows_in_the_tasks_tab_and_the_caseload(qtbot, sol_file):
    shell, client, file = sol_file
    caseload = shell.workspace.page("caseload")
    qtbot.waitUntil(lambda: caseload.model.rowCount() == 1, timeout=10000)
    assert caseload.model.row(0).next_deadline is None
    tasks = file.tab("tasks")
    assert tasks.model.rowCount() == 0
    add_matter(qtbot, shell, file)
    matters = file.tab("matters")
    matters.ui.mattersView.selectRow(0)
    deadline = matters.add_deadline()
    qtbot.waitUntil(lambda: deadline.ui.ruleCombo.count() > 0, timeout=10000)
    qtbot.waitUntil(lambda: deadline.due is not None and deadline.ok_button.isEnabled(),
                    timeout=10000)
    due = deadline.due.due
    qtbot.mouseClick(deadline.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 1, timeout=10000)
    assert str(tasks.model.row(0).kind) == "deadline" and tasks.model.row(0).due_on == due
    shell.window.show()
    shell.window.ui.actionCaseload.trigger()           # back to the caseload: up to date
    qtbot.waitUntil(lambda: caseload.model.rowCount() == 1
                    and caseload.model.row(0).next_deadline == due, timeout=10000)


def test_a_change_made_elsewhere_refreshes_only_her_file(qtbot, sol_file, team):
    shell, client, file = sol_file
    other = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Ada", family_name="Other")
    from assist_desktop.domain.matters import Matter
    services = shell.centre.services
    notes = file.tab("notes")
    calls = []
    original = notes.editor.set_matters
    notes.editor.set_matters = lambda found: (calls.append(len(found)), original(found))
    services.matters.create(Matter(client_id=other.id, matter_type="appeal",
                                   jurisdiction="england-wales", opened_on=date.today()))
    wait_idle(qtbot, shell)
    mine = services.matters.create(Matter(client_id=client.id, matter_type="appeal",
                                          jurisdiction="england-wales", opened_on=date.today()))
    qtbot.waitUntil(lambda: matter_ids(notes.editor.ui.matterCombo) == [mine.id], timeout=10000)
    wait_idle(qtbot, shell)
    assert calls == [1]          # her file refreshed once, for her matter, not the other's
    log = shell.centre.db.read(lambda conn: conn.execute(
        "SELECT count(*) FROM audit_log WHERE detail = 'matter_summaries' AND seq > "
        "(SELECT max(seq) FROM audit_log WHERE action = 'create' AND entity = 'matter')"
    ).fetchone()[0])
    assert log == 1              # one audited read of her matters serves every form


def show_audit(qtbot, shell):
    shell.window.show()
    shell.window.ui.actionAdministration.trigger()
    admin = shell.workspace.page("admin")
    admin.ui.sections.setCurrentWidget(admin.audit)
    wait_idle(qtbot, shell)
    return admin.audit


def test_the_audit_log_updates_without_refresh(qtbot, make_shell, team):
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "admin", PASSPHRASE)
    panel = show_audit(qtbot, shell)
    before = panel.model.rowCount()
    assert before > 0
    shell.centre.services.users.add_user("nia", "Nia New", ["support-worker"],
                                         OTHER_PASSPHRASE, must_change=False)
    qtbot.waitUntil(lambda: panel.model.rowCount() > before, timeout=10000)
    assert panel.model.row(0).action == "add_user"


def test_sorting_the_caseload_ends_with_its_count_not_loading(qtbot, sol_file):
    shell, client, file = sol_file
    caseload = shell.workspace.page("caseload")
    qtbot.waitUntil(lambda: caseload.model.rowCount() == 1, timeout=10000)
    caseload.model.sort(1, Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: caseload.model.rowCount() == 1, timeout=10000)
    assert caseload.ui.statusLabel.text() == "1 file"
