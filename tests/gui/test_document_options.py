"""Documents tab choices: a witness statement from chosen notes and typed paragraphs, a letter
to a named recipient, and a bundle of generated documents and an attached PDF in sections."""
from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.documents.conftest import pdf_text
from tests.gui.gui_helpers import OTHER_PASSPHRASE, open_client_tab, unlock_as, wait_idle


pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def case(centre, staff, vault):
    """Her file with two notes and an attached PDF, made by sol; everyone signed out."""
    from assist_desktop.domain.clients import Client
    from assist_desktop.domain.notes import CaseNote, NoteType
    sol = staff("sol")
    services = sol.services
    client = services.clients.create(Client(given_names="Hana", family_name="Bekele",
                                            jurisdiction=sol.centre.jurisdiction))
    notes = [services.notes.create(CaseNote(
        client_id=client.id, note_type=NoteType.MEETING, note_date=date(2026, 3, day),
        title=title, body=body, author_id=0), uuid.uuid4().hex) for day, title, body in (
            (2, "First meeting", "She was recruited with a promise of cleaning work."),
            (9, "Second meeting", "She describes the house where she was kept."))]
    letter = services.documents.generate("case_summary", client.id)
    attached = services.attachments.add(client.id, "medical-report.pdf", "application/pdf",
                                        services.documents.pdf(letter.id))
    sol.lock()
    centre.lock()
    return vault, client, notes, attached


def _open(qtbot, make_shell, vault, client):
    shell = make_shell(vault=vault)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    file.show_tab("documents")
    tab = file.tab("documents")
    wait_idle(qtbot, shell)
    return shell, tab


def _choose(tab, kind):
    tab.ui.kindCombo.setCurrentIndex(tab.ui.kindCombo.findData(kind))


def _made(qtbot, shell, tab, count):
    qtbot.waitUntil(lambda: tab.model.rowCount() == count, timeout=60000)
    wait_idle(qtbot, shell)
    return tab.model.row(0), pdf_text(shell.centre.services.documents.pdf(tab.model.row(0).id))


def test_witness_statement_from_typed_paragraphs_with_notes_as_sources(qtbot, make_shell,
                                                                        case):
    vault, client, notes, _attached = case
    shell, tab = _open(qtbot, make_shell, vault, client)
    _choose(tab, "witness_statement")
    dialog = tab.generate()
    qtbot.waitUntil(lambda: dialog.notes_loaded, timeout=10000)
    assert not dialog.ui.recipientGroup.isVisibleTo(dialog)
    assert dialog.ui.notesList.count() == 2              # shown to draw on ...
    assert dialog.ui.notesList.item(0).text().endswith("First meeting")   # oldest first
    assert not dialog.ui.notesList.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    dialog.accept()                                      # nothing typed: stays open
    assert dialog.isVisible() and "Type the paragraphs" in dialog.ui.messageLabel.text()
    dialog.ui.paragraphsEdit.setPlainText("I am 29 years old.\n\nI came to the UK in 2024.")
    assert "note_ids" not in dialog.options()            # ... never pasted in
    assert dialog.options()["paragraphs"] == ("I am 29 years old.", "I came to the UK in 2024.")
    dialog.accept()
    document, text = _made(qtbot, shell, tab, 2)
    assert document.kind == "witness_statement"
    assert "4. I am 29 years old. 5. I came to the UK in 2024." in text
    assert "house where she was kept" not in text and "promise of cleaning work" not in text


def test_letter_to_a_named_recipient(qtbot, make_shell, case):
    vault, client, _notes, _attached = case
    shell, tab = _open(qtbot, make_shell, vault, client)
    _choose(tab, "support_letter")
    dialog = tab.generate()
    qtbot.waitUntil(lambda: dialog.notes_loaded, timeout=10000)
    assert dialog.ui.recipientGroup.isVisibleTo(dialog)
    dialog.ui.organisationEdit.setText("Leeds Housing Options")
    dialog.ui.personEdit.setText("Ms J. Carter")
    dialog.ui.addressEdit.setPlainText("2 Park Row\nLeeds")
    dialog.ui.paragraphsEdit.setPlainText("We support her application for housing.")
    dialog.accept()
    _document, text = _made(qtbot, shell, tab, 2)
    assert "Leeds Housing Options" in text and "Ms J. Carter" in text
    assert "We support her application for housing." in text


def test_kinds_without_choices_are_made_at_once(qtbot, make_shell, case):
    vault, client, _notes, _attached = case
    shell, tab = _open(qtbot, make_shell, vault, client)
    _choose(tab, "case_summary")
    assert tab.generate() is None
    document, _text_ = _made(qtbot, shell, tab, 2)
    assert document.kind == "case_summary"


def test_bundle_of_documents_and_an_attached_pdf_in_sections(qtbot, make_shell, case):
    vault, client, _notes, attached = case
    shell, tab = _open(qtbot, make_shell, vault, client)
    summary = tab.model.row(0)
    dialog = tab.make_bundle()
    qtbot.waitUntil(lambda: dialog.attachments_loaded, timeout=10000)
    names = [item.text() for item in dialog.available()]
    assert summary.title in names and "medical-report.pdf" in names
    tree = dialog.ui.bundleTree
    dialog.submit()                                      # empty: refused, stays open
    assert dialog.isVisible() and "at least one" in dialog.ui.messageLabel.text()
    dialog.available()[names.index(summary.title)].setSelected(True)
    tree.setCurrentItem(tree.topLevelItem(0))
    dialog.add_chosen()
    for item in dialog.available():
        item.setSelected(item.text() == "medical-report.pdf")
    tree.setCurrentItem(tree.topLevelItem(1))
    dialog.add_chosen()
    tree.topLevelItem(1).setText(0, "Medical evidence")
    dialog.add_section("Left empty")
    sections = dialog.sections()
    assert [title for title, _parts in sections] == ["Statements and submissions",
                                                     "Medical evidence"]
    assert [(p.source, p.id) for p in sections[1][1]] == [("attachment", attached.id)]
    dialog.ui.tribunalEdit.setText("First-tier Tribunal")
    dialog.submit()
    document, text = _made(qtbot, shell, tab, 2)
    assert document.kind == "bundle"
    assert "Medical evidence" in text and "medical-report.pdf" in text
    assert not dialog.isVisible()
