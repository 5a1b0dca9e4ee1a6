"""Idle detection for auto-lock: any key, click, wheel or touch in the application counts.

Installed as an application-wide event filter; it only records the time of the last input
(cheap for every mouse move) and a one-second timer compares it with the limit.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from assist_desktop.gui.qtcompat import emit

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
             QEvent.Type.InputMethod}


class IdleWatcher(QObject):
    """Emits ``idle`` once when no input arrived for ``timeout_ms``; re-armed by ``reset``."""

    idle = Signal()

    def __init__(self, app: QObject, timeout_ms: int = 5 * 60_000, parent: QObject | None = None,
                 tick_ms: int = 1000):
        super().__init__(parent)
        self._app = app
        self._timeout = timeout_ms / 1000.0
        self._last = time.monotonic()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(min(tick_ms, max(10, timeout_ms // 4)))
        self._timer.timeout.connect(self._check)
        app.installEventFilter(self)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout = timeout_ms / 1000.0
        self._timer.setInterval(min(self._timer.interval(), max(10, timeout_ms // 4)))

    def set_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(int(minutes) * 60_000)

    @property
    def timeout_ms(self) -> int:
        return int(self._timeout * 1000)

    def start(self) -> None:
        self._armed = True
        self._last = time.monotonic()
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def reset(self) -> None:
        self._last = time.monotonic()

    def uninstall(self) -> None:
        self.stop()
        self._app.removeEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() in _ACTIVITY:
            self._last = time.monotonic()
        return False

    def _check(self) -> None:
        if self._armed and time.monotonic() - self._last >= self._timeout:
            self.stop()
            emit(self.idle)
