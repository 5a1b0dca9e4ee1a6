"""Two laptops' desktop programs (real Shells, pytest-qt) on one real centre server: a note
saved in one appears in the other's open file, with no refresh; the auto-lock signs the
laptop out on the server; nothing of hers is written on the laptop."""
from __future__ import annotations

import pytest

import case_samples as s
from laptop_desktops import close_desktops, open_desktop
from server_harness import OTHER, sign_in
from tests.gui.gui_helpers import open_client_tab, unlock_as, wait_idle


@pytest.fixture
def two_laptops(qtbot, server, tmp_path):
    from assist_desktop.gui import messages
    messages.answer_with(lambda kind, title, text: "discard" if kind == "unsaved" else True)
    shells = [open_desktop(qtbot, server, tmp_path, name) for name in ("Laptop A", "Laptop B")]
    yield shells
    messages.answer_with(None)
    close_desktops(shells)


def test_a_note_saved_on_one_laptop_appears_in_the_other_and_nothing_stays_behind(
        qtbot, server, two_laptops, tmp_path):
    maker = sign_in(server.laptop(tmp_path, "Laptop setup"), "sol")
    client = maker.services.clients.create(
        s.client("Zainab", key_worker=server.ids["sup"], solicitor=server.ids["sol"]))
    maker.lock()
    a, b = two_laptops
    qtbot.waitUntil(lambda: a.dialog.ui.userCombo.count() > 0, timeout=10000)
    assert server.address in a.dialog.ui.subtitleLabel.text()
    assert not a.dialog.ui.recoveryButton.isVisible()
    unlock_as(qtbot, a, "sol", OTHER)
    unlock_as(qtbot, b, "sup", OTHER)
    file_a, file_b = open_client_tab(qtbot, a, client.id), open_client_tab(qtbot, b, client.id)
    file_b.show_tab("notes")
    notes_b = file_b.tab("notes")
    wait_idle(qtbot, b)
    assert notes_b.model.rowCount() == 0

    a.window.ui.actionNewNote.trigger()
    editor = file_a.tab("notes").editor
    editor.ui.titleEdit.setText("Unique marker Qv7 attendance")
    editor.ui.bodyEdit.setPlainText("She asked for a female interpreter; <b>noted</b> & agreed.")
    a.window.ui.actionSave.trigger()
    qtbot.waitUntil(lambda: file_a.tab("notes").model.rowCount() == 1, timeout=15000)
    # laptop B shows it without anyone pressing anything
    qtbot.waitUntil(lambda: notes_b.model.rowCount() == 1, timeout=15000)
    assert notes_b.model.row(0).title == "Unique marker Qv7 attendance"

    remote = a.centre
    before = remote.connection.status()   # still reachable
    assert not before.sealed
    a.idle.set_timeout_ms(200)
    qtbot.waitUntil(lambda: a.window.is_locked, timeout=5000)
    wait_idle(qtbot, a)
    assert not remote.is_open and remote.services is None and remote.token == b""
    for path in tmp_path.rglob("*"):
        if path.is_file() and "-data" in str(path.parent):
            assert b"Qv7" not in path.read_bytes() and b"Zainab" not in path.read_bytes(), path


def test_the_window_locks_when_the_server_refuses_the_laptop(qtbot, server, two_laptops):
    a, b = two_laptops
    unlock_as(qtbot, a, "sol", OTHER)
    unlock_as(qtbot, b, "sup", OTHER)
    remote = a.centre
    server.devices().revoke("Laptop A")
    # nobody touches laptop A: its change stream is refused and the window locks by itself
    qtbot.waitUntil(lambda: a.window.is_locked, timeout=15000)
    wait_idle(qtbot, a)
    assert not remote.is_open and a.centre is None
    errors = []
    b.runner.run(lambda: b.centre.services.users.me(), None, errors.append)
    wait_idle(qtbot, b)
    assert not errors and not b.window.is_locked       # laptop B carries on
