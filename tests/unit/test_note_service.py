"""Notes: kept versions, conflicts instead of overwrites, drafts, idempotent saves, purge."""
from __future__ import annotations

import dataclasses
import uuid

import pytest

import case_samples as s
from assist_desktop.domain.errors import EditConflict, NotFound, PermissionDenied, ValidationError
from assist_desktop.domain.notes import NoteDraft
from assist_desktop.services.attachments import AttachmentService
from assist_desktop.services.clients import ClientService
from assist_desktop.services.notes import NoteService
from case_world import world  # noqa: F401  (fixture)


@pytest.fixture
def file_(world):
    return world.service(ClientService, "sol").create(s.client("Notes file"))


def _note(client_id, body, **changes):
    return dataclasses.replace(s.note(client_id, "Attendance", 0), body=body, **changes)


def test_each_edit_keeps_the_version_before_it(world, file_):
    notes = world.service(NoteService, "sol")
    v1 = notes.create(_note(file_.id, "Attended client. First account."), str(uuid.uuid4()))
    v2 = notes.update(dataclasses.replace(v1, body="Second account."), expected_version=1,
                      idempotency_key=str(uuid.uuid4()))
    v3 = world.service(NoteService, "sol2").update(
        dataclasses.replace(v2, body="Third, by a colleague."), expected_version=2,
        idempotency_key=str(uuid.uuid4()))
    assert (v3.version, v3.author_id, v3.updated_by) == (3, world.ids["sol"], world.ids["sol2"])
    history = notes.history(v1.id)
    assert [(h.version, h.body) for h in history] == [
        (1, "Attended client. First account."), (2, "Second account.")]
    assert notes.get(v1.id).body == "Third, by a colleague."


def test_two_people_editing_get_a_conflict_not_an_overwrite(world, file_):
    mine, theirs = world.service(NoteService, "sol"), world.service(NoteService, "sol2")
    note = mine.create(_note(file_.id, "original"), "k0")
    theirs.update(dataclasses.replace(note, body="their edit"), expected_version=1,
                  idempotency_key="k1")
    with pytest.raises(EditConflict):
        mine.update(dataclasses.replace(note, body="my edit"), expected_version=1,
                    idempotency_key="k2")
    assert mine.get(note.id).body == "their edit"
    assert [h.body for h in mine.history(note.id)] == ["original"]


def test_a_retried_save_never_duplicates(world, file_):
    notes = world.service(NoteService, "sup")
    key = str(uuid.uuid4())
    first = notes.create(_note(file_.id, "once"), key)
    again = notes.create(_note(file_.id, "once"), key)
    assert again == first and notes.count(file_.id) == 1
    edit_key = str(uuid.uuid4())
    edited = notes.update(dataclasses.replace(first, body="edited"), expected_version=1,
                          idempotency_key=edit_key)
    retried = notes.update(dataclasses.replace(first, body="edited"), expected_version=1,
                           idempotency_key=edit_key)
    assert retried == edited and len(notes.history(first.id)) == 1
    with pytest.raises(ValidationError):  # someone else's key is not a way into their note
        world.service(NoteService, "sol").create(_note(file_.id, "x"), key)
    with pytest.raises(ValidationError):
        notes.create(_note(file_.id, "x"), "")


def test_drafts_are_saved_loaded_and_discarded_per_user_and_note(world, file_):
    sol, sup = world.service(NoteService, "sol"), world.service(NoteService, "sup")
    note = sol.create(_note(file_.id, "saved"), "k")
    sol.save_draft(NoteDraft(user_id=0, client_id=file_.id, body="new note, half typed"))
    sol.save_draft(NoteDraft(user_id=0, client_id=file_.id, note_id=note.id, base_version=1,
                             body="an edit in progress"))
    sup.save_draft(NoteDraft(user_id=0, client_id=file_.id, body="hers"))
    assert sol.load_draft(file_.id).body == "new note, half typed"
    assert sol.load_draft(file_.id, note.id).base_version == 1
    assert sup.load_draft(file_.id).body == "hers"
    assert len(sol.my_drafts()) == 2
    # saving the note clears the matching draft, and only that one
    sol.create(_note(file_.id, "now saved"), "k-new")
    assert sol.load_draft(file_.id) is None
    assert sup.load_draft(file_.id).body == "hers"
    sol.update(dataclasses.replace(note, body="edit saved"), expected_version=1,
               idempotency_key="k-edit")
    assert sol.load_draft(file_.id, note.id) is None
    assert sup.discard_draft(file_.id) is True and sup.load_draft(file_.id) is None


def test_a_draft_survives_closing_and_reopening_the_database(world, file_):
    body = "Typed before the laptop lost power: Ж ễ ع 👩🏽 " * 1000
    world.service(NoteService, "sol").save_draft(
        NoteDraft(user_id=0, client_id=file_.id, body=body, form_state='{"t":1}'))
    world.reopen()
    draft = world.service(NoteService, "sol").load_draft(file_.id)
    assert (draft.body, draft.form_state, draft.user_id) == (body, '{"t":1}', world.ids["sol"])


def test_only_the_author_or_a_solicitor_edits_a_note(world, file_):
    hers = world.service(NoteService, "sup").create(_note(file_.id, "support note"), "k")
    with pytest.raises(PermissionDenied):
        world.service(NoteService, "sup2").update(dataclasses.replace(hers, body="x"),
                                                  expected_version=1, idempotency_key="k2")
    with pytest.raises(PermissionDenied):
        world.service(NoteService, "sup2").delete(hers.id, 1)
    edited = world.service(NoteService, "sol").update(dataclasses.replace(hers, body="y"),
                                                      expected_version=1, idempotency_key="k3")
    assert edited.body == "y"
    with pytest.raises(PermissionDenied):  # a support worker cannot mark it privileged
        world.service(NoteService, "sup").update(dataclasses.replace(edited, privileged=True),
                                                 expected_version=2, idempotency_key="k4")


def test_history_hides_privileged_versions_from_support_workers(world, file_):
    sol = world.service(NoteService, "sol")
    note = sol.create(_note(file_.id, "advice on merits", privileged=True), "k")
    opened = sol.update(dataclasses.replace(note, body="summary for support", privileged=False),
                        expected_version=1, idempotency_key="k2")
    sup = world.service(NoteService, "sup")
    assert sup.get(opened.id).body == "summary for support"
    assert sup.history(opened.id) == []
    assert [h.body for h in sol.history(opened.id)] == ["advice on merits"]


def test_purge_of_a_note_is_for_administrators_after_deletion(world, file_):
    sol = world.service(NoteService, "sol")
    secret = "Purge-me-Ѣ-0c1d"
    note = sol.create(_note(file_.id, secret), "k")
    sol.update(dataclasses.replace(note, body=secret + " v2"), expected_version=1,
               idempotency_key="k2")
    world.service(AttachmentService, "sol").add(file_.id, "n.txt", "text/plain",
                                                secret.encode(), note_id=note.id)
    admin = world.service(NoteService, "adm")
    with pytest.raises(NotFound):
        admin.purge(note.id)
    sol.delete(note.id, 2)
    with pytest.raises(PermissionDenied):
        sol.purge(note.id)
    admin.purge(note.id)
    assert secret not in s.all_text_in_database(world.db)
    with pytest.raises(NotFound):
        sol.get(note.id)


def test_a_one_megabyte_note_round_trips(world, file_):
    body = ("Ngày 3/2 — مرحبا — Привет — 🙂 <script>x</script> ' OR 1=1; " * 20_000)[:1_048_576]
    notes = world.service(NoteService, "sol")
    stored = notes.create(_note(file_.id, body), "k")
    assert notes.get(stored.id).body == body and len(body) == 1_048_576
