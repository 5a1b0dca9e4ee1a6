"""The statistics report PDF: every figure readable (wide tables split), markup in a
centre's own titles printed as typed, bundled fonts only."""
from __future__ import annotations

import io

from pypdf import PdfReader

from assist_desktop.documents.statistics_report import (StatisticsReportInput, StatTableInput,
                                                        statistics_pdf)


def _fonts(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_wide_tables_are_split_and_user_titles_are_escaped():
    months = tuple(f"M{n:02d}" for n in range(1, 13)) + ("Total",)
    table = StatTableInput(title="<b>Trust</b> & <a href='x'>funder</a> table",
                           header=("Women",) + months,
                           rows=(("Albanian",) + tuple(str(n) for n in range(12)) + ("66",),
                                 ("Total",) + ("[c]",) * 12 + ("70",)),
                           total_row=True, note="A note.")
    data = statistics_pdf(StatisticsReportInput(
        centre_name="Centre & Co", title="Report <i>one</i>", description="",
        period="1 January 2025 to 31 December 2025", legend="[c]: hidden.",
        tables=(table,)))
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "<b>Trust</b> & <a href='x'>funder</a> table" in text
    assert "Report <i>one</i>" in text and "Centre & Co" in text
    for label in months:
        assert label in text
    assert text.count("Albanian") == 2            # row labels repeated in each part
    assert all("DejaVu" in f or "Noto" in f for f in _fonts(reader)), _fonts(reader)
