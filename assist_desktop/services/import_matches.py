"""What an imported row may be a duplicate of, in words for the preview: a client or party
on record (the conflict check's matches, described as the conflict check describes them: a
record in a file the importer may not see is "a record in a restricted file", nothing more),
or another row of the same file.

Two rows of the file are alike when, after folding case, accents, script and word order
(domain.name_matching), one of the names of each is the same, they sound the same (the
same skeleton of two words or more), or they share two words of two letters or more (one
name with more names: "Nadia Husseini", "Nadia Al-Husseini"), and their dates of birth, where both are given,
are no more than a year apart. This is a blocking comparison (an index of keys, not every
pair), so 5,000 rows take milliseconds; the near spellings the conflict check catches between
two rows of one file are left to the conflict check once the first is on record.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from assist_desktop.domain.client_import import ImportRow
from assist_desktop.domain.name_matching import (PersonMatch, PreparedName, compare_people,
                                                 dob_adjustment)
from assist_desktop.services.conflict_check import ROLE_WORDS
from assist_desktop.services.name_lookup import FoundRecord

DANGEROUS = ("trafficker", "associate")


@dataclass(frozen=True)
class RowMatch:
    kind: str              # "client", "party", "restricted" or "row"
    description: str       # for people: who or what, and why
    score: float
    dangerous: bool = False    # a trafficker or associate
    other_row: int | None = None


def describe_found(found: FoundRecord, labels: tuple[dict, dict]) -> RowMatch:
    clients, parties = labels
    why = found.match.reason + (f"; {found.match.dob_note}" if found.match.dob_note else "")
    if not found.visible:
        return RowMatch("restricted", f"a record in a restricted file matches ({why})",
                        found.match.score)
    label = clients.get(found.client_id)
    reference = label.reference if label else "a file"
    if found.record_kind == "client":
        name = label.display_name if label else ""
        matched = found.match.matched_name
        if matched and matched != name:
            why = f"on record also as {matched}: {why}"   # an alias or another spelling
        return RowMatch("client", f"client {reference} {name} ({why})", found.match.score)
    name, role = parties.get(found.party_id, ("", found.party_role or "other"))
    word = ROLE_WORDS.get(role, "party")
    return RowMatch("party", f"the {word} {name} in the file of {reference} ({why})",
                    found.match.score, dangerous=role in DANGEROUS)


def _keys(prepared_names: Sequence[PreparedName]) -> set[tuple[str, str]]:
    keys = set()
    for prepared in prepared_names:
        if prepared.sorted_compact:
            keys.add(("same", prepared.sorted_compact))
        if len(prepared.skeletons) >= 2 and all(len(s) >= 2 for s in prepared.skeletons):
            keys.add(("sound", prepared.skeleton_text))
        words = sorted(set(prepared.words))
        if 2 <= len(words) <= 6:     # two names in common: "Nadia Husseini", "Nadia Al Husseini"
            keys.update(("pair", f"{a} {b}") for i, a in enumerate(words) for b in words[i + 1:]
                        if len(a) >= 2 and len(b) >= 2)
    return keys


def _with_dates(best: PersonMatch, one, two) -> PersonMatch:
    """compare_people(names, names, one, two) from compare_people(names, names)."""
    if best.score <= 0:
        return best
    points, note = dob_adjustment(one, two)
    return PersonMatch(max(0.0, min(100.0, best.score + points)), best.reason, best.query_name,
                       best.matched_name, note)


def _dates_agree(a: ImportRow, b: ImportRow) -> bool:
    one, two = a.client.date_of_birth, b.client.date_of_birth
    return one is None or two is None or abs(one.year - two.year) <= 1


def rows_alike(rows: Sequence[ImportRow]) -> dict[int, tuple[RowMatch, ...]]:
    """file row -> the earlier and later rows of the same file it looks like."""
    index: dict[tuple[str, str], list[ImportRow]] = {}
    pairs: dict[tuple[int, int], tuple[ImportRow, ImportRow]] = {}
    forms: dict[str, PreparedName] = {}        # each name folded once, however many rows have it
    names: dict[int, tuple[PreparedName, ...]] = {}
    written: dict[int, tuple[str, ...]] = {}
    for row in rows:
        if row.client is None:
            continue
        written[row.row] = row.names
        names[row.row] = tuple(forms[n] if n in forms else forms.setdefault(n, PreparedName.of(n))
                               for n in written[row.row])
        for key in _keys(names[row.row]):
            for other in index.setdefault(key, []):
                if other.row != row.row and _dates_agree(other, row):
                    pairs[(other.row, row.row)] = (other, row)
            index[key].append(row)
    found: dict[int, list[RowMatch]] = {}
    alike: dict[tuple, PersonMatch] = {}     # names of one row and of another: their best pair
    for (first, second), (a, b) in sorted(pairs.items()):
        key = (written[first], written[second])
        if key not in alike:
            alike[key] = compare_people(names[first], names[second])
        match = _with_dates(alike[key], a.client.date_of_birth, b.client.date_of_birth)
        why = match.reason or "similar names"
        if match.dob_note:
            why += f"; {match.dob_note}"
        found.setdefault(second, []).append(RowMatch(
            "row", f"row {first} of this file ({why})", match.score, other_row=first))
        found.setdefault(first, []).append(RowMatch(
            "row", f"row {second} of this file ({why})", match.score, other_row=second))
    return {row: tuple(matches) for row, matches in found.items()}
