"""Ctrl+Q (and closing the main window) asks when a screen holds unsaved work, and says that a
note being written is kept as an encrypted draft whatever the answer."""
from __future__ import annotations

import pytest

from tests.gui.gui_helpers import OTHER_PASSPHRASE, open_client_tab, seed_client, unlock_as

from assist_desktop.gui import messages


@pytest.fixture
def questions():
    """Every question answered 'cancel' (kept until after the shell is torn down)."""
    asked = []
    messages.answer_with(lambda kind, title, text: (asked.append((kind, text)), "cancel")[1])
    yield asked
    messages.answer_with(lambda kind, title, text: "discard" if kind == "unsaved" else True)


def test_ctrl_q_with_a_note_draft_open_asks_and_keeps_the_draft(questions, qtbot, make_shell,
                                                                team):
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Grace", family_name="Okoro")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    # the title names the screen; Qt adds the application's name once (never her name)
    assert shell.window.windowTitle() == "Client file — Riverside Law Centre"
    shell.workspace.show_key("caseload")
    assert shell.window.windowTitle() == "Caseload — Riverside Law Centre"
    shell.workspace.show_key(f"client:{client.id}")
    file.show_tab("notes")
    notes = file.tab("notes")
    notes.new_note()
    qtbot.keyClicks(notes.editor.ui.titleEdit, "Call with GP")
    qtbot.keyClicks(notes.editor.ui.bodyEdit, "Half-written sentence")
    shell.window.ui.actionQuit.trigger()                      # Ctrl+Q
    assert shell.centre is not None
    shell.window.close()                                      # the window's X
    assert shell.centre is not None
    assert len(questions) == 2 and all(kind == "unsaved" for kind, _ in questions)
    assert "draft" in questions[0][1]                         # told the draft is kept
