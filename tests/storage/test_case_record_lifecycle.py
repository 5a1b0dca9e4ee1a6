"""Optimistic concurrency, soft delete and purge, note history and drafts, and the caseload
query (paging, sorting, filters, restrictions) at the repository level."""
from __future__ import annotations

import dataclasses
import os
from datetime import date, timedelta

import pytest

import case_samples as s
from assist_desktop.domain.clients import CaseloadQuery, CaseloadSort
from assist_desktop.domain.errors import EditConflict, ValidationError
from assist_desktop.domain.notes import NoteDraft
from assist_desktop.storage.attachment_repository import AttachmentRepository
from assist_desktop.storage.caseload_repository import CaseloadRepository
from assist_desktop.storage.client_owned_repository import ChildRepository
from assist_desktop.storage.client_repository import ClientRepository
from assist_desktop.storage.matter_repository import MatterRepository, PartyRepository
from assist_desktop.storage.note_repository import NoteRepository
from assist_desktop.storage.record_table import truncate_wal
from assist_desktop.storage.task_repository import TaskRepository

clients, notes, children = ClientRepository(), NoteRepository(), ChildRepository()


def test_a_stale_version_is_a_conflict_and_writes_nothing(case_db):
    created = case_db.write(clients.create, s.client("first"))
    theirs = case_db.write(clients.update, dataclasses.replace(created, nationality="Theirs",
                                                               aliases=()))
    assert theirs.version == 2
    with pytest.raises(EditConflict):
        case_db.write(clients.update, dataclasses.replace(created, nationality="Mine"))
    now = case_db.read(clients.get, created.id)
    assert now == theirs and now.nationality == "Theirs" and now.aliases == ()


def test_soft_delete_hides_and_restore_brings_back(case_db):
    owner = case_db.write(clients.create, s.client("x"))
    child = case_db.write(children.create, s.child(owner.id, "c"))
    with pytest.raises(EditConflict):
        case_db.write(children.soft_delete, child.id, child.version + 1)
    deleted = case_db.write(children.soft_delete, child.id, child.version)
    assert deleted.deleted_at and deleted.version == 2
    assert case_db.read(children.get, child.id) is None
    assert case_db.read(children.list_for_client, owner.id) == []
    assert case_db.read(children.list_for_client, owner.id, include_deleted=True) == [deleted]
    with pytest.raises(EditConflict):  # a deleted record cannot be edited
        case_db.write(children.update, dataclasses.replace(deleted, guardian="x"))
    restored = case_db.write(children.restore, child.id, deleted.version)
    assert restored.deleted_at is None and restored.version == 3


def test_note_edits_keep_every_earlier_version(case_db, ids):
    owner = case_db.write(clients.create, s.client("x"))
    v1 = case_db.write(notes.create, s.note(owner.id, "first text", ids["sol"]), "k1")
    v2 = case_db.write(lambda c: notes.update(c, dataclasses.replace(v1, body="second text"),
                                              edited_by=ids["sol2"], save_key="k2"))
    v3 = case_db.write(lambda c: notes.update(c, dataclasses.replace(v2, body="third text",
                                                                     privileged=True),
                                              edited_by=ids["sup"], save_key="k3"))
    assert (v2.version, v3.version, v3.updated_by, v3.author_id) == (2, 3, ids["sup"], ids["sol"])
    history = case_db.read(notes.history, v1.id)
    assert [(h.version, h.body, h.saved_by) for h in history] == [
        (1, "first text", ids["sol"]), (2, "second text", ids["sol2"])]
    assert history[0].saved_at == v1.updated_at and history[1].saved_at == v2.updated_at
    with pytest.raises(EditConflict):  # based on v2, which has been replaced
        case_db.write(lambda c: notes.update(c, dataclasses.replace(v2, body="lost?"),
                                             edited_by=ids["sol"], save_key="k4"))
    assert len(case_db.read(notes.history, v1.id)) == 2
    assert case_db.read(notes.get, v1.id).body == "third text"
    assert case_db.read(notes.last_save_key, v1.id) == "k3"


def test_the_idempotency_key_is_unique(case_db, ids):
    owner = case_db.write(clients.create, s.client("x"))
    case_db.write(notes.create, s.note(owner.id, "a", ids["sol"]), "same-key")
    from assist_desktop.storage import connection as cx
    with pytest.raises(cx.IntegrityError):
        case_db.write(notes.create, s.note(owner.id, "b", ids["sol"]), "same-key")
    assert case_db.read(notes.find_by_key, "same-key").body == "a"


def test_drafts_one_per_user_and_note(case_db, ids):
    owner = case_db.write(clients.create, s.client("x"))
    note = case_db.write(notes.create, s.note(owner.id, "n", ids["sol"]), "k")
    new1 = case_db.write(notes.save_draft, NoteDraft(user_id=ids["sol"], client_id=owner.id,
                                                      body="typing"))
    new2 = case_db.write(notes.save_draft, NoteDraft(user_id=ids["sol"], client_id=owner.id,
                                                      body="typing more", form_state='{"a":1}'))
    edit = case_db.write(notes.save_draft, NoteDraft(user_id=ids["sol"], client_id=owner.id,
                                                      note_id=note.id, base_version=1, body="e"))
    other = case_db.write(notes.save_draft, NoteDraft(user_id=ids["sup"], client_id=owner.id,
                                                       body="hers"))
    assert new1.id == new2.id and len({new2.id, edit.id, other.id}) == 3
    loaded = case_db.read(notes.load_draft, ids["sol"], owner.id, None)
    assert (loaded.body, loaded.form_state) == ("typing more", '{"a":1}')
    assert case_db.read(notes.load_draft, ids["sol"], owner.id, note.id).base_version == 1
    assert case_db.write(notes.discard_draft, ids["sol"], owner.id, None) is True
    assert case_db.read(notes.load_draft, ids["sol"], owner.id, None) is None
    assert case_db.read(notes.load_draft, ids["sup"], owner.id, None).body == "hers"


def test_purging_a_client_leaves_no_trace_of_her_text(case_db, ids):
    marker = "Zhanna-Ѯ-7f3a9"
    keep = case_db.write(clients.create, s.client("Someone else"))
    owner = case_db.write(clients.create, s.client(marker, restricted_to={ids["sol"]}))
    party = case_db.write(PartyRepository().create, s.party(owner.id, marker))
    matter = case_db.write(MatterRepository().create, s.matter(owner.id, marker,
                                                               party_ids={party.id}))
    note = case_db.write(notes.create, s.note(owner.id, marker, ids["sol"]), "k")
    case_db.write(lambda c: notes.update(c, dataclasses.replace(note, body=marker + " v2"),
                                         edited_by=ids["sol"], save_key="k2"))
    case_db.write(notes.save_draft, NoteDraft(user_id=ids["sol"], client_id=owner.id, body=marker))
    data = marker.encode() * 100
    case_db.write(AttachmentRepository().create_with_data, s.attachment(owner.id, marker, data),
                  data)
    for make in (s.child, s.pregnancy, s.needs, s.action, s.referral, s.mentor, s.consent,
                 s.conviction, s.identification, s.claim):
        from test_case_record_roundtrip import RECORDS
        repo = next(r for r, m in RECORDS if m is make)()
        case_db.write(repo.create, make(owner.id, marker))
    case_db.write(TaskRepository().create, s.task(owner.id, marker, matter_id=matter.id))
    assert marker in s.all_text_in_database(case_db)

    case_db.write(clients.soft_delete, owner.id, owner.version)
    assert marker in s.all_text_in_database(case_db)  # soft delete keeps it
    assert case_db.write(clients.purge, owner.id) is True
    case_db.read(truncate_wal)
    everything = s.all_text_in_database(case_db)
    assert marker not in everything and owner.reference not in everything
    assert "Someone else" in everything  # only her file went
    assert case_db.read(clients.get, keep.id) is not None
    assert case_db.integrity_problems() == []


def test_purging_a_note_takes_history_drafts_and_attachments(case_db, ids):
    owner = case_db.write(clients.create, s.client("x"))
    note = case_db.write(notes.create, s.note(owner.id, "secret-one", ids["sol"]), "k")
    case_db.write(lambda c: notes.update(c, dataclasses.replace(note, body="secret-two"),
                                         edited_by=ids["sol"], save_key="k2"))
    case_db.write(notes.save_draft, NoteDraft(user_id=ids["sol"], client_id=owner.id,
                                              note_id=note.id, body="secret-three"))
    data = b"secret-four"
    case_db.write(AttachmentRepository().create_with_data,
                  s.attachment(owner.id, "a", data, note_id=note.id), data)
    assert case_db.write(notes.purge, note.id)
    everything = s.all_text_in_database(case_db)
    for word in ("secret-one", "secret-two", "secret-three", "secret-four"):
        assert word not in everything


def test_parties_must_belong_to_the_matters_client(case_db):
    one = case_db.write(clients.create, s.client("one"))
    two = case_db.write(clients.create, s.client("two"))
    theirs = case_db.write(PartyRepository().create, s.party(two.id, "p"))
    with pytest.raises(ValidationError):
        case_db.write(MatterRepository().create, s.matter(one.id, "m", party_ids={theirs.id}))
    assert case_db.read(MatterRepository().list_for_client, one.id) == []


def _caseload(db, user_id, **query):
    repo = CaseloadRepository()
    q = CaseloadQuery(**query)
    today = date(2026, 3, 2)
    return db.read(repo.page, user_id, q, today), db.read(repo.count, user_id, q, today)


def test_caseload_pages_sorts_filters_and_hides_restricted(case_db, ids):
    made = []
    for i, name in enumerate(["Zoë", "ádám", "Bea", "Émilie", "Olga"]):
        c = dataclasses.replace(s.client(name), preferred_name=name, closed_on=None,
                                key_worker_id=ids["sup"] if i % 2 or name == "Olga" else None,
                                restricted_to=frozenset({ids["sol"]}) if name == "Olga" else frozenset())
        made.append(case_db.write(clients.create, c))
    case_db.write(TaskRepository().create, s.task(made[2].id, "soon", due_on=date(2026, 3, 5)))
    case_db.write(TaskRepository().create, s.task(made[0].id, "late", due_on=date(2026, 6, 1)))
    case_db.write(lambda c: clients.update(c, dataclasses.replace(made[3], closed_on=date(2026, 1, 1))))

    rows, total = _caseload(case_db, ids["sup"], sort=CaseloadSort.NAME)
    assert [r.display_name for r in rows] == ["ádám", "Bea", "Émilie", "Zoë"] and total == 4
    rows, total = _caseload(case_db, ids["sol"], sort=CaseloadSort.NAME, limit=2, offset=3)
    assert [r.display_name for r in rows] == ["Olga", "Zoë"] and total == 5
    assert rows[0].restricted and not rows[1].restricted
    rows, _ = _caseload(case_db, ids["sup"], sort=CaseloadSort.NEXT_DEADLINE)
    assert [r.display_name for r in rows][:2] == ["Bea", "Zoë"]
    assert rows[0].next_deadline == date(2026, 3, 5)
    rows, total = _caseload(case_db, ids["sup"], deadline_within_days=7)
    assert [r.display_name for r in rows] == ["Bea"] and total == 1
    rows, total = _caseload(case_db, ids["sup"], mine=True)
    assert {r.display_name for r in rows} == {"ádám", "Émilie"} and total == 2  # not Olga
    rows, total = _caseload(case_db, ids["sup"], open_only=True)
    assert "Émilie" not in {r.display_name for r in rows} and total == 3
    rows, total = _caseload(case_db, ids["sol"], restricted_only=True)
    assert [r.display_name for r in rows] == ["Olga"] and total == 1
    rows, total = _caseload(case_db, ids["sup"], restricted_only=True)
    assert rows == [] and total == 0
    rows, _ = _caseload(case_db, ids["sup"], sort=CaseloadSort.REFERENCE, descending=True)
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)
    assert rows[0].safety_flags == s.client("x").safety_flags


def test_due_tasks_across_files_respect_restrictions(case_db, ids):
    open_file = case_db.write(clients.create, s.client("open"))
    closed_file = case_db.write(clients.create, s.client("r", restricted_to={ids["sol"]}))
    today = date(2026, 3, 2)
    for owner in (open_file, closed_file):
        case_db.write(TaskRepository().create, s.task(owner.id, "t", due_on=today + timedelta(2)))
        case_db.write(TaskRepository().create, s.task(owner.id, "o", due_on=today - timedelta(3)))
    repo = TaskRepository()
    week = case_db.read(lambda c: repo.open_due(c, ids["sup"], due_from=today,
                                                due_to=today + timedelta(6)))
    assert [t.client_id for t in week] == [open_file.id]
    overdue = case_db.read(lambda c: repo.open_due(c, ids["sol"], due_from=None,
                                                   due_to=today - timedelta(1)))
    assert sorted(t.client_id for t in overdue) == sorted([open_file.id, closed_file.id])


def test_a_user_named_on_a_restriction_cannot_be_deleted(case_db, ids):
    """Deleting the only named user must never quietly un-restrict a file."""
    from assist_desktop.storage import connection as cx
    case_db.write(clients.create, s.client("r", restricted_to={ids["sup"]}))
    with pytest.raises(cx.IntegrityError):
        case_db.write(lambda c: c.execute("DELETE FROM users WHERE id = ?", (ids["sup"],)))


def test_attachment_bytes_are_stored_apart(case_db):
    owner = case_db.write(clients.create, s.client("x"))
    data = os.urandom(4096)
    stored = case_db.write(AttachmentRepository().create_with_data,
                           s.attachment(owner.id, "f", data), data)
    listed = case_db.read(AttachmentRepository().list_visible, owner.id, include_privileged=False)
    assert listed == [stored]
    assert case_db.read(AttachmentRepository().data, stored.id) == data
