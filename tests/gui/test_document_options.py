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


def _bundle_dialog(qtbot, make_shell, case):
    vault, client, _notes, attached = case
    shell, tab = _open(qtbot, make_shell, vault, client)
    dialog = tab.make_bundle()
    qtbot.waitUntil(lambda: dialog.attachments_loaded and dialog.sections_loaded,
                    timeout=10000)
    return shell, tab, dialog, attached


def _add(dialog, text: str, section: int) -> None:
    for item in dialog.available():
        item.setSelected(item.text() == text)
    dialog.ui.bundleTree.setCurrentItem(dialog.ui.bundleTree.topLevelItem(section))
    dialog.add_chosen()


class _Answers(list):
    """The questions asked (their text); each is answered with `reply`."""
    reply = True


@pytest.fixture
def answers():
    from assist_desktop.gui import messages
    asked = _Answers()
    messages.answer_with(lambda kind, title, text: asked.append(text) or asked.reply)
    yield asked
    messages.answer_with(None)


def test_bundle_of_documents_and_an_attached_pdf_in_sections(qtbot, make_shell, case,
                                                             answers):
    from PySide6.QtCore import QDate
    shell, tab, dialog, attached = _bundle_dialog(qtbot, make_shell, case)
    summary = tab.model.row(0)
    names = [item.text() for item in dialog.available()]
    assert summary.title in names and "medical-report.pdf" in names
    tree = dialog.ui.bundleTree
    # the tribunal's usual sections to start with (england-wales wording)
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "Decision under appeal and appeal documents", "Appellant's witness statements",
        "Expert and country evidence", "Other documents"]
    dialog.submit()                                      # empty: refused, stays open
    assert dialog.isVisible() and "at least one" in dialog.ui.messageLabel.text()
    _add(dialog, summary.title, 0)
    _add(dialog, "medical-report.pdf", 2)
    report = tree.topLevelItem(2).child(0)
    assert report.text(0) == "Medical-report" and report.text(1) == "Undated"
    tree.setCurrentItem(report)                          # give it a title and its own date
    assert dialog.ui.partBox.isEnabled() and dialog.ui.partUndatedCheck.isChecked()
    dialog.ui.partTitleEdit.clear()
    qtbot.keyClicks(dialog.ui.partTitleEdit, "Medical report of Dr Okafor")
    dialog.ui.partUndatedCheck.setChecked(False)
    dialog.ui.partDateEdit.setDate(QDate(2024, 3, 1))
    assert report.text(0) == "Medical report of Dr Okafor" and report.text(1) == "1 March 2024"
    tree.topLevelItem(2).setText(0, "Medical evidence")
    sections = dialog.sections()
    assert [title for title, _parts in sections] == [
        "Decision under appeal and appeal documents", "Medical evidence"]
    part = sections[1][1][0]
    assert (part.source, part.id, part.title, part.date) == (
        "attachment", attached.id, "Medical report of Dr Okafor", date(2024, 3, 1))
    dialog.ui.tribunalEdit.setText("First-tier Tribunal")
    dialog.submit()                      # the case summary is internal: asked, and confirmed
    document, text = _made(qtbot, shell, tab, 2)
    assert len(answers) == 1 and '"Case summary" (internal to the centre' in answers[0]
    assert document.kind == "bundle"
    assert "B. Medical evidence" in text and "Medical report of Dr Okafor 1 March 2024" in text
    assert ".pdf" not in text
    assert not dialog.isVisible()


def test_bundle_declined_stays_open_and_parts_move_between_sections(qtbot, make_shell, case,
                                                                    answers):
    shell, tab, dialog, _attached = _bundle_dialog(qtbot, make_shell, case)
    summary = tab.model.row(0)
    tree = dialog.ui.bundleTree
    _add(dialog, summary.title, 0)
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    dialog.ui.partSectionCombo.setCurrentIndex(3)
    dialog.ui.partSectionCombo.activated.emit(3)         # as a user picking "Other documents"
    assert tree.topLevelItem(0).childCount() == 0 and tree.topLevelItem(3).childCount() == 1
    assert [title for title, _ in dialog.sections()] == ["Other documents"]
    answers.reply = False
    dialog.submit()
    qtbot.waitUntil(lambda: len(answers) == 1, timeout=60000)
    wait_idle(qtbot, shell)
    assert dialog.isVisible() and "Case summary" in dialog.ui.messageLabel.text()
    assert tab.model.rowCount() == 1                     # no bundle made
    dialog.reject()
