"""Copying client data: the clipboard is cleared after a while, on lock and on quit, but only
if it still holds what this application put there (never wipe what someone copied since).

Copies made with Ctrl+C in any of our fields count too: while this application is the active
one, a change of the clipboard's text is taken as ours (``watch_application_copies``).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

DEFAULT_CLEAR_MS = 45_000


class ClipboardGuard(QObject):
    def __init__(self, clear_after_ms: int = DEFAULT_CLEAR_MS, parent: QObject | None = None):
        super().__init__(parent)
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)

    def watch_application_copies(self) -> None:
        QGuiApplication.clipboard().dataChanged.connect(self._changed)

    def _changed(self) -> None:
        text = QGuiApplication.clipboard().text()
        if text and text != self._ours and \
                QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
            self._ours = text
            self._timer.start()

    def copy(self, text: str) -> None:
        """Put client data on the clipboard; it is cleared after the interval."""
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        self._ours = text
        self._timer.start()

    def holds_ours(self) -> bool:
        return self._ours is not None and QGuiApplication.clipboard().text() == self._ours

    def clear(self) -> None:
        """Clear now, if the clipboard still holds what we put there."""
        self._timer.stop()
        if self.holds_ours():
            QGuiApplication.clipboard().clear()
        self._ours = None
