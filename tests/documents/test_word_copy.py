"""The editable Word copy of a statement or letter: the same content as its PDF, stored with
the document, exported with the leaves-the-store warning and audited like a PDF export; and a
document with characters no font has is refused until a person has seen them."""
from __future__ import annotations

import io
import re
from collections import Counter
from types import SimpleNamespace

import pytest
from docx import Document

from assist_desktop.documents import DocumentKind, LetterKind, build, samples
from assist_desktop.documents.word import build_docx
from assist_desktop.domain.errors import UnprintableText, ValidationError
from assist_desktop.services.documents import LEAVES_STORE_WARNING, DocumentService
from tests.documents.conftest import body_text, flat, page_texts
from tests.documents.document_world import seed

K = DocumentKind


def _paragraphs(docx: bytes) -> list[str]:
    return [p.text for p in Document(io.BytesIO(docx)).paragraphs if p.text.strip()]


def _words(value: str) -> str:
    """Text without spaces: line wraps, tabs and dotted signature lines do not matter, nor
    Arabic words (pypdf extracts shaped Arabic inside English lines in visual order)."""
    value = re.sub(r"\.{5,}", " ", flat(value).replace("\t", " "))
    return "".join(re.sub(r"[\u0600-\u06ff]+", " ", value).split())


def _body(pdf: bytes) -> str:
    """The PDF's text without page furniture: a first or last line repeated on several
    pages (running head, footer) and "Page X of Y"."""
    pages = [page.splitlines() for page in page_texts(pdf)]
    edges = Counter(line for page in pages for line in {*page[:1], *page[-2:]})
    kept = []
    for page in pages:
        for index, line in enumerate(page):
            edge = index == 0 or index >= len(page) - 2
            if (edge and len(pages) > 1 and edges[line] > 1) or re.fullmatch(
                    r"Page \d+ of \d+", line.strip()):
                continue
            kept.append(line)
    return " ".join(kept)


@pytest.mark.parametrize("make", [
    lambda: samples.witness_statement(6),
    samples.letter,
    lambda: samples.letter(LetterKind.SUPPORT),
    lambda: samples.letter(LetterKind.REPRESENTATIONS),
    samples.client_care,
], ids=["statement", "further_submissions", "support", "representations", "client_care"])
def test_every_paragraph_of_the_word_copy_is_in_the_pdf_in_order(make):
    data = make()
    docx, pdf = build_docx(data), build(data)
    paragraphs = _paragraphs(docx)
    assert len(paragraphs) > 10
    pdf_words = _words(_body(pdf))
    position = 0
    for paragraph in paragraphs:
        words = _words(paragraph)
        found = pdf_words.find(words, position)
        assert found >= 0, f"{paragraph[:70]!r} is not in the PDF (in this order)"
        position = found + len(words)


def test_statement_word_copy_has_headings_numbers_truth_signature_and_certificates():
    docx = build_docx(samples.witness_statement(6))
    doc = Document(io.BytesIO(docx))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["WITNESS STATEMENT OF FATIMA AL-SAYED", "Background",
                        "What happened to me", "STATEMENT OF TRUTH",
                        "INTERPRETER'S DECLARATION", "TRANSLATOR'S CERTIFICATE", "EXHIBITS"]
    numbers = [p.text.split("\t")[0] for p in doc.paragraphs if re.match(r"\d+\.\t", p.text)]
    assert numbers == [f"{n}." for n in range(1, len(numbers) + 1)] and len(numbers) == 9
    texts = [p.text for p in doc.paragraphs]
    assert "Full name Fatima Al-Sayed" in texts
    assert any(samples.MARKUP in t for t in texts)  # user text is literal, never markup
    assert doc.core_properties.title == "Witness statement"  # the kind, never her name
    # the statement of truth is never parted from its signature lines
    paras = doc.paragraphs
    truth = texts.index("STATEMENT OF TRUTH")
    date_line = next(i for i in range(truth, len(paras)) if texts[i].startswith("Date"))
    assert all(p.paragraph_format.keep_with_next for p in paras[truth:date_line])


@pytest.fixture
def world(centre, staff):
    staff("admin")
    ids = {u.username: u.id for u in centre.services.users.list_users()}
    seeded = seed(centre, ids)

    def service(name: str) -> DocumentService:
        opened = staff(name)
        return DocumentService(opened.db, opened.session, opened.audit_log, opened.centre)
    return SimpleNamespace(s=seeded, service=service, centre=centre)


def test_save_as_word_writes_the_stored_copy_warns_and_is_audited(world, tmp_path):
    sol = world.service("sol")
    body = ("Her account has been consistent.", "She is afraid to return.")
    doc = sol.generate(K.SUPPORT_LETTER, world.s.client_id, paragraphs=body)
    assert sol.has_word_copy(doc)
    target = tmp_path / "letter.docx"
    assert sol.save_as_word(doc.id, target) == LEAVES_STORE_WARNING
    texts = _paragraphs(target.read_bytes())
    assert body[0] in texts and body[1] in texts
    pdf_words = _words(_body(sol.pdf(doc.id)))
    assert all(_words(t) in pdf_words for t in texts)
    rows = world.centre.db.read(lambda conn: conn.execute(
        "SELECT entity_id, detail FROM audit_log WHERE action = 'export'").fetchall())
    assert [(int(r[0]), r[1].split()[-2:]) for r in rows] == [(doc.id, ["word", "unprotected"])]


def test_kinds_without_a_word_copy_say_so(world, tmp_path):
    sol = world.service("sol")
    doc = sol.generate(K.CHRONOLOGY, world.s.client_id)
    assert not sol.has_word_copy(doc)
    with pytest.raises(ValidationError, match="no Word copy"):
        sol.save_as_word(doc.id, tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()


def test_unprintable_characters_are_listed_and_nothing_is_stored_until_allowed(world):
    sol = world.service("sol")
    before = len(sol.list(world.s.client_id))
    body = ("Her daughter signs with \U0001FAE0 in every message.",)
    with pytest.raises(UnprintableText) as raised:
        sol.generate(K.SUPPORT_LETTER, world.s.client_id, paragraphs=body)
    assert raised.value.characters == ("U+1FAE0 MELTING FACE in paragraph 1",)
    assert "U+1FAE0 MELTING FACE" in str(raised.value)
    assert len(sol.list(world.s.client_id)) == before
    doc = sol.generate(K.SUPPORT_LETTER, world.s.client_id, paragraphs=body,
                       allow_unprintable=True)
    assert "signs with [U+1FAE0] in every" in flat(body_text(sol.pdf(doc.id)))


def test_a_support_letter_leaves_only_with_her_consent_to_sharing(world, tmp_path):
    """A support letter goes to another organisation: with her consent to sharing withdrawn,
    saving it (PDF or Word) is refused and nothing is written; a support worker is sent to a
    solicitor, who may go ahead with a reason (kept apart; the audit names the row). A
    chronology (her own case) is not held."""
    from datetime import date
    from assist_desktop.domain.consents import (ConsentDecision, ConsentEntry, ConsentKind,
                                                ConsentRequired)
    from assist_desktop.domain.errors import PermissionDenied
    sol, sup = world.service("sol"), world.service("sup")
    cid = world.s.client_id
    letter = sol.generate(K.SUPPORT_LETTER, cid, paragraphs=("She needs a safe place.",))
    chronology = sol.generate(K.CHRONOLOGY, cid)
    world.centre.services.clients.consents.create(ConsentEntry(
        client_id=cid, kind=ConsentKind.INFORMATION_SHARING,
        decision=ConsentDecision.WITHDRAWN, decided_on=date(2026, 1, 5)))
    with pytest.raises(ConsentRequired) as raised:
        sup.save_as(letter.id, tmp_path / "a.pdf")
    assert not raised.value.may_override and "ask a solicitor" in str(raised.value)
    with pytest.raises(PermissionDenied):
        sup.save_as_word(letter.id, tmp_path / "a.docx", override_reason="urgent")
    with pytest.raises(ConsentRequired):
        sol.save_as_word(letter.id, tmp_path / "a.docx")
    with pytest.raises(ConsentRequired):
        sol.check_sharing(K.SUPPORT_LETTER, cid)
    assert not list(tmp_path.glob("a.*"))
    sol.save_as(chronology.id, tmp_path / "chronology.pdf")          # not held
    reason = "Her GP needs it <b>today</b>; she agreed in person & it is on file"
    sol.save_as(letter.id, tmp_path / "a.pdf", override_reason=reason)
    rows = world.centre.db.read(lambda c: c.execute(
        "SELECT id, record_kind, record_id, kind, reason FROM consent_overrides").fetchall())
    assert [r[1:] for r in rows] == [("export", letter.id, "information_sharing", reason)]
    details = world.centre.db.read(lambda c: c.execute(
        "SELECT entity_id, detail FROM audit_log WHERE action = 'export' ORDER BY seq"
    ).fetchall())
    assert details[-1] == (str(letter.id),
                           f"client:{cid} consent:override:{rows[0][0]} unprotected")
    assert reason not in repr(world.centre.db.read(lambda c: c.execute(
        "SELECT detail FROM audit_log").fetchall()))
