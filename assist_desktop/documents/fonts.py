"""The bundled fonts: registration with ReportLab, coverage, and glyph access for Arabic.

Every font is a bundled TrueType file, embedded (subset) in the PDF; no standard
(unembedded) PDF font is ever used (resources/fonts/README.md lists them and their licences):
- "AssistSerif" (DejaVu Serif): Latin including Vietnamese, Cyrillic, Greek, symbols;
- "AssistArabic" (Noto Naskh Arabic): Arabic script, drawn from glyphs that
  `documents.arabic` has shaped with HarfBuzz;
- fallbacks, chosen per character by `documents.fallback`: Ethiopic (Noto Serif Ethiopic:
  Tigrinya, Amharic, Tigre), Hebrew (Noto Serif Hebrew), CJK (WenQuanYi Micro Hei:
  Chinese simplified and traditional, Japanese kana, Korean Hangul), emoji (Noto Emoji,
  monochrome) and symbols (Noto Sans Symbols 2);
- "AssistMono-Bold" (DejaVu Sans Mono Bold) for recovery codes.

Some shaped Arabic glyphs (e.g. the two halves of the lam-alef ligature) have no Unicode
code point in the font's cmap. They are given a private-use code point in the ReportLab
face, and the PDF's ToUnicode map translates that code point back to real Arabic text, so
the PDF stays searchable and copy-pasteable.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache

import uharfbuzz as hb
from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus.tables import CellStyle

from assist_desktop.platform.paths import resource

SERIF = "AssistSerif"
SERIF_BOLD = "AssistSerif-Bold"
ARABIC = "AssistArabic"
ARABIC_BOLD = "AssistArabic-Bold"
ARABIC_SCALE = 1.15  # Naskh at the same point size looks smaller than DejaVu Serif
MONO_BOLD = "AssistMono-Bold"  # recovery codes
ETHIOPIC = "AssistEthiopic"
ETHIOPIC_BOLD = "AssistEthiopic-Bold"
HEBREW = "AssistHebrew"
HEBREW_BOLD = "AssistHebrew-Bold"
CJK = "AssistCJK"          # one weight: bold CJK text is set in it too
EMOJI = "AssistEmoji"      # one weight, monochrome outlines
SYMBOLS = "AssistSymbols"  # one weight

_FILES = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
    MONO_BOLD: "DejaVuSansMono-Bold.ttf",
    ETHIOPIC: "NotoSerifEthiopic-Regular.ttf",
    ETHIOPIC_BOLD: "NotoSerifEthiopic-Bold.ttf",
    HEBREW: "NotoSerifHebrew-Regular.ttf",
    HEBREW_BOLD: "NotoSerifHebrew-Bold.ttf",
    CJK: "WenQuanYiMicroHei.ttf",
    EMOJI: "NotoEmoji-Regular.ttf",
    SYMBOLS: "NotoSansSymbols2-Regular.ttf",
}
# Fonts tried in order for a character of left-to-right text (documents.fallback).
FALLBACK = (SERIF, ETHIOPIC, HEBREW, CJK, EMOJI, SYMBOLS)
FALLBACK_BOLD = (SERIF_BOLD, ETHIOPIC_BOLD, HEBREW_BOLD, CJK, EMOJI, SYMBOLS)
_PUA_FIRST, _PUA_LAST = 0xE000, 0xF8FF
_GLYPH_NAME_PART = re.compile(r"^uni([0-9A-F]{4,6})")
_lock = threading.RLock()


@dataclass
class _ArabicFace:
    """HarfBuzz font plus the reverse cmap used to turn glyph ids into drawable characters."""
    ttf: ttfonts.TTFont
    hb_font: hb.Font
    glyph_to_char: dict[int, int]
    pua_text: dict[int, str]
    next_pua: int = _PUA_FIRST


_arabic_faces: dict[str, _ArabicFace] = {}
_pua_by_face_name: dict[str, dict[int, str]] = {}


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab once per process (idempotent)."""
    _register()


@cache
def _register() -> None:
    with _lock:
        # Binary (not ASCII85) compressed streams: smaller PDFs, and faster without rl_accel.
        # ReportLab is used only by this package, so the process-wide setting is ours.
        rl_config.useA85 = 0
        for name, filename in _FILES.items():
            font = ttfonts.TTFont(name, str(resource("fonts", filename)))
            pdfmetrics.registerFont(font)
        for family, regular, bold in ((SERIF, SERIF, SERIF_BOLD), (ARABIC, ARABIC, ARABIC_BOLD),
                                      (ETHIOPIC, ETHIOPIC, ETHIOPIC_BOLD),
                                      (HEBREW, HEBREW, HEBREW_BOLD), (CJK, CJK, CJK),
                                      (EMOJI, EMOJI, EMOJI), (SYMBOLS, SYMBOLS, SYMBOLS)):
            addMapping(family, 0, 0, regular)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, regular)
            addMapping(family, 1, 1, bold)
        for name in (ARABIC, ARABIC_BOLD):
            _arabic_faces[name] = _make_arabic_face(name)
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        # ReportLab's defaults name Helvetica, a standard font that is never embedded: a
        # canvas starts each page with it selected, and a table cell or a paragraph style
        # that sets no font uses it. The bundled serif replaces it everywhere.
        rl_config.canvas_basefontname = SERIF
        CellStyle.fontname = SERIF
        for key in ("fontName", "bulletFontName"):
            ParagraphStyle.defaults[key] = SERIF


def _make_arabic_face(name: str) -> _ArabicFace:
    ttf = pdfmetrics.getFont(name)
    blob = hb.Blob.from_file_path(str(resource("fonts", _FILES[name])))
    hb_font = hb.Font(hb.Face(blob))
    reverse: dict[int, int] = {}
    for char, gid in sorted(ttf.face.charToGlyph.items()):
        # Prefer the base letter for a glyph that both a letter and a presentation form map to.
        reverse.setdefault(gid, char)
    face_name = ttf.face.name.decode("latin-1") if isinstance(ttf.face.name, bytes) else str(
        ttf.face.name)
    pua: dict[int, str] = {}
    _pua_by_face_name[face_name] = pua
    return _ArabicFace(ttf, hb_font, reverse, pua)


@cache
def covered(font_name: str) -> frozenset[int]:
    """Code points the font can draw (its cmap)."""
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


@cache
def drawable() -> frozenset[int]:
    """Code points some bundled font can draw (regular weights; bold covers the same)."""
    out: frozenset[int] = covered(ARABIC)
    for name in FALLBACK:
        out |= covered(name)
    return out


def arabic_hb_font(bold: bool = False) -> hb.Font:
    register_fonts()
    return _arabic_faces[ARABIC_BOLD if bold else ARABIC].hb_font


def has_char_for_glyph(gid: int, bold: bool = False) -> bool:
    register_fonts()
    return gid in _arabic_faces[ARABIC_BOLD if bold else ARABIC].glyph_to_char


def char_for_glyph(gid: int, bold: bool = False, source_text: str = "") -> str:
    """A character that makes ReportLab draw glyph `gid` of the Arabic font.

    A glyph without a code point gets a private-use one; its text for the PDF's ToUnicode
    map comes from the glyph's name (uniFEDF.rlig) or else from `source_text`, the
    characters HarfBuzz shaped into it.
    """
    register_fonts()
    face = _arabic_faces[ARABIC_BOLD if bold else ARABIC]
    code = face.glyph_to_char.get(gid)
    if code is not None:
        return chr(code)
    with _lock:
        code = face.glyph_to_char.get(gid)
        if code is None:
            code = _allocate_private(face, gid, source_text)
    return chr(code)


def _allocate_private(face: _ArabicFace, gid: int, source_text: str) -> int:
    rl_face = face.ttf.face
    code = face.next_pua
    while code in rl_face.charToGlyph:
        code += 1
    if code > _PUA_LAST:
        raise RuntimeError("ran out of private-use code points for Arabic glyphs")
    face.next_pua = code + 1
    advance = face.hb_font.get_glyph_h_advance(gid) * 1000 / face.hb_font.face.upem
    rl_face.charToGlyph[code] = gid
    rl_face.glyphToChar.setdefault(gid, []).append(code)
    rl_face.charWidths[code] = advance
    face.glyph_to_char[gid] = code
    text = glyph_name_text(face.hb_font.glyph_to_string(gid)) or source_text
    face.pua_text[code] = text or "\u200d"
    return code


def glyph_name_text(name: str) -> str:
    """'uniFEDF.rlig' -> U+FEDF; 'uni064E_uni0651' -> both; an unnamed glyph -> ''."""
    text = ""
    for part in name.split(".")[0].split("_"):
        match = _GLYPH_NAME_PART.match(part)
        if match:
            text += chr(int(match.group(1), 16))
    return text


_original_to_unicode_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with private-use Arabic glyphs mapped to real text and
    characters beyond U+FFFF (emoji, rare CJK) written as UTF-16 (ReportLab writes them as
    an odd number of hex digits, which readers reject)."""
    pua = _pua_by_face_name.get(fontname.split("+", 1)[-1]) or {}
    if not any(code in pua or code > 0xFFFF for code in subset):
        return _original_to_unicode_cmap(fontname, subset)
    lines = _original_to_unicode_cmap(fontname, subset).split("\n")
    start = next(i for i, line in enumerate(lines) if line.endswith("beginbfchar")) + 1
    for index, code in enumerate(subset):
        if code in pua or code > 0xFFFF:
            text = pua[code] if code in pua else chr(code)
            target = text.encode("utf-16-be").hex().upper()
            lines[start + index] = f"<{index:02X}> <{target}>"
    return "\n".join(lines)
