"""User text to safe ReportLab flowables.

Every piece of text a person typed goes through here before it reaches ReportLab:
- control characters are removed (tabs become spaces, line/paragraph separators newlines),
  and the text is NFC-normalised (so Vietnamese diacritics use precomposed glyphs);
- each character is set in the first bundled font that has it (documents.fallback: Latin,
  Ethiopic, Hebrew, CJK, emoji, symbols); a character no bundled font can draw prints as a
  visible marker "[U+XXXX]" (never an empty box, never dropped), and the service lists such
  characters before it stores the document (fallback.unprintable);
- `&`, `<`, `>` are escaped, so `<b>`, `<a href=…>`, `<img src=…>` and unclosed tags print
  exactly as typed and embed nothing;
- Arabic-script runs are shaped (documents.arabic) and set in the Arabic font; Hebrew runs
  are put in visual order (documents.hebrew);
- a paragraph whose first strong letter is Arabic or Hebrew is laid out right to left
  (rtl.RtlParagraph).
"""
from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from assist_desktop.documents import arabic, fallback, fonts, hebrew

KEEP_FORMAT = {"\u200c", "\u200d"}  # ZWNJ / ZWJ matter for Persian and Arabic shaping
LONG_PARAGRAPH = 12_000  # characters: longer paragraphs are laid out in chunks (speed)
CHUNK = 2_500  # chunk size; ReportLab re-wraps a paragraph's remainder at each page break
_SHORT_RUN = 60  # Arabic runs up to this length inside left-to-right text never break
_RUN = re.compile(f"[{arabic._ARABIC}](?:[ \u00a0.,:!0-9]*[{arabic._ARABIC}])*"
                  f"|[{hebrew._HEBREW}](?:[ \u00a0.,:!0-9]*[{hebrew._HEBREW}])*")
_BLANK_LINES = re.compile(r"\n\s*\n")
# Control and invisible format characters (bidi overrides, zero-width spaces, BOM, tags),
# removed whatever the fonts say; ZWNJ/ZWJ (U+200C/D) are kept for Arabic-script shaping.
# Variation selectors (emoji/text presentation, ideographic variants) only pick a glyph
# style; the base character prints without them.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f"
                      "\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
                      "\ufe00-\ufe0f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f\U000e0100-\U000e01ef]")


def escape(text: str) -> str:
    """Escape text for ReportLab paragraph markup."""
    return _xml_escape(text)


def prepare(text: str | None) -> str:
    """NFC, newlines and spaces normalised, control and invisible format characters removed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def clean(text: str | None) -> str:
    """Normalise, remove control characters, and mark what no font can draw."""
    text = prepare(text)
    if not text:
        return ""
    drawable = fonts.drawable()
    if all(ord(c) in drawable or c == "\n" for c in set(text)):
        return text
    out = []
    for char in text:
        if char == "\n" or ord(char) in drawable:
            out.append(char)
            continue
        category = unicodedata.category(char)
        if category in ("Zl", "Zp"):
            out.append("\n")
        elif category in ("Cc", "Cf", "Cs") and char not in KEEP_FORMAT:
            continue
        elif char in KEEP_FORMAT:
            out.append(char)
        elif category.startswith("Z"):
            out.append(" ")
        else:
            out.append(fallback.marker(char))
    return "".join(out)


def inline(text: str | None, bold: bool = False, size: float | None = None) -> str:
    """Markup for one piece of user text, to place inside a Paragraph.

    `size` is the paragraph's font size: Arabic runs are set a little larger
    (fonts.ARABIC_SCALE) so that they match the Latin x-height.
    """
    text = clean(text)
    if not arabic.has_arabic(text) and not hebrew.has_hebrew(text):
        return _ltr(text, bold)
    parts, pos = [], 0
    arabic_font = fonts.ARABIC_BOLD if bold else fonts.ARABIC
    for match in _RUN.finditer(text):
        parts.append(_ltr(text[pos:match.start()], bold))
        run = match.group(0)
        if len(run) <= _SHORT_RUN:
            run = run.replace(" ", "\u00a0")
        if hebrew.has_hebrew(run[0]):
            font = fonts.HEBREW_BOLD if bold else fonts.HEBREW
            parts.append(f'<font name="{font}">{escape(hebrew.visual(run))}</font>')
        else:
            shaped = arabic.shape(run, bold)
            size_attr = f' size="{size * fonts.ARABIC_SCALE:.1f}"' if size else ""
            parts.append(f'<font name="{arabic_font}"{size_attr}>{escape(shaped)}</font>')
        pos = match.end()
    parts.append(_ltr(text[pos:], bold))
    return "".join(parts)


def _ltr(text: str, bold: bool = False) -> str:
    """Left-to-right text, each run in the first bundled font that has its characters."""
    if not text:
        return ""
    text = "".join(c for c in text if c not in KEEP_FORMAT) if (
        "\u200c" in text or "\u200d" in text) else text
    first = fonts.SERIF_BOLD if bold else fonts.SERIF
    parts = []
    for font, chars in fallback.runs(text, bold):
        chars = escape(chars).replace("\n", "<br/>")
        parts.append(chars if font == first else f'<font name="{font}">{chars}</font>')
    return "".join(parts)


def para(text: str | None, style: ParagraphStyle, bold: bool = False,
         bullet: str | None = None) -> Flowable:
    """One flowable for one piece of user text (newlines become line breaks).

    `bullet` (trusted, e.g. "12.") hangs at the style's bulletIndent on the first line.
    """
    text = clean(text)
    bold = bold or style.fontName == fonts.SERIF_BOLD
    if (len(text) > _SHORT_RUN or "\n" in text) and first_strong_is_rtl(text):
        # A short Arabic value (a name in a table cell) stays in the left-to-right layout,
        # shaped and read right to left as a run; longer Arabic text is laid out RTL.
        from assist_desktop.documents.rtl import RtlParagraph
        return RtlParagraph(text, style, bold=bold, bullet=bullet)
    return Paragraph(inline(text, bold, style.fontSize), style,
                     bulletText=escape(bullet) if bullet else None)


def first_strong_is_rtl(text: str) -> bool:
    """Paragraph direction by the first strong letter (Unicode bidi rule P2, simplified)."""
    for char in text:
        if char.isalpha():
            return arabic.is_arabic(char) or hebrew.is_hebrew_letter(char)
    return False


def paras(text: str | None, style: ParagraphStyle, bold: bool = False,
          bullet: str | None = None) -> list[Flowable]:
    """Flowables for a long note: blank lines separate paragraphs; huge ones are chunked.

    `bullet` goes on the first paragraph only.
    """
    text = clean(text).strip("\n")
    if not text:
        return []
    out: list[Flowable] = []
    for block in _BLANK_LINES.split(text):
        chunks = _chunks(block)
        for index, chunk in enumerate(chunks):
            chunk_style = style
            if len(chunks) > 1:  # chunks of one paragraph follow on without a gap
                chunk_style = ParagraphStyle(
                    f"{style.name}-chunk", parent=style,
                    spaceBefore=style.spaceBefore if index == 0 else 0,
                    spaceAfter=style.spaceAfter if index == len(chunks) - 1 else 0)
            out.append(para(chunk, chunk_style, bold, bullet if not out else None))
    return out


def _chunks(block: str) -> list[str]:
    """Split a very long paragraph at spaces so ReportLab's splitting stays linear."""
    if len(block) <= LONG_PARAGRAPH:
        return [block]
    chunks, start = [], 0
    while len(block) - start > CHUNK:
        # Prefer the end of a sentence, then any space, so the seam is a natural line end.
        cut = block.rfind(". ", start + CHUNK // 2, start + CHUNK)
        cut = cut + 1 if cut != -1 else block.rfind(" ", start + CHUNK // 2, start + CHUNK)
        if cut == -1:
            cut = start + CHUNK
        chunks.append(block[start:cut])
        start = cut + 1 if block[cut:cut + 1] == " " else cut
    chunks.append(block[start:])
    return chunks


def fixed(text: str, size: float | None = None) -> str:
    """Markup for trusted wording (assist_desktop/resources/wording): escaped the same way as user text."""
    return inline(text, size=size)
