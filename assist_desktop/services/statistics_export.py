"""A statistics report leaving the store as CSV, XLSX or PDF: aggregates only (the report
holds no row about a person), hidden cells as "[c]", the export audited before the file is
written, like every export."""
from __future__ import annotations

from pathlib import Path

from assist_desktop.documents.tables import Sheet, to_csv, to_xlsx
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.statistics import StatReport, StatTable, Unit
from assist_desktop.services.export_files import check_export_target, write_export

HIDDEN = "[c]"
FORMATS = ("csv", "xlsx", "pdf")
LEGEND = ("[c]: hidden because fewer than {n} women stand behind the figure, or hidden so "
          "that such a figure cannot be worked out from the totals.")
WARNING = ("These figures leave the encrypted store. They are counts only and small numbers "
           "are hidden, but keep the file for the people it is meant for.")


def cell_value(value: int | None, unit: Unit):
    """What a spreadsheet cell holds: a whole number, hours, money in major units, or [c]."""
    if value is None:
        return HIDDEN
    if unit is Unit.MINUTES:
        return round(value / 60, 1)
    if unit is Unit.MONEY:
        return round(value / 100, 2)
    return value


def cell_text(value: int | None, unit: Unit) -> str:
    shown = cell_value(value, unit)
    if isinstance(shown, float):
        return f"{shown:,.2f}" if unit is Unit.MONEY else f"{shown:,.1f}"
    return f"{shown:,}" if isinstance(shown, int) else shown


def _unit_words(table: StatTable) -> str:
    return {Unit.PEOPLE: "women", Unit.ITEMS: "number", Unit.MINUTES: "hours",
            Unit.MONEY: "amount"}[table.unit]


def _about_rows(report: StatReport) -> list[list]:
    return [["Report", report.title], ["Period from", report.period_from],
            ["Period to", report.period_to], ["Columns", report.breakdown.value],
            ["Smallest number shown", report.threshold],
            ["Hidden figures", LEGEND.format(n=report.threshold)],
            ["About", report.description]]


def table_sheet(table: StatTable) -> Sheet:
    header = [_unit_words(table)] + list(table.column_labels)
    rows = [[label] + [cell_value(v, table.unit) for v in cells]
            for label, cells in zip(table.row_labels, table.cells)]
    return Sheet(table.title, header, rows)


def report_csv(report: StatReport) -> bytes:
    """One CSV file: the report's details, then each table under its title."""
    rows: list[list] = _about_rows(report) + [[]]
    for table in report.tables:
        sheet = table_sheet(table)
        rows += [[table.title], list(sheet.header), *sheet.rows, [table.note], []]
    return to_csv(Sheet(report.title, ["Statistics", ""], rows))


def report_xlsx(report: StatReport) -> bytes:
    """An About sheet, then a sheet per table; a sheet's name is cut at Excel's 31
    characters, so its first header cell carries the whole title."""
    about = Sheet("About", ["Statistics", ""], _about_rows(report))
    sheets = []
    for table in report.tables:
        sheet = table_sheet(table)
        header = [f"{table.title} ({sheet.header[0]})"] + list(sheet.header[1:])
        sheets.append(Sheet(sheet.title, header, sheet.rows))
    return to_xlsx([about] + sheets)


def report_pdf(report: StatReport, centre_name: str) -> bytes:
    # imported here: ReportLab is slow to import and the screen does not need it to open
    from assist_desktop.documents.statistics_report import (StatisticsReportInput,
                                                            StatTableInput, statistics_pdf)
    tables = tuple(StatTableInput(
        title=t.title, header=(_unit_words(t).capitalize(),) + tuple(t.column_labels),
        rows=tuple((label,) + tuple(cell_text(v, t.unit) for v in cells)
                   for label, cells in zip(t.row_labels, t.cells)),
        total_row=t.total_row, note=t.note) for t in report.tables)
    return statistics_pdf(StatisticsReportInput(
        centre_name=centre_name, title=report.title, description=report.description,
        period=f"{report.period_from:%d %B %Y} to {report.period_to:%d %B %Y}",
        legend=LEGEND.format(n=report.threshold), tables=tables))


def report_bytes(report: StatReport, fmt: str, centre_name: str) -> tuple[bytes, str]:
    """The report as `fmt` and the audit detail that names it."""
    if fmt not in FORMATS:
        raise ValidationError("format", "must be CSV, XLSX or PDF")
    data = {"csv": report_csv, "xlsx": report_xlsx}.get(fmt, lambda r: report_pdf(
        r, centre_name))(report)
    return data, f"{fmt}:{report.report_id} {report.period_from}..{report.period_to}"


def export_report(report: StatReport, target: Path, fmt: str, audited_bytes,
                  audit_failed) -> str:
    """Write the report as `fmt`: `audited_bytes(report, fmt)` audits the export and gives
    the bytes, then the file is written (`audit_failed` if it cannot be). Returns the
    warning to show."""
    if fmt not in FORMATS:
        raise ValidationError("format", "must be CSV, XLSX or PDF")
    check_export_target(target, replace=True)     # the file dialog asked before replacing
    write_export(target, audited_bytes(report, fmt), audit_failed)
    return WARNING
