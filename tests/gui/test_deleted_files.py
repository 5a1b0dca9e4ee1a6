"""Administration, Deleted files: restore a file a solicitor deleted, or purge it for good after
a confirmation that names what will be erased."""
from __future__ import annotations

import pytest

from assist_desktop.gui import messages
from tests.gui.gui_helpers import OTHER_PASSPHRASE, seed_client, unlock_as, wait_idle


@pytest.fixture
def questions():
    asked = []

    def answer(kind, title, text):
        asked.append((kind, title, text))
        return answer.yes
    answer.yes = True
    messages.answer_with(answer)
    yield answer, asked
    messages.answer_with(None)


def _deleted_files(vault, *names):
    """Files created and then deleted by sol. Returns the clients."""
    made = [seed_client(vault, "sol", OTHER_PASSPHRASE, given_names=n, family_name="Deleted")
            for n in names]
    centre = vault.unlock("sol", OTHER_PASSPHRASE)
    try:
        for client in made:
            centre.services.clients.delete(client.id, client.version)
    finally:
        centre.lock()
    return made


def _caseload(vault) -> set[int]:
    centre = vault.unlock("sol", OTHER_PASSPHRASE)
    try:
        return {s.id for s in centre.services.clients.caseload()}
    finally:
        centre.lock()


def _panel(qtbot, make_shell, vault):
    shell = make_shell(vault=vault)
    unlock_as(qtbot, shell, "adm", OTHER_PASSPHRASE)
    shell.window.ui.actionAdministration.trigger()
    panel = shell.workspace.page("admin").deleted
    wait_idle(qtbot, shell)
    return shell, panel


def _select(panel, reference) -> None:
    row = next(i for i, d in enumerate(panel.model.rows()) if d.reference == reference)
    panel.ui.deletedView.selectRow(row)


def test_restore_puts_the_file_back(qtbot, make_shell, team, questions):
    first, second = _deleted_files(team, "Abeba", "Bisrat")
    assert first.id not in _caseload(team)
    shell, panel = _panel(qtbot, make_shell, team)
    assert {d.reference for d in panel.model.rows()} == {first.reference, second.reference}
    assert not panel.ui.restoreButton.isEnabled()
    _select(panel, first.reference)
    assert panel.ui.restoreButton.isEnabled()
    panel.ui.restoreButton.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    assert panel.model.row(0).reference == second.reference
    assert first.reference in panel.ui.statusLabel.text()
    shell.lock()
    wait_idle(qtbot, shell)
    assert first.id in _caseload(team) and second.id not in _caseload(team)


def test_purge_asks_naming_the_file_then_erases_it(qtbot, make_shell, team, questions):
    answer, asked = questions
    (client,) = _deleted_files(team, "Selam")
    shell, panel = _panel(qtbot, make_shell, team)
    _select(panel, client.reference)
    answer.yes = False                                   # "Cancel": nothing happens
    panel.ui.purgeButton.click()
    wait_idle(qtbot, shell)
    assert panel.model.rowCount() == 1
    kind, _title, text = asked[-1]
    assert kind == "confirm"
    assert f"the file {client.reference} and everything in it" in text
    assert "Selam" not in text                           # a reference, never her name
    answer.yes = True
    panel.ui.purgeButton.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=10000)
    assert "purged" in panel.ui.statusLabel.text()
    panel.reload()
    wait_idle(qtbot, shell)
    assert panel.model.rowCount() == 0
    assert "No deleted files" in panel.ui.statusLabel.text()
    # gone for good: not in the caseload, and no longer restorable
    from assist_desktop.domain.errors import NotFound
    with pytest.raises(NotFound):
        shell.centre.services.clients.restore(client.id, client.version + 1)
    shell.lock()
    wait_idle(qtbot, shell)
    assert client.id not in _caseload(team)


def test_only_administrators_have_the_screen(qtbot, make_shell, team):
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sup", OTHER_PASSPHRASE)
    assert shell.workspace.page("admin") is None
