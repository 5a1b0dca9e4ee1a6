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
from assist_desktop.services.document_bundle import ATTACHMENT, BundlePart, WithheldParts
from assist_desktop.services.documents import DocumentService
from tests.documents.conftest import pdf_text
from tests.documents.document_world import STATEMENT, TODAY, seed


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
                            prepared_date=TODAY, include_withheld={(ATTACHMENT, attachment.id)})
        assert bundle.privileged
        assert bundle.id not in {d.id for d in sup.list(seeded.client_id)}
        with pytest.raises(NotFound):
            sup.pdf(bundle.id)


# --- privileged, internal and draft parts are withheld unless confirmed -------------------
def _audit(centre, action: str) -> list[tuple[str, str, str]]:
    return centre.db.read(lambda c: c.execute(
        "SELECT entity, entity_id, detail FROM audit_log WHERE action = ?",
        (action,)).fetchall())


@pytest.fixture
def parts(world):
    """An approved witness statement (goes in freely), a case summary (internal), a draft
    letter and a privileged attachment."""
    seeded, centre, service = world
    sol = service("sol")
    statement = sol.generate("witness_statement", seeded.client_id, seeded.appeal_id,
                             paragraphs=STATEMENT, date=TODAY)
    statement = sol.approve(statement.id, statement.version)
    summary = sol.generate("case_summary", seeded.client_id, date=TODAY)
    summary = sol.approve(summary.id, summary.version)
    draft = sol.generate("support_letter", seeded.client_id, paragraphs=("She is well.",),
                         date=TODAY)
    secret = centre.services.attachments.add(seeded.client_id, "Counsel's advice.pdf",
                                             "application/pdf", build(samples.letter()),
                                             note_id=seeded.privileged_note)
    sections = [("Statements", [statement.id, summary.id, draft.id]),
                ("Evidence", [BundlePart(secret.id, ATTACHMENT)])]
    return sol, seeded, centre, sections, (statement, summary, draft, secret)


def test_privileged_internal_and_draft_parts_are_refused_without_confirmation(parts):
    sol, seeded, centre, sections, (statement, summary, draft, secret) = parts
    before = {d.id for d in sol.list(seeded.client_id)}
    with pytest.raises(WithheldParts) as refused:
        sol.bundle(seeded.client_id, sections, prepared_date=TODAY)
    named = {(p.source, p.id): p.reasons for p in refused.value.parts}
    assert named == {("document", summary.id): ("internal",),
                     ("document", draft.id): ("draft",),
                     (ATTACHMENT, secret.id): ("privileged",)}
    message = str(refused.value)
    assert '"Case summary" (internal to the centre)' in message
    assert "an unapproved draft" in message and "\"Counsel's advice\" (privileged)" in message
    # confirming some is not confirming all
    with pytest.raises(WithheldParts) as still:
        sol.bundle(seeded.client_id, sections, prepared_date=TODAY,
                   include_withheld={("document", summary.id), ("document", draft.id)})
    assert [(p.source, p.id) for p in still.value.parts] == [(ATTACHMENT, secret.id)]
    assert {d.id for d in sol.list(seeded.client_id)} == before   # nothing stored
    assert _audit(centre, "include_withheld") == []
    # an approved statement alone goes in without asking
    plain = sol.bundle(seeded.client_id, [("Statements", [statement.id])], prepared_date=TODAY)
    assert plain.kind == "bundle"


def test_confirmed_parts_go_in_and_each_is_audited(parts):
    sol, seeded, centre, sections, (statement, summary, draft, secret) = parts
    bundle = sol.bundle(seeded.client_id, sections, prepared_date=TODAY, include_withheld={
        ("document", summary.id), ("document", draft.id), (ATTACHMENT, secret.id)})
    assert bundle.privileged
    rows = sorted(_audit(centre, "include_withheld"))
    assert rows == sorted([("document", str(summary.id), f"bundle:{bundle.id} internal"),
                           ("document", str(draft.id), f"bundle:{bundle.id} draft"),
                           (ATTACHMENT, str(secret.id), f"bundle:{bundle.id} privileged")])
    text = pdf_text(sol.pdf(bundle.id))
    assert "Counsel's advice" in text and "Case summary" in text
