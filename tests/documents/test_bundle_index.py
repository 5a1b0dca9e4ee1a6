"""The bundle index a tribunal reads: each document under the title and date the solicitor
gave it (not a file name ending ".pdf", not the day it was uploaded), in lettered sections
that start from the tribunal's usual order (resources/wording/<jurisdiction>/bundle.json)."""
from __future__ import annotations

from datetime import date

import pytest

from assist_desktop.documents import build, samples
from assist_desktop.documents.bundle_index import section_heading
from assist_desktop.services.document_bundle import ATTACHMENT, BundlePart
from assist_desktop.services.documents import DocumentService
from tests.documents.conftest import flat, page_texts, reader
from tests.documents.document_world import STATEMENT, TODAY, seed


@pytest.fixture
def made(centre, staff):
    staff("admin")
    ids = {u.username: u.id for u in centre.services.users.list_users()}
    seeded = seed(centre, ids)
    opened = staff("sol")
    sol = DocumentService(opened.db, opened.session, opened.audit_log, opened.centre)
    statement = sol.generate("witness_statement", seeded.client_id, seeded.appeal_id,
                             paragraphs=STATEMENT, date=TODAY)
    statement = sol.approve(statement.id, statement.version)
    report = centre.services.attachments.add(seeded.client_id, "dr_okafor-medico_legal.PDF",
                                             "application/pdf", build(samples.letter()))
    sections = sol.bundle_sections(seeded.client_id)
    bundle = sol.bundle(seeded.client_id, [
        (sections[0], [BundlePart(seeded.attachment_id, ATTACHMENT,
                                  title="Refusal of protection claim", date=date(2024, 2, 20))]),
        (sections[1], [BundlePart(statement.id, title="First witness statement of the "
                                  "appellant", date=date(2024, 3, 12))]),
        (sections[2], [BundlePart(report.id, ATTACHMENT)]),
        ("Supplementary: translations", [BundlePart(statement.id, undated=True)]),
    ], matter_id=seeded.appeal_id, prepared_date=TODAY)
    return sol, sections, sol.pdf(bundle.id)


def test_new_bundles_start_with_the_tribunals_sections(made):
    _sol, sections, _pdf = made
    assert sections == ["Decision under appeal and appeal documents",
                        "Appellant's witness statements", "Expert and country evidence",
                        "Other documents"]


def test_index_has_the_chosen_titles_dates_and_lettered_sections(made):
    _sol, _sections, pdf = made
    index = flat(page_texts(pdf)[0])
    assert ".pdf" not in index.lower()
    for row in ("A. Decision under appeal and appeal documents",
                "A1 Refusal of protection claim 20 February 2024",
                "B. Appellant's witness statements",
                "B1 First witness statement of the appellant 12 March 2024",
                "C. Expert and country evidence",
                "C1 Dr okafor-medico legal Undated",        # file name, tidied, no date
                "D. Supplementary: translations", "D1 Witness statement Undated"):
        assert row in index, (row, index)


def test_bookmarks_carry_the_lettered_sections(made):
    _sol, _sections, pdf = made
    opened = reader(pdf)
    titles = [item.title for item in opened.outline if not isinstance(item, list)]
    assert titles == ["Index", "A. Decision under appeal and appeal documents",
                      "B. Appellant's witness statements", "C. Expert and country evidence",
                      "D. Supplementary: translations"]


@pytest.mark.parametrize("index, title, heading", [
    (0, "Appellant's statements", "A. Appellant's statements"),
    (0, "A. Appellant's statements", "A. Appellant's statements"),
    (1, "Section B - evidence", "Section B - evidence"),
    (1, "B: Evidence", "B: Evidence"),
    (0, "A bundle of letters", "A. A bundle of letters"),
    (26, "More", "AA. More"),
])
def test_section_headings_get_their_letter_once(index, title, heading):
    assert section_heading(index, title) == heading


def test_typed_titles_print_as_typed_and_make_no_links():
    from assist_desktop.documents import BundleItem, BundleSection, build_bundle
    typed = '<a href="https://x.example">Report</a> & <b>co</b> \u202eRTL \U0001F600'
    pdf = build_bundle(samples.bundle((BundleSection("<i>Evidence</i>", (
        BundleItem(typed, build(samples.letter()), date(2024, 1, 2), True),)),)))
    index = flat(page_texts(pdf)[0])
    assert '<a href="https://x.example">Report</a> & <b>co</b>' in index
    assert "A. <i>Evidence</i>" in index
    assert b"/URI" not in pdf


def test_bad_entries_are_refused_before_anything_is_read():
    from assist_desktop.domain.errors import ValidationError
    from assist_desktop.services.document_bundle import normalise
    with pytest.raises(ValidationError, match="date"):
        normalise([("A", [BundlePart(1, date="2024-01-01")])])
    with pytest.raises(ValidationError, match="500"):
        normalise([("A", [BundlePart(1, title="x" * 501)])])
    [(_title, [part])] = normalise([("A", [BundlePart(1, title=" Report\x00\x1b ")])])
    assert part.title == "Report"


def test_annotations_move_with_their_page():
    """A link or form-field appearance on an attached page stays over what it marked."""
    import io as _io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from assist_desktop.documents import BundleItem, BundleSection, build_bundle
    from assist_desktop.documents.pdf_pages import FRAME_X, FRAME_Y, SCALE
    buffer = _io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.drawString(100, 705, "Linked text")
    canvas.linkURL("https://example.org", (100, 700, 200, 720))
    canvas.showPage()
    canvas.save()
    pdf = build_bundle(samples.bundle((BundleSection("A", (
        BundleItem("Scan", buffer.getvalue(), None, True),)),)))
    page = reader(pdf).pages[1]
    rects = [[float(v) for v in a.get_object()["/Rect"]] for a in page["/Annots"]]
    expected = [FRAME_X + SCALE * 100, FRAME_Y + SCALE * 700, FRAME_X + SCALE * 200,
                FRAME_Y + SCALE * 720]
    assert any(all(abs(a - b) < 0.01 for a, b in zip(rect, expected)) for rect in rects)
