"""Keying the audit chain, and keeping its head (the anchor) outside the database.

Keying: a centre made by this release keys its chain at creation; an older centre's chain is
re-linked once, at the first unlock by this release, in the same transaction as that sign-in
(a kill leaves it all old or all keyed). Whether the old, bare-SHA-256 chain held up to then is
written into the log itself (the ``audit_chain_keyed`` row), so re-linking hides nothing.

The anchor (security/audit_chain.Anchor) lives in the key-slot file. When it is written:

- after every committed write that appended audit rows, by ``AnchorWriter`` on a thread of
  its own (a save never waits for the key file, and a key-file lock held by a rotation
  elsewhere can never stall the database's owner thread);
- at sign-in (after the anchor was checked against the chain; on the writer's thread, so the
  unlock does not wait for it), synchronously at lock (marked
  *closed*: a row that appears before the next sign-in was not written by the program), and
  before ``check`` (which flushes the writer first).

The window left: the rows of the last write(s) before a kill or a power cut, committed but not
yet anchored (milliseconds in normal use). Cutting exactly those rows off the end is not seen
by the key file's anchor; every row older than the anchor is.

At sign-in the anchor is compared with the chain; a mismatch (rows cut off the end, a rewritten
chain, a missing or forged anchor) is written into the log as ``audit_anchor_mismatch`` and
`check` reports it from then on, even though the anchor is then moved to the new head.
"""
from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from assist_desktop.domain.errors import KeySlotError
from assist_desktop.security.audit_chain import (GENESIS, KEY_SETTING, Anchor, AuditRow,
                                                 anchor_is_authentic, anchor_problem,
                                                 derive_audit_key, first_broken_link, row_link,
                                                 signed_anchor)
from assist_desktop.security.key_slots import KeySlotFile
from assist_desktop.services.audit import AuditLog, audit_key
from assist_desktop.storage.audit_repository import EXPECTED_TRIGGERS, AuditRepository
from assist_desktop.storage.centre_repository import SettingsRepository

log = logging.getLogger(__name__)
KEYED_ACTION = "audit_chain_keyed"
MISMATCH_ACTION = "audit_anchor_mismatch"


# --- keying ----------------------------------------------------------------------------
def new_audit_key(conn, data_key: bytes, database_id: str) -> bytes:
    """Derive the centre's audit key and store it (inside the caller's transaction)."""
    key = derive_audit_key(data_key, database_id)
    SettingsRepository().set(conn, KEY_SETTING, key.hex())
    return key


def ensure_keyed(conn, data_key: bytes, database_id: str, actor: str) -> bool:
    """Key an older chain (re-link every row under a new audit key), once. True if it did."""
    repo = AuditRepository()
    if audit_key(conn) is not None:
        return False
    earlier = first_broken_link((AuditRow(*r) for r in repo.iter_rows(conn)), key=None)
    key = new_audit_key(conn, data_key, database_id)

    def links(rows):
        prev = GENESIS
        for raw in rows:
            row = AuditRow(*raw)
            link = row_link(row, prev, key)
            yield row.seq, prev, link
            prev = link
    count = repo.relink(conn, links)
    held = "held" if earlier is None else f"broke at entry {earlier}"
    AuditLog(actor).record(conn, KEYED_ACTION, "audit_log", "",
                           f"re-linked {count} entries; the earlier chain {held}")
    return True


# --- the anchor in the key file ---------------------------------------------------------
def _lock(slots_path: Path):
    from assist_desktop.services.key_keeper import slots_lock
    return slots_lock(slots_path)


def store_anchor(slots_path: Path, key: bytes, database_id: str, head: tuple[int, str] | None,
                 *, force: bool = False, closed: bool = False) -> None:
    """Write the head into the key file (atomically, under the key file's lock). It only moves
    forward (another process may have anchored a later head), unless force (sign-in, after
    the old anchor was checked and any mismatch recorded). closed: written at lock."""
    if head is None:
        return
    anchor = signed_anchor(key, database_id, head[0], head[1], closed)
    with _lock(slots_path):
        slots = KeySlotFile.load(slots_path)
        current = Anchor.from_json(slots.audit_anchor)
        if not force and current is not None and current.seq > anchor.seq and \
                anchor_is_authentic(current, key, database_id):
            return
        if current == anchor:
            return
        slots.audit_anchor = anchor.to_json()
        slots.save(slots_path)


def anchor_now(db, slots_path: Path, database_id: str, *, force: bool = False,
               closed: bool = False) -> None:
    key, head = db.read(lambda conn: (audit_key(conn), AuditRepository().last(conn)))
    if key is not None:
        store_anchor(slots_path, key, database_id, head, force=force, closed=closed)


def unlock_problem(conn, anchor_json: dict | None, database_id: str) -> str | None:
    """At sign-in, before anything is appended: does the chain agree with the key file?"""
    repo = AuditRepository()
    key = audit_key(conn)
    if key is None:
        return None
    return anchor_problem(Anchor.from_json(anchor_json), key, database_id, repo.last(conn),
                          lambda seq: repo.link_at(conn, seq))


class AnchorWriter:
    """Told each appended row's link by AuditLog (on the owner thread, in the transaction);
    writes the head to the key file after COMMIT, on its own thread, newest head only.

    At most one key-file write every INTERVAL seconds: a commit within INTERVAL of the last
    write waits on this thread for the rest of it, with every commit made meanwhile, and
    one write anchors the newest head. A commit alone (seconds apart, as in use) is written
    at once; ten laptops on a centre server committing all the time no longer rewrite the key
    file (two fsyncs) at every commit (that writer used a sixth of the server's CPU)."""

    INTERVAL = 0.05

    def __init__(self, db, slots_path: Path, database_id: str):
        self._slots_path = Path(slots_path)
        self._database_id = database_id
        self._key = db.read(audit_key)
        self._pending: tuple[int, str] | None = None     # in the open transaction
        self._latest: tuple[int, str] | None = None      # committed, not yet written
        self._guard = threading.Lock()
        self._closing = False
        self._written_at = float("-inf")    # monotonic time of the last write
        self._clock, self._sleep = time.monotonic, time.sleep
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="audit-anchor")
        db.add_transaction_listener(self._phase)

    def noted(self, seq: int, link: str) -> None:
        self._pending = (seq, link)

    def settle(self, db) -> None:
        """At sign-in, after the old anchor was checked (and any mismatch recorded): the head
        becomes the anchor, written on this writer's thread so the unlock does not wait."""
        head = db.read(AuditRepository().last)
        if head is None or self._key is None:
            return

        def write():
            try:
                store_anchor(self._slots_path, self._key, self._database_id, head, force=True)
            except (OSError, KeySlotError, TimeoutError):
                log.warning("the audit log's anchor could not be written to the key file")
        self._executor.submit(write)

    def _phase(self, phase: str) -> None:
        if phase == "commit" and self._pending is not None:
            with self._guard:
                self._latest = self._pending
            try:
                self._executor.submit(self._write)
            except RuntimeError:        # closed: lock() anchors synchronously
                pass
        self._pending = None

    def _write(self) -> None:
        if self._latest is None or self._closing:
            return          # written by an earlier job; closing: lock() writes the last head
        wait = self._written_at + self.INTERVAL - self._clock()
        if wait > 0:        # commits meanwhile join this write
            self._sleep(min(wait, self.INTERVAL))
        with self._guard:
            head, self._latest = self._latest, None
        if head is None or self._key is None or self._closing:
            return
        self._written_at = self._clock()
        try:
            store_anchor(self._slots_path, self._key, self._database_id, head)
        except (OSError, KeySlotError, TimeoutError):
            log.warning("the audit log's anchor could not be written to the key file")

    def flush(self) -> None:
        """Wait until every committed head has been written."""
        try:
            self._executor.submit(lambda: None).result()
        except RuntimeError:
            pass

    def close(self) -> None:
        """Stop: a sign-in's anchor still queued is written, commit heads are left to lock()."""
        self._closing = True
        self._executor.shutdown(wait=True)


# --- what `check` verifies ----------------------------------------------------------------
def _norm(sql: str | None) -> str:
    return " ".join((sql or "").split())


def trigger_problems(conn, repo: AuditRepository) -> list[str]:
    found = repo.triggers(conn)
    problems = []
    for name, sql in EXPECTED_TRIGGERS.items():
        if name not in found:
            problems.append(f"the append-only trigger {name} is missing")
        elif _norm(found[name]) != _norm(sql):
            problems.append(f"the append-only trigger {name} was altered")
    for name in sorted(set(found) - set(EXPECTED_TRIGGERS)):
        problems.append(f"an unexpected trigger {name[:40]} is on the audit log")
    return problems


def chain_problems(conn, repo: AuditRepository, slots_path: Path | None,
                   database_id: str | None) -> list[str]:
    key = audit_key(conn)
    if key is None:
        return ["the audit log is not keyed: its key is missing from the database"]
    problems = trigger_problems(conn, repo)
    broken = first_broken_link((AuditRow(*r) for r in repo.iter_rows(conn)), key=key)
    if broken is not None:
        problems.append(f"the chain breaks at entry {broken:,}")
    if slots_path is not None and database_id is not None:
        try:
            anchor = Anchor.from_json(KeySlotFile.load(slots_path).audit_anchor)
        except KeySlotError:
            anchor = None
        problem = anchor_problem(anchor, key, database_id, repo.last(conn),
                                 lambda seq: repo.link_at(conn, seq))
        if problem:
            problems.append(problem)
    for row in repo.filtered(conn, 0, 5, action=KEYED_ACTION):
        found = AuditRow(*row)
        if "broke" in found.detail:
            problems.append(f"before it was keyed (entry {found.seq:,}), {found.detail}")
    for row in repo.filtered(conn, 0, 50, action=MISMATCH_ACTION):
        found = AuditRow(*row)
        problems.append(f"at sign-in on {found.at[:16].replace('T', ' ')} UTC (entry "
                        f"{found.seq:,}) the log did not match the key file: {found.detail}")
    return problems
