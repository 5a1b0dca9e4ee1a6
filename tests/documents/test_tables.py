"""CSV/XLSX tables: formula cells neutralised going out, nothing evaluated coming in."""
from datetime import date

from openpyxl import load_workbook
import io

from assist_desktop.documents.tables import Sheet, neutralise, read_rows, to_csv, to_xlsx

HOSTILE = ["=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-3+4", "@SUM(A1)", "\tx", "<b>ok</b>",
           "Оксана", "مرحبا", "\U0001F600", "a\x00b"]


def test_formula_starts_are_neutralised_and_numbers_kept():
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("-") == "'-"
    assert neutralise(-5) == -5
    assert neutralise("plain") == "plain"


def test_csv_round_trip_keeps_text_and_never_a_formula():
    data = to_csv(Sheet("t", ["Name", "N"], [[h, 1] for h in HOSTILE]))
    assert data.startswith("\ufeff".encode())
    rows = read_rows(data, file_name="x.csv")
    assert rows[0] == ["Name", "N"]
    for row, original in zip(rows[1:], HOSTILE):
        assert not row[0].startswith(("=", "+", "-", "@", "\t"))
        assert row[0].lstrip("'") == original


def test_xlsx_cells_are_text_and_sheet_titles_are_valid():
    data = to_xlsx([Sheet("A/B:C*?[x]" * 5, ["Name", "When"], [[h, date(2026, 1, 2)] for h in HOSTILE]),
                    Sheet("A/B:C*?[x]" * 5, ["x"], [])])
    book = load_workbook(io.BytesIO(data))
    assert len(book.sheetnames) == 2 and len(set(book.sheetnames)) == 2
    assert all(len(t) <= 31 for t in book.sheetnames)
    ws = book.worksheets[0]
    values = [ws.cell(row=i + 2, column=1).value for i in range(len(HOSTILE))]
    assert all(v.startswith("'") for v in values[:5])
    assert all(ws.cell(row=i + 2, column=1).data_type == "s" for i in range(len(HOSTILE)))
    assert values[-1] == "a\ufffdb"
    rows = read_rows(data, file_name="t.xlsx")
    assert rows[1][1] == "2026-01-02"


def test_reading_a_formula_cell_gives_its_text_not_a_result():
    from openpyxl import Workbook
    book = Workbook()
    book.active.append(["=1+1", 3.0, None])
    out = io.BytesIO()
    book.save(out)
    assert read_rows(out.getvalue(), file_name="f.XLSX") == [["=1+1", "3", ""]]
