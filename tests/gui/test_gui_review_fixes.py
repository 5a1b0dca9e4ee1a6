"""Fixes from the GUI review: My week reads no client profiles; the time tab keeps its matters
on the GUI thread; file checks run on the worker."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from assist_desktop.domain.tasks import Task
from tests.gui.gui_helpers import OTHER_PASSPHRASE, seed_client, unlock_as, wait_idle


@pytest.fixture
def team(centre, staff, vault):
    """sol (solicitor), sup, adm; all signed out."""
    centre.lock()
    return vault


def _audit_rows(centre):
    return centre.db.read(lambda conn: conn.execute(
        "SELECT seq, action, entity, entity_id, detail FROM audit_log ORDER BY seq").fetchall())


def test_my_week_visit_reads_no_client_profiles(qtbot, make_shell, team):
    grace = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Grace", family_name="Okoro")
    mina = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Mina", family_name="Ali")
    shell = make_shell(vault=team)
    centre = unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    tasks = centre.services.tasks
    today = date.today()
    me = centre.session.user_id     # "mine" is ticked by default
    tasks.create(Task(client_id=grace.id, title="Chase the Home Office",
                      due_on=today - timedelta(days=2), assigned_to=me))
    tasks.create(Task(client_id=mina.id, title="Witness statement",
                      due_on=today + timedelta(days=3), assigned_to=me))
    tasks.create(Task(client_id=mina.id, title="Call back", due_on=today + timedelta(days=1),
                      assigned_to=me))
    wait_idle(qtbot, shell)
    before = _audit_rows(centre)[-1][0]
    shell.window.ui.actionMyWeek.trigger()
    week = shell.workspace.page("week")
    week.reload()
    wait_idle(qtbot, shell)
    items = week.items()
    assert [(i.client_reference, i.overdue) for i in items] == [
        (grace.reference, True), (mina.reference, False), (mina.reference, False)]
    assert [i.task.title for i in items] == ["Chase the Home Office", "Call back",
                                             "Witness statement"]
    written = [row for row in _audit_rows(centre) if row[0] > before]
    assert written, "the visit is still audited"
    assert not [row for row in written if row[1] == "read" and row[2] == "client"]
    assert {row[4] for row in written if row[2] == "task"} <= {"overdue", "due_this_week"}


def test_time_tab_keeps_its_matters_on_the_gui_thread(qtbot, make_shell, team):
    """load() runs on the worker and only reads: the matters the columns paint from are kept
    by the callback on the GUI thread."""
    from tests.case_samples import matter, time_entry
    from tests.gui.gui_helpers import open_client_tab
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Ada", family_name="Eze")
    shell = make_shell(vault=team)
    centre = unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    tab = file.tab("time")
    assert tab is not None and tab._references == {}
    services = centre.services
    stored = services.matters.create(matter(client.id, "Appeal"))
    services.time_entries.create(time_entry(stored.id, centre.session.user_id, "Advice"))
    result = tab.panel._load()          # what the worker runs
    assert tab._references == {} and tab._matters == []
    tab.panel.reload()
    wait_idle(qtbot, shell)
    assert tab._references == {stored.id: stored.reference}
    assert [m.id for m in tab._matters] == [stored.id]
    assert tab.panel.model.rowCount() == 1 == len(result[1])
    assert tab.panel.model.data(tab.panel.model.index(0, 1)) == stored.reference
