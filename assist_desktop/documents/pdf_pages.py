"""Page-level PDF surgery for bundles (pypdf): open an attachment safely, place every page
in a frame on A4, and stamp the bundle page number in the margin outside that frame.

Why a frame: a number stamped on top of the original page hid evidence (a reference at the
foot of a scanned letter lost its middle digits under the white box). The Practice
Direction wants every page of a bundle A4 (FTT IAC PD 1 Nov 2024, 7.1-7.2), so instead of
enlarging the page we draw each original page scaled to 95% into a frame that leaves a
42-point band at the foot; the number sits in that band, so it can never cover anything of
the original. An A4 original is drawn exactly at (0.95, 15 pt, 42 pt): whole points, so a
test can render the original at 95% of the resolution and compare it pixel for pixel with
the frame. Other sizes (Letter, A3, landscape, /Rotate, offset boxes) are fitted into the
frame uniformly and centred; landscape pages stay landscape with the band at their foot.

Every page's original content is wrapped in q ... Q with a clip to its visible area, so
whatever graphics state or stray drawing it has can neither move the stamp nor reach the
band. Annotations (links, form-field appearances) are moved with the page.
"""
from __future__ import annotations

import io
from functools import cache

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject, NumberObject,
    RectangleObject,
)
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from assist_desktop.documents import fonts
from assist_desktop.domain.errors import ValidationError

A4_W, A4_H = A4
SCALE = 0.95            # an A4 original is drawn at 95%
FRAME_X = 15.0          # left edge of the frame (points)
FRAME_Y = 42.0          # foot of the frame: the band below it holds the page number
STAMP_Y = 16.0          # foot of the number's box, 5.6 mm up: clear of printers' dead margin;
STAMP_BOX_H = 17.0      # its top (33 pt) stays 9 pt below the frame
STAMP_RIGHT = 22.7      # the box ends 8 mm from the right edge
STAMP_SIZE = 11
STAMP_FONT = "/AssistStamp"
_DIGITS = "0123456789"


def frame(width: float, height: float) -> tuple[float, float, float, float]:
    """(x, y, w, h) of the frame on an A4 page of that orientation."""
    if width <= height:
        return FRAME_X, FRAME_Y, A4_W * SCALE, A4_H * SCALE
    return FRAME_X, FRAME_Y, A4_H - 2 * FRAME_X, A4_W - FRAME_Y - 3


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


def placement(page: PageObject) -> tuple[tuple[float, ...], float, float, tuple[float, ...]]:
    """(matrix, A4 width, A4 height, visible box x0 y0 w h) that draw `page` in its frame."""
    box = page.cropbox
    x0, y0, x1, y1 = (float(v) for v in (box.left, box.bottom, box.right, box.top))
    w, h = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
    rotation = page.rotation % 360
    if rotation not in (0, 90, 180, 270):
        rotation = 0
    disp_w, disp_h = (w, h) if rotation in (0, 180) else (h, w)
    target_w, target_h = (A4_W, A4_H) if disp_h >= disp_w else (A4_H, A4_W)
    fx, fy, fw, fh = frame(target_w, target_h)
    s = min(fw / disp_w, fh / disp_h)
    if abs(s - SCALE) < 1e-6:
        s = SCALE
    ox, oy = fx + (fw - s * disp_w) / 2, fy + (fh - s * disp_h) / 2
    if abs(ox - round(ox)) < 1e-3:
        ox = round(ox)
    if abs(oy - round(oy)) < 1e-3:
        oy = round(oy)
    matrix = {
        0: (s, 0, 0, s, -s * x0 + ox, -s * y0 + oy),
        90: (0, -s, s, 0, -s * y0 + ox, s * (w + x0) + oy),
        180: (-s, 0, 0, -s, s * (w + x0) + ox, s * (h + y0) + oy),
        270: (0, s, -s, 0, s * (h + y0) + ox, -s * x0 + oy),
    }[rotation]
    return matrix, target_w, target_h, (x0, y0, w, h)


def _apply(matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


@cache
def _stamp_font_pdf() -> bytes:
    """A one-page PDF whose only font is the digits of the bold serif, embedded (subset)."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(100, 20))
    canvas.setFont(fonts.SERIF_BOLD, STAMP_SIZE)
    canvas.drawString(0, 5, _DIGITS)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


class Stamper:
    """Frames and numbers the pages of one PdfWriter."""

    def __init__(self, writer: PdfWriter):
        self.writer = writer
        self._openings: dict[str, object] = {}
        page = PdfReader(io.BytesIO(_stamp_font_pdf())).pages[0]
        # the embedded TrueType subset (ReportLab also lists its initial Helvetica, unused);
        # the digits were the first characters used, so the subset codes them as ASCII
        font = next(f for f in (ref.get_object() for ref in page["/Resources"]["/Font"].values())
                    if "/FontFile2" in f.get("/FontDescriptor", {}))
        self._font = writer._add_object(font.clone(writer))

    def _opening(self, matrix, box) -> object:
        x0, y0, w, h = box
        ops = " ".join(f"{v:.4f}" for v in matrix)
        key = f"q {ops} cm {x0:.3f} {y0:.3f} {w:.3f} {h:.3f} re W n\n"
        if key not in self._openings:
            self._openings[key] = _stream(self.writer, key.encode("ascii"))
        return self._openings[key]

    def fit_and_stamp(self, page: PageObject, label: str) -> None:
        matrix, width, height, box = placement(page)
        opening = self._opening(matrix, box)
        self._move_annotations(page, matrix)
        page[NameObject("/MediaBox")] = RectangleObject((0, 0, width, height))
        for key in ("/CropBox", "/TrimBox", "/BleedBox", "/ArtBox"):
            if key in page:
                del page[key]
        page[NameObject("/Rotate")] = NumberObject(0)
        self.stamp(page, label, opening)

    def stamp(self, page: PageObject, label: str, opening=None) -> None:
        """Number a page; with `opening`, its content is first wrapped (frame and clip)."""
        contents = page.get(NameObject("/Contents"))
        parts = []
        if contents is not None:
            resolved = contents.get_object()
            parts = list(resolved) if isinstance(resolved, ArrayObject) else [contents]
        width = float(page.mediabox.width)
        if opening is None:
            opening = self._opening((1, 0, 0, 1, 0, 0), (0, 0, width, float(
                page.mediabox.height)))
        stamp = _stream(self.writer, b"Q\n" + _stamp_ops(label, width))
        page[NameObject("/Contents")] = ArrayObject([opening, *parts, stamp])
        self._add_font(page)

    @staticmethod
    def _move_annotations(page: PageObject, matrix) -> None:
        annots = page.get("/Annots")
        if annots is None:
            return
        for ref in annots.get_object():
            annot = ref.get_object()
            rect = annot.get("/Rect")
            if rect is not None and len(rect) == 4:
                xs, ys = zip(*(_apply(matrix, float(x), float(y)) for x in (rect[0], rect[2])
                               for y in (rect[1], rect[3])))
                annot[NameObject("/Rect")] = RectangleObject((min(xs), min(ys), max(xs),
                                                              max(ys)))
            quads = annot.get("/QuadPoints")
            if quads is not None:
                values = [float(v) for v in quads]
                moved = []
                for i in range(0, len(values) - 1, 2):
                    moved += _apply(matrix, values[i], values[i + 1])
                annot[NameObject("/QuadPoints")] = ArrayObject(FloatObject(v) for v in moved)

    def _add_font(self, page: PageObject) -> None:
        resources = page.get(NameObject("/Resources"))
        if resources is None:
            page[NameObject("/Resources")] = resources = DictionaryObject()
        resources = resources.get_object()
        page_fonts = resources.get(NameObject("/Font"))
        if page_fonts is None:
            resources[NameObject("/Font")] = page_fonts = DictionaryObject()
        page_fonts.get_object()[NameObject(STAMP_FONT)] = self._font


def _stamp_ops(label: str, page_width: float) -> bytes:
    """The number in a thin box, bottom right, in the band below the frame."""
    label = "".join(ch for ch in label if ch in _DIGITS)
    text_w = stringWidth(label, fonts.SERIF_BOLD, STAMP_SIZE)
    box_w = max(text_w + 10, 26)
    x = page_width - STAMP_RIGHT - box_w
    tx = x + (box_w - text_w) / 2
    return (f"q 0 0 0 RG 0.6 w {x:.2f} {STAMP_Y:.2f} {box_w:.2f} {STAMP_BOX_H} re S "
            f"BT 0 0 0 rg {STAMP_FONT} {STAMP_SIZE} Tf {tx:.2f} {STAMP_Y + 5:.2f} Td "
            f"({label}) Tj ET Q\n").encode("ascii")
