"""Finding the people on record whose names match a set of names: the shared core of the
conflict check and safety screening.

Candidates come from the name index (any shared word or consonant key); each is scored in
Python with domain.name_matching (fuzzy, transliteration, word order, date of birth), and the
best score per client or party is kept. Runs inside a db.read/db.write function.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Sequence

from assist_desktop.domain.name_matching import REPORT_THRESHOLD, PersonMatch, compare_people
from assist_desktop.storage.fts_query import candidate_expression
from assist_desktop.storage.search_index import PARTY
from assist_desktop.storage.search_repository import SearchRepository

MAX_CANDIDATES = 3000
MAX_MATCHES = 100


@dataclass(frozen=True)
class FoundRecord:
    record_kind: str            # "client" or "party"
    client_id: int              # the client, or the file the party is in
    party_id: int | None
    party_role: str | None
    visible: bool               # may the user see that file?
    match: PersonMatch
    query_name_index: int       # which of the searched names matched


def find_people(conn, names: Sequence[str], date_of_birth: date | None, user_id: int, *,
                repository: SearchRepository | None = None,
                party_roles: tuple[str, ...] | None = None, exclude_roles: tuple[str, ...] = (),
                include_clients: bool = True, threshold: float = REPORT_THRESHOLD
                ) -> list[FoundRecord]:
    repo = repository or SearchRepository()
    names = [n for n in names if isinstance(n, str) and n.strip()]
    expression = candidate_expression(names)
    if expression is None:
        return []
    rows = repo.name_candidates(conn, expression, user_id, MAX_CANDIDATES,
                                party_roles=party_roles, exclude_roles=exclude_roles)
    best: dict[tuple[str, int], FoundRecord] = {}
    for row in rows:
        is_party = row.kind >= PARTY
        if not is_party and not include_clients:
            continue
        match = compare_people(names, list(row.names), date_of_birth, row.date_of_birth)
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
