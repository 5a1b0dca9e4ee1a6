"""The witness statement editor: paragraphs added and reordered, an exhibit register, her notes
as sources, every save a version, the unsaved-close question, and a PDF made from it from the
Documents tab."""
from __future__ import annotations

import re
import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from assist_desktop.gui import messages
from assist_desktop.gui.client.statement_editor import StatementEditor
from assist_desktop.gui.tasks import TaskRunner
from tests.gui.gui_helpers import OTHER_PASSPHRASE, open_client_tab, unlock_as, wait_idle

NOTE = "Call with the officer. She said the recruiter kept her passport in a drawer."


@pytest.fixture
def world(centre, staff):
    from assist_desktop.domain.clients import Client
    from assist_desktop.domain.notes import CaseNote, NoteType
    sol = staff("sol")
    client = sol.services.clients.create(Client(
        given_names="Blessing Osarugue", family_name="Igbinovia", preferred_name="Joy",
        jurisdiction="england-wales"))
    sol.services.notes.create(CaseNote(
        client_id=client.id, note_type=NoteType.PHONE, note_date=date(2026, 3, 2),
        title="Call with the officer", body=NOTE, author_id=0), uuid.uuid4().hex)
    return sol, client


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    r.shutdown(wait=True)


@pytest.fixture(autouse=True)
def answers():
    """The questions asked, and the answer to give to 'unsaved' (set by the test; discard
    when a test ends with unsaved work)."""
    asked = []
    state = {"unsaved": "discard"}

    def answer(kind, title, text):
        asked.append(kind)
        return state["unsaved"] if kind == "unsaved" else True
    messages.answer_with(answer)
    yield asked, state
    messages.answer_with(None)


def _editor(qtbot, world, runner, draft=None):
    sol, client = world
    s = sol.services
    editor = StatementEditor(s.statements, s.documents, s.notes, s.matters, client.id, runner,
                             draft)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.loaded, timeout=10000)
    return editor


def _write(editor, text, heading=""):
    editor.ui.paragraphEdit.setPlainText(text)
    editor.ui.headingEdit.setText(heading)


def _saved(qtbot, editor, version):
    editor.save()
    qtbot.waitUntil(lambda: editor.draft is not None and editor.draft.version == version
                    and not editor._busy, timeout=10000)
    return editor.draft


def test_paragraphs_exhibits_save_reopen_and_versions(qtbot, world, runner):
    editor = _editor(qtbot, world, runner)
    ui = editor.ui
    _write(editor, "I was promised work in a hair salon.")
    qtbot.mouseClick(ui.insertButton, Qt.MouseButton.LeftButton)     # above the first
    _write(editor, "I was born in Benin City.", "Background")
    qtbot.mouseClick(ui.addButton, Qt.MouseButton.LeftButton)
    _write(editor, "<b>My passport</b> & \"papers\" 😀 were taken. ")
    assert [ui.paragraphList.item(i).text()[:3] for i in range(3)] == ["1. ", "2. ", "3. "]
    assert "[Background]" in ui.paragraphList.item(0).text()
    qtbot.mouseClick(ui.downButton, Qt.MouseButton.LeftButton)       # 2nd below the 3rd
    assert [p.text[:6] for p in editor.paragraphs.content()] == ["I was ", "I was ", "<b>My "]
    assert ui.paragraphList.currentRow() == 2
    qtbot.mouseClick(ui.addExhibitButton, Qt.MouseButton.LeftButton)
    assert ui.exhibitTable.item(0, 0).text() == "BOI/1"             # from her legal name
    ui.exhibitTable.item(0, 1).setText("Photograph of the passport")
    ui.paragraphEdit.moveCursor(QTextCursor.MoveOperation.End)
    ui.exhibitTable.setCurrentCell(0, 0)
    editor.insert_reference()
    assert editor.paragraphs.rows[2].text.endswith("were taken. BOI/1")
    qtbot.mouseClick(ui.addButton, Qt.MouseButton.LeftButton)        # left empty: dropped
    ui.occupationEdit.setText("Student")
    draft = _saved(qtbot, editor, 1)
    assert "version 1" in ui.statusLabel.text() and not editor.is_dirty()
    assert len(draft.content.paragraphs) == 3
    assert draft.content.paragraphs[2].text == "<b>My passport</b> & \"papers\" 😀 were " \
                                               "taken. BOI/1"        # exactly as typed
    ui.paragraphList.setCurrentRow(1)
    _write(editor, "I was promised work in a hair salon in London.")
    _saved(qtbot, editor, 2)

    again = _editor(qtbot, world, runner, world[0].services.statements.get(draft.id))
    assert [again.ui.paragraphList.item(i).text()[:3] for i in range(3)] == ["1. ", "2. ", "3. "]
    assert again.paragraphs.rows[1].text.endswith("in London.")
    assert again.exhibits()[0].description == "Photograph of the passport"
    assert again.ui.occupationEdit.text() == "Student" and "version 2" in again.windowTitle()
    dialog = again.show_versions()
    qtbot.waitUntil(lambda: dialog.ui.versionList.count() == 2, timeout=10000)
    dialog.ui.versionList.setCurrentRow(0)
    assert "2. I was promised work in a hair salon.\n" in dialog.ui.textView.toPlainText()
    assert dialog.ui.textView.isReadOnly()


def test_her_notes_are_sources_only_what_is_selected_is_copied(qtbot, world, runner, answers):
    editor = _editor(qtbot, world, runner)
    ui = editor.ui
    assert ui.noteList.count() == 1 and ui.paragraphEdit.toPlainText() == ""
    ui.noteList.setCurrentRow(0)
    assert ui.noteView.toPlainText() == NOTE and ui.noteView.isReadOnly()
    editor.copy_selection()                                          # nothing selected
    assert ui.paragraphEdit.toPlainText() == ""
    start = NOTE.index("the recruiter")
    cursor = ui.noteView.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("the recruiter kept her passport"),
                       QTextCursor.MoveMode.KeepAnchor)
    ui.noteView.setTextCursor(cursor)
    editor.copy_selection()
    assert ui.paragraphEdit.toPlainText() == "the recruiter kept her passport"


def test_closing_with_unsaved_changes_asks_first(qtbot, world, runner, answers):
    asked, state = answers
    state["unsaved"] = "cancel"
    editor = _editor(qtbot, world, runner)
    editor.reject()                                                  # nothing typed: closes
    assert asked == [] and not editor.isVisible()
    editor = _editor(qtbot, world, runner)
    _write(editor, "I came to the UK in 2024.")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)                        # cancel: stays open
    assert asked == ["unsaved"] and editor.isVisible()
    state["unsaved"] = "save"
    editor.close()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10000)
    assert editor.draft.version == 1
    assert world[0].services.statements.list(world[1].id)[0].content.paragraphs[0].text == \
        "I came to the UK in 2024."
    state["unsaved"] = "discard"
    editor = _editor(qtbot, world, runner)
    _write(editor, "Not kept.")
    editor.close()
    assert not editor.isVisible()
    assert len(world[0].services.statements.list(world[1].id)) == 1


def test_bad_input_is_refused_in_the_editor_and_nothing_is_saved(qtbot, world, runner):
    editor = _editor(qtbot, world, runner)
    _write(editor, "I was born in 1996.")
    for _ in range(2):
        editor.add_exhibit()
    editor.ui.exhibitTable.item(1, 0).setText("boi/1")
    editor.save()
    assert "twice" in editor.ui.statusLabel.text() and editor.draft is None
    assert world[0].services.statements.list(world[1].id) == []
    editor.ui.exhibitTable.item(1, 0).setText("BOI/2")
    _saved(qtbot, editor, 1)
    assert "No paragraph refers to BOI/1, BOI/2 yet." in editor.ui.statusLabel.text()


@pytest.fixture
def signed_out(world, centre):
    sol, client = world
    sol.lock()
    centre.lock()
    return client


def test_documents_tab_opens_the_editor_generates_the_pdf_and_a_lock_keeps_the_work(
        qtbot, make_shell, vault, signed_out, answers):
    from tests.documents.conftest import pdf_text
    shell = make_shell(vault=vault)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, signed_out.id)
    file.show_tab("documents")
    tab = file.tab("documents")
    wait_idle(qtbot, shell)
    qtbot.mouseClick(tab.statementsButton, Qt.MouseButton.LeftButton)
    drafts = tab.statement_drafts
    wait_idle(qtbot, shell)
    assert drafts.ui.draftList.count() == 0
    editor = drafts.open_editor(None)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10000)
    _write(editor, "I was born in Benin City.")
    editor.ui.addButton.click()
    _write(editor, "I was promised work in a hair salon.")
    editor.generate()                                                # saves, then generates
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=60000)
    wait_idle(qtbot, shell)
    assert editor.draft.version == 1 and not editor.is_dirty()
    text = pdf_text(shell.centre.services.documents.pdf(tab.model.row(0).id))
    first = re.search(r"(\d+)\. I was born in Benin City\.", text)
    second = re.search(r"(\d+)\. I was promised work in a hair salon\.", text)
    assert first and second and int(second.group(1)) == int(first.group(1)) + 1

    editor.ui.paragraphList.setCurrentRow(1)
    _write(editor, "I was promised work in a hair salon in London.")
    draft_id = editor.draft.id
    shell.lock()                                       # unsaved work: saved, not asked about
    qtbot.waitUntil(lambda: shell.centre is None and not shell.runner.busy, timeout=10000)
    assert answers[0] == []
    centre = vault.unlock("sol", OTHER_PASSPHRASE)
    try:
        saved = centre.services.statements.get(draft_id)
    finally:
        centre.lock()
    assert saved.version == 2
    assert saved.content.paragraphs[1].text == "I was promised work in a hair salon in London."


def test_support_workers_get_no_statement_button(qtbot, world, staff, runner):
    from assist_desktop.gui.client.documents_tab import DocumentsTab
    sol, client = world
    for who, expected in ((staff("sup"), False), (sol, True)):
        s = who.services
        tab = DocumentsTab(s.documents, s.matters, client.id, who.session, runner,
                           notes=s.notes, statements=s.statements)
        qtbot.addWidget(tab)
        assert hasattr(tab, "statementsButton") is expected
        qtbot.waitUntil(lambda: not runner.busy, timeout=10000)


def test_unsaved_typing_survives_a_crash_and_discarding_drops_it(qtbot, world, runner, answers):
    sol, client = world
    statements = sol.services.statements
    editor = _editor(qtbot, world, runner)
    _write(editor, "I was born in Benin City.")
    draft = _saved(qtbot, editor, 1)
    _write(editor, "I was born in Benin City in 1996.")
    qtbot.waitUntil(lambda: statements.load_scratch(client.id, draft.id) is not None,
                    timeout=10000)
    editor.hide()                                     # the program dies: no question, no save
    again = _editor(qtbot, world, runner, statements.get(draft.id))
    assert again.paragraphs.rows[0].text == "I was born in Benin City in 1996."
    assert again.is_dirty() and "restored" in again.ui.statusLabel.text()
    again.close()                                     # answered "discard"
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    assert answers[0] == ["unsaved"]
    assert statements.load_scratch(client.id, draft.id) is None
    assert statements.get(draft.id).content.paragraphs[0].text == "I was born in Benin City."
