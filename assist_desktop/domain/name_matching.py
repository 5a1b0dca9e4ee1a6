"""Matching people's names and phone numbers across spellings, scripts and word orders.

Pure functions used by the conflict check, safety screening and search:
- `fold(name)`: case-, diacritic- and script-insensitive form (Ольга -> olga, Nguyễn -> nguyen,
  O'Brien -> obrien, محمد -> mhmd), punctuation and emoji dropped.
- `skeleton(token)`: a consonant key that survives transliteration variants
  (Mohammed, Muhammad, Mohamed and محمد all give "mhmd").
- `compare_names(a, b)`: a score 0-100 with a plain-words reason.
- `compare_people(...)`: the best score over names and aliases, with date-of-birth agreement.
- `normalise_phone(number)`: digits in international form, for comparing numbers however written.
- `typed_as(typed, name)`: a name typed to confirm something destructive matches it (case
  and runs of spaces aside).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Sequence

from anyascii import anyascii
from rapidfuzz import fuzz

REPORT_THRESHOLD = 80.0  # scores at or above this are shown as possible matches
STRONG_THRESHOLD = 95.0  # the same name, however written
MAX_NAME_CHARS = 500

_APOSTROPHES = "'\u2019\u2018\u02bc\u02bb`\u00b4\u02b9\u02be\u02bf"
_NON_ALNUM = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_VOWELS = set("aeiouyj")
_DIGRAPHS = (("sch", "sh"), ("tch", "ch"), ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"),
             ("gh", "g"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("ch", "c"), ("sh", "s"),
             ("ou", "u"), ("oy", "u"), ("q", "k"), ("c", "k"), ("w", "v"), ("x", "ks"),
             ("z", "s"))


_ARABIC_ARTICLE = "\u0627\u0644"        # al- written joined to the next word
_TA_MARBUTA = "\u0629"                  # the final -a of Nadia, Fatima (anyascii gives "h")


def _syllabic(ch: str) -> bool:
    """A Han character or Hangul syllable: one syllable of a name, written without spaces
    (刘晓燕 is Liu Xiao Yan, however a caller spaces it)."""
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xAC00 <= code <= 0xD7AF


def _letters_only(text: str) -> str:
    """Keep letters, digits and combining marks; apostrophes join; anything else is a space.
    Han and Hangul syllables become words of their own; an Arabic article joined to a name
    (الحسيني) becomes a word of its own, as it is in Latin (Al Husseini)."""
    out = []
    text = unicodedata.normalize("NFKC", text[:MAX_NAME_CHARS * 4])
    for position, ch in enumerate(text):
        if ch in _APOSTROPHES:
            continue
        category = unicodedata.category(ch)
        if category[0] not in "LNM":
            out.append(" ")
        elif _syllabic(ch):
            out.append(f" {ch} ")
        elif ch == _TA_MARBUTA:
            out.append("a")
        elif (text.startswith(_ARABIC_ARTICLE, position) and
              (position == 0 or unicodedata.category(text[position - 1])[0] not in "LM") and
              len(text) > position + 3 and
              unicodedata.category(text[position + 3])[0] in "LM"):
            out.append(" a")            # the alef; the lam follows, then a space (below)
        elif (out and out[-1] == " a" and ch == _ARABIC_ARTICLE[1] and
              text[position - 1] == _ARABIC_ARTICLE[0]):
            out.append("l ")
        else:
            out.append(ch)
    return "".join(out)


def fold(text: str) -> str:
    """Lower-case ASCII words: diacritics removed, other scripts transliterated, punctuation gone."""
    if not text:
        return ""
    latin = anyascii(_letters_only(text)).lower()
    latin = _NON_ALNUM.sub("", latin.replace("-", " "))
    return _SPACES.sub(" ", latin).strip()


def tokens(text: str) -> list[str]:
    return fold(text).split()


def skeleton(token: str) -> str:
    """A consonant key for one folded token; the token itself if it has no consonants."""
    key = token
    for old, new in _DIGRAPHS:
        key = key.replace(old, new)
    consonants = [ch for ch in key if ch not in _VOWELS]
    collapsed = []
    for ch in consonants:
        if not collapsed or collapsed[-1] != ch:
            collapsed.append(ch)
    return "".join(collapsed) or token


def skeleton_key(text: str) -> str:
    """Skeletons of the name's words, sorted: word order does not matter."""
    return " ".join(sorted(skeleton(t) for t in tokens(text)))


@dataclass(frozen=True)
class NameScore:
    score: float
    reason: str

    @property
    def is_match(self) -> bool:
        return self.score >= REPORT_THRESHOLD


NO_MATCH = NameScore(0.0, "")


@dataclass(frozen=True)
class PreparedName:
    """A name's comparison forms, computed once (for a query) or read from the name index."""
    original: str
    words: tuple[str, ...]        # folded words, in order
    folded: str                   # " ".join(words)
    sorted_words: tuple[str, ...]
    compact: str                  # "".join(words)
    sorted_compact: str
    skeletons: tuple[str, ...]    # sorted skeletons of the words
    skeleton_text: str            # " ".join(skeletons)

    @classmethod
    def of(cls, name: str, folded: str | None = None, keys: str | None = None) -> "PreparedName":
        """From a name as written; `folded` / `keys` (as stored in the name index) skip the
        transliteration and skeleton work."""
        words = tuple((folded if folded is not None else fold(name)).split())
        if keys is not None and len(keys.split()) == len(words):
            skeletons = tuple(sorted(keys.split()))
        else:
            skeletons = tuple(sorted(skeleton(w) for w in words))
        ordered = tuple(sorted(words))
        return cls(name, words, " ".join(words), ordered, "".join(words), "".join(ordered),
                   skeletons, " ".join(skeletons))


def compare_prepared(a: PreparedName, b: PreparedName) -> NameScore:
    """compare_names on prepared forms (the conflict check scores thousands of these)."""
    ta, tb = a.words, b.words
    if not ta or not tb:
        return NO_MATCH
    if a.folded == b.folded:
        if a.original.strip() == b.original.strip():
            return NameScore(100.0, "same name")
        return NameScore(100.0, "same name written differently (case, accents or script)")
    if a.sorted_words == b.sorted_words:
        return NameScore(98.0, "same names in a different order")
    if a.compact == b.compact or a.sorted_compact == b.sorted_compact:
        return NameScore(96.0, "same name spaced differently")
    candidates = [NO_MATCH]   # the first of the best wins a tie, as listed here
    if len(ta) == len(tb) and a.skeletons == b.skeletons:
        candidates.append(NameScore(90.0, "spelling variant of the same name"))
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    small_set, large_set = set(small), set(large)
    if small_set <= large_set:
        if len(small) >= 2:
            candidates.append(NameScore(90.0, "same names, one with more names"))
        elif len(small[0]) >= 4:
            candidates.append(NameScore(82.0, "one name in common"))
    spelled = max(fuzz.token_sort_ratio(a.folded, b.folded), fuzz.ratio(a.compact, b.compact))
    if spelled >= 60:
        candidates.append(NameScore(round(float(spelled) * 0.97, 1), "similar spelling"))
    if len(ta) == len(tb) and min(len(a.skeleton_text), len(b.skeleton_text)) >= 3:
        sounded = fuzz.ratio(a.skeleton_text, b.skeleton_text)
        if sounded >= 85:
            candidates.append(NameScore(round(float(sounded) * 0.88, 1), "similar-sounding name"))
    if skeletons_within(a.skeletons, b.skeletons):
        candidates.append(NameScore(88.0, "spelling variant of the same names, one with more"))
    if len(small) >= 2 and len(small_set & large_set) >= 2:
        candidates.append(NameScore(85.0, "two or more names in common"))
    return max(candidates, key=_score)


def skeletons_within(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Every word of the shorter name sounds like a different word of the longer one (two words
    at least, each with two consonants or more): Nadia Husseini / نادية الحسيني."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < 2 or len(small) == len(large) or any(len(key) < 2 for key in small):
        return False
    left = list(large)
    for key in small:
        if key not in left:
            return False
        left.remove(key)
    return True


def _score(result: NameScore) -> float:
    return result.score


def compare_names(a: str, b: str) -> NameScore:
    """How alike two names are (0-100) and why, insensitive to case, accents, script and order."""
    return compare_prepared(PreparedName.of(a), PreparedName.of(b))


# --- people: several names each, and a date of birth ------------------------------------------
@dataclass(frozen=True)
class PersonMatch:
    score: float
    reason: str
    query_name: str      # which of the new person's names matched
    matched_name: str    # which of the existing person's names matched
    dob_note: str = ""

    @property
    def is_match(self) -> bool:
        return self.score >= REPORT_THRESHOLD


def dob_adjustment(a: date | None, b: date | None) -> tuple[float, str]:
    """Points added (or taken off) for date-of-birth agreement, and the words for it."""
    if a is None or b is None:
        return 0.0, ""
    if a == b:
        return 8.0, "same date of birth"
    if a.year == b.year and a.month == b.day and a.day == b.month:
        return 4.0, "date of birth with day and month swapped"
    if abs(a.year - b.year) <= 1:
        return 0.0, "date of birth differs"
    return -12.0, "date of birth differs"


def compare_people(names_a: Sequence[str | PreparedName], names_b: Sequence[str | PreparedName],
                   dob_a: date | None = None, dob_b: date | None = None) -> PersonMatch:
    """The best match over every pair of names (name and aliases), adjusted for date of birth.
    Names may be given prepared (PreparedName) to save the folding work."""
    prepared_a = [n if isinstance(n, PreparedName) else PreparedName.of(n) for n in names_a]
    prepared_b = [n if isinstance(n, PreparedName) else PreparedName.of(n) for n in names_b]
    best: PersonMatch | None = None
    for name_a in prepared_a:
        for name_b in prepared_b:
            result = compare_prepared(name_a, name_b)
            if best is None or result.score > best.score:
                best = PersonMatch(result.score, result.reason, name_a.original, name_b.original)
    if best is None or best.score <= 0:
        return PersonMatch(0.0, "", "", "")
    points, note = dob_adjustment(dob_a, dob_b)
    score = max(0.0, min(100.0, best.score + points))
    return PersonMatch(score, best.reason, best.query_name, best.matched_name, note)


# --- phone numbers ---------------------------------------------------------------------------
_TRUNK_AFTER = ("44", "353")  # "+44 (0)7700..." and "+353 (0)87...": drop the written trunk 0
PHONE_TAIL = 9


def normalise_phone(number: str, default_country_code: str = "44") -> str:
    """Digits in international form without '+': '07700 900123' -> '447700900123'.

    Returns '' when fewer than 6 digits are left (not a usable number).
    """
    if not number:
        return ""
    text = unicodedata.normalize("NFKC", str(number)[:100]).strip()
    digits = "".join(ch for ch in text if ch.isdigit() and ch.isascii())
    plus = text.startswith("+")
    if plus:
        pass
    elif digits.startswith("00"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = default_country_code + digits[1:]
    for code in _TRUNK_AFTER:
        if digits.startswith(code + "0"):
            digits = code + digits[len(code) + 1:]
            break
    return digits if len(digits) >= 6 else ""


def phone_tail(number: str, default_country_code: str = "44") -> str:
    """The last digits of a normalised number: the key numbers are compared on."""
    return normalise_phone(number, default_country_code)[-PHONE_TAIL:]


def phones_match(a: str, b: str, default_country_code: str = "44") -> bool:
    na, nb = normalise_phone(a, default_country_code), normalise_phone(b, default_country_code)
    if not na or not nb:
        return False
    if na == nb:
        return True
    return min(len(na), len(nb)) >= PHONE_TAIL and na[-PHONE_TAIL:] == nb[-PHONE_TAIL:]


def name_forms(names: Iterable[str]) -> tuple[str, str]:
    """(folded, keys) for a name-index row holding these names, one line per name in the same
    order (lines of `folded` past the names hold joined-up forms: "anna maria" -> "annamaria")."""
    folded, keys, joined = [], [], []
    for name in names:
        words = tokens(name)
        folded.append(" ".join(words))
        keys.append(" ".join(sorted(skeleton(word) for word in words)))
        if len(words) > 1:
            joined.append("".join(words))
    return "\n".join(folded + joined), "\n".join(keys)


def typed_as(typed: str, name: str) -> bool:
    """The name typed to confirm (a restore over a centre) is this one, whatever its case and
    spacing: strict otherwise, so that the person has read which centre it is."""
    return " ".join(str(typed).split()).casefold() == " ".join(name.split()).casefold()
