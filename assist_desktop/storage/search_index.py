"""Keeping the name index (search_names) and party phone keys up to date.

Triggers (schema 4) queue every inserted or edited client, alias, party, party alias and party
phone in search_queue; `sync` computes the folded, transliterated and consonant-key forms in
Python (domain.name_matching) and writes them: `name` holds the names as written, one per
line; `folded` the same names folded (case, accents, script), one per line in the same order,
then joined-up forms of multi-word names; `keys` each name's consonant skeletons, one per line. Search and checks call `sync` first, inside a
write transaction, so they always see every saved name. Deletes never wait here: the triggers
remove the index rows in the same transaction as the delete.
"""
from __future__ import annotations

import logging
from typing import Iterable

from assist_desktop.domain.name_matching import name_forms, normalise_phone, PHONE_TAIL

log = logging.getLogger(__name__)

CLIENT, CLIENT_ALIAS, PARTY, PARTY_ALIAS, PARTY_PHONE = range(5)
ROWID_FACTOR = 8
NAME_SEPARATOR = "\n"  # between several names held in one index row
_BATCH = 500
COUNTRY_CODE = {"england-wales": "44", "scotland": "44", "ireland": "353"}


def name_rowid(kind: int, record_id: int) -> int:
    return record_id * ROWID_FACTOR + kind


def _chunks(items: list[int], size: int = _BATCH) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _marks(items: list) -> str:
    return ", ".join("?" for _ in items)


def _client_rows(conn, ids: list[int]):
    for chunk in _chunks(ids):
        for cid, given, family, preferred in conn.execute(
                f"SELECT id, given_names, family_name, preferred_name FROM clients "
                f"WHERE id IN ({_marks(chunk)})", chunk):
            full = " ".join(part for part in (given, family) if part)
            names = [n for n in dict.fromkeys((full, preferred)) if n]
            yield name_rowid(CLIENT, cid), names, CLIENT, cid, cid


def _client_alias_rows(conn, ids: list[int]):
    for chunk in _chunks(ids):
        for alias_id, client_id, name in conn.execute(
                f"SELECT id, client_id, name FROM client_aliases WHERE id IN ({_marks(chunk)})",
                chunk):
            yield name_rowid(CLIENT_ALIAS, alias_id), [name], CLIENT_ALIAS, client_id, client_id


def _party_rows(conn, ids: list[int]):
    for chunk in _chunks(ids):
        for party_id, client_id, name, organisation in conn.execute(
                f"SELECT id, client_id, name, organisation FROM parties "
                f"WHERE id IN ({_marks(chunk)})", chunk):
            names = [n for n in dict.fromkeys((name, organisation)) if n]
            yield name_rowid(PARTY, party_id), names, PARTY, party_id, client_id


def _party_alias_rows(conn, ids: list[int]):
    for chunk in _chunks(ids):
        for alias_id, party_id, client_id, name in conn.execute(
                f"SELECT a.id, a.party_id, p.client_id, a.name FROM party_aliases a "
                f"JOIN parties p ON p.id = a.party_id WHERE a.id IN ({_marks(chunk)})", chunk):
            yield name_rowid(PARTY_ALIAS, alias_id), [name], PARTY_ALIAS, party_id, client_id


_READERS = {CLIENT: _client_rows, CLIENT_ALIAS: _client_alias_rows, PARTY: _party_rows,
            PARTY_ALIAS: _party_alias_rows}


def _write_names(conn, kind: int, ids: list[int]) -> None:
    for chunk in _chunks(ids):
        conn.executemany("DELETE FROM search_names WHERE rowid = ?",
                         [(name_rowid(kind, i),) for i in chunk])
    rows = []
    for rowid, names, row_kind, owner_id, client_id in _READERS[kind](conn, ids):
        folded, keys = name_forms(names)
        rows.append((rowid, NAME_SEPARATOR.join(names), folded, keys, row_kind, owner_id, client_id))
    conn.executemany("INSERT INTO search_names (rowid, name, folded, keys, kind, owner_id, "
                     "client_id) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def _write_phones(conn, ids: list[int]) -> None:
    for chunk in _chunks(ids):
        conn.execute(f"DELETE FROM party_phone_keys WHERE phone_id IN ({_marks(chunk)})", chunk)
        rows = []
        for phone_id, party_id, client_id, number, jurisdiction in conn.execute(
                f"SELECT ph.id, ph.party_id, p.client_id, ph.number, c.jurisdiction "
                f"FROM party_phones ph JOIN parties p ON p.id = ph.party_id "
                f"JOIN clients c ON c.id = p.client_id WHERE ph.id IN ({_marks(chunk)})", chunk):
            digits = normalise_phone(number, COUNTRY_CODE.get(jurisdiction, "44"))
            if digits:
                rows.append((phone_id, party_id, client_id, digits, digits[-PHONE_TAIL:]))
        conn.executemany("INSERT INTO party_phone_keys (phone_id, party_id, client_id, digits, "
                         "tail) VALUES (?, ?, ?, ?, ?)", rows)


class SearchIndex:
    def pending(self, conn) -> int:
        return conn.execute("SELECT count(*) FROM search_queue").fetchone()[0]

    def has_pending(self, conn) -> bool:
        return conn.execute("SELECT EXISTS (SELECT 1 FROM search_queue)").fetchone()[0] == 1

    def sync(self, conn) -> int:
        """Index everything queued; returns how many records were indexed. Call in a write."""
        queued = conn.execute("SELECT kind, record_id FROM search_queue").fetchall()
        if not queued:
            return 0
        by_kind: dict[int, list[int]] = {}
        for kind, record_id in queued:
            by_kind.setdefault(kind, []).append(record_id)
        for kind, ids in sorted(by_kind.items()):
            if kind == PARTY_PHONE:
                _write_phones(conn, ids)
            else:
                _write_names(conn, kind, ids)
            for chunk in _chunks(ids):
                conn.execute(f"DELETE FROM search_queue WHERE kind = ? AND record_id IN "
                             f"({_marks(chunk)})", [kind, *chunk])
        log.debug("search index synchronised")
        return len(queued)

    def rebuild(self, conn) -> int:
        """Re-index everything (after a restore, or from `check --repair`). Call in a write."""
        conn.execute("DELETE FROM search_names")
        conn.execute("DELETE FROM party_phone_keys")
        conn.execute("INSERT INTO search_notes (search_notes) VALUES ('rebuild')")
        for kind, table in ((CLIENT, "clients"), (CLIENT_ALIAS, "client_aliases"),
                            (PARTY, "parties"), (PARTY_ALIAS, "party_aliases"),
                            (PARTY_PHONE, "party_phones")):
            conn.execute(f"INSERT OR IGNORE INTO search_queue (kind, record_id) "
                         f"SELECT ?, id FROM {table}", (kind,))
        return self.sync(conn)

    def integrity_problems(self, conn) -> list[str]:
        """FTS5's own consistency check of both indexes (external content included)."""
        problems = []
        for table in ("search_notes", "search_names"):
            try:
                conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
            except Exception as exc:  # noqa: BLE001 - reported, not raised
                problems.append(f"{table}: {type(exc).__name__}")
        return problems
