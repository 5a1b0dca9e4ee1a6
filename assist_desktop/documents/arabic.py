"""Arabic-script shaping with HarfBuzz (uharfbuzz), laid out right to left.

ReportLab draws one glyph per character and knows nothing of Arabic joining. Here a run of
Arabic-script text is shaped by HarfBuzz (contextual forms, lam-alef and other required
ligatures) in right-to-left direction, which gives the glyphs in visual (left-to-right
drawing) order. Each glyph is turned into a character that the embedded Arabic font maps
to exactly that glyph (see `fonts.char_for_glyph`), so ReportLab draws the shaped run as a
plain string. Mark positioning (harakat offsets) is approximated by the glyphs' own
side-bearings; unvoweled text, which names nearly always are, renders exactly.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import uharfbuzz as hb

from assist_desktop.documents import fonts

# Arabic, Arabic Supplement, Arabic Extended-A/B, presentation forms A and B.
_ARABIC = "\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
ARABIC_CHAR = re.compile(f"[{_ARABIC}]")
_DIGITS = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+")
# "liga" off: the Allah ligature would be one glyph for 4 letters, which text extraction
# (pypdf) then puts in the wrong order; joining and lam-alef (rlig) stay on.
_FEATURES = {"kern": True, "liga": False, "calt": True}


def is_arabic(char: str) -> bool:
    return bool(ARABIC_CHAR.match(char))


def has_arabic(text: str) -> bool:
    return bool(ARABIC_CHAR.search(text))


def first_strong_is_arabic(text: str) -> bool:
    """Paragraph direction by the first strong letter (Unicode bidi rule P2, simplified)."""
    for char in text:
        if is_arabic(char) and char.isalpha():
            return True
        if char.isalpha():
            return False
    return False


@lru_cache(maxsize=4096)
def shape(text: str, bold: bool = False) -> str:
    """Shape an Arabic-script run; return it in visual order as characters to draw.

    Digit sequences inside the run stay left to right (they are reversed before shaping,
    and HarfBuzz's right-to-left output reverses them back).
    """
    logical = _DIGITS.sub(lambda m: m.group(0)[::-1], text)
    buffer = hb.Buffer()
    buffer.add_str(logical)
    buffer.direction = "rtl"
    buffer.script = "Arab"
    buffer.language = "ar"
    hb_font = fonts.arabic_hb_font(bold)
    hb.shape(hb_font, buffer, _FEATURES)
    infos = buffer.glyph_infos
    starts = sorted({info.cluster for info in infos}) + [len(logical)]
    cluster_text = {start: logical[start:end] for start, end in zip(starts, starts[1:])}
    out = []
    for info in infos:
        gid = info.codepoint
        if not fonts.has_char_for_glyph(gid, bold):
            named = "".join(fonts.glyph_name_text(hb_font.glyph_to_string(other.codepoint))
                            for other in infos if other.cluster == info.cluster)
            rest = _without(cluster_text[info.cluster], unicodedata.normalize("NFKC", named))
            fonts.char_for_glyph(gid, bold, rest)
        out.append(fonts.char_for_glyph(gid, bold))
    return "".join(out)


def _without(text: str, remove: str) -> str:
    """Characters of `text` left after taking out one of each character in `remove`."""
    left = list(text)
    for char in remove:
        if char in left:
            left.remove(char)
    return "".join(left)


def shaped_glyph_ids(text: str, bold: bool = False) -> list[int]:
    """Glyph ids HarfBuzz picks for `text` (visual order); used by tests and checks."""
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.direction = "rtl"
    buffer.script = "Arab"
    hb.shape(fonts.arabic_hb_font(bold), buffer, _FEATURES)
    return [info.codepoint for info in buffer.glyph_infos]
