"""find_people for many people at once: the import's conflict check on every row.

`BatchLookup(conn, user_id).find(names, date_of_birth)` gives, for each person, exactly what
`name_lookup.find_people(conn, names, date_of_birth, user_id)` gives (same records, scores,
reasons, names matched and order; a test holds the two to it), but a spreadsheet of 5,000
rows shares its names (the same given and family names, spelled the same ways, over and over),
so the work is done once per distinct piece and kept for the rest of the import:
- the name index is asked once per folded word (the rows a name's words find, put together,
  are the rows find_people's one query over all its words finds);
- a name is scored against a stored name once (the first pass's rapidfuzz tests in C over
  the stored names not seen yet, then compare_prepared on those it lets through), and the
  second pass reuses the score (only the "same name" wording depends on the names as written);
- an index row's names as written, date of birth, role and visibility are read once, in
  chunks; the best pair of names for a set of names and an index row is kept, and each
  person's date of birth is applied to it as compare_people does.
Only the conflict check's defaults (every client and party, the report threshold) are
offered. Valid inside one transaction: nothing may be written to the index meanwhile.
"""
from __future__ import annotations

from datetime import date
from typing import Sequence

from rapidfuzz import fuzz, process

from assist_desktop.domain.name_matching import (REPORT_THRESHOLD, NameScore, PersonMatch,
                                                 PreparedName, compare_prepared,
                                                 dob_adjustment)
from assist_desktop.services.name_lookup import (DOB_HEADROOM, MAX_CANDIDATES, MAX_MATCHES,
                                                 FoundRecord)
from assist_desktop.storage.fts_query import candidate_expression
from assist_desktop.storage.search_index import NAME_SEPARATOR, PARTY
from assist_desktop.storage.search_repository import NameCandidate, SearchRepository

MAX_TERMS = 40          # fts_query.candidate_expression's own limit on words asked about
CHUNK = 500             # index rows read at once


class BatchLookup:
    def __init__(self, conn, user_id: int, repository: SearchRepository | None = None):
        self._conn, self._user = conn, user_id
        self._repo = repository or SearchRepository()
        self._index_rows: dict[int, tuple] = {}             # rowid -> (rowid, kind, ..., keys)
        self._lines: dict[int, tuple[tuple[str, str], ...]] = {}   # rowid -> (folded, key)s
        self._by_word: dict[str, frozenset[int] | None] = {}
        # (name, cutoff) -> (line -> let through?, rows tested, rows with a line let through)
        self._line_rows: dict[tuple[str, str], set[int]] = {}      # line -> rowids
        self._flags: dict[tuple[int, float], tuple[set, set, set, set]] = {}
        self._names: dict[str, tuple[int, PreparedName]] = {}     # name -> (number, forms)
        self._scores: dict[tuple[int, tuple[str, str]], NameScore] = {}
        self._candidates: dict[int, NameCandidate | None] = {}
        self._pairs: dict[tuple[int, int], PersonMatch | None] = {}
        self._row_forms: dict[int, tuple] = {}
        self._kept: dict[tuple, list[int] | None] = {}
        self._rows_kept: dict[tuple, list[tuple[NameCandidate, PersonMatch]]] = {}
        self._results: dict[tuple, list[FoundRecord]] = {}   # people without a date of birth          # (names, has a dob, threshold) -> rows

    # --- the people ---------------------------------------------------------------------------
    def find(self, names: Sequence[str], date_of_birth: date | None,
             threshold: float = REPORT_THRESHOLD) -> list[FoundRecord]:
        names = [n for n in names if isinstance(n, str) and n.strip()]
        key = (tuple(names), date_of_birth is not None, threshold)
        if date_of_birth is None and key in self._results:
            return list(self._results[key])          # the same names, no date: the same result
        best: dict[tuple[str, int], FoundRecord] = {}
        for row, pair in self._people(key):
            if date_of_birth is None or row.date_of_birth is None:
                match = pair        # compare_people: no points, no words (threshold met)
            else:
                points, note = dob_adjustment(date_of_birth, row.date_of_birth)
                score = max(0.0, min(100.0, pair.score + points))
                if score < threshold:
                    continue
                match = PersonMatch(score, pair.reason, pair.query_name, pair.matched_name,
                                    note)
            is_party = row.kind >= PARTY
            owner = ("party", row.owner_id) if is_party else ("client", row.client_id)
            found = best.get(owner)
            if found is None or match.score > found.match.score:
                best[owner] = FoundRecord(
                    record_kind=owner[0], client_id=row.client_id,
                    party_id=row.owner_id if is_party else None, party_role=row.party_role,
                    visible=row.visible, match=match,
                    query_name_index=names.index(match.query_name)
                    if match.query_name in names else 0)
        ordered = sorted(best.values(), key=lambda f: (-f.match.score, f.record_kind,
                                                       f.client_id, f.party_id or 0))
        ordered = ordered[:MAX_MATCHES]
        if date_of_birth is None:
            self._results[key] = ordered
        return list(ordered)

    def _people(self, key: tuple) -> list[tuple[NameCandidate, PersonMatch]]:
        """For (names, has a date of birth, threshold): the rows the first pass keeps, in index
        order, each with compare_people's best pair of names before the date of birth is
        applied; rows that cannot reach the threshold even with a date in agreement left out."""
        if key not in self._rows_kept:
            names, has_dob, threshold = key
            query = [self._prepared(name) for name in names]
            survivors = self._survivors(list(names), query, has_dob, threshold) or []
            self._read_candidates(survivors)
            kept = []
            for rowid in sorted(survivors):      # index order, as find_people takes them
                row = self._candidates[rowid]
                if row is None:
                    continue
                pair = self._person(query, row)
                if pair is not None and pair.score > 0 and pair.score + (
                        DOB_HEADROOM if has_dob and row.date_of_birth else 0) >= threshold:
                    kept.append((row, pair))
            self._rows_kept[key] = kept
        return self._rows_kept[key]

    def _prepared(self, name: str) -> tuple[int, PreparedName]:
        """The name's comparison forms, and a number standing for it in the kept scores."""
        if name not in self._names:
            self._names[name] = (len(self._names), PreparedName.of(name))
        return self._names[name]

    def _survivors(self, names: list[str], query: list[tuple[int, PreparedName]],
                   has_dob: bool, threshold: float) -> list[int] | None:
        """The index rows the first pass keeps (None: the names have no word to look for)."""
        key = (tuple(names), has_dob, threshold)
        if key not in self._kept and candidate_expression(names) is None:
            self._kept[key] = None
        if key not in self._kept:
            # A matching date of birth can lift a client's score; a party has none.
            with_dob, without = [], []
            for rowid in self._rows_for(names):
                (with_dob if has_dob and int(self._index_rows[rowid][1]) < PARTY
                 else without).append(rowid)
            self._kept[key] = (self._first_pass(query, with_dob, threshold - DOB_HEADROOM)
                               + self._first_pass(query, without, threshold))
        return self._kept[key]

    def _person(self, query: list[tuple[int, PreparedName]], row: NameCandidate
                ) -> PersonMatch | None:
        """compare_people's best pair of names (before the date of birth), from kept pairs."""
        best: PersonMatch | None = None
        for name in query:
            pair = self._pair(name, row)
            if pair is not None and (best is None or pair.score > best.score):
                best = pair
        return best

    def _pair(self, q: tuple[int, PreparedName], row: NameCandidate) -> PersonMatch | None:
        """The first best of `name` against each of the row's names (None: it has none)."""
        key = (q[0], row.rowid)
        pair = self._pairs.get(key, self)
        if pair is not self:
            return pair
        name = q[1]
        best, best_name = None, ""
        for written, stored, line, folded in self._forms(row):
            if line is None or name.folded == folded:
                # the wording of "same name" depends on the names as written
                result = compare_prepared(name, PreparedName.of(written, *stored))
            else:
                result = self._scores.get((q[0], line)) or self._score(q, line)
            if best is None or result.score > best.score:
                best, best_name = result, written
        pair = None if best is None else PersonMatch(best.score, best.reason, name.original,
                                                     best_name)
        self._pairs[key] = pair
        return pair

    def _forms(self, row: NameCandidate) -> tuple[tuple, ...]:
        """Each of the row's names as written, its stored (folded, keys), the same as a line
        of the first pass (None if either is missing) and its folded words."""
        forms = self._row_forms.get(row.rowid)
        if forms is None:
            forms = []
            for i, written in enumerate(row.names):
                folded = row.folded[i] if i < len(row.folded) else None
                keys = row.keys[i] if i < len(row.keys) else None
                if folded is None or keys is None:
                    forms.append((written, (folded, keys), None, None))
                else:
                    forms.append((written, (folded, keys), (folded, keys),
                                  " ".join(folded.split())))
            forms = self._row_forms[row.rowid] = tuple(forms)
        return forms

    # --- the index rows -----------------------------------------------------------------------
    def _rows_for(self, names: list[str]) -> list[int]:
        words = [w for q in names for w in self._prepared(q)[1].words]
        if len(words) <= MAX_TERMS:
            found: set[int] = set()
            for word in dict.fromkeys(words):
                rows = self._word_rows(word)
                if rows is None:
                    break
                found |= rows
            else:
                if len(found) < MAX_CANDIDATES:
                    return sorted(found)
        # Too many words or rows to put together exactly: find_people's own query.
        return self._keep_rows(self._repo.name_keys(self._conn, candidate_expression(names),
                                                    MAX_CANDIDATES))

    def _word_rows(self, word: str) -> frozenset[int] | None:
        if word not in self._by_word:
            expression = candidate_expression([word])
            rows = ([] if expression is None else
                    self._repo.name_keys(self._conn, expression, MAX_CANDIDATES))
            self._by_word[word] = (None if len(rows) >= MAX_CANDIDATES
                                   else frozenset(self._keep_rows(rows)))
        return self._by_word[word]

    def _keep_rows(self, rows: list[tuple]) -> list[int]:
        for row in rows:
            rowid = int(row[0])
            if rowid not in self._index_rows:
                self._index_rows[rowid] = row
                self._lines[rowid] = tuple(zip(row[4].split(NAME_SEPARATOR),
                                               row[5].split(NAME_SEPARATOR)))
                for line in self._lines[rowid]:
                    self._line_rows.setdefault(line, set()).add(rowid)
        return [int(row[0]) for row in rows]

    def _read_candidates(self, rowids: list[int]) -> None:
        missing = [r for r in dict.fromkeys(rowids) if r not in self._candidates]
        for start in range(0, len(missing), CHUNK):
            chunk = missing[start:start + CHUNK]
            self._candidates.update(dict.fromkeys(chunk))
            for row in self._repo.name_candidates(self._conn, chunk, self._user):
                self._candidates[row.rowid] = row

    # --- the first pass, as name_lookup._first_pass decides it, line by line -------------------
    def _first_pass(self, query: list[tuple[int, PreparedName]], rowids: list[int],
                    cutoff: float) -> list[int]:
        """The rows with a stored name (a line) that some name's rapidfuzz tests let through
        and some name scores `cutoff` or more against. Each test and score is made once per
        name and line in the whole import."""
        if not rowids:
            return []
        wanted = set(rowids)
        lines = {line for rowid in wanted for line in self._lines[rowid]}
        states = []
        let_through: set[tuple[str, str]] = set()
        for qid, q in query:
            state = self._flags.get((qid, cutoff))
            if state is None:   # lines tested, let through, scored, scoring cutoff or more
                state = self._flags[(qid, cutoff)] = (set(), set(), set(), set())
            tested, through, _scored, _passing = state
            new = list(lines - tested)
            if new:
                through.update(line for line, ok in _prefilter(q, cutoff, new).items() if ok)
                tested.update(new)
            let_through |= through & lines
            states.append(state)
        if not let_through:
            return []
        passing: set[tuple[str, str]] = set()
        for (qid, q), (_tested, _through, scored, passes) in zip(query, states):
            for line in let_through - scored:
                scored.add(line)
                if self._score((qid, q), line).score >= cutoff:
                    passes.add(line)
            passing |= passes & let_through
        kept: set[int] = set()
        for line in passing:
            kept |= self._line_rows[line]
        return sorted(kept & wanted)

    def _score(self, q: tuple[int, PreparedName], line: tuple[str, str]) -> NameScore:
        key = (q[0], line)
        if key not in self._scores:
            stored = PreparedName.of(line[0], line[0], line[1])
            self._scores[key] = compare_prepared(q[1], stored)
        return self._scores[key]


def _prefilter(q: PreparedName, cutoff: float, lines: list[tuple[str, str]]
               ) -> dict[tuple[str, str], bool]:
    """name_lookup._first_pass's rapidfuzz tests for one name: may the line reach `cutoff`?"""
    folded = [line[0] for line in lines]
    keys = [line[1] for line in lines]
    compact = [line.replace(" ", "") for line in folded]
    spelled = max(0.0, cutoff / 0.97 - 2)
    sounded = max(0.0, cutoff / 0.88 - 2)
    maybe: set[int] = set()
    for choices, text, scorer, floor in (
            (folded, q.folded, fuzz.token_set_ratio, 99.9),
            (folded, q.folded, fuzz.token_sort_ratio, spelled),
            (compact, q.compact, fuzz.ratio, spelled),
            (keys, q.skeleton_text, fuzz.ratio, sounded),
            (keys, q.skeleton_text, fuzz.token_set_ratio, 99.9)):
        for _choice, _score, index in process.extract(text, choices, scorer=scorer,
                                                      score_cutoff=floor, limit=None):
            maybe.add(index)
    if len(q.words) >= 2:
        wanted = set(q.words)
        maybe.update(i for i, line in enumerate(folded)
                     if len(wanted.intersection(line.split())) >= 2)
    return {line: i in maybe for i, line in enumerate(lines)}
