"""Restoring a deleted document (administrators), as the delete question promises: the list
shows her reference and the kind only, restore is audited, the document is back in her tab."""
from __future__ import annotations

import pytest

from assist_desktop.domain.errors import PermissionDenied
from tests.gui.gui_helpers import OTHER_PASSPHRASE, open_client_tab, seed_client, unlock_as, \
    wait_idle


@pytest.fixture
def deleted_summary(team):
    """A case summary made and then deleted by the solicitor: (client, document id)."""
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Rosa", family_name="Lima")
    centre = team.unlock("sol", OTHER_PASSPHRASE)
    try:
        documents = centre.services.documents
        made = documents.generate("case_summary", client.id)
        made = getattr(made, "document", made)
        documents.delete(made.id, made.version)
        assert documents.list(client.id) == []
        with pytest.raises(PermissionDenied):
            centre.services.deleted_documents.list()      # a solicitor only: no
    finally:
        centre.lock()
    return client, made.id


def test_administrator_restores_a_deleted_document(qtbot, make_shell, team, deleted_summary):
    client, document_id = deleted_summary
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "adm", OTHER_PASSPHRASE)
    shell.window.ui.actionAdministration.trigger()
    panel = shell.workspace.page("admin").deleted_documents
    wait_idle(qtbot, shell)
    assert [(r.reference, r.kind) for r in panel.model.rows()] == \
        [(client.reference, "case_summary")]
    shown = [panel.model.data(panel.model.index(0, c)) for c in range(4)]
    assert "Rosa" not in " ".join(shown) and "Lima" not in " ".join(shown)
    panel.ui.deletedView.selectRow(0)
    panel.ui.restoreButton.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=10000)
    assert client.reference in panel.ui.statusLabel.text()
    [latest, *_] = shell.centre.services.audit.page(entity="document")
    assert (latest.action, latest.entity_id) == ("restore", str(document_id))
    shell.centre.lock()
    shell.centre = None
    centre = team.unlock("sol", OTHER_PASSPHRASE)
    try:
        assert [d.id for d in centre.services.documents.list(client.id)] == [document_id]
    finally:
        centre.lock()


def test_administrator_purges_declined_conflict_checks(qtbot, make_shell, team):
    from assist_desktop.gui import messages
    centre = team.unlock("sol", OTHER_PASSPHRASE)
    try:
        conflicts = centre.services.conflicts
        check = conflicts.check_client(["Hana Declined"])
        conflicts.decide(check.id, "decline", check.version)
        kept = conflicts.check_client(["Lina Proceeding"])
        conflicts.decide(kept.id, "proceed", kept.version)
    finally:
        centre.lock()
    asked = []
    messages.answer_with(lambda kind, title, text: asked.append(text) or True)
    try:
        shell = make_shell(vault=team)
        unlock_as(qtbot, shell, "adm", OTHER_PASSPHRASE)
        shell.window.ui.actionAdministration.trigger()
        panel = shell.workspace.page("admin").declined_checks
        wait_idle(qtbot, shell)
        assert panel.count == 0 and not panel.ui.purgeButton.isEnabled()   # not a year old
        panel.ui.daysSpin.setValue(0)
        qtbot.waitUntil(lambda: panel.count == 1, timeout=10000)
        assert panel.ui.countLabel.text() == "1 declined check to purge"
        panel.ui.purgeButton.click()
        qtbot.waitUntil(lambda: panel.count == 0, timeout=10000)
        assert "1 declined check purged." in panel.ui.statusLabel.text()
        assert "Hana" not in asked[0] and "erases 1 declined" in asked[0]
        [latest, *_] = shell.centre.services.audit.page(entity="conflict_check")
        assert latest.action == "purge_declined_checks"
    finally:
        messages.answer_with(None)


def test_a_document_of_a_deleted_file_waits_for_the_file(team, deleted_summary):
    from assist_desktop.services.deleted_documents import FileStillDeleted
    client, document_id = deleted_summary
    sol = team.unlock("sol", OTHER_PASSPHRASE)
    try:
        current = sol.services.clients.get(client.id)
        sol.services.clients.delete(client.id, current.version)
    finally:
        sol.lock()
    adm = team.unlock("adm", OTHER_PASSPHRASE)
    try:
        [row] = adm.services.deleted_documents.list()
        assert row.file_deleted
        with pytest.raises(FileStillDeleted, match="Restore the file first"):
            adm.services.deleted_documents.restore(document_id, row.version)
        assert adm.services.deleted_documents.list() == [row]        # nothing changed
    finally:
        adm.lock()
