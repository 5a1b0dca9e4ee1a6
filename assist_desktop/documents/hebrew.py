"""Hebrew runs in visual order: ReportLab draws left to right and knows nothing of bidi.

Hebrew needs no shaping (its letters do not join), so a right-to-left run is drawn by
reversing it: letters with their points (niqqud, cantillation) move as one cluster, digit
sequences keep their left-to-right order, and paired brackets are mirrored.
"""
from __future__ import annotations

import re
import unicodedata

_HEBREW = "\u0590-\u05ff\ufb1d-\ufb4f"
HEBREW_CHAR = re.compile(f"[{_HEBREW}]")
_CLUSTER = re.compile(r"[0-9]+(?:[.,:][0-9]+)*|.[\u0591-\u05c7\u0300-\u036f]*", re.S)
MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def has_hebrew(text: str) -> bool:
    return bool(HEBREW_CHAR.search(text))


def is_hebrew_letter(char: str) -> bool:
    return bool(HEBREW_CHAR.match(char)) and unicodedata.category(char) == "Lo"


def visual(run: str) -> str:
    """A logical-order Hebrew run as characters to draw left to right."""
    return "".join(reversed(_CLUSTER.findall(run))).translate(MIRROR)
