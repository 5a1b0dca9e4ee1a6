"""Paragraph and table styles shared by the documents (A4, DejaVu Serif, black on white)."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import TableStyle

from assist_desktop.documents import fonts

GRID = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.92, 0.92, 0.92)
NUMBER_INDENT = 1.1 * cm


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    justified: ParagraphStyle
    numbered: ParagraphStyle
    continued: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    label: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    title: ParagraphStyle
    centre: ParagraphStyle
    centre_bold: ParagraphStyle
    right: ParagraphStyle
    footer: ParagraphStyle


def make_styles(size: float = 11, leading_factor: float = 1.4) -> Styles:
    """Styles for body text of `size` points (witness statements use 12 pt, 1.5 spacing)."""
    fonts.register_fonts()
    leading = size * leading_factor
    body = ParagraphStyle("body", fontName=fonts.SERIF, fontSize=size, leading=leading,
                          spaceAfter=size * 0.6, alignment=TA_LEFT, splitLongWords=1)
    bold = dict(fontName=fonts.SERIF_BOLD)
    small = ParagraphStyle("small", parent=body, fontSize=size - 2, leading=(size - 2) * 1.3,
                           spaceAfter=0)
    cell = ParagraphStyle("cell", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3,
                          spaceAfter=0)
    return Styles(
        body=body,
        justified=ParagraphStyle("justified", parent=body, alignment=TA_JUSTIFY),
        numbered=ParagraphStyle("numbered", parent=body, leftIndent=NUMBER_INDENT,
                                bulletIndent=0, bulletFontName=fonts.SERIF,
                                bulletFontSize=size),
        continued=ParagraphStyle("continued", parent=body, leftIndent=NUMBER_INDENT),
        small=small,
        small_right=ParagraphStyle("small_right", parent=small, alignment=TA_RIGHT),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, **bold),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        label=ParagraphStyle("label", parent=body, spaceAfter=2, **bold),
        heading=ParagraphStyle("heading", parent=body, spaceBefore=size * 0.8,
                               spaceAfter=size * 0.5, keepWithNext=1, **bold),
        subheading=ParagraphStyle("subheading", parent=body, spaceBefore=size * 0.5,
                                  spaceAfter=size * 0.3, keepWithNext=1, **bold),
        title=ParagraphStyle("title", parent=body, fontSize=size + 3, leading=(size + 3) * 1.3,
                             alignment=TA_CENTER, spaceBefore=6, spaceAfter=size, **bold),
        centre=ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
        centre_bold=ParagraphStyle("centre_bold", parent=body, alignment=TA_CENTER, **bold),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        footer=ParagraphStyle("footer", parent=small, fontSize=8, leading=10),
    )


def grid_table_style(header: bool = True, zebra: bool = False) -> TableStyle:
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    return TableStyle(commands)


def plain_table_style() -> TableStyle:
    return TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ])
