"""The search box (and `assist-desktop search`): clients by name, alias, reference, the parties
in their files and the text of their notes.

Only staff with a casework role may search (an administrator who is not also a solicitor or
support worker gets PermissionDenied). Restricted files not naming the user, deleted records and,
for anyone who is not a solicitor, privileged notes are filtered out in SQL before snippets are
made. Any input returns a list (possibly empty), never an error.

A name is also looked up as the conflict check looks it up (services.name_lookup: the same
transliteration, fuzzy scoring and threshold), so a caller's spelling ("Lyudmila Kovalchik")
finds the file recorded in another script ("Людмила Ковальчук"): a person searching never
misses a file the conflict check would flag (that is how duplicate files of one woman begin).
Exact matches come first, then these close ones ("similar name"), best first, then notes.

Every client returned is a read of her file: one audit row each (action "search_result", entity
"client", her id; never the query). The rows are written right after the answer, not before it:
the search job queues their write on the database's owner thread (Database.later) before it
returns, so they are committed (the same rows, chain and anchor as any other write) before
anything else is asked of the database: the next search, any save, export or backup, lock, close
and the program's exit. Committing first would cost more than the search itself (a commit with
its fsync, under the audit chain's HMAC). What a kill -9 or power cut in the milliseconds
between the answer and its commit can lose is said in docs/SECURITY.md. If that write fails, the
clients shown are owed: the next search writes them ("recorded late") before its answer, and
fails, showing nothing, while the log cannot be written.

Search as you type shows the same women keystroke after keystroke: a client already shown to
this person in this session in the last AUDIT_AGAIN_AFTER seconds is not recorded again. Names
saved since the last search are indexed first, in one transaction with the search and its audit
rows (that answer waits for its commit: it needed a write anyway).
"""
from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass
from datetime import date

from assist_desktop.domain.errors import PermissionDenied
from assist_desktop.services.name_lookup import FoundRecord, find_people
from assist_desktop.storage.fts_query import (match_expression, names_expression,
                                              notes_expressions, reference_prefix, words)
from assist_desktop.storage.search_index import (CLIENT, CLIENT_ALIAS, PARTY, PARTY_ALIAS,
                                                 SearchIndex)
from assist_desktop.storage.search_repository import (HIGHLIGHT_END, HIGHLIGHT_START,
                                                      SearchRepository)

log = logging.getLogger(__name__)

MAX_LIMIT = 500
RECORDED_LATE = "recorded late"   # detail of rows owed by an answer whose record failed
AUDIT_AGAIN_AFTER = 300.0      # seconds before a client shown again is recorded again
CLOSE_MIN_LETTERS = 4          # "ol", "mai": still being typed, not yet a name to match
MAX_NAME_QUERY = 200
MAX_CLOSE_SCORED = 150         # names scored in full for close matches (the most alike as
                               # spelled; the conflict check scores every one that may match)
_CONTROL = re.compile(r"[\x00-\x01\x04-\x1f\x7f]+")


@dataclass(frozen=True)
class Snippet:
    """A piece of matching text: plain `text` plus (start, end) spans of the matched words."""
    source: str                 # "name", "alias", "party", "party alias", "note"
    text: str
    highlights: tuple[tuple[int, int], ...]
    party_id: int | None = None
    party_role: str | None = None
    note_id: int | None = None
    note_date: date | None = None


@dataclass(frozen=True)
class ClientSearchResult:
    """One client that matched, reference first (what the command line prints)."""
    reference: str
    display_name: str
    client_id: int
    restricted: bool
    safety_flags: frozenset[str]
    matched_in: tuple[str, ...]
    snippets: tuple[Snippet, ...]

    def line(self) -> str:
        return f"{self.reference}\t{self.display_name}"


def parse_snippet(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Text with highlight markers -> (plain text, highlight spans); control characters become
    spaces so a snippet prints on one line."""
    text_parts: list[str] = []
    spans: list[tuple[int, int]] = []
    position, start = 0, None
    for piece in re.split(f"([{HIGHLIGHT_START}{HIGHLIGHT_END}])", marked or ""):
        if piece == HIGHLIGHT_START:
            start = position
        elif piece == HIGHLIGHT_END:
            if start is not None and position > start:
                spans.append((start, position))
            start = None
        else:
            clean = _CONTROL.sub(" ", piece)
            text_parts.append(clean)
            position += len(clean)
    return "".join(text_parts), tuple(spans)


_NAME_SOURCE = {CLIENT: "name", CLIENT_ALIAS: "alias", PARTY: "party", PARTY_ALIAS: "party alias"}


class SearchService:
    def __init__(self, db, session, audit, repository: SearchRepository | None = None,
                 index: SearchIndex | None = None, clock=time.monotonic):
        self._db, self._session, self._audit = db, session, audit
        self._repo = repository or SearchRepository()
        self._index = index or SearchIndex()
        self._clock = clock
        self._audited: dict[int, float] = {}     # client id -> when last recorded as shown
        self._unrecorded: list[int] = []         # shown, but their record failed: owed
        self._lock = threading.Lock()

    def _require_casework(self) -> None:
        if not self._session.has_casework_role:
            raise PermissionDenied("Searching case files needs a solicitor or support worker role.")

    def search(self, query: str, limit: int = 50, *, close: bool = True
               ) -> list[ClientSearchResult]:
        """Clients matching every word of `query`: a file reference (its start), names and
        aliases of clients and of the parties in their files (every word as a prefix, in any
        script), best matches first; then files with a close name (as the conflict check finds
        them), best first; then clients with matching notes (words as typed, the last one as a
        prefix), most recent first. At most `limit` clients, reference first.

        Without `close`, no close names: what the search box shows at once, within a frame,
        before asking again with them (they can take a few times longer on a big centre)."""
        self._require_casework()
        limit = max(1, min(int(limit), MAX_LIMIT))
        text = query if isinstance(query, str) else ""
        if match_expression(text) is None:
            return []
        user_id, see_privileged = self._session.user_id, self._session.is_solicitor

        def search(conn):
            if self._index.has_pending(conn):
                return None                     # names to index first: that needs a write
            found = run_search(conn, text, user_id, see_privileged, limit, self._repo,
                               close=close)
            due, owed = self._due(found), list(self._unrecorded)
            try:
                if owed:       # the last record failed: this one is written before the answer
                    self._db.write(self._record, due)
                elif due:      # recorded right after the answer, before any other job
                    self._db.later(self._record, due, write=True,
                                   failed=lambda error: self._not_recorded(due, [], True))
            except BaseException:
                self._not_recorded(due, owed, False)
                raise
            return found

        state: dict = {}

        def sync_search_and_audit(conn):
            self._index.sync(conn)
            found = run_search(conn, text, user_id, see_privileged, limit, self._repo,
                               close=close)
            state["due"], state["owed"] = self._due(found), list(self._unrecorded)
            self._record(conn, state["due"])
            return found
        with self._lock:
            found = self._db.read(search)
            if found is None:
                try:
                    found = self._db.write(sync_search_and_audit)
                except BaseException:   # no job of this service is left on the owner thread
                    if "due" in state:
                        self._not_recorded(state["due"], state["owed"], False)
                    raise
            return found

    # --- the audit record of what was shown (on the owner thread) ---------------------
    def _due(self, results) -> list[int]:
        """Clients in `results` not recorded as shown to this person in the last while,
        marked as recorded from now (unmarked again if their record does not commit)."""
        now, audited = self._clock(), self._audited
        due = [r.client_id for r in results if r.client_id not in audited
               or now - audited[r.client_id] >= AUDIT_AGAIN_AFTER]
        audited.update((client_id, now) for client_id in due)
        return due

    def _record(self, conn, due: list[int]) -> None:
        """Inside a write: the rows of `due`, after those owed by an earlier answer whose
        record failed (detail "recorded late"). Nothing is owed from here on, unless the
        transaction does not commit (then _not_recorded puts it back)."""
        self._audit.record_many(conn, "search_result", "client", self._unrecorded,
                                RECORDED_LATE)
        self._audit.record_many(conn, "search_result", "client", due)
        self._unrecorded = []

    def _not_recorded(self, due: list[int], owed: list[int], shown: bool) -> None:
        """A record did not commit: what was owed before still is; `due` is unmarked, and
        owed too when it was shown already (a write-behind that failed): recorded before the
        next answer is given (that search fails, showing nothing, while it still cannot)."""
        self._unrecorded = list(owed)
        for client_id in due:
            self._audited.pop(client_id, None)
        if shown:
            self._unrecorded.extend(c for c in due if c not in self._unrecorded)
            log.warning("search results shown were not yet recorded in the audit log")


def close_names(conn, query: str, user_id: int, repo: SearchRepository) -> list[FoundRecord]:
    """Files the conflict check would flag for `query` taken as a name (other spellings and
    scripts, typos, word order; services.name_lookup with the same threshold), best first,
    only those the user may see. Nothing for a query shorter than a name. To stay within a
    keystroke, at most MAX_CLOSE_SCORED names are scored in full, the most alike as spelled
    (a common name alone, "Mama", may be in thousands); the conflict check scores them all."""
    if sum(len(word) for word in words(query)) < CLOSE_MIN_LETTERS:
        return []
    found = find_people(conn, [query[:MAX_NAME_QUERY]], None, user_id, repository=repo,
                        max_scored=MAX_CLOSE_SCORED)
    return [f for f in found if f.visible]


def run_search(conn, query: str, user_id: int, see_privileged: bool, limit: int,
               repo: SearchRepository | None = None, *, close: bool = True
               ) -> list[ClientSearchResult]:
    """The search itself, on one connection (the service runs it on the owner thread; the
    benchmark runs the very same function on an unencrypted copy, and without `close` names
    to measure what they cost)."""
    repo = repo or SearchRepository()
    notes_exprs, names_expr = notes_expressions(query), names_expression(query)
    if notes_exprs is None or names_expr is None:
        return []
    order: list[int] = []
    seen: set[int] = set()

    def add(client_id: int) -> None:
        if client_id not in seen:
            seen.add(client_id)
            order.append(client_id)

    reference = reference_prefix(query)
    if reference:
        for client_id in repo.clients_by_reference(conn, reference, user_id, limit):
            add(client_id)
    name_hits = repo.search_names(conn, names_expr, user_id, limit * 4)
    for hit in name_hits:
        add(hit.client_id)
    close_found = [] if not close or reference or len(order) >= limit else \
        close_names(conn, query, user_id, repo)
    for found in close_found:
        add(found.client_id)
    note_hits, notes_expr = [], notes_exprs[0]
    for expression in notes_exprs:
        if expression is None or len(order) >= limit:
            break
        notes_expr = expression
        note_hits = repo.search_notes(conn, expression, user_id, see_privileged, limit * 2)
        if len({h.client_id for h in note_hits} - seen) >= limit - len(order):
            break
    for hit in note_hits:
        add(hit.client_id)
    order = order[:limit]
    shown = set(order)
    first_note: dict[int, int] = {}
    for hit in note_hits:
        if hit.client_id in shown and hit.client_id not in first_note:
            first_note[hit.client_id] = hit.note_id
    note_text = repo.note_snippets(conn, notes_expr, list(first_note.values()),
                                   {hit.note_id for hit in note_hits if hit.sealed})
    labels = repo.client_labels(conn, order)
    parties = repo.party_labels(conn, [h.owner_id for h in name_hits
                                       if h.kind in (PARTY, PARTY_ALIAS)])
    snippets: dict[int, list[Snippet]] = {cid: [] for cid in order}
    for hit in name_hits:
        if hit.client_id not in shown:
            continue
        text, spans = parse_snippet(hit.snippet)
        party_id = hit.owner_id if hit.kind in (PARTY, PARTY_ALIAS) else None
        role = parties.get(party_id, (None, None))[1] if party_id else None
        snippets[hit.client_id].append(Snippet(_NAME_SOURCE[hit.kind], text, spans,
                                               party_id=party_id, party_role=role))
    named = {cid for cid in shown if snippets[cid]}     # found by the words of a name
    for found in close_found:
        if found.client_id in shown and found.client_id not in named:
            named_as = found.match.matched_name
            source = "similar party name" if found.party_id is not None else "similar name"
            snippets[found.client_id].append(Snippet(
                source, named_as, ((0, len(named_as)),), party_id=found.party_id,
                party_role=found.party_role))
    for hit in note_hits:
        if first_note.get(hit.client_id) != hit.note_id:
            continue
        text, spans = parse_snippet(note_text.get(hit.note_id, ""))
        snippets[hit.client_id].append(Snippet("note", text, spans, note_id=hit.note_id,
                                               note_date=hit.note_date))
    results = []
    for client_id in order:
        label = labels.get(client_id)
        if label is None:
            continue
        matched = [s.source for s in snippets[client_id]]
        if reference and label.reference.startswith(reference):
            matched.insert(0, "reference")
        results.append(ClientSearchResult(
            reference=label.reference, display_name=label.display_name, client_id=client_id,
            restricted=label.restricted, safety_flags=label.safety_flags,
            matched_in=tuple(dict.fromkeys(matched)), snippets=tuple(snippets[client_id][:5])))
    return results
