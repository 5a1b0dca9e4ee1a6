"""Plain tables leaving the store as CSV or XLSX (funder aggregates, caseload and task lists),
and spreadsheets coming in (client import). The only place openpyxl is imported.

A cell a spreadsheet program would run as a formula (=, +, -, @, and the tab/CR tricks) is
neutralised with a leading apostrophe on the way out; on the way in every cell is read as
its stored value, never evaluated (openpyxl does not calculate; `data_only` reads the cached
value a formula last produced, which we keep as text like any other value).
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable, Sequence

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MAX_SHEET_TITLE = 31          # Excel's limit
_BAD_TITLE_CHARS = set('[]:*?/\\')

Cell = str | int | float | date | None


@dataclass(frozen=True)
class Sheet:
    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[Cell]]


def neutralise(value: Cell) -> Cell:
    """A text cell that would start a formula gets a leading apostrophe; numbers and dates
    are left as they are (a negative number is a number, not a formula)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def to_csv(sheet: Sheet) -> bytes:
    """UTF-8 with a byte-order mark (so Excel reads accents and scripts right), CRLF rows."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_text(neutralise(h)) for h in sheet.header])
    for row in sheet.rows:
        writer.writerow([_text(neutralise(v)) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _title(raw: str, used: set[str]) -> str:
    title = "".join("_" if c in _BAD_TITLE_CHARS else c for c in raw).strip() or "Sheet"
    title = title[:_MAX_SHEET_TITLE]
    base, n = title, 2
    while title.lower() in used:
        suffix = f" ({n})"
        title = base[:_MAX_SHEET_TITLE - len(suffix)] + suffix
        n += 1
    used.add(title.lower())
    return title


def _xlsx_value(value: Cell) -> Cell:
    value = neutralise(value)
    if isinstance(value, str):
        # XML cannot carry most C0 control characters; openpyxl refuses them.
        return "".join(c if c >= " " or c in "\t\n" else "\ufffd" for c in value)
    return value


def to_xlsx(sheets: Iterable[Sheet]) -> bytes:
    """One workbook, one worksheet per Sheet; header row bold and frozen; nothing evaluated."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for sheet in sheets:
        ws = book.create_sheet(_title(sheet.title, used))
        ws.append([_xlsx_value(h) for h in sheet.header])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        for row in sheet.rows:
            ws.append([_xlsx_value(v) for v in row])
    if not book.worksheets:
        book.create_sheet("Sheet")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def read_rows(data: bytes, *, file_name: str) -> list[list[str]]:
    """Every row of the first worksheet (.xlsx) or of a CSV file, each cell as text
    ("" for empty). Formulas are never evaluated: a formula cell comes back as its text."""
    return read_table(data, file_name=file_name).rows


@dataclass(frozen=True)
class Table:
    rows: list[list[str]]
    encoding: str           # how a text file was read ("utf-8", "windows-1252", "utf-16"; "xlsx")


MAX_CELL_CHARS = 10_000_000


def read_table(data: bytes, *, file_name: str) -> Table:
    """read_rows, saying how the file was read. A file that cannot be read at all raises
    ValidationError("file", why) in words for people: not a real .xlsx (not a zip, or no
    worksheet), an empty file, binary data named .csv."""
    from assist_desktop.domain.errors import ValidationError

    if not data:
        raise ValidationError("file", "is empty")
    if file_name.lower().endswith((".xlsm", ".xls", ".ods", ".numbers")):
        raise ValidationError("file", "is not a .xlsx or .csv file: save it from the "
                                      "spreadsheet program as .xlsx or .csv first")
    if file_name.lower().endswith(".xlsx"):
        return Table(_xlsx_rows(data), "xlsx")
    text, encoding = _decode(data)
    if text.count("\x00") > max(8, len(text) // 20):
        raise ValidationError("file", "is not a text (CSV) file: it holds binary data")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else (
        "\t" if first.count("\t") > first.count(",") else ",")
    old = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL_CHARS)
    try:
        rows = [list(row) for row in csv.reader(io.StringIO(text, newline=""),
                                                delimiter=delimiter)]
    except csv.Error:
        raise ValidationError("file", f"has a cell longer than {MAX_CELL_CHARS:,} characters "
                                      f"or broken quoting") from None
    finally:
        csv.field_size_limit(old)
    return Table(rows, encoding)


def _decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without its byte-order mark), UTF-16 with a byte-order mark (Excel's
    "Unicode text"), else Windows-1252 (Excel's "CSV" on a Western European Windows)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "windows-1252"


def _xlsx_rows(data: bytes) -> list[list[str]]:
    import zipfile

    from openpyxl import load_workbook

    from assist_desktop.domain.errors import ValidationError
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        raise ValidationError("file", "is not a readable .xlsx workbook (it may be damaged, "
                                      "or another kind of file renamed .xlsx)") from None
    try:
        if not book.worksheets:
            raise ValidationError("file", "has no worksheet")
        ws = book.worksheets[0]
        rows = [[_cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    except ValidationError:
        raise
    except Exception:  # noqa: BLE001 - a damaged sheet inside a valid zip: one message
        raise ValidationError("file", "is not a readable .xlsx workbook (a worksheet is "
                                      "damaged)") from None
    finally:
        book.close()
    while rows and not any(rows[-1]):
        rows.pop()       # read-only mode reports formatted but empty rows at the end
    return rows


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
