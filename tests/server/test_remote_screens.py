"""Screens that broke on a laptop working against a real centre server (real process, real
mutual TLS), driven as a person would: what each role is shown, and the calls made the way the
screens make them."""
from __future__ import annotations

import pytest

from laptop_desktops import close_desktops, open_desktop
from server_harness import OTHER, sign_in
from tests.gui.gui_helpers import unlock_as, wait_idle


@pytest.fixture
def laptop(qtbot, server, tmp_path):
    """A factory: the real desktop program on a new enrolled laptop, at its unlock window."""
    from assist_desktop.gui import messages
    messages.answer_with(lambda kind, title, text: "discard" if kind == "unsaved" else True)
    shells = []

    def make(name: str):
        shells.append(open_desktop(qtbot, server, tmp_path, name))
        return shells[-1]
    yield make
    messages.answer_with(None)
    close_desktops(shells)


def test_statistics_are_shown_on_a_laptop_to_those_who_may_see_them(qtbot, server, laptop):
    """The screen asked `statistics.allowed`, a property: on a laptop it was a call object
    (always true), so a support worker got a Statistics tab whose every figure was refused."""
    support = laptop("Laptop S1")
    unlock_as(qtbot, support, "sup", OTHER)
    assert support.workspace.page("statistics") is None
    assert support.workspace.page("caseload") is not None

    solicitor = laptop("Laptop S2")
    unlock_as(qtbot, solicitor, "sol", OTHER)
    page = solicitor.workspace.page("statistics")
    assert page is not None
    page.run()
    wait_idle(qtbot, solicitor, timeout=20000)
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    assert page.report.tables and page.ui.exportButton.isEnabled()


def test_the_spreadsheet_import_runs_over_the_server_as_the_wizard_calls_it(server, tmp_path):
    """The wizard gives preview and run a progress callback, which cannot travel: the call
    failed on the laptop before it reached the server."""
    from assist_desktop.domain.client_import import suggest_mapping
    sol = sign_in(server.laptop(tmp_path, "Laptop S3"), "sol")
    try:
        service = sol.services.client_import
        source = service.read(b"First name,Surname,Nationality\r\nWanjiru,Kamau,Kenyan\r\n",
                              "clients.csv")
        steps = []
        preview = service.preview(source, suggest_mapping(source.header),
                                  progress=lambda done, total: steps.append(done))
        assert not preview.blocked and not preview.to_decide
        result = service.run(preview, {}, dry_run=True,
                             progress=lambda done, total: steps.append(done))
        assert result.dry_run and result.imported == 1
    finally:
        sol.lock()


def test_a_bundle_with_an_internal_document_is_asked_about_and_made_on_a_laptop(
        qtbot, server, laptop, tmp_path):
    """The server's WithheldParts names the parts a bundle would give the other side; its
    `parts` did not travel, so on a laptop the question was never asked (an AttributeError
    in the dialog) and no bundle could hold an internal document."""
    import case_samples as s
    from assist_desktop.gui import messages
    maker = sign_in(server.laptop(tmp_path, "Laptop S4"), "sol")
    try:
        client = maker.services.clients.create(
            s.client("Bundle Ngozi", solicitor=server.ids["sol"]))
        maker.services.documents.generate_with_warnings("case_summary", client.id, None)
    finally:
        maker.lock()
    asked = []
    messages.answer_with(lambda kind, title, text: "discard" if kind == "unsaved" else
                         asked.append(text) or True)
    shell = laptop("Laptop S5")
    unlock_as(qtbot, shell, "sol", OTHER)
    file = shell.workspace.open_client(client.id, "documents")
    qtbot.waitUntil(lambda: file.tab("documents") is not None, timeout=15000)
    tab = file.tab("documents")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=15000)
    dialog = tab.make_bundle()
    qtbot.waitUntil(lambda: dialog.attachments_loaded and dialog.sections_loaded,
                    timeout=15000)
    (summary,) = dialog.available()
    summary.setSelected(True)
    dialog.ui.bundleTree.setCurrentItem(dialog.ui.bundleTree.topLevelItem(0))
    dialog.add_chosen()
    dialog.submit()          # internal to the centre: asked, confirmed, made
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=30000)
    assert len(asked) == 1 and '"Case summary" (internal to the centre' in asked[0]
    assert {tab.model.row(i).kind for i in range(2)} == {"case_summary", "bundle"}
