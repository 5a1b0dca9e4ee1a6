"""Queries over the search indexes (schema 4): full-text search for the search box, name
candidates for the conflict check and safety screening, and phone-number matches.

MATCH expressions come only from storage/fts_query.py. Full-text results are filtered in SQL
(restricted clients, deleted records, privileged notes) before snippets are made, so a snippet
never shows text the user may not see. The conflict-check queries deliberately see every file
and return a `visible` flag instead: the service reports an invisible match without its content.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from assist_desktop.storage import sealed_search
from assist_desktop.storage.client_repository import visible_client_sql
from assist_desktop.storage.connection import DatabaseError
from assist_desktop.storage.search_index import NAME_SEPARATOR

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
_SNIPPET = "char(2), char(3), '…'"
log = logging.getLogger(__name__)


def _match(conn, sql: str, params: dict) -> list[tuple]:
    """Run a MATCH query. fts_query only builds well-formed expressions; should FTS5 still
    reject one, the search finds nothing rather than failing (and the fault is logged)."""
    try:
        return conn.execute(sql, params).fetchall()
    except DatabaseError as exc:
        if "fts5" not in str(exc).lower():
            raise
        log.warning("full-text query rejected by FTS5")
        return []


@dataclass(frozen=True)
class NameHitRow:
    kind: int          # search_index.CLIENT / CLIENT_ALIAS / PARTY / PARTY_ALIAS
    owner_id: int      # the client (kinds 0, 1) or the party (kinds 2, 3)
    client_id: int
    snippet: str       # with HIGHLIGHT_START / HIGHLIGHT_END around matched words


@dataclass(frozen=True)
class NoteHitRow:
    note_id: int
    client_id: int
    note_date: date
    snippet: str
    sealed: bool = False     # found in the in-memory index of sealed notes (its snippet too)


@dataclass(frozen=True)
class ClientLabel:
    client_id: int
    reference: str
    display_name: str
    restricted: bool
    safety_flags: frozenset[str]


@dataclass(frozen=True)
class NameCandidate:
    kind: int
    owner_id: int
    client_id: int
    names: tuple[str, ...]
    folded: tuple[str, ...]      # one per name, as stored in the index
    keys: tuple[str, ...]        # one per name
    date_of_birth: date | None   # clients only
    party_role: str | None       # parties only
    visible: bool                # may the user see the file this name is in?
    rowid: int = 0               # the index row's id


def _json_ids(ids) -> str:
    """Record ids as one JSON array parameter (for `IN (SELECT value FROM json_each(?))`)."""
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def _date(text):
    return date.fromisoformat(text) if text else None


class SearchRepository:
    # --- the search box -----------------------------------------------------------------------
    def search_names(self, conn, expression: str, user_id: int, limit: int) -> list[NameHitRow]:
        rows = _match(
            conn,
            f"SELECT s.kind, s.owner_id, s.client_id, snippet(search_names, 0, {_SNIPPET}, 12) "
            f"FROM search_names s JOIN clients c ON c.id = s.client_id "
            f"WHERE search_names MATCH :q AND {visible_client_sql('c', ':me')} "
            f"AND (s.kind < 2 OR EXISTS (SELECT 1 FROM parties p WHERE p.id = s.owner_id "
            f"AND p.deleted_at IS NULL)) "
            f"ORDER BY s.rank LIMIT :limit",
            {"q": expression, "me": user_id, "limit": max(0, int(limit))})
        return [NameHitRow(int(k), int(o), int(c), snip.replace(NAME_SEPARATOR, " / "))
                for k, o, c, snip in rows]

    def search_notes(self, conn, expression: str, user_id: int, see_privileged: bool,
                     limit: int) -> list[NoteHitRow]:
        """Most recent first (rowid order lets FTS5 stop early on common words). Snippets are
        left empty: note_snippets makes them for the notes actually shown."""
        rows = _match(
            conn,
            f"SELECT n.id, n.client_id, n.note_date, '' "
            f"FROM search_notes s JOIN case_notes n ON n.id = s.rowid "
            f"JOIN clients c ON c.id = n.client_id "
            f"WHERE search_notes MATCH :q AND n.deleted_at IS NULL "
            f"AND (:privileged OR n.privileged = 0) AND {visible_client_sql('c', ':me')} "
            f"ORDER BY s.rowid DESC LIMIT :limit",
            {"q": expression, "me": user_id, "privileged": 1 if see_privileged else 0,
             "limit": max(0, int(limit))})
        found = [NoteHitRow(i, c, _date(d), snip) for i, c, d, snip in rows]
        # a full page of shared hits leaves room only for sealed notes more recent than its
        # last one: only those are looked for (and filtered below)
        after = found[-1].note_id if limit > 0 and len(found) >= limit else 0
        sealed_ids = sealed_search.index_for(conn).search(conn, expression, limit, after=after)
        if sealed_ids:     # sealed notes her keys open, filtered as above, merged in order
            # (the ids as one JSON parameter: the same SQL text every time, so SQLite keeps
            # the prepared statement instead of preparing one per number of ids)
            more = conn.execute(
                f"SELECT n.id, n.client_id, n.note_date FROM case_notes n "
                f"JOIN clients c ON c.id = n.client_id "
                f"WHERE n.id IN (SELECT value FROM json_each(:ids)) "
                f"AND n.deleted_at IS NULL AND (:privileged OR n.privileged = 0) "
                f"AND {visible_client_sql('c', ':me')}",
                {"ids": _json_ids(sealed_ids), "me": user_id,
                 "privileged": 1 if see_privileged else 0}).fetchall()
            found += [NoteHitRow(i, c, _date(d), "", True) for i, c, d in more]
            found.sort(key=lambda hit: hit.note_id, reverse=True)
            found = found[:max(0, int(limit))]
        return found

    def note_snippets(self, conn, expression: str, note_ids: list[int],
                      sealed_ids: frozenset[int] | set[int] = frozenset()) -> dict[int, str]:
        """Snippets for notes already found (and so already allowed) by search_notes; those in
        `sealed_ids` (hits from the index of sealed notes) are made there only: each id looked
        up in an index that does not hold it costs as much as one it holds."""
        shared = [n for n in note_ids if n not in sealed_ids]
        found: dict[int, str] = {}
        if shared:
            # One pass over the matches between the lowest and the highest id (the most recent
            # matches, which search_notes has just read), a snippet made only for the notes
            # asked for ("+rowid" keeps FTS5 from looking each id up on its own: every
            # look-up walks the doclists again, 50 of them cost ten times the pass).
            found = dict(_match(
                conn, f"SELECT rowid, snippet(search_notes, -1, {_SNIPPET}, 14) FROM "
                      f"search_notes WHERE search_notes MATCH :q AND rowid BETWEEN :lo AND :hi "
                      f"AND +rowid IN (SELECT value FROM json_each(:ids))",
                {"q": expression, "lo": min(shared), "hi": max(shared),
                 "ids": _json_ids(shared)}))
        missing = [n for n in note_ids if n not in found]
        if missing:
            found.update(sealed_search.index_for(conn).snippets(
                conn, expression, missing, (HIGHLIGHT_START, HIGHLIGHT_END)))
        return found

    def clients_by_reference(self, conn, prefix: str, user_id: int, limit: int) -> list[int]:
        """Visible clients whose reference starts with `prefix` (upper case), in order."""
        return [row[0] for row in conn.execute(
            f"SELECT c.id FROM clients c WHERE c.reference >= :lo AND c.reference < :hi "
            f"AND {visible_client_sql('c', ':me')} ORDER BY c.reference LIMIT :limit",
            {"lo": prefix, "hi": prefix + "\uffff", "me": user_id,
             "limit": max(0, int(limit))})]

    def client_labels(self, conn, client_ids: list[int]) -> dict[int, ClientLabel]:
        if not client_ids:
            return {}
        marks = ", ".join("?" for _ in client_ids)
        rows = conn.execute(
            f"SELECT c.id, c.reference, c.given_names, c.family_name, c.preferred_name, "
            f"EXISTS (SELECT 1 FROM client_restrictions r WHERE r.client_id = c.id), "
            f"(SELECT group_concat(f.flag) FROM client_safety_flags f WHERE f.client_id = c.id) "
            f"FROM clients c WHERE c.id IN ({marks})", list(client_ids)).fetchall()
        labels = {}
        for cid, reference, given, family, preferred, restricted, flags in rows:
            full = " ".join(part for part in (given, family) if part)
            labels[cid] = ClientLabel(cid, reference, preferred or full, bool(restricted),
                                      frozenset(flags.split(",")) if flags else frozenset())
        return labels

    def party_labels(self, conn, party_ids: list[int]) -> dict[int, tuple[str, str]]:
        """party id -> (name, role)."""
        if not party_ids:
            return {}
        marks = ", ".join("?" for _ in party_ids)
        return {pid: (name, role) for pid, name, role in conn.execute(
            f"SELECT id, name, role FROM parties WHERE id IN ({marks})", list(party_ids))}

    def client_jurisdiction(self, conn, client_id: int) -> str | None:
        row = conn.execute("SELECT jurisdiction FROM clients WHERE id = ?", (client_id,)).fetchone()
        return row[0] if row else None

    def party_client(self, conn, party_id: int) -> int | None:
        """The file (client id) a live party is in."""
        row = conn.execute("SELECT client_id FROM parties WHERE id = ? AND deleted_at IS NULL",
                           (party_id,)).fetchone()
        return row[0] if row else None

    # --- conflict check and safety screening ------------------------------------------------
    def name_keys(self, conn, expression: str, limit: int) -> list[tuple]:
        """First pass of a name lookup: (rowid, kind, owner id, client id, folded, keys) of the
        index rows matching `expression`; no joins, so thousands of rows cost a few ms."""
        return _match(conn, "SELECT rowid, kind, owner_id, client_id, folded, keys "
                            "FROM search_names WHERE search_names MATCH :q LIMIT :limit",
                      {"q": expression, "limit": max(0, int(limit))})

    def name_candidates(self, conn, rowids: list[int], user_id: int,
                        party_roles: tuple[str, ...] | None = None,
                        exclude_roles: tuple[str, ...] = ()) -> list[NameCandidate]:
        """Second pass: the index rows `rowids` with their names as written, the client's date
        of birth, the party's role and whether the user may see the file; rows of deleted
        records (and, if given, of parties in other roles) left out. Every file is searched:
        `visible` tells the caller what it may show."""
        if not rowids:
            return []
        params: dict = {"me": user_id}
        params.update({f"r{i}": rowid for i, rowid in enumerate(rowids)})
        clause = ""
        if party_roles is not None:
            clause += ("AND s.kind >= 2 AND p.role IN ("
                       + ", ".join(f":role{i}" for i in range(len(party_roles))) + ") ")
            params.update({f"role{i}": role for i, role in enumerate(party_roles)})
        if exclude_roles:
            clause += ("AND s.kind >= 2 AND p.role NOT IN ("
                       + ", ".join(f":xrole{i}" for i in range(len(exclude_roles))) + ") ")
            params.update({f"xrole{i}": role for i, role in enumerate(exclude_roles)})
        rows = conn.execute(
            f"SELECT s.rowid, s.kind, s.owner_id, s.client_id, s.name, s.folded, s.keys, "
            # a date of birth known only in part does not take part in matching
            f"CASE WHEN c.date_of_birth_precision = 'day' THEN c.date_of_birth END, p.role, "
            f"{visible_client_sql('c', ':me')} "
            f"FROM search_names s JOIN clients c ON c.id = s.client_id "
            f"LEFT JOIN parties p ON s.kind >= 2 AND p.id = s.owner_id "
            f"WHERE s.rowid IN ({', '.join(f':r{i}' for i in range(len(rowids)))}) "
            f"AND c.deleted_at IS NULL AND (s.kind < 2 OR p.deleted_at IS NULL) {clause}",
            params).fetchall()
        found = []
        for rowid, kind, owner, client, name, folded, keys, dob, role, visible in rows:
            names = tuple(name.split(NAME_SEPARATOR))
            found.append(NameCandidate(
                int(kind), int(owner), int(client), names,
                tuple(folded.split(NAME_SEPARATOR)[:len(names)]),
                tuple(keys.split(NAME_SEPARATOR)[:len(names)]),
                _date(dob) if int(kind) < 2 else None, role if int(kind) >= 2 else None,
                bool(visible), int(rowid)))
        return found

    def phone_matches(self, conn, tails: list[str], user_id: int,
                      party_roles: tuple[str, ...] | None = None,
                      exclude_roles: tuple[str, ...] = ()) -> list[tuple[int, int, str, str, bool]]:
        """(party id, client id, digits, role, visible) of live parties with a matching number."""
        tails = [t for t in dict.fromkeys(tails) if t]
        if not tails:
            return []
        marks = ", ".join(f":t{i}" for i in range(len(tails)))
        params: dict = {f"t{i}": t for i, t in enumerate(tails)}
        params["me"] = user_id
        clause = ""
        if party_roles is not None:
            clause += "AND p.role IN (" + ", ".join(f":r{i}" for i in range(len(party_roles))) + ") "
            params.update({f"r{i}": r for i, r in enumerate(party_roles)})
        if exclude_roles:
            clause += ("AND p.role NOT IN (" + ", ".join(f":x{i}" for i in range(len(exclude_roles)))
                       + ") ")
            params.update({f"x{i}": r for i, r in enumerate(exclude_roles)})
        return [(pid, cid, digits, role, bool(visible)) for pid, cid, digits, role, visible in conn.execute(
            f"SELECT k.party_id, k.client_id, k.digits, p.role, {visible_client_sql('c', ':me')} "
            f"FROM party_phone_keys k JOIN parties p ON p.id = k.party_id "
            f"JOIN clients c ON c.id = k.client_id "
            f"WHERE k.tail IN ({marks}) AND p.deleted_at IS NULL AND c.deleted_at IS NULL {clause}",
            params)]
