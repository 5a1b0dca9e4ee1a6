"""A bundle made from an attachment linked to a privileged note is privileged, so a support
worker can neither list nor read it (the attachment's own flag is not the only thing that
counts: its note's privilege does too, even when the note was marked privileged later)."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from assist_desktop.documents import build, samples
from assist_desktop.domain.errors import NotFound
from assist_desktop.domain.notes import CaseNote, NoteType
from assist_desktop.services.document_bundle import ATTACHMENT, BundlePart
from assist_desktop.services.documents import DocumentService
from tests.documents.document_world import TODAY, seed


@pytest.fixture
def world(centre, staff):
    staff("admin")
    ids = {u.username: u.id for u in centre.services.users.list_users()}
    seeded = seed(centre, ids)

    def service(name: str) -> DocumentService:
        opened = staff(name)
        return DocumentService(opened.db, opened.session, opened.audit_log, opened.centre)
    return seeded, centre, service


def test_a_bundle_of_a_privileged_notes_attachment_is_privileged(world):
    seeded, centre, service = world
    pdf = build(samples.letter())
    linked = centre.services.attachments.add(seeded.client_id, "Counsel's opinion.pdf",
                                             "application/pdf", pdf,
                                             note_id=seeded.privileged_note)
    notes = centre.services.notes
    plain = notes.create(CaseNote(client_id=seeded.client_id, note_type=NoteType.MEETING,
                                  note_date=date(2024, 1, 6), title="Minutes", body="Minutes",
                                  author_id=0), "k-minutes")
    later = centre.services.attachments.add(seeded.client_id, "Minutes.pdf", "application/pdf",
                                            pdf, note_id=plain.id)
    notes.update(dataclasses.replace(plain, privileged=True), expected_version=plain.version,
                 idempotency_key="k-minutes-2")
    sol, sup = service("sol"), service("sup")
    for attachment in (linked, later):
        bundle = sol.bundle(seeded.client_id, [("A", [BundlePart(attachment.id, ATTACHMENT)])],
                            prepared_date=TODAY)
        assert bundle.privileged
        assert bundle.id not in {d.id for d in sup.list(seeded.client_id)}
        with pytest.raises(NotFound):
            sup.pdf(bundle.id)
