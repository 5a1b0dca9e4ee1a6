"""Which bundled font draws each character, and the characters none can draw.

Left-to-right text is split into runs by the first font of fonts.FALLBACK that has the
character (DejaVu Serif, then Ethiopic, Hebrew, CJK, emoji, symbols). Spaces, punctuation
and combining marks stay in the run they are in when that font has them, so "北京, 2024"
does not switch fonts at every comma.

A character that no bundled font can draw is never dropped silently: `clean` (text.py)
prints it as a visible marker such as "[U+1F9FF]", and `unprintable` lists every such
character in a document's input, with the field it is in, so the service can refuse to
store the document until a person has seen the list (DocumentService.generate).
"""
from __future__ import annotations

import dataclasses
import enum
import unicodedata
from dataclasses import dataclass
from functools import cache

from assist_desktop.documents import fonts

_NEUTRAL = ("Z", "P", "M")  # separators, punctuation, combining marks


@dataclass(frozen=True)
class Unprintable:
    """One character that no bundled font can draw, and where it is ("client name")."""
    char: str
    where: str

    @property
    def code(self) -> str:
        return f"U+{ord(self.char):04X}"

    @property
    def name(self) -> str:
        return unicodedata.name(self.char, "unnamed character")

    def describe(self) -> str:
        return f"{self.code} {self.name} in {self.where}"


def marker(char: str) -> str:
    """What the document prints in place of a character no font can draw."""
    return f"[U+{ord(char):04X}]"


@cache
def _chain(bold: bool) -> tuple[tuple[str, frozenset[int]], ...]:
    return tuple((name, fonts.covered(name))
                 for name in (fonts.FALLBACK_BOLD if bold else fonts.FALLBACK))


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """(font name, characters) runs; a character no font of the chain has is set in a
    regular font that has it (bold lacks some symbols), else in the first font."""
    chain = _chain(bold)
    first_font, first_cover = chain[0]
    if all(ord(c) in first_cover for c in set(text)):
        return [(first_font, text)] if text else []
    out: list[tuple[str, str]] = []
    current, current_cover, start = first_font, first_cover, 0
    for index, char in enumerate(text):
        code = ord(char)
        if code in current_cover and (current == first_font or
                                      unicodedata.category(char)[0] in _NEUTRAL):
            continue
        font, cover = next(((n, c) for n, c in chain if code in c), (None, None))
        if font is None:  # a few symbols have no bold glyph: the regular one, else the first
            font, cover = next(((n, c) for n, c in _chain(False) if code in c),
                               (first_font, first_cover))
        if font != current:
            if index > start:
                out.append((current, text[start:index]))
            current, current_cover, start = font, cover, index
    out.append((current, text[start:]))
    return out


def unprintable_chars(text: str) -> list[str]:
    """Characters of (cleaned) text that no bundled font can draw, in order, once each."""
    drawable = fonts.drawable()
    seen: dict[str, None] = {}
    for char in text:
        if char != "\n" and ord(char) not in drawable and not _invisible(char):
            seen.setdefault(char)
    return list(seen)


def _invisible(char: str) -> bool:
    """Spaces, line breaks and format characters: text.clean turns them into spaces or
    newlines, or leaves them out (they draw nothing)."""
    category = unicodedata.category(char)
    return category in ("Cc", "Cf", "Cs") or category[0] == "Z"


def unprintable(data, what: str = "") -> list[Unprintable]:
    """Every character in a document's input (a dataclass of text, tuples and dataclasses)
    that no bundled font can draw, with a plain name of the field it is in."""
    from assist_desktop.documents.text import prepare
    found: list[Unprintable] = []
    seen: set[tuple[str, str]] = set()

    def walk(value, where: str) -> None:
        if isinstance(value, str):
            for char in unprintable_chars(prepare(value)):
                if (char, where) not in seen:
                    seen.add((char, where))
                    found.append(Unprintable(char, where or "the document"))
        elif isinstance(value, enum.Enum) or value is None:
            return
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for field in dataclasses.fields(value):
                walk(getattr(value, field.name), _join(where, field.name))
        elif isinstance(value, (list, tuple)):
            for index, item in enumerate(value, start=1):
                walk(item, f"{_singular(where)} {index}" if where else str(index))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, _join(where, str(key)))
    walk(data, what)
    return found


def _join(where: str, name: str) -> str:
    """"paragraph 2" + "text" -> "paragraph 2"; "interpreter" + "name" -> "interpreter, name"."""
    name = name.strip("_").replace("_", " ")
    if where and name == "text":
        return where
    return f"{where}, {name}" if where else name


def _singular(where: str) -> str:
    """"paragraphs" -> "paragraph", "parties" -> "party" (the item of a list field)."""
    head, _, last = where.rpartition(" ")
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}" if head else last
