"""Search over sealed notes: an FTS5 index in memory, for this session only.

The shared index (search_notes) holds nothing of a sealed note (its title and body columns are
empty). For the person signed in, the sealed notes her keys open are indexed in an in-memory
database (never on disk). It is built in the background right after unlock (owner-thread jobs
of STEP notes each, so other calls go between them; a search that arrives first finishes what
is left), brought up to date when the sealed notes change (a counter kept by triggers: one row
read per search; then only the notes whose version or key label moved are decrypted again),
and dropped when the centre is locked. Its results are filtered like the shared
index's (deleted notes, privilege, restricted files) against the database at every search, and
merged with them in the same order (most recent first).
"""
from __future__ import annotations

import logging

from assist_desktop.storage import connection as cx
from assist_desktop.storage import sealed_records as sealed

log = logging.getLogger(__name__)


class _Build:
    """An index being built in steps (notes in id order, STEP at a time)."""

    def __init__(self, epoch):
        self.epoch = epoch
        self.todo: list[int] | None = None    # ids of sealed notes still to index
        self.known: dict[int, tuple] = {}     # id -> (version, key label) when listed
        self.opens: dict[str, bool] = {}
        # Used only on a database's owner thread, one call at a time; but the index outlives
        # an owner thread when the centre is reopened or re-keyed, and is then closed by the
        # next one.
        self.mem = cx.sqlcipher3.connect(":memory:", isolation_level=None,
                                         check_same_thread=False)
        # The same prefix indexes as the shared index: without them a short prefix ("m",
        # "ol") scans every term, which set the search's p95; with them the build is slower.
        self.mem.execute("CREATE VIRTUAL TABLE notes USING fts5(title, body, tokenize = "
                         "'unicode61 remove_diacritics 2', prefix = '2 3')")


class SealedNoteIndex:
    CATCH_UP_LIMIT = 2000              # more changed notes than this: build again in steps
    STEP = 250                         # notes decrypted and indexed per owner-thread job
                                       # (about 20 ms of CPU: what a call made meanwhile
                                       # may wait for)

    def __init__(self):
        self._mem = None
        self._signature = None     # sealed_note_epoch when built
        self._known: dict[int, tuple] = {}     # what the index holds: id -> (version, label)
        self._opens: dict[str, bool] = {}      # label -> whether it opened when indexed
        self._building: _Build | None = None
        self.builds = 0            # completed builds (what a test counts)
        self.catch_ups = 0         # updates of a built index after a change

    def close(self) -> None:
        if self._mem is not None:
            self._mem.close()
            self._mem = None
        self._signature, self._known, self._opens = None, {}, {}
        if self._building is not None:
            self._building.mem.close()
            self._building = None

    @staticmethod
    def _epoch(conn):
        return conn.execute("SELECT epoch FROM sealed_note_epoch WHERE id = 1").fetchone()[0]

    def _fresh(self, conn):
        """The index, current: a build under way (started at unlock) is finished here, so a
        search that arrives first waits only for what is left of it."""
        epoch = self._epoch(conn)
        if self._mem is None or epoch != self._signature:
            while self.step(conn, epoch):
                pass
        return self._mem

    def step(self, conn, epoch=None) -> bool:
        """One step of building the index (a background job on the owner thread, between
        other calls): True while more remains. A change to the sealed notes meanwhile
        starts the build again."""
        epoch = self._epoch(conn) if epoch is None else epoch
        if self._mem is not None and epoch == self._signature:
            return False
        if self._mem is not None and self._building is None and self._catch_up(conn, epoch):
            return False
        if self._building is None or self._building.epoch != epoch:
            if self._building is not None:
                self._building.mem.close()
            self._building = _Build(epoch)
        build = self._building
        if build.todo is None:     # from the partial index of sealed notes: no walk through
            build.known = _listed(conn)                  # every note of the centre
            build.todo = sorted(build.known)
        chunk = build.todo[-self.STEP:]
        del build.todo[-self.STEP:]
        rows = _opened(conn, chunk, build.opens)
        if rows:
            build.mem.execute("BEGIN")
            build.mem.executemany("INSERT INTO notes (rowid, title, body) VALUES (?, ?, ?)",
                                  rows)
            build.mem.execute("COMMIT")
        if chunk:
            return True
        if self._mem is not None:
            self._mem.close()
        self._mem, self._signature, self._building = build.mem, epoch, None
        self._known, self._opens = build.known, build.opens
        self.builds += 1
        return False

    def _catch_up(self, conn, epoch) -> bool:
        """Bring a built index up to date with what changed since (a note saved, edited,
        deleted, restored, purged, sealed or unsealed: each moves its version or its label),
        decrypting only those notes. False when so much changed (a key rotation) that a
        build from scratch, in steps, is the better way, or when a changed note's label
        opens now and did not when the index was built, or the reverse (its other notes
        would be indexed otherwise than it)."""
        listed = _listed(conn)
        changed = [i for i, seen in listed.items() if self._known.get(i) != seen]
        gone = [i for i in self._known if i not in listed]
        if len(changed) > self.CATCH_UP_LIMIT:
            return False
        stale = "[" + ",".join(map(str, changed + gone)) + "]"
        opens: dict[str, bool] = {}         # evaluated afresh for the notes that changed
        rows = _opened(conn, changed, opens)
        if any(self._opens.get(label, opened) != opened for label, opened in opens.items()):
            return False       # a label opens now and did not (or the reverse): every note
        self._opens.update(opens)            # under it is to be indexed alike: built again
        self._mem.execute("BEGIN")
        self._mem.execute("DELETE FROM notes WHERE rowid IN (SELECT value FROM json_each(?))",
                          (stale,))
        self._mem.executemany("INSERT INTO notes (rowid, title, body) VALUES (?, ?, ?)", rows)
        self._mem.execute("COMMIT")
        self._known, self._signature = listed, epoch
        self.catch_ups += 1
        return True

    def keys_changed(self, conn, added=None) -> bool:
        """The sealer's keys changed (on a centre server: a person signed in, bringing hers
        as `added`, a sealer of its own, or her sign-in ended). With `added`, each label the
        index has met that did not open is asked of `added` alone (what opened still does),
        and the notes under labels that open now are decrypted and added; nothing else is
        decrypted again. Without it (keys left), each label that opened is asked of the
        connection's sealer again: when one no longer opens (the keys that left were the only
        ones for it) the index is dropped whole, as the text it holds must not outlive its
        key; otherwise it is kept. Dropped also while it is being built. True when dropped
        or not built (the caller builds it in the background)."""
        if self._mem is None and self._building is None:
            return True                         # nothing held: the warm-up builds it
        if self._building is None and self._mem is not None:
            epoch = self._epoch(conn)      # notes changed since (resealed at her sign-in):
            if epoch != self._signature and not self._catch_up(conn, epoch):   # first those
                self.close()
                return True
        if self._building is not None:      # being built: built again with these keys
            self.close()
            return True
        if added is not None:
            now = {label: opened or added.can_open(conn, label)
                   for label, opened in self._opens.items()}
        else:
            seal = sealed.sealer_for(conn)
            now = {label: opened and seal.can_open(conn, label)
                   for label, opened in self._opens.items()}
        if any(opened and not now[label] for label, opened in self._opens.items()):
            self.close()
            return True
        gained = {label for label, opened in now.items() if opened and not self._opens[label]}
        self._opens = now
        if gained:
            rows = _opened(conn, [i for i, (_v, label) in self._known.items() if label in gained],
                           dict.fromkeys(gained, True))
            self._mem.execute("BEGIN")
            self._mem.executemany("INSERT INTO notes (rowid, title, body) VALUES (?, ?, ?)",
                                  rows)
            self._mem.execute("COMMIT")
        return False

    def search(self, conn, expression: str, limit: int, *, after: int = 0) -> list[int]:
        """Ids (above `after`) of sealed notes matching, most recent first (not yet
        filtered)."""
        if sealed.sealer_for(conn) is sealed._NO_KEYS:
            return []
        try:
            return [r[0] for r in self._fresh(conn).execute(
                "SELECT rowid FROM notes WHERE notes MATCH ? AND rowid > ? "
                "ORDER BY rowid DESC LIMIT ?", (expression, int(after), max(0, int(limit))))]
        except cx.DatabaseError as exc:
            if "fts5" not in str(exc).lower():
                raise
            log.warning("full-text query rejected by FTS5")
            return []

    def snippets(self, conn, expression: str, note_ids: list[int], marks: tuple) -> dict[int, str]:
        if not note_ids or self._mem is None:
            return {}
        ids = "[" + ",".join(str(int(i)) for i in note_ids) + "]"
        try:       # one pass over the range, as the shared index's snippets (+rowid: why)
            return dict(self._mem.execute(
                "SELECT rowid, snippet(notes, -1, ?, ?, '…', 14) FROM notes "
                "WHERE notes MATCH ? AND rowid BETWEEN ? AND ? "
                "AND +rowid IN (SELECT value FROM json_each(?))",
                (marks[0], marks[1], expression, min(note_ids), max(note_ids), ids)))
        except cx.DatabaseError:
            return {}


def _listed(conn) -> dict[int, tuple]:
    """Every sealed note's (version, key label), from the partial index alone."""
    return {i: (version, label) for i, version, label in conn.execute(
        "SELECT id, version, sealed_with FROM case_notes INDEXED BY case_notes_sealed "
        "WHERE sealed_with IS NOT NULL")}


def _opened(conn, note_ids: list[int], opens: dict[str, bool]) -> list[tuple]:
    """(id, title, body) of those notes her keys open (deleted ones left out). `opens`
    caches, per label, whether it opens (filled in here)."""
    if not note_ids:
        return []
    seal = sealed.sealer_for(conn)
    openers: dict[str, object] = {}    # label -> one opener for all its notes (one AES object)
    rows = []
    for note_id, blob, label, deleted in conn.execute(
            "SELECT id, sealed, sealed_with, deleted_at FROM case_notes "
            "WHERE id IN (SELECT value FROM json_each(?))",
            ("[" + ",".join(map(str, note_ids)) + "]",)).fetchall():
        if deleted is not None or label is None:
            continue
        if label not in opens:
            opens[label] = seal.can_open(conn, label)
        if not opens[label]:
            continue
        if label not in openers:
            openers[label] = sealed.note_opener(conn, label)
        try:
            opener = openers[label]
            if opener is not None:
                title, body = opener(note_id, bytes(blob or b""))
            else:
                title, body = sealed.open_note_text(conn, note_id, label, blob)
            rows.append((note_id, title, body))
        except sealed.SealedRecordError:
            continue           # named to her when shown, and by check: not searchable
    return rows


_INDEXES: dict[int, SealedNoteIndex] = {}


def index_for(conn) -> SealedNoteIndex:
    index = _INDEXES.get(id(conn))
    if index is None:
        index = _INDEXES[id(conn)] = SealedNoteIndex()
    return index


def build_step(conn) -> bool:
    """One step of building this connection's index ahead of the first search (nothing to do
    when no key is open): True while more remains."""
    if sealed.sealer_for(conn) is sealed._NO_KEYS:
        return False
    return index_for(conn).step(conn)


def keys_changed(conn, added=None) -> bool:
    """This connection's sealer gained keys (those of the sealer `added`) or lost some
    (SealedNoteIndex.keys_changed); True when the index was dropped (or is not built) and
    is to be built again."""
    index = _INDEXES.get(id(conn))
    return True if index is None else index.keys_changed(conn, added)


def drop(conn) -> None:
    index = _INDEXES.pop(id(conn), None)
    if index is not None:
        index.close()
