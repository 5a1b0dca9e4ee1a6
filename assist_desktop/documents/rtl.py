"""A right-to-left paragraph: text whose first strong letter is Arabic script or Hebrew.

ReportLab's Paragraph breaks and draws lines left to right, and its own bidi support needs a
package we do not ship. This flowable breaks lines in logical order, then lays each line out
right to left: words are placed from the right margin leftwards, a run of left-to-right
words (Latin names, reference numbers) keeps its own order, Arabic words are shaped with
HarfBuzz, Hebrew words are reversed (documents.hebrew), and other characters are set in the
first bundled font that has them (documents.fallback). It splits between lines, so a long Arabic note flows across pages.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from assist_desktop.documents import arabic, fallback, fonts, hebrew

_SPLIT = re.compile(f"([{arabic._ARABIC}]+|[{hebrew._HEBREW}]+)")
_LTR_LETTER = re.compile(r"[A-Za-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff]")


@dataclass(frozen=True)
class _Word:
    pieces: tuple[tuple[str, str, float], ...]  # (font, characters, size), visual order
    width: float
    rtl: bool


class RtlParagraph(Flowable):
    def __init__(self, text: str | None, style: ParagraphStyle, bold: bool = False,
                 lines: list[list[_Word]] | None = None, bullet: str | None = None):
        super().__init__()
        self.text = text
        self.style = style
        self.bold = bold
        self.bullet = bullet  # e.g. "12.": drawn at the style's bulletIndent, first line
        self._lines = lines
        self._width = None

    # -- layout ---------------------------------------------------------------------------
    def _word(self, token: str) -> _Word:
        size = self.style.fontSize
        arab = fonts.ARABIC_BOLD if self.bold else fonts.ARABIC
        hebr = fonts.HEBREW_BOLD if self.bold else fonts.HEBREW
        rtl = (arabic.has_arabic(token) or hebrew.has_hebrew(token)
               or not _LTR_LETTER.search(token))
        pieces = []
        for index, part in enumerate(_SPLIT.split(token)):
            if not part:
                continue
            if index % 2 and arabic.has_arabic(part):
                pieces.append((arab, arabic.shape(part, self.bold), size * fonts.ARABIC_SCALE))
            elif index % 2:
                pieces.append((hebr, hebrew.visual(part), size))
            else:
                part = part.replace("\u200c", "").replace("\u200d", "")
                if rtl:  # brackets in right-to-left text are drawn mirrored
                    part = part.translate(hebrew.MIRROR)
                pieces += [(font, chars, size) for font, chars in
                           fallback.runs(part, self.bold) if chars]
        if rtl:
            pieces.reverse()  # segments of a right-to-left word run right to left
        width = sum(stringWidth(chars, font, points) for font, chars, points in pieces)
        return _Word(tuple(pieces), width, rtl)

    def _break(self, width: float) -> list[list[_Word]]:
        space = stringWidth(" ", fonts.SERIF, self.style.fontSize)
        lines: list[list[_Word]] = []
        for hard_line in self.text.split("\n"):
            line: list[_Word] = []
            used = 0.0
            for token in hard_line.split():
                for word in self._fit(self._word(token), token, width):
                    extra = word.width + (space if line else 0)
                    if line and used + extra > width:
                        lines.append(line)
                        line, used = [], 0.0
                        extra = word.width
                    line.append(word)
                    used += extra
            lines.append(line)
        return lines

    def _fit(self, word: _Word, token: str, width: float) -> list[_Word]:
        """Split a word wider than the line (a pasted URL, a run of letters) into pieces."""
        if word.width <= width or len(token) < 2:
            return [word]
        half = len(token) // 2
        return (self._fit(self._word(token[:half]), token[:half], width)
                + self._fit(self._word(token[half:]), token[half:], width))

    def wrap(self, availWidth, availHeight):
        if self.text is not None and (self._lines is None or self._width != availWidth):
            inner = availWidth - self.style.leftIndent - self.style.rightIndent
            self._lines = self._break(max(inner, 10))  # a split part keeps its lines
            self._width = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        head = RtlParagraph(None, self.style, self.bold, self._lines[:fit], self.bullet)
        tail = RtlParagraph(None, self.style, self.bold, self._lines[fit:])
        head._width = tail._width = availWidth
        return [head, tail]

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    # -- drawing --------------------------------------------------------------------------
    def draw(self):
        """Each line is one text object, words left to right, so PDF text stays in lines."""
        size = self.style.fontSize
        space = stringWidth(" ", fonts.SERIF, size)
        y = self.height - size
        if self.bullet:
            self.canv.setFont(fonts.SERIF, size)
            self.canv.drawString(self.style.bulletIndent, y, self.bullet)
        right = self.width - self.style.rightIndent
        for line in self._lines:
            visual = [word for group in _visual_groups(line) for word in group][::-1]
            width = sum(word.width for word in visual) + space * max(0, len(visual) - 1)
            text = self.canv.beginText(right - width, y)
            for index, word in enumerate(visual):
                if index:
                    text.setFont(fonts.SERIF, size)
                    text.textOut(" ")
                for font, chars, points in word.pieces:
                    text.setFont(font, points)
                    text.textOut(chars)
            self.canv.drawText(text)
            y -= self.style.leading


def _visual_groups(line: list[_Word]) -> list[list[_Word]]:
    """Groups placed right to left; a group of left-to-right words is drawn in order."""
    groups: list[list[_Word]] = []
    for word in line:
        if not word.rtl and groups and not groups[-1][0].rtl:
            groups[-1].append(word)
        else:
            groups.append([word])
    return [list(reversed(group)) if not group[0].rtl else group for group in groups]
