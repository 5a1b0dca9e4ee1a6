"""Purging a note purges every generated document built from it (review finding: a purged
note's text stayed in the documents generated from it): the documents service records the
notes each document was read from, bundles inherit their parts' sources, and the purge takes
those documents (and their bytes) in the same transaction, audited by id."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from assist_desktop.documents import DocumentKind
from assist_desktop.domain.errors import NotFound, ValidationError
from assist_desktop.services.document_bundle import ATTACHMENT, BundlePart
from assist_desktop.services.documents import DocumentService
from assist_desktop.storage.document_repository import DocumentRepository
from tests.documents.conftest import pdf_text
from tests.documents.document_world import TODAY, bundle_all, seed

K = DocumentKind


@pytest.fixture
def world(centre, staff):
    staff("admin")
    ids = {u.username: u.id for u in centre.services.users.list_users()}
    seeded = seed(centre, ids)
    opened = staff("sol")
    sol = DocumentService(opened.db, opened.session, opened.audit_log, opened.centre)
    return SimpleNamespace(s=seeded, sol=sol, centre=centre)


def purge_note(centre, note_id: int) -> None:
    notes = centre.services.notes   # admin: administrator and solicitor
    note = notes.get(note_id)
    notes.delete(note_id, note.version)
    notes.purge(note_id)


def stored(centre, document_id: int) -> tuple[bool, bool, int]:
    """(metadata row, bytes, source rows) still in the database?"""
    def read(conn):
        return (DocumentRepository().get(conn, document_id, include_deleted=True) is not None,
                DocumentRepository().pdf(conn, document_id) is not None,
                conn.execute("SELECT count(*) FROM generated_document_sources WHERE "
                             "document_id = ?", (document_id,)).fetchone()[0])
    return centre.db.read(read)


def audit_rows(centre, action: str, entity: str) -> list[tuple]:
    return centre.db.read(lambda c: c.execute(
        "SELECT entity_id, detail FROM audit_log WHERE action = ? AND entity = ? ORDER BY seq",
        (action, entity)).fetchall())


def test_purging_a_chronology_note_purges_the_chronology(world):
    """The reviewer's reproduction: a chronology printed a note; the note is purged."""
    sol, s = world.sol, world.s
    chronology = sol.generate(K.CHRONOLOGY, s.client_id, date=TODAY)
    assert "She escaped from the house." in pdf_text(sol.pdf(chronology.id))
    other = sol.generate(K.CASE_SUMMARY, s.client_id, date=TODAY)
    purge_note(world.centre, s.chronology_note)
    assert stored(world.centre, chronology.id) == (False, False, 0)
    with pytest.raises(NotFound):
        sol.pdf(chronology.id)
    assert stored(world.centre, other.id)[:2] == (True, True)
    rows = audit_rows(world.centre, "purge", "document")
    assert rows == [(str(chronology.id), f"client:{s.client_id} source_note:{s.chronology_note}")]


def test_documents_and_bundles_built_from_the_note_go_the_rest_stay(world):
    sol, s = world.sol, world.s
    statement = sol.generate(K.REPRESENTATIONS, s.client_id, s.appeal_id,
                             note_ids=(s.statement_note,), date=TODAY)
    letter = sol.generate(K.SUPPORT_LETTER, s.client_id, note_ids=(s.statement_note,),
                          date=TODAY)
    typed = sol.generate(K.SUPPORT_LETTER, s.client_id, paragraphs=("She is doing well.",),
                         date=TODAY)
    chronology = sol.generate(K.CHRONOLOGY, s.client_id, date=TODAY)
    bundle = bundle_all(sol, s.client_id, [("A", [statement.id, typed.id])], prepared_date=TODAY)
    # a bundle of a bundle inherits the sources too
    outer = bundle_all(sol, s.client_id, [("A", [bundle.id]), ("B", [chronology.id])],
                       prepared_date=TODAY)
    unrelated = bundle_all(sol, s.client_id, [("A", [typed.id, chronology.id])],
                           prepared_date=TODAY)
    deleted = sol.generate(K.REPRESENTATIONS, s.client_id, s.appeal_id,
                           note_ids=(s.statement_note,), date=TODAY)
    sol.delete(deleted.id, deleted.version)   # soft-deleted: purged with the note all the same
    assert "Benin City" in pdf_text(sol.pdf(bundle.id))

    purge_note(world.centre, s.statement_note)

    gone = {statement.id, letter.id, bundle.id, outer.id, deleted.id}
    for document_id in gone:
        assert stored(world.centre, document_id) == (False, False, 0), document_id
    for document in (typed, chronology, unrelated):
        assert stored(world.centre, document.id)[:2] == (True, True), document.title
        assert "Benin City" not in pdf_text(sol.pdf(document.id))
    rows = audit_rows(world.centre, "purge", "document")
    assert {int(entity_id) for entity_id, _ in rows} == gone
    assert all(detail == f"client:{s.client_id} source_note:{s.statement_note}"
               for _, detail in rows)
    assert audit_rows(world.centre, "purge", "note")[-1][0] == str(s.statement_note)


def test_a_bundle_holding_a_file_attached_to_the_note_goes_with_it(world):
    sol, s = world.sol, world.s
    source_pdf = sol.pdf(sol.generate(K.CASE_SUMMARY, s.client_id, date=TODAY).id)
    scan = world.centre.services.attachments.add(s.client_id, "Scan.pdf", "application/pdf",
                                                 source_pdf, note_id=s.statement_note)
    bundle = bundle_all(sol, s.client_id, [("A", [BundlePart(scan.id, ATTACHMENT)])],
                        prepared_date=TODAY)
    keep = bundle_all(sol, s.client_id, [("A", [BundlePart(s.attachment_id, ATTACHMENT)])],
                      prepared_date=TODAY)
    purge_note(world.centre, s.statement_note)
    assert stored(world.centre, bundle.id) == (False, False, 0)
    assert stored(world.centre, keep.id)[:2] == (True, True)


def test_each_document_records_what_it_was_built_from(world):
    sol, s = world.sol, world.s
    repo = DocumentRepository()
    statement = sol.generate(K.REPRESENTATIONS, s.client_id, s.appeal_id,
                             note_ids=(s.statement_note,), date=TODAY)
    chronology = sol.generate(K.CHRONOLOGY, s.client_id, date=TODAY)
    summary = sol.generate(K.CASE_SUMMARY, s.client_id, date=TODAY)
    bundle = bundle_all(sol, s.client_id, [("A", [statement.id, chronology.id])],
                        prepared_date=TODAY)
    sources = world.centre.db.read(lambda c: {d.id: repo.sources(c, d.id)
                                              for d in (statement, chronology, summary, bundle)})
    assert sources[statement.id] == {s.statement_note}
    assert sources[chronology.id] == {s.chronology_note, s.privileged_note}
    assert sources[summary.id] == frozenset()
    assert sources[bundle.id] == {s.statement_note, s.chronology_note, s.privileged_note}


def test_a_note_cannot_be_deleted_from_under_a_document(world):
    """The database itself refuses to drop a note while a document built from it remains, so
    no other path can purge a note and leave its text behind."""
    sol, s = world.sol, world.s
    sol.generate(K.CHRONOLOGY, s.client_id, date=TODAY)
    with pytest.raises(Exception, match="FOREIGN KEY"):
        world.centre.db.write(lambda c: c.execute("DELETE FROM case_notes WHERE id = ?",
                                                  (s.chronology_note,)))
    assert world.centre.services.notes.get(s.chronology_note).id == s.chronology_note


def test_a_source_purged_meanwhile_is_refused(world):
    sol, s = world.sol, world.s
    summary = sol.generate(K.CASE_SUMMARY, s.client_id, date=TODAY)
    with pytest.raises(ValidationError, match="purged"):
        world.centre.db.write(lambda c: DocumentRepository().add_sources(c, summary.id,
                                                                         [987654]))
