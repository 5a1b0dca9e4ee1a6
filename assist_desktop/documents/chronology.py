"""Chronology: the dated facts on the file, in a three-column table (date, event, source)."""
from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from assist_desktop.documents import blocks, text, wording
from assist_desktop.documents.formatting import long_date
from assist_desktop.documents.inputs import ChronologyInput
from assist_desktop.documents.layout import PAGE_WIDTH, Page, render
from assist_desktop.documents.styles import make_styles

LEFT = RIGHT = 2.2 * cm
WIDTH = PAGE_WIDTH - LEFT - RIGHT


def build_chronology(data: ChronologyInput) -> bytes:
    styles = make_styles(10.5)
    w = wording.load(data.jurisdiction, "chronology", data.term, client_name=data.client_name,
                     prepared_date=long_date(data.prepared_date),
                     known_as_clause=f" (known as {data.known_as})" if data.known_as else "")
    story: list[Flowable] = []
    if data.tribunal:  # for an appeal: the forum's heading
        story += [text.para(data.tribunal, styles.centre_bold, bold=True), Spacer(1, 0.2 * cm)]
    story.append(text.para(data.title or w.text("title"), styles.title, bold=True))
    story += blocks.maybe(blocks.references(data.references, styles, WIDTH))
    story += [Spacer(1, 0.2 * cm), *text.paras(w.text("intro"), styles.body)]
    columns = w.raw("columns")
    rows = [[event.date_text or long_date(event.date, w.text("undated")), event.description,
             event.source] for event in data.events]
    story.append(blocks.grid([columns["date"], columns["event"], columns["source"]], rows,
                             styles, [3.3 * cm, WIDTH - 3.3 * cm - 4.2 * cm, 4.2 * cm]))
    if data.prepared_by:
        story += [Spacer(1, 0.4 * cm),
                  text.para(w.text("prepared_by", name=data.prepared_by.name,
                                   role=data.prepared_by.role), styles.small)]
    page = Page(left=LEFT, right=RIGHT, letterhead=data.letterhead,
                footer_text=_footer(data), running_head=data.letterhead.name
                if data.letterhead else "",
                page_label=wording.common(data.jurisdiction).text("page_label"))
    return render(story, page, styles, "Chronology")


def _footer(data: ChronologyInput) -> str:
    refs = " · ".join(ref.value for ref in data.references[:2])
    return f"{data.client_name}{' · ' + refs if refs else ''}"
