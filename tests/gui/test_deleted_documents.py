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
