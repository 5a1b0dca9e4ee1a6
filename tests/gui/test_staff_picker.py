"""Choosing who works on her file: key worker, solicitor and the named staff of a restricted
file, from the directory of active colleagues."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.gui_helpers import (OTHER_PASSPHRASE, open_client_tab, seed_client, unlock_as,
                                   wait_idle)


@pytest.fixture
def team(centre, staff, vault):
    """sol, sup, adm and a second support worker, sup2; all signed out."""
    centre.services.users.add_user("sup2", "Sofia Second", ["support-worker"], OTHER_PASSPHRASE,
                                   must_change=False)
    centre.lock()
    return vault


pytestmark = pytest.mark.usefixtures("discard_unsaved")


def _ids(vault) -> dict[str, int]:
    centre = vault.unlock("sup", OTHER_PASSPHRASE)
    try:
        return {u.username: u.id for u in centre.services.users.directory()}
    finally:
        centre.lock()


def _caseload_ids(vault, username) -> set[int]:
    centre = vault.unlock(username, OTHER_PASSPHRASE)
    try:
        return {s.id for s in centre.services.clients.caseload()}
    finally:
        centre.lock()


def test_solicitor_restricts_a_file_to_herself_and_a_support_worker(qtbot, make_shell, team):
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Lina", family_name="Haile",
                         date_of_birth=date(1994, 7, 9))
    ids = _ids(team)
    assert client.id in _caseload_ids(team, "sup2")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    dialog = file.tab("overview").edit()
    picker, ui = dialog.form.staff, dialog.form.ui
    qtbot.waitUntil(lambda: picker.loaded, timeout=10000)
    # key worker: any caseworker; solicitor: solicitors only (admin is also a solicitor)
    key_workers = {ui.keyWorkerCombo.itemData(i) for i in range(ui.keyWorkerCombo.count())}
    solicitors = {ui.solicitorCombo.itemData(i) for i in range(ui.solicitorCombo.count())}
    assert {ids["sol"], ids["sup"], ids["sup2"], ids["admin"]} <= key_workers
    assert ids["adm"] not in key_workers
    assert solicitors == {None, ids["sol"], ids["admin"]}
    named = {item.data(Qt.ItemDataRole.UserRole) for item in picker.items()}
    assert ids["adm"] not in named and ids["sup"] in named
    assert not ui.restrictList.isEnabled()

    ui.keyWorkerCombo.setCurrentIndex(ui.keyWorkerCombo.findData(ids["sup"]))
    ui.solicitorCombo.setCurrentIndex(ui.solicitorCombo.findData(ids["sol"]))
    ui.restrictCheck.setChecked(True)
    assert ui.restrictList.isEnabled()
    assert picker.restricted_to() == {ids["sol"]}          # she is ticked for herself
    picker.tick(ids["sup"])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    wait_idle(qtbot, shell)
    saved = file.tab("overview").client
    assert saved.restricted_to == {ids["sol"], ids["sup"]}
    assert (saved.key_worker_id, saved.solicitor_id) == (ids["sup"], ids["sol"])
    qtbot.waitUntil(lambda: file.ui.restrictedLabel.isVisible() or file.client.is_restricted,
                    timeout=5000)

    assert client.id not in _caseload_ids(team, "sup2")
    assert client.id in _caseload_ids(team, "sup")


def test_leaving_herself_out_is_refused_with_the_reason(qtbot, make_shell, team):
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Rahel", family_name="Tsegay")
    ids = _ids(team)
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    dialog = file.tab("overview").edit()
    qtbot.waitUntil(lambda: dialog.form.staff.loaded, timeout=10000)
    dialog.form.ui.restrictCheck.setChecked(True)
    dialog.form.staff.tick(ids["sup"])
    dialog.form.staff.tick(ids["sol"], on=False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.messageLabel.isVisible() and
                    "name you" in dialog.ui.messageLabel.text(), timeout=10000)
    assert dialog.isVisible()
    assert client.id in _caseload_ids(team, "sup2")
