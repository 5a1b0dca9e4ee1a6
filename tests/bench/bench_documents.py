"""Document build times: a 30-page witness statement (target < 0.5 s, and <= 1.5x bare
ReportLab typesetting the same paragraphs in the same run), the same statement as a draft
(DRAFT watermark on every page) and the approval step that takes the watermark off, and a
300-page bundle with index, stamping, bookmarks and links (targets: < 2 s, and <= 1.3x a plain
pypdf merge-and-write of the same PDFs, measured in the same run). Medians of several runs.

Run: .venv/bin/python tests/bench/bench_documents.py   (figures go in README.md)
"""
from __future__ import annotations

import io
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pypdf import PdfReader, PdfWriter  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from assist_desktop.documents import (  # noqa: E402
    BundleItem, BundleSection, build, build_bundle, remove_draft_mark, samples,
)

RUNS = 5


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _median(fn, runs: int = RUNS) -> tuple[float, bytes]:
    times, result = [], b""
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def statement_of(pages: int):
    """A sample statement with about `pages` pages."""
    count = 12
    data = samples.witness_statement(count)
    while _pages(build(data)) < pages:
        count += 8
        data = samples.witness_statement(count)
    return data


def scanned_attachment(pages: int) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 11)
        for line in range(40):
            canvas.drawString(72, 770 - line * 17, f"Exhibit page {number}, line {line + 1}: "
                              "text of an attached report, as a scanned and OCR-ed PDF would have.")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def bundle_of(pages: int):
    statement = build(statement_of(30))
    chronology = build(samples.chronology())
    letter = build(samples.letter())
    items, total = [], 0
    while total < pages - 1:
        for title, pdf, attached in (("Witness statement", statement, False),
                                     ("Chronology", chronology, False),
                                     ("Further submissions", letter, False),
                                     ("Medical report", scanned_attachment(40), True)):
            items.append(BundleItem(f"{title} {len(items) + 1}", pdf, date(2024, 3, 1), attached))
            total += _pages(pdf)
            if total >= pages - 1:
                break
    sections = tuple(BundleSection(f"{chr(65 + i)}. Section", tuple(items[i::3]))
                     for i in range(3))
    return samples.bundle(sections)


def plain_merge(bundle) -> bytes:
    """The floor: pypdf reads every PDF of the bundle, appends its pages, writes one file."""
    writer = PdfWriter()
    for section in bundle.sections:
        for item in section.items:
            for page in PdfReader(io.BytesIO(item.pdf)).pages:
                writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def paired(first, second, runs: int = RUNS) -> dict:
    """`first` and `second` run alternately: medians of wall-clock and of CPU seconds
    (time.process_time; both run in this one thread, so CPU time is what the work costs
    even when other processes share the machine), and the medians of the per-run ratios."""
    wall, cpu, result = {"a": [], "b": [], "ratio": []}, {"a": [], "b": [], "ratio": []}, b""
    for _ in range(runs):
        marks = []
        for name, fn in (("a", first), ("b", second)):
            start_wall, start_cpu = time.perf_counter(), time.process_time()
            out = fn()
            marks.append((time.perf_counter() - start_wall, time.process_time() - start_cpu))
            if name == "a":
                result = out
        for table, index in ((wall, 0), (cpu, 1)):
            table["a"].append(marks[0][index])
            table["b"].append(marks[1][index])
            table["ratio"].append(marks[0][index] / marks[1][index])
    median = statistics.median
    return {"wall": {k: median(v) for k, v in wall.items()},
            "cpu": {k: median(v) for k, v in cpu.items()}, "result": result}


def bare_reportlab(data) -> bytes:
    """The statement's paragraphs typeset by plain ReportLab: same page, margins, font size
    and leading; no heading, numbering, footers, fonts of ours or escaping."""
    from xml.sax.saxutils import escape
    buffer = io.BytesIO()
    style = ParagraphStyle("bare", fontName="Times-Roman", fontSize=12, leading=18,
                           spaceAfter=6)
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=3.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.5 * cm, bottomMargin=3.0 * cm)
    doc.build([Paragraph(escape(p.text), style) for p in data.paragraphs])
    return buffer.getvalue()


def main() -> None:
    rows = []
    statement = statement_of(30)
    seconds, pdf = _median(lambda: build(statement))
    rows.append(("witness statement", _pages(pdf), seconds, 0.5))
    bare, bare_pdf = _median(lambda: bare_reportlab(statement))
    rows.append(("  bare ReportLab, same paragraphs", _pages(bare_pdf), bare, 0.5))
    draft_seconds, draft = _median(lambda: build(statement, draft=True))
    rows.append(("witness statement, draft (watermark)", _pages(draft), draft_seconds, 0.5))
    approve, _ = _median(lambda: remove_draft_mark(draft))
    rows.append(("  approval: watermark removed", _pages(draft), approve, 0.5))
    bundle = bundle_of(300)
    build_bundle(bundle)   # warm: fonts registered, wording read, as in a running app
    figures = paired(lambda: build_bundle(bundle), lambda: plain_merge(bundle), runs=RUNS + 2)
    pdf, wall, cpu = figures["result"], figures["wall"], figures["cpu"]
    rows.append(("bundle (index, stamps, bookmarks, links)", _pages(pdf), wall["a"], 2.0))
    rows.append(("plain pypdf merge and write, same PDFs", _pages(pdf) - 1, wall["b"], 0.0))
    print(f"{'document':<42} {'pages':>5} {'median s':>9} {'target s':>9}  ok")
    for name, pages, seconds, target in rows:
        print(f"{name:<42} {pages:>5} {seconds:>9.3f} {target or float('nan'):>9.1f}  "
              f"{('yes' if seconds < target else 'NO') if target else ''}")
    print(f"bundle / plain merge, wall clock: {wall['ratio']:.2f}x; CPU time: "
          f"{cpu['ratio']:.2f}x ({cpu['a']:.3f} s / {cpu['b']:.3f} s)  target <= 1.3x: "
          f"{'yes' if max(wall['ratio'], cpu['ratio']) <= 1.3 else 'NO'}")
    print(f"statement / bare ReportLab: {seconds_ratio(rows):.2f}x (target <= 1.5x)")
    print(f"(median of {RUNS} runs; python {sys.version.split()[0]})")


def seconds_ratio(rows) -> float:
    return rows[0][2] / rows[1][2]


if __name__ == "__main__":
    main()
