"""At the repository (so for the services and for imports alike): an attachment linked to a
privileged note is stored as privileged, read as privileged, and filtered out in SQL for
readers who may not see privileged material."""
from __future__ import annotations

import dataclasses

import case_samples as s
from assist_desktop.storage.attachment_repository import AttachmentRepository
from assist_desktop.storage.client_repository import ClientRepository
from assist_desktop.storage.note_repository import NoteRepository

attachments, notes = AttachmentRepository(), NoteRepository()


def test_a_privileged_notes_attachment_is_privileged(case_db, ids):
    owner = case_db.write(ClientRepository().create, s.client("x"))
    advice = case_db.write(notes.create, s.note(owner.id, "advice", ids["sol"], privileged=True),
                           "k1")
    meeting = case_db.write(notes.create, s.note(owner.id, "meeting", ids["sol"]), "k2")
    data = b"%PDF opinion"
    imported = case_db.write(attachments.create_with_data,
                             s.attachment(owner.id, "opinion", data, note_id=advice.id), data)
    assert imported.privileged
    assert case_db.read(lambda c: c.execute("SELECT privileged FROM attachments WHERE id = ?",
                                            (imported.id,)).fetchone()[0]) == 0  # through the note only
    other = case_db.write(attachments.create_with_data,
                          s.attachment(owner.id, "minutes", data, note_id=meeting.id), data)
    free = case_db.write(attachments.create_with_data, s.attachment(owner.id, "free", data), data)
    assert not other.privileged and not free.privileged

    # the note is marked privileged afterwards: its attachment is read as privileged at once
    case_db.write(lambda c: c.execute("UPDATE case_notes SET privileged = 1 WHERE id = ?",
                                      (meeting.id,)))
    assert case_db.read(attachments.get, other.id).privileged
    visible = case_db.read(lambda c: attachments.list_visible(c, owner.id,
                                                              include_privileged=False))
    assert [a.id for a in visible] == [free.id]
    every = case_db.read(lambda c: attachments.list_visible(c, owner.id, include_privileged=True))
    assert {a.id: a.privileged for a in every} == {imported.id: True, other.id: True,
                                                   free.id: False}
    assert [a.privileged for a in case_db.read(attachments.list_for_client, owner.id)] == [
        True, True, False]
    # an update keeps it privileged while it stays linked to a privileged note
    saved = case_db.write(attachments.update, dataclasses.replace(
        case_db.read(attachments.get, other.id), privileged=False))
    assert saved.privileged
