"""Page-level PDF surgery for bundles (pypdf): open an attachment safely, fit any page onto
A4, and stamp the bundle page number.

Every page's original content is wrapped in q ... Q so that whatever graphics state it
leaves behind cannot move or hide the stamp. A page that is not upright A4 (Letter, A3,
landscape, /Rotate, an offset media box) gets a transformation matrix that scales it
uniformly and centres it on A4 (portrait or landscape to match), then a clip to its
visible area; its annotations are dropped, since their rectangles would no longer match.
"""
from __future__ import annotations

import io

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject,
    RectangleObject,
)
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from assist_desktop.domain.errors import ValidationError

A4_W, A4_H = A4
STAMP_FONT = "/AssistStampFont"
_TOLERANCE = 2.0  # points


def open_pdf(pdf: bytes, what: str) -> PdfReader:
    """Read a PDF or raise ValidationError naming `what` (e.g. 'attached PDF "Report"')."""
    if not pdf or not bytes(pdf[:1024]).lstrip().startswith(b"%PDF"):
        raise ValidationError(what, "is not a PDF file, so it cannot be added to the bundle")
    try:
        reader = PdfReader(io.BytesIO(pdf), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValidationError(what, "is password-protected; remove the password first")
        if len(reader.pages) == 0:
            raise ValidationError(what, "has no pages")
        for page in reader.pages:
            page.mediabox  # noqa: B018 - touch each page so a broken page tree fails here
    except ValidationError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            AssertionError, RecursionError, OSError) as exc:
        raise ValidationError(what, "is damaged and cannot be read, so it cannot be added to "
                                    "the bundle") from exc
    return reader


def _stream(writer: PdfWriter, data: bytes):
    stream = DecodedStreamObject()
    stream.set_data(data)
    return writer._add_object(stream)


def _fit_matrix(page: PageObject) -> tuple[tuple[float, ...], float, float, tuple[float, ...]] | None:
    """None if the page already is upright A4 at the origin; else (matrix, width, height,
    visible box) to draw it centred on A4."""
    box = page.cropbox
    x0, y0, x1, y1 = (float(v) for v in (box.left, box.bottom, box.right, box.top))
    w, h = x1 - x0, y1 - y0
    rotation = page.rotation % 360
    if (rotation == 0 and abs(x0) < 0.01 and abs(y0) < 0.01 and abs(w - A4_W) < _TOLERANCE
            and abs(h - A4_H) < _TOLERANCE):
        return None
    disp_w, disp_h = (w, h) if rotation in (0, 180) else (h, w)
    target_w, target_h = (A4_W, A4_H) if disp_h >= disp_w else (A4_H, A4_W)
    s = min(target_w / disp_w, target_h / disp_h)
    ox, oy = (target_w - s * disp_w) / 2, (target_h - s * disp_h) / 2
    matrix = {
        0: (s, 0, 0, s, -s * x0 + ox, -s * y0 + oy),
        90: (0, -s, s, 0, -s * y0 + ox, s * (w + x0) + oy),
        180: (-s, 0, 0, -s, s * (w + x0) + ox, s * (h + y0) + oy),
        270: (0, s, -s, 0, s * (h + y0) + ox, -s * x0 + oy),
    }[rotation if rotation in (0, 90, 180, 270) else 0]
    return matrix, target_w, target_h, (x0, y0, w, h)


class Stamper:
    """Wraps, fits and numbers the pages of one PdfWriter."""

    def __init__(self, writer: PdfWriter):
        self.writer = writer
        self._open = _stream(writer, b"q\n")
        font = DictionaryObject({
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica-Bold"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
        self._font = writer._add_object(font)

    def fit_and_stamp(self, page: PageObject, label: str) -> None:
        fit = _fit_matrix(page)
        opening = self._open
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        if fit:
            matrix, width, height, (x0, y0, w, h) = fit
            cm = " ".join(f"{v:.4f}" for v in matrix)
            opening = _stream(self.writer, f"q {cm} cm {x0:.3f} {y0:.3f} {w:.3f} {h:.3f} re W n\n"
                              .encode("ascii"))
            page[NameObject("/MediaBox")] = RectangleObject((0, 0, width, height))
            for key in ("/CropBox", "/TrimBox", "/BleedBox", "/ArtBox", "/Annots"):
                if key in page:
                    del page[key]
            page[NameObject("/Rotate")] = NumberObject(0)
        contents = page.get(NameObject("/Contents"))
        parts = []
        if contents is not None:
            resolved = contents.get_object()
            if isinstance(resolved, ArrayObject):
                parts = list(resolved)
            else:
                parts = [contents]
        stamp = _stream(self.writer, b"Q\n" + _stamp_ops(label, width))
        page[NameObject("/Contents")] = ArrayObject([opening, *parts, stamp])
        self._add_font(page)

    def _add_font(self, page: PageObject) -> None:
        resources = page.get(NameObject("/Resources"))
        if resources is None:
            page[NameObject("/Resources")] = resources = DictionaryObject()
        resources = resources.get_object()
        fonts = resources.get(NameObject("/Font"))
        if fonts is None:
            resources[NameObject("/Font")] = fonts = DictionaryObject()
        fonts.get_object()[NameObject(STAMP_FONT)] = self._font


def _stamp_ops(label: str, page_width: float) -> bytes:
    """A white box with a thin rule and the number in bold, bottom right, 8 mm from edges."""
    size = 11
    text_w = stringWidth(label, "Helvetica-Bold", size)
    box_w, box_h = max(text_w + 10, 26), 17
    x = page_width - 22.7 - box_w  # 8 mm from the right edge
    y = 22.7                      # 8 mm from the bottom edge
    tx = x + (box_w - text_w) / 2
    return (f"q 1 1 1 rg {x:.2f} {y:.2f} {box_w:.2f} {box_h} re f 0 0 0 RG 0.6 w "
            f"{x:.2f} {y:.2f} {box_w:.2f} {box_h} re S BT 0 0 0 rg {STAMP_FONT} {size} Tf "
            f"{tx:.2f} {y + 5:.2f} Td ({label}) Tj ET Q\n").encode("ascii")
