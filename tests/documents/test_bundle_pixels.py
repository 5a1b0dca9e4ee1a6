"""The bundle's page number never covers the original page: rendered with pdftoppm, every
pixel of an original page is unchanged inside its frame on the bundled page, and the number
sits in the band below the frame. (The old stamp, a white box on the page itself, turned
"Ref T1234567" at the foot of a scanned letter into "Ref T1▢7".)

An A4 original is drawn at 95% with its corner at whole points (15, 42), so rendering the
original at 95% of the bundle's resolution gives the same pixel grid: the comparison is exact.
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from assist_desktop.documents import BundleItem, BundleSection, build_bundle, samples
from assist_desktop.documents.pdf_pages import FRAME_X, FRAME_Y, SCALE, STAMP_Y
from tests.documents.conftest import reader
from tests.documents.test_bundle import bundle_data, bundle_pdf  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                reason="pdftoppm (poppler-utils) is needed to render pages")
DPI = 72  # one pixel per point on the bundle page


def scanned_letter() -> bytes:
    """A page covered edge to edge: tinted background, text down to the very foot and a
    reference in the bottom-right corner, where a stamp used to go."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    width, height = A4
    canvas.setFillColorRGB(0.9, 0.95, 1)
    canvas.rect(0, 0, width, height, fill=1, stroke=0)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont("Helvetica", 11)
    for y in range(8, int(height), 30):
        canvas.drawString(4, y, f"Line {y}: Home Office reference T1234567 " * 2)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawRightString(width - 4, 6, "Ref T1234567")
    canvas.drawRightString(width - 10, 28, "Ref T1234567")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render(pdf: bytes, page: int, dpi: float, folder: Path) -> Image.Image:
    source = folder / "in.pdf"
    source.write_bytes(pdf)
    out = folder / f"page{page}-{dpi}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", "-png", str(source), str(out)], check=True, timeout=60)
    return Image.open(f"{out}.png").convert("RGB")


def test_stamping_changes_no_pixel_of_the_original_page(tmp_path):
    original = scanned_letter()
    bundle = build_bundle(samples.bundle((BundleSection("A. Evidence", (
        BundleItem("Letter from the Home Office", original, date(2024, 1, 5), True),)),)))
    before = render(original, 1, DPI * SCALE, tmp_path)
    after = render(bundle, 2, DPI, tmp_path)
    assert after.size == (596, 842)  # still A4
    page_h = A4[1]
    left = round(FRAME_X * DPI / 72)
    top = round((page_h - FRAME_Y - SCALE * page_h) * DPI / 72)
    width, height = before.size[0] - 1, before.size[1] - 1  # the last row/column is partial
    framed = after.crop((left, top, left + width, top + height))
    difference = ImageChops.difference(framed, before.crop((0, 0, width, height)))
    assert difference.getbbox() is None, "the bundled page differs from the original"
    # the number is drawn, in the band below the frame
    band = after.crop((0, top + height + 1, after.size[0], after.size[1])).convert("L")
    assert band.getextrema()[0] < 100, "no page number in the band"
    assert (page_h - STAMP_Y) * DPI / 72 > top + height


def test_every_page_is_drawn_inside_its_frame(bundle_pdf):  # noqa: F811
    """Letter, landscape A3, rotated and generated A4 pages: the original's visible area,
    once placed, lies within the page and above the band that holds the number."""
    for page in reader(bundle_pdf).pages[1:]:
        first = page["/Contents"][0].get_object().get_data().decode("ascii")
        match = re.match(r"q ((?:-?[\d.]+ ){6})cm ((?:-?[\d.]+ ){4})re W n", first)
        assert match, first
        a, b, c, d, e, f = (float(v) for v in match.group(1).split())
        x0, y0, w, h = (float(v) for v in match.group(2).split())
        corners = [(a * x + c * y + e, b * x + d * y + f)
                   for x in (x0, x0 + w) for y in (y0, y0 + h)]
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert min(x for x, _ in corners) >= -0.01 and max(x for x, _ in corners) <= width
        assert min(y for _, y in corners) >= FRAME_Y - 0.01
        assert max(y for _, y in corners) <= height + 0.01


def test_the_page_number_font_is_embedded(bundle_pdf):  # noqa: F811
    """The stamp's font travels with the file (no base-14 Helvetica left to the viewer)."""
    for page in reader(bundle_pdf).pages:
        font = page["/Resources"]["/Font"]["/AssistStamp"].get_object()
        assert "DejaVuSerif-Bold" in font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
