"""Privilege through a note is derived on read only, never copied into the attachment's own
column: an attachment edited while its note was privileged follows the note when the note is
un-marked, and one privileged in its own right stays so."""
from __future__ import annotations

import dataclasses

import case_samples as s
from assist_desktop.storage.attachment_repository import AttachmentRepository
from assist_desktop.storage.client_repository import ClientRepository
from assist_desktop.storage.note_repository import NoteRepository

attachments, notes = AttachmentRepository(), NoteRepository()


def _set_note_privileged(case_db, note_id: int, value: int) -> None:
    case_db.write(lambda c: c.execute("UPDATE case_notes SET privileged = ? WHERE id = ?",
                                      (value, note_id)))


def test_an_edited_attachment_follows_its_note_when_the_note_is_unmarked(case_db, ids):
    owner = case_db.write(ClientRepository().create, s.client("x"))
    note = case_db.write(notes.create, s.note(owner.id, "advice", ids["sol"]), "k1")
    _set_note_privileged(case_db, note.id, 1)
    data = b"%PDF opinion"
    through_note = case_db.write(attachments.create_with_data,
                                 s.attachment(owner.id, "opinion", data, note_id=note.id), data)
    own = case_db.write(attachments.create_with_data, dataclasses.replace(
        s.attachment(owner.id, "own", data, note_id=note.id), privileged=True), data)
    assert through_note.privileged and own.privileged

    # edited as a service would: read (privileged as in effect), change the description, save
    for attachment_id in (through_note.id, own.id):
        read = case_db.read(attachments.get, attachment_id)
        saved = case_db.write(attachments.update,
                              dataclasses.replace(read, description="edited"))
        assert saved.privileged
    stored = dict(case_db.read(lambda c: c.execute(
        "SELECT id, privileged FROM attachments").fetchall()))
    assert stored == {through_note.id: 0, own.id: 1}

    _set_note_privileged(case_db, note.id, 0)
    assert not case_db.read(attachments.get, through_note.id).privileged
    assert case_db.read(attachments.get, own.id).privileged
    visible = case_db.read(lambda c: attachments.list_visible(c, owner.id,
                                                              include_privileged=False))
    assert [a.id for a in visible] == [through_note.id]


def test_clearing_the_own_flag_under_a_privileged_note_leaves_it_to_the_note(case_db, ids):
    owner = case_db.write(ClientRepository().create, s.client("y"))
    note = case_db.write(notes.create, s.note(owner.id, "advice", ids["sol"]), "k1")
    data = b"%PDF"
    own = case_db.write(attachments.create_with_data, dataclasses.replace(
        s.attachment(owner.id, "own", data, note_id=note.id), privileged=True), data)
    _set_note_privileged(case_db, note.id, 1)
    saved = case_db.write(attachments.update, dataclasses.replace(
        case_db.read(attachments.get, own.id), privileged=False))
    assert saved.privileged            # still privileged through the note
    _set_note_privileged(case_db, note.id, 0)
    assert not case_db.read(attachments.get, own.id).privileged
