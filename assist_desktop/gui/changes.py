"""The change feed on the GUI thread: one Qt signal per open centre, fired for each batch of
saved changes (services/changes.py), whichever thread or process they came from.

Views depend on ChangeSignals only; it subscribes to any ChangeSource (the in-process feed
today, a centre server's connection later). The callback may run on another thread: it only
emits, and Qt queues the emission onto the GUI thread where the views refresh.
"""
from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Qt, Signal, Slot

from assist_desktop.gui.qtcompat import emit
from assist_desktop.services.changes import AUDIT_KIND, ChangeEvent

_BRIDGES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


class ChangeSignals(QObject):
    changed = Signal(list)          # list[ChangeEvent], on the GUI thread
    _arrived = Signal(list)

    def __init__(self, source, parent: QObject | None = None):
        super().__init__(parent)
        self._source = source
        # Queued even when the feed calls from the GUI thread: a view never refreshes in the
        # middle of the save that caused it.
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        source.subscribe(self._from_source)

    def _from_source(self, events: list[ChangeEvent]) -> None:   # any thread
        try:
            emit(self._arrived, list(events))
        except RuntimeError:   # the bridge was deleted with its window: nothing to tell
            pass

    @Slot(list)
    def _deliver(self, events: list) -> None:
        emit(self.changed, events)

    def close(self) -> None:
        self._source.unsubscribe(self._from_source)


def signals_for(services) -> ChangeSignals | None:
    """The one ChangeSignals of this centre's change source (None when it has none)."""
    source = getattr(services, "changes", None)
    if source is None:
        return None
    bridge = _BRIDGES.get(source)
    if bridge is None:
        bridge = _BRIDGES[source] = ChangeSignals(source)
    return bridge


def kinds_for_client(events, client_id: int) -> set[str]:
    """The record kinds changed in her file (a change to the client record itself is "client")."""
    return {e.kind for e in events if e.kind != AUDIT_KIND and e.client_id == client_id}
