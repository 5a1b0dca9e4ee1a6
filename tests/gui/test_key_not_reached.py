"""Separation by key (#14): when a key change waits for a holder (an administrator who is not a
solicitor adds a solicitor), the GUI says so calmly: the new solicitor's notes tab explains why
privileged notes do not open yet, and the administrators' staff list shows who waits for which
key. No "could not be decrypted" for a note that is only waiting for its key."""
from __future__ import annotations

import uuid
from datetime import date

from assist_desktop.domain.notes import CaseNote, NoteType
from tests.gui.gui_helpers import OTHER_PASSPHRASE, open_client_tab, unlock_as, wait_idle

SECRET = "privileged advice on the reasonable grounds decision"


def _file_with_a_privileged_note(vault) -> int:
    from assist_desktop.domain.clients import Client
    centre = vault.unlock("sol", OTHER_PASSPHRASE)
    try:
        services = centre.services
        client = services.clients.create(Client(jurisdiction=centre.centre.jurisdiction,
                                                given_names="Amina", family_name="Keyfile"))
        sol = services.users.me().id
        for privileged, title in ((True, SECRET), (False, "Ordinary meeting")):
            services.notes.create(CaseNote(
                client_id=client.id, note_type=NoteType.MEETING, note_date=date(2025, 3, 4),
                title=title, body=title, privileged=privileged, author_id=sol),
                str(uuid.uuid4()))
        return client.id
    finally:
        centre.lock()


def _add_solicitor(qtbot, staff) -> None:
    dialog = staff.add()
    dialog.ui.fullNameEdit.setText("Nia Newsol")
    dialog.ui.usernameEdit.setText("newsol")
    dialog.ui.solicitorCheck.setChecked(True)
    dialog.ui.passphraseEdit.setText(OTHER_PASSPHRASE)
    dialog.ui.confirmEdit.setText(OTHER_PASSPHRASE)
    dialog.meter.refresh()
    qtbot.waitUntil(lambda: dialog._ok.isEnabled(), timeout=10000)
    dialog.submit()


def _keys_column(staff) -> int:
    model = staff.model
    return [model.headerData(i, _horizontal()) for i in range(model.columnCount())].index("Keys")


def _horizontal():
    from PySide6.QtCore import Qt
    return Qt.Orientation.Horizontal


def _keys_of(staff, username: str) -> str:
    column = _keys_column(staff)
    for row, user in enumerate(staff.model.rows()):
        if user.username == username:
            return staff.model.data(staff.model.index(row, column)) or ""
    raise AssertionError(username)


def test_the_staff_list_and_her_notes_say_the_key_has_not_reached_her(qtbot, make_shell,
                                                                       team):
    client_id = _file_with_a_privileged_note(team)
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "adm", OTHER_PASSPHRASE)
    shell.window.ui.actionAdministration.trigger()
    staff = shell.workspace.page("admin").staff
    qtbot.waitUntil(lambda: staff.model.rowCount() == 4, timeout=10000)
    _add_solicitor(qtbot, staff)
    qtbot.waitUntil(lambda: "privilege key" in (
        _keys_of(staff, "newsol") if any(u.username == "newsol" for u in staff.model.rows())
        else ""), timeout=10000)
    assert _keys_of(staff, "newsol") == "Waiting for: privilege key"
    assert _keys_of(staff, "sol") == "" and _keys_of(staff, "adm") == ""
    shell.lock()
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: shell.dialog is not None, timeout=10000)

    unlock_as(qtbot, shell, "newsol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client_id)
    file.show_tab("notes")
    notes = file.tab("notes")
    qtbot.waitUntil(lambda: notes.model.rowCount() == 2, timeout=10000)
    wait_idle(qtbot, shell)
    frame, text = notes.ui.keyNoticeFrame, notes.ui.keyNoticeLabel.text()
    assert not frame.isHidden()
    assert "your copy of that key has not reached you yet" in text
    assert "another solicitor next signs in" in text
    titles = [notes.model.row(r).title for r in range(notes.model.rowCount())]
    assert "Ordinary meeting" in titles
    sealed = [t for t in titles if t != "Ordinary meeting"]
    assert sealed and "has not reached you yet" in sealed[0]
    assert "could not be decrypted" not in sealed[0] and SECRET not in sealed[0]
    # opened, it says why in full and is not edited over (her save could not seal it anyway)
    row = titles.index(sealed[0])
    notes.ui.timelineView.selectRow(row)
    editor = notes.editor
    qtbot.waitUntil(lambda: editor.note_id == notes.model.row(row).id, timeout=10000)
    assert "has not reached you yet" in editor.ui.bodyEdit.toPlainText()
    assert editor.ui.bodyEdit.isReadOnly() and not editor.ui.saveButton.isVisibleTo(editor)


def test_no_notice_once_the_key_has_reached_her(qtbot, make_shell, team):
    client_id = _file_with_a_privileged_note(team)
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)      # holds the key: nothing waits
    file = open_client_tab(qtbot, shell, client_id)
    file.show_tab("notes")
    notes = file.tab("notes")
    qtbot.waitUntil(lambda: notes.model.rowCount() == 2, timeout=10000)
    wait_idle(qtbot, shell)
    assert notes.ui.keyNoticeFrame.isHidden()
    assert SECRET in [notes.model.row(r).title for r in range(notes.model.rowCount())]
