"""Progress and cancellation for long backup operations (for the GUI's task runner).

Callers pass ``progress`` (called with a Progress, from the worker thread: the GUI must hand
it to its own thread) and ``cancel`` (a threading.Event). Work is split into stages with
weights; each stage reports a fraction of itself and the callback receives the whole.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable, Sequence

from assist_desktop.backup.errors import BackupCancelled

STAGE_LABELS = {
    "unlock": "Opening the backup",
    "snapshot": "Preparing the copy of the database",
    "check": "Checking the copy",
    "check+write": "Copying the database into the backup file, checking every page",
    "write": "Writing the backup file",
    "reread": "Reading the backup back",
    "decrypt": "Reading the backup",
    "prepare": "Preparing the restored database",
    "install": "Putting the restored database in place",
    "done": "Done",
}


@dataclass(frozen=True)
class Progress:
    stage: str          # one of STAGE_LABELS
    fraction: float     # 0.0 .. 1.0 for the whole operation

    @property
    def label(self) -> str:
        return STAGE_LABELS.get(self.stage, self.stage)


ProgressCallback = Callable[[Progress], None]


class Reporter:
    """Turns per-stage fractions into overall progress; raises BackupCancelled when asked."""

    def __init__(self, stages: Sequence[tuple[str, float]], progress: ProgressCallback | None,
                 cancel: threading.Event | None, min_interval: float = 0.1):
        total = sum(weight for _, weight in stages) or 1.0
        self._starts: dict[str, tuple[float, float]] = {}
        at = 0.0
        for name, weight in stages:
            self._starts[name] = (at, weight / total)
            at += weight / total
        self._progress = progress
        self._cancel = cancel
        self._interval = min_interval
        self._last = 0.0
        self._stage = stages[0][0] if stages else "done"
        self._fraction = 0.0
        self._lock = threading.Lock()

    @property
    def cancelled(self) -> bool:
        return self._cancel is not None and self._cancel.is_set()

    def check(self) -> None:
        if self.cancelled:
            raise BackupCancelled()

    def stage(self, name: str) -> None:
        self._stage = name
        self.update(0.0, force=True)

    def update(self, fraction: float, force: bool = False) -> None:
        """Progress within the current stage (thread-safe; never goes backwards)."""
        with self._lock:
            start, width = self._starts.get(self._stage, (self._fraction, 0.0))
            overall = min(1.0, max(self._fraction, start + width * min(1.0, max(0.0, fraction))))
            self._fraction = overall
            now = time.monotonic()
            if self._progress is None or not (force or now - self._last >= self._interval):
                return
            self._last = now
            stage = self._stage
        self._progress(Progress(stage, overall))

    def done(self) -> None:
        self._stage = "done"
        self._fraction = 1.0
        if self._progress is not None:
            self._progress(Progress("done", 1.0))

    def should_stop(self) -> bool:
        """For storage loops: True means stop now."""
        return self.cancelled

    def parts(self, *names: str) -> "Parts":
        """Sub-progress for parts of one stage that run at the same time."""
        return Parts(self, names)


class Parts:
    """The stage's fraction is the mean of its parts' fractions."""

    def __init__(self, reporter: Reporter, names):
        self._reporter = reporter
        self._done = {name: 0.0 for name in names}
        self._lock = threading.Lock()

    def set(self, name: str, fraction: float) -> None:
        with self._lock:
            self._done[name] = max(self._done[name], min(1.0, fraction))
            mean = sum(self._done.values()) / len(self._done)
        self._reporter.update(mean)
