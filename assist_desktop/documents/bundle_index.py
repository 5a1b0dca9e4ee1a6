"""The bundle's index pages: heading, then section / tab / document / date / pages.

Each document's row records where it was drawn (index page and rectangle) so that
documents.bundle can put a link on it to the document's first page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from assist_desktop.documents import blocks, text, wording
from assist_desktop.documents.formatting import long_date
from assist_desktop.documents.inputs_admin import BundleInput
from assist_desktop.documents.layout import PAGE_WIDTH, Page, render
from assist_desktop.documents.styles import SHADE, Styles, make_styles

LEFT = RIGHT = 2.2 * cm
WIDTH = PAGE_WIDTH - LEFT - RIGHT
COLUMNS = [1.3 * cm, WIDTH - 1.3 * cm - 3.4 * cm - 2.6 * cm, 3.4 * cm, 2.6 * cm]


@dataclass
class IndexLayout:
    """Where each document's index row ended up: (index page 0-based, x0, y0, x1, y1)."""
    rows: dict[tuple[int, int], tuple[int, float, float, float, float]] = field(
        default_factory=dict)


class _Anchor(Flowable):
    """Draws a cell's paragraph and records the row's rectangle on the page."""

    def __init__(self, content: Flowable, key: tuple[int, int], layout: IndexLayout):
        super().__init__()
        self.content, self.key, self.layout = content, key, layout

    def wrap(self, availWidth, availHeight):
        self.width, self.height = self.content.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self):
        x, y = self.canv.absolutePosition(0, 0)
        page = self.canv.getPageNumber() - 1
        self.layout.rows[self.key] = (page, LEFT, y - 4, LEFT + WIDTH, y + self.height + 3)
        self.content.drawOn(self.canv, 0, 0)

    def split(self, availWidth, availHeight):
        return []


def render_index(data: BundleInput, ranges: dict[tuple[int, int], tuple[int, int]],
                 layout: IndexLayout) -> bytes:
    """The index as PDF bytes; `ranges` maps (section, item) to its first and last page."""
    styles = make_styles(10.5)
    w = wording.load(data.jurisdiction, "bundle", centre_name=(
        data.prepared_by.name if data.prepared_by else ""),
        prepared_date=long_date(data.prepared_date))
    story: list[Flowable] = [text.para(data.tribunal or w.text("tribunal"), styles.centre_bold,
                                       bold=True), Spacer(1, 0.2 * cm)]
    story += blocks.maybe(blocks.references(data.references, styles, WIDTH))
    story += blocks.parties(data.parties, w.text("between"), styles, WIDTH)
    story += [Spacer(1, 0.3 * cm), text.para(data.title, styles.title, bold=True),
              text.para(w.text("index_title"), styles.centre_bold, bold=True)]
    story.append(_table(data, ranges, layout, w, styles))
    if data.prepared_by:
        story += [Spacer(1, 0.4 * cm), text.para(w.text("prepared_by"), styles.small)]
    page = Page(left=LEFT, right=RIGHT, page_label="")
    return render(story, page, styles, "Bundle")


def _table(data: BundleInput, ranges, layout: IndexLayout, w: wording.Wording, styles: Styles):
    columns = w.raw("columns")
    rows: list[list] = []
    section_rows: list[int] = []
    for s_index, section in enumerate(data.sections):
        section_rows.append(len(rows) + 1)
        heading = section_heading(s_index, section.title, w.text("section_heading"))
        rows.append([text.para(heading, styles.cell_bold, bold=True), "", "", ""])
        for i_index, item in enumerate(section.items, start=0):
            first, last = ranges.get((s_index, i_index), (0, 0))
            pages = str(first) if first == last else f"{first}–{last}"
            title = _Anchor(text.para(item.title, styles.cell), (s_index, i_index), layout)
            rows.append([f"{_tab(s_index, i_index)}", title,
                         long_date(item.date, w.text("no_date")),
                         text.para(pages, styles.cell_right)])
    table = blocks.grid([columns["tab"], columns["document"], columns["date"], columns["pages"]],
                        rows, styles, COLUMNS)
    for row in section_rows:
        table.setStyle([("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row),
                                                        SHADE)])
    return table


def section_heading(section: int, title: str, pattern: str = "{letter}. {title}") -> str:
    """'A. Appellant's witness statements': the section's letter (the tabs A1, A2 ... of its
    documents) before its title, unless the title already starts with it ("A. ...",
    "Section A ...")."""
    letter = _letters(section)
    title = title.strip()
    if re.match(rf"^(?:section\s+)?{letter}(?:[.:)\-–]|\s*$|\s+[-–:])", title, re.IGNORECASE) \
            or re.match(rf"^section\s+{letter}\b", title, re.IGNORECASE):
        return title
    return pattern.replace("{letter}", letter).replace("{title}", title)


def _tab(section: int, item: int) -> str:
    """A1, A2, ... B1 ... (sections past Z continue AA, AB ...)."""
    return f"{_letters(section)}{item + 1}"


def _letters(section: int) -> str:
    letters = ""
    n = section
    while True:
        letters = chr(ord("A") + n % 26) + letters
        n = n // 26 - 1
        if n < 0:
            break
    return letters
