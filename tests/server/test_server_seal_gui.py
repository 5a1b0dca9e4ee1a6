""""Seal the server" from an administrator's desktop program on a laptop (a real Shell,
pytest-qt, on a real centre server process): both laptops' windows lock, the server is
sealed and answers so."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from assist_desktop.server.folder import ServerFolder
from laptop_desktops import close_desktops, open_desktop
from server_harness import OTHER, PASSPHRASE, ServerProcess, make_centre
from tests.gui.gui_helpers import open_client_tab, seed_client, unlock_as, wait_idle


@pytest.fixture
def sealable(qtbot, tmp_path):
    from assist_desktop.gui import messages
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    make_centre(data_dir)
    server = ServerProcess(data_dir)
    server.init()
    server.start()
    asked = []

    def answer(kind, title, text):
        asked.append(title)
        return "discard" if kind == "unsaved" else True
    messages.answer_with(answer)
    shells = [open_desktop(qtbot, server, tmp_path, name, idle_ms=None)
              for name in ("Laptop A", "Laptop B")]
    yield server, shells, asked
    messages.answer_with(None)
    close_desktops(shells)
    server.stop()


@pytest.mark.slow
def test_an_administrator_seals_the_server_from_her_laptop_and_every_window_locks(
        qtbot, sealable):
    server, (a, b), asked = sealable
    client = seed_client(b.vault, "sup", OTHER, given_names="Lan", family_name="Nguyễn")
    unlock_as(qtbot, a, "admin", PASSPHRASE)
    unlock_as(qtbot, b, "sup", OTHER)
    kept_text = b.window.ui.lockedText.text()
    # on laptop B a note is being written when the server is sealed: its draft cannot reach
    # the server any more, and B's lock page must not promise that it was kept
    file = open_client_tab(qtbot, b, client.id)
    b.window.ui.actionNewNote.trigger()
    editor = file.tab("notes").editor
    editor.ui.bodyEdit.setPlainText("Half-written sentence")
    editor._draft_timer.flush()               # kept as a draft on the server, as typed
    qtbot.waitUntil(lambda: "Draft kept" in editor.ui.draftLabel.text(), timeout=10000)
    assert editor.draft_saver()() is None     # kept as it is: nothing sent, a lock won't warn
    editor.ui.bodyEdit.setPlainText("Half-written sentence, and more")
    editor._draft_timer.cancel()              # typed within the last moment before the seal
    a.window.ui.actionAdministration.trigger()
    policy = a.workspace.page("admin").policy
    wait_idle(qtbot, a)
    button = policy.sealButton
    assert button is not None and button.isVisibleTo(policy)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == ["Seal the centre server"]
    qtbot.waitUntil(lambda: a.window.is_locked, timeout=15000)     # hers: at once
    qtbot.waitUntil(lambda: b.window.is_locked, timeout=15000)     # the other: by its stream
    state = json.loads(ServerFolder(server.data_dir).path("state.json").read_text())
    assert state["sealed"] is True
    assert a.vault.connection.status().sealed and b.vault.connection.status().sealed
    qtbot.waitUntil(lambda: "could not be kept as a draft" in b.window.ui.lockedText.text(),
                    timeout=10000)
    assert "could not be kept" not in kept_text
    # B's sign-in window says the server is sealed, and offers its people again by itself
    # once an administrator has unsealed it (no need to close it and open it again)
    qtbot.waitUntil(lambda: b.dialog is not None and "sealed" in
                    b.dialog.ui.messageLabel.text(), timeout=15000)
    assert b.dialog.ui.userCombo.count() == 0
    assert not b.vault.connection.unseal("admin", PASSPHRASE)       # False: not sealed now
    qtbot.waitUntil(lambda: b.dialog.ui.userCombo.count() >= 3, timeout=15000)
    assert "sealed" not in b.dialog.ui.messageLabel.text()
