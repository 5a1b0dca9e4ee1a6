"""Finding the people on record whose names match a set of names: the shared core of the
conflict check and safety screening.

Two passes, so a check over tens of thousands of names stays fast:
1. candidates from the name index: any shared (folded) word or consonant key; their stored
   folded forms are scored in Python against the names asked about (fuzzy, transliteration,
   word order), keeping those that could reach the threshold with a date of birth in agreement;
2. the few left are read with their names as written, date of birth, party role and whether
   the user may see the file, and scored again with the date of birth.
The best score per client or party is kept. Runs inside a db.read/db.write function.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Sequence

from rapidfuzz import fuzz, process

from assist_desktop.domain.name_matching import (REPORT_THRESHOLD, PersonMatch, PreparedName,
                                                 compare_people, compare_prepared)
from assist_desktop.storage.fts_query import candidate_expression
from assist_desktop.storage.search_index import NAME_SEPARATOR, PARTY
from assist_desktop.storage.search_repository import SearchRepository

MAX_CANDIDATES = 20_000
MAX_MATCHES = 100
DOB_HEADROOM = 8.0  # the most a matching date of birth adds (domain.name_matching)


@dataclass(frozen=True)
class FoundRecord:
    record_kind: str            # "client" or "party"
    client_id: int              # the client, or the file the party is in
    party_id: int | None
    party_role: str | None
    visible: bool               # may the user see that file?
    match: PersonMatch
    query_name_index: int       # which of the searched names matched


def _first_pass(query: list[PreparedName], rows: list[tuple], cutoff: float,
                max_scored: int | None = None) -> list[int]:
    """Rowids of index rows with a name that may score `cutoff` or more against the query.

    rapidfuzz's C loops pick out the lines worth a full comparison: each rule of
    compare_prepared that can reach the cutoff implies one of these tests (with a margin),
    then compare_prepared decides on those lines only (with `max_scored`, on that many at most,
    the most alike as spelled first: the search box's budget; the conflict check scores all)."""
    if not rows:
        return []
    folded_lines, key_lines, owners = [], [], []
    for position, row in enumerate(rows):
        for line, key in zip(row[4].split(NAME_SEPARATOR), row[5].split(NAME_SEPARATOR)):
            folded_lines.append(line)
            key_lines.append(key)
            owners.append(position)
    compact_lines = [line.replace(" ", "") for line in folded_lines]
    spelled = max(0.0, cutoff / 0.97 - 2)   # "similar spelling" scores 0.97 x the ratio
    sounded = max(0.0, cutoff / 0.88 - 2)   # "similar-sounding" scores 0.88 x the ratio
    maybe: set[int] = set()
    for q in query:
        for choices, text, scorer, floor in (
                (folded_lines, q.folded, fuzz.token_set_ratio, 99.9),  # same words, or subset
                (folded_lines, q.folded, fuzz.token_sort_ratio, spelled),
                (compact_lines, q.compact, fuzz.ratio, spelled),
                (key_lines, q.skeleton_text, fuzz.ratio, sounded),
                (key_lines, q.skeleton_text, fuzz.token_set_ratio, 99.9)):  # sounds within
            for _choice, _score, index in process.extract(text, choices, scorer=scorer,
                                                          score_cutoff=floor, limit=None):
                maybe.add(index)
        if len(q.words) >= 2:  # "two or more names in common"
            wanted = set(q.words)
            maybe.update(i for i, line in enumerate(folded_lines)
                         if len(wanted.intersection(line.split())) >= 2)
    ordered = sorted(maybe)
    if max_scored is not None and len(ordered) > max_scored:
        likeness = {i: max(fuzz.token_sort_ratio(q.folded, folded_lines[i]) for q in query)
                    for i in ordered}
        ordered = sorted(sorted(ordered, key=likeness.__getitem__, reverse=True)[:max_scored])
    keep: set[int] = set()
    for index in ordered:
        if owners[index] in keep:
            continue
        stored = PreparedName.of(folded_lines[index], folded_lines[index], key_lines[index])
        if any(compare_prepared(q, stored).score >= cutoff for q in query):
            keep.add(owners[index])
    return [int(rows[position][0]) for position in sorted(keep)]


def _index_order(row) -> int:
    return row.rowid


def find_people(conn, names: Sequence[str], date_of_birth: date | None, user_id: int, *,
                repository: SearchRepository | None = None,
                party_roles: tuple[str, ...] | None = None, exclude_roles: tuple[str, ...] = (),
                include_clients: bool = True, threshold: float = REPORT_THRESHOLD,
                max_candidates: int = MAX_CANDIDATES, max_scored: int | None = None
                ) -> list[FoundRecord]:
    repo = repository or SearchRepository()
    names = [n for n in names if isinstance(n, str) and n.strip()]
    expression = candidate_expression(names)
    if expression is None:
        return []
    query = [PreparedName.of(name) for name in names]
    parties_only = not include_clients or party_roles is not None
    rows = [row for row in repo.name_keys(conn, expression, max_candidates)
            if not (parties_only and int(row[1]) < PARTY)]
    # A matching date of birth can lift a client's score; a party has none.
    with_dob, without = [], []
    for row in rows:
        (with_dob if date_of_birth is not None and int(row[1]) < PARTY else without).append(row)
    survivors = (_first_pass(query, with_dob, threshold - DOB_HEADROOM, max_scored)
                 + _first_pass(query, without, threshold, max_scored))
    best: dict[tuple[str, int], FoundRecord] = {}
    candidates = repo.name_candidates(conn, survivors, user_id, party_roles=party_roles,
                                      exclude_roles=exclude_roles)
    # In index order: of a client's name and her alias scoring the same, the first is shown
    # whatever order the query gives them in (the import's batched look-up does the same).
    for row in sorted(candidates, key=_index_order):
        is_party = row.kind >= PARTY  # no client here unless include_clients: see `rows`
        stored = [PreparedName.of(name, row.folded[i] if i < len(row.folded) else None,
                                  row.keys[i] if i < len(row.keys) else None)
                  for i, name in enumerate(row.names)]
        match = compare_people(query, stored, date_of_birth, row.date_of_birth)
        if match.score < threshold:
            continue
        key = ("party", row.owner_id) if is_party else ("client", row.client_id)
        found = best.get(key)
        if found is None or match.score > found.match.score:
            best[key] = FoundRecord(
                record_kind=key[0], client_id=row.client_id,
                party_id=row.owner_id if is_party else None, party_role=row.party_role,
                visible=row.visible, match=match,
                query_name_index=names.index(match.query_name) if match.query_name in names else 0)
    ordered = sorted(best.values(), key=lambda f: (-f.match.score, f.record_kind, f.client_id,
                                                   f.party_id or 0))
    return ordered[:MAX_MATCHES]
