"""A funder's statistics report as PDF: the centre, the period, then each table (figures
only; hidden ones shown as [c], explained at the top). Wide tables are split into parts of
at most seven columns, the row labels repeated, so every figure stays readable on A4."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from assist_desktop.documents import text
from assist_desktop.documents.layout import Page, render
from assist_desktop.documents.styles import grid_table_style, make_styles

WIDTH = 16 * cm
LABEL_WIDTH = 4.6 * cm
MAX_COLUMNS = 7


@dataclass(frozen=True)
class StatTableInput:
    title: str
    header: tuple[str, ...]               # unit, then the column labels
    rows: tuple[tuple[str, ...], ...]     # row label, then the figures as text
    total_row: bool
    note: str = ""


@dataclass(frozen=True)
class StatisticsReportInput:
    centre_name: str
    title: str
    description: str
    period: str
    legend: str
    tables: tuple[StatTableInput, ...]


def _part(table: StatTableInput, columns: range, styles) -> Table:
    head = [text.para(table.header[0], styles.cell_bold, bold=True)] + [
        text.para(table.header[c], styles.cell_right, bold=True) for c in columns]
    body = []
    for n, row in enumerate(table.rows):
        bold = table.total_row and n == len(table.rows) - 1
        body.append([text.para(row[0], styles.cell_bold if bold else styles.cell, bold=bold)]
                    + [text.para(row[c], styles.cell_right, bold=bold) for c in columns])
    value_width = (WIDTH - LABEL_WIDTH) / MAX_COLUMNS
    grid = Table([head, *body], colWidths=[LABEL_WIDTH] + [value_width] * len(columns),
                 repeatRows=1, hAlign="LEFT")
    grid.setStyle(grid_table_style())
    return grid


def _table(table: StatTableInput, styles) -> list[Flowable]:
    out: list[Flowable] = [text.para(table.title, styles.heading, bold=True)]
    columns = list(range(1, len(table.header)))
    if not table.rows:
        out.append(text.para("Nothing to count in this period.", styles.body))
        return out
    for start in range(0, len(columns), MAX_COLUMNS):
        part = range(columns[start], columns[min(start + MAX_COLUMNS, len(columns)) - 1] + 1)
        out.append(_part(table, part, styles))
        out.append(Spacer(1, 0.2 * cm))
    if table.note:
        out.append(text.para(table.note, styles.small))
    return [KeepTogether(out[:3])] + out[3:] if len(out) > 3 else [KeepTogether(out)]


def statistics_pdf(data: StatisticsReportInput) -> bytes:
    styles = make_styles(10)
    story: list[Flowable] = [
        text.para(data.centre_name, styles.centre_bold, bold=True),
        text.para(data.title, styles.title, bold=True),
        text.para(f"Period: {data.period}", styles.centre),
    ]
    if data.description:
        story.append(text.para(data.description, styles.body))
    story.append(text.para(data.legend, styles.small))
    story.append(Spacer(1, 0.3 * cm))
    for table in data.tables:
        story += _table(table, styles)
    page = Page(footer_text=f"{data.title} · {data.period}", running_head=data.centre_name)
    return render(story, page, styles, "Statistics report")
