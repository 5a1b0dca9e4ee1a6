"""Turning what a person typed into a safe FTS5 MATCH expression.

User text never reaches FTS5 syntax: it is cut into words here (letters, digits and combining
marks; apostrophes inside a word kept), and each word becomes a double-quoted string (quotes
doubled), with a trailing * for prefix matching. Operators, parentheses, column filters and
NEAR are only ever written by this module. Any input, including quotes, brackets, `AND (`,
`-x`, `c++`, emoji, control characters or 10,000 characters, gives either a well-formed
expression or None (nothing to search for).
"""
from __future__ import annotations

import re
import unicodedata

from assist_desktop.domain.name_matching import fold, skeleton

MAX_WORDS = 8
MAX_WORD_CHARS = 64
MAX_INPUT_CHARS = 1000
_APOSTROPHES = "'\u2019\u02bc"


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LNM"


def words(text: str) -> list[str]:
    """The words of `text`, lower-cased, at most MAX_WORDS of at most MAX_WORD_CHARS each."""
    if not isinstance(text, str):
        return []
    text = unicodedata.normalize("NFKC", text[:MAX_INPUT_CHARS])
    found: list[str] = []
    current: list[str] = []

    def flush():
        word = "".join(current).strip("".join(_APOSTROPHES))
        current.clear()
        if word and any(unicodedata.category(ch)[0] in "LN" for ch in word):
            word = word.casefold()[:MAX_WORD_CHARS]
            if word not in found:
                found.append(word)

    for ch in text:
        if _is_word_char(ch) or (ch in _APOSTROPHES and current):
            current.append(ch)
        else:
            flush()
        if len(found) >= MAX_WORDS:
            break
    flush()
    return found[:MAX_WORDS]


def quote(term: str) -> str:
    """An FTS5 string: the text in double quotes, with any double quote doubled."""
    return '"' + term.replace('"', '""') + '"'


def _letters(term: str) -> int:
    return sum(1 for ch in term if unicodedata.category(ch)[0] in "LN")


def _term(word: str) -> str:
    # One-letter words match whole words only: a one-letter prefix would scan the whole index.
    return quote(word) + ("*" if _letters(word) >= 2 else "")


def _alternatives(word: str, prefix: bool = True) -> list[str]:
    """The word and its transliteration, as prefixes (see _term) or as whole words."""
    term = _term if prefix else quote
    alternatives = [term(word)]
    folded = fold(word)
    if folded and folded != word:
        alternatives.append(term(folded))
    return list(dict.fromkeys(alternatives))


def match_expression(text: str) -> str | None:
    """Every word must match (as a prefix), in its own script or transliterated; None if the
    input has no words."""
    terms = [_group(_alternatives(word)) for word in words(text)]
    if not terms:
        return None
    return " AND ".join(terms)


def notes_expressions(text: str) -> tuple[str, str | None] | None:
    """For the notes index: (first try, fallback). Words before the last are taken as typed in
    full (exact words match lazily, newest first, however common). The last word may still be
    being typed: up to 3 letters it is a prefix (served by the prefix index); longer, the first
    try matches it as a whole word and the fallback as a prefix (which FTS5 has to gather in
    full, so it is only run when the first try finds too little). None if there are no words."""
    found = words(text)
    if not found:
        return None
    exact = [_group(_alternatives(word, prefix=False)) for word in found]
    last = found[-1]
    if _letters(last) <= 3:
        exact[-1] = _group(_alternatives(last))
        return " AND ".join(exact), None
    first = " AND ".join(exact)
    prefixed = exact[:-1] + [_group(_alternatives(last))]
    return first, " AND ".join(prefixed)


def _group(alternatives: list[str]) -> str:
    return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"


_REFERENCE = re.compile(r"[A-Za-z]{1,3}-\d{2,4}(?:-\d{0,8})?")


def reference_prefix(text: str) -> str | None:
    """'c-2026-00' -> 'C-2026-00' when the input looks like (the start of) a file reference."""
    if not isinstance(text, str):
        return None
    candidate = text.strip()
    if len(candidate) <= 20 and _REFERENCE.fullmatch(candidate):
        return candidate.upper()
    return None


def names_expression(text: str) -> str | None:
    """The same, limited to the name columns of search_names (not the consonant keys)."""
    inner = match_expression(text)
    return None if inner is None else "{name folded} : (" + inner + ")"


def candidate_expression(names: list[str], *, max_terms: int = 40) -> str | None:
    """For the conflict check: any folded word of any name or any consonant key (a misspelt
    word usually keeps its consonants). Broad on purpose; candidates are scored in Python."""
    folded_terms: list[str] = []
    key_terms: list[str] = []
    for name in names:
        for word in fold(name).split():
            if len(word) >= 2:
                folded_terms.append(quote(word[:MAX_WORD_CHARS]))
            key = skeleton(word)
            if len(key) >= 3:  # shorter keys ("ln", "mr") would match a good part of the index
                key_terms.append(quote(key[:MAX_WORD_CHARS]))
    folded_terms = list(dict.fromkeys(folded_terms))[:max_terms]
    key_terms = list(dict.fromkeys(key_terms))[:max_terms]
    parts = []
    if folded_terms:
        parts.append("({name folded} : (" + " OR ".join(folded_terms) + "))")
    if key_terms:
        parts.append("(keys : (" + " OR ".join(key_terms) + "))")
    return " OR ".join(parts) or None
