"""The recovery sheet the first-run wizard prints: the database's recovery code, large and
unambiguous, with instructions for keeping it safe."""
from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from assist_desktop.documents import blocks, fonts, text, wording
from assist_desktop.documents.formatting import long_date
from assist_desktop.documents.inputs_admin import RecoverySheetInput
from assist_desktop.documents.layout import PAGE_WIDTH, Page, render
from assist_desktop.documents.styles import GRID, make_styles
from assist_desktop.domain.errors import ValidationError

WIDTH = PAGE_WIDTH - 5 * cm


def build_recovery_sheet(data: RecoverySheetInput) -> bytes:
    styles = make_styles(11)
    code = data.recovery_code.strip()
    if not code or not code.isascii() or not code.isprintable():
        raise ValidationError("recovery code", "must be printable ASCII")
    w = wording.load("", "recovery_sheet", centre_name=data.centre_name)
    labels = w.raw("labels")
    story: list[Flowable] = [
        text.para(w.text("warning"), styles.centre_bold, bold=True),
        text.para(w.text("title"), styles.title, bold=True),
        *text.paras(w.text("intro"), styles.justified),
        *blocks.maybe(blocks.label_values([
            (labels["centre"], data.centre_name), (labels["created"], long_date(data.created)),
            (labels["database"], data.database_id)], styles, WIDTH, 5 * cm)),
        Spacer(1, 0.5 * cm), text.para(labels["code"], styles.label, bold=True),
        _code_box(code), Spacer(1, 0.5 * cm),
    ]
    for number, step in enumerate(w.items("steps"), start=1):
        story.append(text.para(step, styles.numbered, bullet=f"{number}."))
    story += blocks.signature({"signed": labels["signed"], "date": labels["date"]}, styles,
                              WIDTH, name=" ")
    return render(story, Page(), styles, "Recovery sheet")


def _code_box(code: str) -> Flowable:
    """The code in a monospaced bold font, groups spaced, in a ruled box."""
    style = ParagraphStyle("code", fontName=fonts.MONO_BOLD, fontSize=17, leading=24,
                           alignment=TA_CENTER)
    lines = [code]
    if len(code) > 40:  # break after a hyphen, keeping the code exactly as issued
        groups = code.split("-")
        lines = ["-".join(groups[i:i + 4]) + ("-" if i + 4 < len(groups) else "")
                 for i in range(0, len(groups), 4)]
    para = Paragraph("<br/>".join(text.escape(line) for line in lines), style)
    box = Table([[para]], colWidths=[WIDTH])
    box.setStyle([("BOX", (0, 0), (-1, -1), 1.2, GRID),
                  ("TOPPADDING", (0, 0), (-1, -1), 12), ("BOTTOMPADDING", (0, 0), (-1, -1), 14)])
    return box
