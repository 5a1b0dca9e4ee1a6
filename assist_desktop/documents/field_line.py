"""A run of short labelled fields on as many lines as they need: "Label: value · Label: value".

The subject access package prints hundreds of records, each with a line like this (a note's
type, date, title, author...). As a ReportLab Paragraph with a bold font tag per label, each
such line is a many-fragment paragraph, which ReportLab breaks and draws word by word in
Python: it was about half the time of a 500-note package. This flowable measures the words
itself (pdfmetrics.stringWidth, in C), breaks the lines greedily, and draws each line as a
few text runs; the look is the same (label in bold, value in regular, " · " between fields).

It takes the fast path only for text the body font itself draws (regular and bold) with no
Arabic or Hebrew; anything else (text needing a fallback font, shaping or right-to-left
order) goes through documents.text as a Paragraph, exactly as before. The text is never
parsed as markup, so "<b>" prints as typed.
"""
from __future__ import annotations

from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable, Paragraph

from assist_desktop.documents import arabic, fonts, hebrew, text

SEPARATOR = "·"


def field_line(pairs: list[tuple[str, str]], style: ParagraphStyle) -> Flowable:
    """One flowable for (label, value) pairs: the fast FieldLine when the body fonts draw
    every character, else the Paragraph markup of documents.text."""
    cleaned = [(text.clean(label), text.clean(value)) for label, value in pairs]
    if all(_plain(label, fonts.SERIF_BOLD) and _plain(value, fonts.SERIF)
           for label, value in cleaned):
        return FieldLine(cleaned, style)
    size = style.fontSize
    markup = f" {SEPARATOR} ".join(
        f'<font name="{fonts.SERIF_BOLD}">{text.inline(label, True, size)}:</font> '
        f'{text.inline(value, False, size)}' for label, value in cleaned)
    return Paragraph(markup, style)


def _plain(value: str, font: str) -> bool:
    return (set(value) <= _characters(font) and not arabic.has_arabic(value)
            and not hebrew.has_hebrew(value))


@cache
def _characters(font: str) -> frozenset[str]:
    """The characters the font draws (as str, so a value's set is checked in one step)."""
    return frozenset(map(chr, fonts.covered(font)))


class FieldLine(Flowable):
    """Words (font, text) set left to right, broken at spaces (a word wider than the line
    is cut at characters), one line per `style.leading`."""

    def __init__(self, pairs: list[tuple[str, str]], style: ParagraphStyle,
                 lines: list[list[tuple[str, str]]] | None = None):
        super().__init__()
        self.style = style
        self._pairs = pairs
        self._lines = lines
        self._width = None

    def _words(self) -> list[tuple[str, str]]:
        words: list[tuple[str, str]] = []
        for index, (label, value) in enumerate(self._pairs):
            if index:
                words.append((fonts.SERIF, SEPARATOR))
            label_words = label.split() or [""]
            label_words[-1] += ":"
            words += [(fonts.SERIF_BOLD, w) for w in label_words]
            words += [(fonts.SERIF, w) for w in value.split()]
        return words

    def _break(self, width: float) -> list[list[tuple[str, str]]]:
        size = self.style.fontSize
        measure = {name: getFont(name).stringWidth for name in (fonts.SERIF, fonts.SERIF_BOLD)}
        spaces = {name: m(" ", size) for name, m in measure.items()}
        lines: list[list[tuple[str, str]]] = [[]]
        x = 0.0
        for font, word in self._words():
            space = spaces[font]
            for piece in _cut(word, font, size, width):
                w = measure[font](piece, size)
                if lines[-1] and x + space + w > width:
                    lines.append([])
                    x = 0.0
                x += (space if lines[-1] else 0.0) + w
                lines[-1].append((font, piece))
        return lines if lines[-1] else lines[:-1]

    def wrap(self, availWidth, availHeight):
        if self._lines is None or self._width != availWidth:
            if self._pairs is not None:
                self._lines = self._break(availWidth)
            self._width = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(self._lines):
            return [self]
        return [FieldLine(None, self.style, self._lines[:fit]),
                FieldLine(None, self.style, self._lines[fit:])]

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    def draw(self):
        canvas, size, leading = self.canv, self.style.fontSize, self.style.leading
        out = canvas.beginText()
        out.setFillColor(self.style.textColor)
        y = self.height - size
        for line in self._lines:
            out.setTextOrigin(0, y)
            runs: list[tuple[str, list[str]]] = []
            for font, word in line:
                if runs and runs[-1][0] == font:
                    runs[-1][1].append(word)
                else:
                    runs.append((font, [word]))
            for index, (font, words) in enumerate(runs):
                out.setFont(font, size, leading)
                out.textOut(" ".join(words) + (" " if index < len(runs) - 1 else ""))
            y -= leading
        canvas.drawText(out)


def _cut(word: str, font: str, size: float, width: float) -> list[str]:
    """The word, or pieces of it that each fit the width (a long reference or URL)."""
    if stringWidth(word, font, size) <= width:
        return [word]
    pieces, current = [], ""
    for char in word:
        if current and stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = ""
        current += char
    return pieces + [current] if current else pieces
