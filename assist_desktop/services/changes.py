"""What changed: one event per saved record, published once its write is committed.

Every mutation is audited in the same transaction as the change (a rule of the service layer),
so the audit log is the one place that sees them all: AuditLog.record() hands each row to the
centre's LocalChangeFeed, which keeps it while the transaction runs and publishes the events
after COMMIT (a rolled-back write publishes nothing). Reads, lists, searches and exports are
audited too but change nothing: they publish only the "audit_log" event (a row was appended).

Listeners depend on the ChangeSource protocol (subscribe/unsubscribe), not on this class: a
centre server could later deliver the same ChangeEvents from another process. Listeners are
called on the database's owner thread and must only hand the event on (the GUI queues it onto
its own thread); they never read or write the store from the callback.
"""
from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from typing import Callable, Protocol

log = logging.getLogger(__name__)

CREATED, UPDATED, DELETED, PURGED = "created", "updated", "deleted", "purged"
AUDIT_KIND = "audit_log"   # a row was appended to the audit log (any action, reads included)

# Audited actions that change no record.
_NOT_CHANGES = frozenset({"read", "list", "search_result", "export", "export_failed",
                          "sign_in", "sign_out", "sign_in_failed", "include_withheld",
                          "print", "view", "verify", "check"})
_ACTION_CHANGE = {"create": CREATED, "add_user": CREATED, "import": CREATED, "seed": CREATED,
                  "delete": DELETED, "purge": PURGED}
_CLIENT = re.compile(r"(?:^|\s)client:(\d+)")
_FIELDS = re.compile(r"(?:^|\s)fields:([\w,]*)")


@dataclass(frozen=True)
class ChangeEvent:
    kind: str                      # the record kind, as audited: "matter", "note", "client"...
    record_id: int | None          # None when the change is not about one record
    client_id: int | None          # whose file it is in, when it is in one
    change: str                    # created / updated / deleted / purged
    fields: tuple[str, ...] = ()   # names of changed fields when known (never values)
    summary: str = ""              # the audited action ("approve", "set_roles", ...)

    def touches(self, kind: str, client_id: int | None = None) -> bool:
        return self.kind == kind and (client_id is None or self.client_id in (None, client_id))


Listener = Callable[[list[ChangeEvent]], None]


class ChangeSource(Protocol):
    """What views subscribe to. Events arrive in batches, one batch per committed write."""

    def subscribe(self, listener: Listener) -> None: ...

    def unsubscribe(self, listener: Listener) -> None: ...


def event_for(action: str, entity: str, entity_id: str, detail: str) -> ChangeEvent | None:
    """The change an audit row records, or None for an action that changes nothing."""
    if action in _NOT_CHANGES:
        return None
    record_id = int(entity_id) if str(entity_id).isdigit() else None
    found = _CLIENT.search(detail or "")
    client_id = int(found.group(1)) if found else None
    if entity == "client":
        client_id = record_id
    fields = _FIELDS.search(detail or "")
    names = tuple(n for n in fields.group(1).split(",") if n) if fields else ()
    return ChangeEvent(entity, record_id, client_id, _ACTION_CHANGE.get(action, UPDATED),
                       names, action)


class LocalChangeFeed:
    """The in-process ChangeSource for one open database."""

    def __init__(self, db=None):
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self._pending: list[ChangeEvent] = []
        self._appended = False
        if db is not None:
            db.add_transaction_listener(self._transaction)

    def subscribe(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def noted(self, action: str, entity: str, entity_id, detail: str) -> None:
        """Called by AuditLog.record inside the write (on the owner thread)."""
        self._appended = True
        event = event_for(action, entity, str(entity_id), detail)
        if event is not None:
            self._pending.append(event)

    def _transaction(self, phase: str) -> None:
        if phase == "commit" and (self._pending or self._appended):
            events = list(dict.fromkeys(self._pending))
            events.append(ChangeEvent(AUDIT_KIND, None, None, CREATED))
            self.publish(events)
        self._pending, self._appended = [], False

    def publish(self, events: list[ChangeEvent]) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(events)
            except Exception:  # noqa: BLE001 - one bad listener must not stop the others
                log.exception("A change listener failed")


class Audience:
    """Who may be told of a batch of events: the restricted files among the clients it
    touches (client id -> the user ids named on each), read once per batch on the owner
    thread right after the commit. A centre server sends each signed-in person only the
    events she may see (server/servicer.py): an event in a restricted file that does not name
    her is dropped, as the caseload and search drop the file itself."""

    def __init__(self, restricted: dict[int, frozenset[int]] | None = None):
        self.restricted = restricted or {}

    @classmethod
    def of(cls, db, events: list[ChangeEvent]) -> "Audience":
        from assist_desktop.storage.client_repository import ClientRepository
        ids = {e.client_id for e in events if e.client_id is not None}
        if not ids:
            return cls()
        return cls(db.read(ClientRepository().restrictions_of, ids))

    def visible_to(self, user_id: int, events: list[ChangeEvent]) -> list[ChangeEvent]:
        def may_see(event: ChangeEvent) -> bool:
            named = self.restricted.get(event.client_id) if event.client_id is not None else None
            return named is None or user_id in named
        return [e for e in events if may_see(e)]
