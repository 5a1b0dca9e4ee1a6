"""Page layout: A4 pages, margins, the letterhead, and "Page X of Y" footers.

Every builder hands its story (a list of flowables) to `render`, which returns PDF bytes.
The total page count is known only at the end, so the canvas keeps each page's drawing
and adds the footers when the document is saved (single pass, no second build).

The bottom-right corner (outside the frame) is left free for the bundle page stamp.

A draft (built inside `with draft_mark():`) carries a light diagonal "DRAFT" on every page,
drawn before the page's content (so it never hides text) and marked as a watermark artifact
(PDF 32000-1 14.8.2.2), which is how `documents.draft.remove_draft_mark` finds and removes it
when a solicitor approves the document.
"""
from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from assist_desktop.documents import text
from assist_desktop.documents.inputs import CentreLetterhead
from assist_desktop.documents.styles import Styles

PAGE_WIDTH, PAGE_HEIGHT = A4
LETTERHEAD_HEIGHT = 3.4 * cm
DRAFT_TEXT = "DRAFT"
# Marked-content tags around the watermark (an artifact, not part of the document's text).
WATERMARK_BEGIN = "/Artifact <</Type /Pagination /Subtype /Watermark>> BDC"
WATERMARK_END = "EMC"
_DRAFT: ContextVar[str] = ContextVar("draft_mark", default="")


@contextmanager
def draft_mark(mark: str = DRAFT_TEXT) -> Iterator[None]:
    """Documents rendered inside this block carry `mark` as a watermark on every page."""
    token = _DRAFT.set(mark)
    try:
        yield
    finally:
        _DRAFT.reset(token)


@dataclass(frozen=True)
class Page:
    """Margins and running text for one document."""
    left: float = 2.5 * cm
    right: float = 2.5 * cm
    top: float = 2.2 * cm
    bottom: float = 2.5 * cm
    footer_text: str = ""         # e.g. "Witness statement of F.A. · PA/12345/2024"
    page_label: str = "Page {page} of {pages}"
    letterhead: CentreLetterhead | None = None  # drawn at the top of the first page
    running_head: str = ""        # small text at the top of later pages


def render(story: list[Flowable], page: Page, styles: Styles, title: str) -> bytes:
    """Lay out `story` on A4 and return the PDF. `title` goes in the PDF metadata: it must
    name the kind of document only, never the client."""
    buffer = io.BytesIO()
    first_top = page.top + (LETTERHEAD_HEIGHT if page.letterhead else 0)
    width = PAGE_WIDTH - page.left - page.right
    first = Frame(page.left, page.bottom, width, PAGE_HEIGHT - first_top - page.bottom,
                  id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(page.left, page.bottom, width, PAGE_HEIGHT - page.top - page.bottom,
                  id="later", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(buffer, pagesize=A4, title=title, author="", subject="",
                          creator="ASSIST Desktop", producer="ASSIST Desktop",
                          leftMargin=page.left, rightMargin=page.right, topMargin=page.top,
                          bottomMargin=page.bottom)
    doc.addPageTemplates([
        PageTemplate("First", [first], onPage=_first_page(page, styles),
                     autoNextPageTemplate="Later"),
        PageTemplate("Later", [later], onPage=_later_page(page, styles)),
    ])
    footer = _footer(page, styles)
    doc.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, footer=footer, **k))
    return buffer.getvalue()


class _NumberedCanvas(Canvas):
    """Keeps each page until save(), then draws the footers knowing the page count."""

    def __init__(self, *args, footer: Callable[[Canvas, int, int], None], **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._footer = footer

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(self, number, total)
            super().showPage()
        super().save()


def _draw(canvas: Canvas, flowable: Flowable, x: float, y_top: float, width: float) -> float:
    _, height = flowable.wrapOn(canvas, width, PAGE_HEIGHT)
    flowable.drawOn(canvas, x, y_top - height)
    return height


def _footer(page: Page, styles: Styles) -> Callable[[Canvas, int, int], None]:
    width = PAGE_WIDTH - page.left - page.right

    def draw(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        label = page.page_label.replace("{page}", str(number)).replace("{pages}", str(total))
        if label:
            canvas.setFont(styles.footer.fontName, 9)
            canvas.drawCentredString(PAGE_WIDTH / 2, 11 * mm, label)
        if page.footer_text:  # above the page label, smaller if it is long (2 lines fit)
            note = _fitted(canvas, page.footer_text, styles.footer, width, 9 * mm)
            _, height = note.wrapOn(canvas, width, PAGE_HEIGHT)
            note.drawOn(canvas, page.left, 15 * mm)
        canvas.restoreState()
    return draw


def _watermark(canvas: Canvas, mark: str, styles: Styles) -> None:
    """A light diagonal mark across the page, under the content drawn after it."""
    canvas.saveState()
    canvas._code.append(WATERMARK_BEGIN)
    canvas.setFillColorRGB(0.86, 0.86, 0.86)
    font = styles.title.fontName
    size = 120.0
    width = canvas.stringWidth(mark, font, size)
    diagonal = math.hypot(PAGE_WIDTH, PAGE_HEIGHT) * 0.7
    if width > diagonal:
        size *= diagonal / width
    canvas.setFont(font, size)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH)))
    canvas.drawCentredString(0, -size * 0.35, mark)
    canvas._code.append(WATERMARK_END)
    canvas.restoreState()


def _first_page(page: Page, styles: Styles):
    mark = _DRAFT.get()

    def draw(canvas: Canvas, doc) -> None:
        if mark:
            _watermark(canvas, mark, styles)
        if page.letterhead:
            draw_letterhead(canvas, page.letterhead, styles, page.left,
                            PAGE_WIDTH - page.left - page.right, PAGE_HEIGHT - 1.5 * cm)
    return draw


def _later_page(page: Page, styles: Styles):
    mark = _DRAFT.get()

    def draw(canvas: Canvas, doc) -> None:
        if mark:
            _watermark(canvas, mark, styles)
        if page.running_head:
            canvas.saveState()
            _draw(canvas, text.para(page.running_head, styles.footer), page.left,
                  PAGE_HEIGHT - 1.2 * cm, PAGE_WIDTH - page.left - page.right)
            canvas.restoreState()
    return draw


def _fitted(canvas: Canvas, value: str, style, width: float, max_height: float) -> Flowable:
    """`value` as a paragraph in `style`, its type made smaller (down to 6 pt) until it is
    no taller than `max_height`."""
    from reportlab.lib.styles import ParagraphStyle
    size = style.fontSize
    while True:
        fitted = ParagraphStyle(f"{style.name}-fit", parent=style, fontSize=size,
                                leading=size * style.leading / style.fontSize)
        para = text.para(value, fitted)
        _, height = para.wrapOn(canvas, width, PAGE_HEIGHT)
        if height <= max_height or size <= 6:
            return para
        size -= 0.5


def draw_letterhead(canvas: Canvas, head: CentreLetterhead, styles: Styles, x: float,
                    width: float, y_top: float) -> None:
    """Centre name large on the left, address and contacts small on the right, a rule.

    The regulatory note goes in the footer (Page.footer_text), set by the letter builders.
    """
    from reportlab.lib.styles import ParagraphStyle
    canvas.saveState()
    name_style = ParagraphStyle("lh-name", parent=styles.title, alignment=0, fontSize=16,
                                leading=19, spaceBefore=0, spaceAfter=0)
    _draw(canvas, text.para(head.name, name_style), x, y_top, width * 0.47)
    contact = "\n".join(head.contact_lines())
    if contact:  # never below the rule: a long address is set smaller
        block = _fitted(canvas, contact, styles.small_right, width * 0.5,
                        LETTERHEAD_HEIGHT - 0.8 * cm)
        _, height = block.wrapOn(canvas, width * 0.5, PAGE_HEIGHT)
        block.drawOn(canvas, x + width * 0.5, y_top - height)
    canvas.setLineWidth(0.8)
    rule_y = PAGE_HEIGHT - 1.5 * cm - LETTERHEAD_HEIGHT + 0.5 * cm
    canvas.line(x, rule_y, x + width, rule_y)
    canvas.restoreState()
