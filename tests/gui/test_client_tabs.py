"""The other parts of her file through their widgets: compensation with exact totals,
attachments kept in the database and read from memory, children, support; and the table models
pass Qt's model tester."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from assist_desktop.gui import messages
from tests.gui.gui_helpers import (OTHER_PASSPHRASE, open_client_tab, seed_client, unlock_as)


pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def sol_file(qtbot, make_shell, team):
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Mariam", family_name="Tesfaye",
                         date_of_birth=date(1990, 5, 1))
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    return shell, open_client_tab(qtbot, shell, client.id)


def save_dialog(qtbot, dialog):
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)


def test_compensation_schedule_totals_are_exact(qtbot, sol_file):
    shell, file = sol_file
    tab = file.tab("compensation")
    dialog = tab.claims.add()
    dialog.ui.m_amount_claimed.setText("12,500.10")
    save_dialog(qtbot, dialog)
    assert tab.claims.model.rowCount() == 1
    assert "£12,500.10" in tab.claims.model.data(tab.claims.model.index(0, 4))
    tab.claims.ui.recordsView.selectRow(0)
    for head, timing, multiplicand, multiplier in (("loss_of_earnings", "past", "310.50", "52"),
                                                   ("special_expenses", "past", "0.10", "3"),
                                                   ("care", "future", "100.00", "17.41")):
        item = tab.items.add()
        item.ui.f_head.setCurrentIndex(item.ui.f_head.findData(head))
        item.ui.f_timing.setCurrentIndex(item.ui.f_timing.findData(timing))
        item.ui.m_multiplicand.setText(multiplicand)
        item.ui.f_multiplier.setText(multiplier)
        save_dialog(qtbot, item)
    qtbot.waitUntil(lambda: tab.items.model.rowCount() == 3)
    # 310.50 x 52 = 16,146.00; 0.10 x 3 = 0.30; 100 x 17.41 = 1,741.00 (no float drift)
    assert tab.items.ui.summaryLabel.text() == \
        "Past £16,146.30 · Future £1,741.00 · Total £17,887.30"
    bad = tab.items.add()
    bad.ui.m_multiplicand.setText("12.345")
    qtbot.mouseClick(bad.ok_button, Qt.MouseButton.LeftButton)
    assert bad.isVisible() and "1234.56" in bad.ui.messageLabel.text()
    bad.reject()


def test_attachment_added_and_read_from_memory(qtbot, sol_file, tmp_path):
    shell, file = sol_file
    tab = file.tab("attachments")
    letter = tmp_path / "letter.txt"
    letter.write_text("Home Office letter: interview on 3 March", encoding="utf-8")
    tab.add_paths([letter])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    letter.unlink()                                  # the copy in the database stands alone
    tab.ui.filesView.selectRow(0)
    tab.open_selected()
    qtbot.waitUntil(lambda: tab.preview_kind() == "textPreview", timeout=10000)
    assert "interview on 3 March" in tab.ui.textPreview.toPlainText()


def test_children_and_support_records(qtbot, sol_file):
    shell, file = sol_file
    children = file.tab("children").panel("children")
    dialog = children.add()
    dialog.ui.f_given_names.setText("Hana")
    dialog.ui.f_location.setCurrentIndex(dialog.ui.f_location.findData("country_of_origin"))
    dialog.ui.f_leverage_risk.setChecked(True)
    save_dialog(qtbot, dialog)
    row = children.model.row(0)
    assert row.leverage_risk and row.location == "country_of_origin"
    assert children.model.data(children.model.index(0, 3)) == "In the country of origin"
    referrals = file.tab("support").panel("referrals")
    dialog = referrals.add()
    dialog.ui.f_organisation.setText("Women's counselling service")
    dialog.ui.f_consent_given.setChecked(True)
    save_dialog(qtbot, dialog)
    assert referrals.model.rowCount() == 1


def test_models_pass_the_model_tester(qtbot, sol_file, qtmodeltester):
    """The models the screens use, over real DTOs from the services (unparented here, so the
    tester can disconnect after the window is gone)."""
    from assist_desktop.gui.caseload.models import caseload_columns
    from assist_desktop.gui.client.children import child_columns
    from assist_desktop.gui.models import ListTableModel, PagedTableModel
    from assist_desktop.gui.my_week import week_columns
    shell, file = sol_file
    caseload = shell.workspace.page("caseload")
    paged = PagedTableModel(shell.runner, caseload._fetch,
                            caseload_columns(str, shell.centre.session.user_id), page_size=1)
    paged.reload()
    qtbot.waitUntil(lambda: paged.rowCount() == 1 and not paged.loading, timeout=10000)
    qtmodeltester.check(paged, force_py=True)
    paged.fetchMore()                                # the next page is empty: no more to fetch
    qtbot.waitUntil(lambda: paged.exhausted, timeout=10000)
    assert paged.rowCount() == 1 and not paged.canFetchMore()
    week = ListTableModel(week_columns(str), shell.workspace.page("week").items())
    qtmodeltester.check(week, force_py=True)
    children = ListTableModel(child_columns(str), [])
    qtmodeltester.check(children, force_py=True)
    shell.window.close()


def test_caseload_search_as_you_type(qtbot, sol_file):
    shell, file = sol_file
    page = shell.workspace.page("caseload")
    assert shell.workspace.current_key().startswith("client:")   # her file is in front
    assert shell.window.focusWidget() is not page.ui.searchEdit
    shell.window.ui.actionFind.trigger()              # Ctrl+F
    assert shell.workspace.current_key() == "caseload"
    # the window's focus widget (hasFocus() needs an active window, unreliable offscreen)
    assert shell.window.focusWidget() is page.ui.searchEdit
    qtbot.keyClicks(page.ui.searchEdit, "tesf")
    qtbot.waitUntil(lambda: page.results.rowCount() == 1, timeout=10000)
    assert page.ui.resultsStack.currentWidget() is page.ui.searchView
    page.ui.searchEdit.setText("zzzz-no-one")
    qtbot.waitUntil(lambda: page.results.rowCount() == 0, timeout=10000)
    page.ui.searchEdit.clear()
    assert page.ui.resultsStack.currentWidget() is page.ui.caseloadView


def test_copying_her_reference_is_cleared_later(qtbot, sol_file):
    from PySide6.QtGui import QGuiApplication
    shell, file = sol_file
    shell.clipboard._timer.setInterval(100)
    file.copy_reference()
    assert QGuiApplication.clipboard().text() == file.client.reference
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)
    # something copied in another program afterwards is never wiped
    from assist_desktop.gui.clipboard import ClipboardGuard
    guard = ClipboardGuard()                         # not watching: as if another program copied
    guard.copy(file.client.reference)
    QGuiApplication.clipboard().setText("shopping list")
    guard.clear()
    assert QGuiApplication.clipboard().text() == "shopping list"


def test_quitting_with_an_unsaved_note_asks(qtbot, sol_file):
    shell, file = sol_file
    file.new_note()
    editor = file.tab("notes").editor
    editor.ui.bodyEdit.setPlainText("Not saved yet")
    asked = []
    messages.answer_with(lambda kind, title, text: asked.append(kind) or "cancel")
    shell.quit()
    assert asked == ["unsaved"] and shell.centre is not None and not shell.window.is_locked
    messages.answer_with(lambda kind, title, text: "discard")
    shell.quit()
    assert shell.centre is None and shell.window.is_locked


def test_documents_tab_generates_and_shows_a_pdf(qtbot, make_shell, team):
    """Against the real document service (centre.services.documents)."""
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Rosa", family_name="Lima")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    tab = file.tab("documents")
    assert tab is not None
    tab.ui.kindCombo.setCurrentIndex(tab.ui.kindCombo.findData("case_summary"))
    tab.generate()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=60000)
    qtbot.waitUntil(lambda: tab.page_count() > 0, timeout=30000)
    assert str(tab.model.row(0).status) == "draft"
    tab.approve()
    qtbot.waitUntil(lambda: str(tab.model.row(0).status) == "approved", timeout=10000)


def test_adding_a_party_who_matches_a_known_trafficker_is_shown(qtbot, sol_file, team):
    from assist_desktop.domain.clients import Client
    from assist_desktop.domain.parties import Party, PartyRole
    shell, file_ = sol_file
    other = shell.centre.services.clients.create(
        Client(given_names="Ana", family_name="Popescu",
               jurisdiction=shell.centre.centre.jurisdiction))
    shell.centre.services.matters.parties.create(
        Party(client_id=other.id, role=PartyRole.TRAFFICKER, name="Irina Volkova"))
    tab = file_.tab("identification")
    dialog = tab.parties.add()
    dialog.ui.f_role.setCurrentIndex(dialog.ui.f_role.findData("interpreter"))
    dialog.ui.f_name.setText("Ірина Волкова")          # the same person, written in Cyrillic
    messages.shown.clear()
    save_dialog(qtbot, dialog)
    qtbot.waitUntil(lambda: any("Safety alert" in title for title, _ in messages.shown),
                    timeout=10000)
    text = next(body for title, body in messages.shown if "Safety alert" in title)
    assert "Irina Volkova" in text or "trafficker" in text.lower()


def test_a_support_letter_leaves_only_with_her_consent_or_a_solicitors_reason(
        qtbot, make_shell, team, tmp_path, monkeypatch):
    """A support letter goes to another organisation: without her consent to sharing, saving
    it says so before the file is chosen; a solicitor's reason lets it go (kept apart)."""
    from PySide6.QtWidgets import QFileDialog
    from assist_desktop.documents import DocumentKind
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Rosa", family_name="Lima")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    letter = shell.centre.services.documents.generate(
        DocumentKind.SUPPORT_LETTER, client.id, paragraphs=("She needs a safe place.",))
    file = open_client_tab(qtbot, shell, client.id)
    tab = file.tab("documents")
    tab.reload()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    tab.ui.documentsView.selectRow(0)
    target = tmp_path / "letter.docx"
    chosen = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: chosen.append(1) or (str(target), "")))
    reason = "Her GP needs it today <b>urgently</b>; she agreed in person & it is on file"
    answers = {"override": ""}
    messages.answer_with(lambda kind, title, text: answers.get(kind, True))
    try:
        tab.save_as_word()
        qtbot.waitUntil(lambda: "no consent in force" in tab.ui.messageLabel.text(),
                        timeout=10000)
        assert chosen == [] and not target.exists()
        answers["override"] = reason
        tab.save_as_word()
        qtbot.waitUntil(target.exists, timeout=20000)
    finally:
        messages.answer_with(None)
    rows = shell.centre.db.read(lambda c: c.execute(
        "SELECT record_kind, record_id, kind, reason FROM consent_overrides").fetchall())
    assert rows == [("export", letter.id, "information_sharing", reason)]
    audit = shell.centre.db.read(lambda c: c.execute(
        "SELECT detail FROM audit_log WHERE action = 'export' AND entity = 'document'"
    ).fetchall())
    assert "consent:override:" in audit[0][0] and reason not in repr(audit)
