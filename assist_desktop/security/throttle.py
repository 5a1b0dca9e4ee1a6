"""Failed unlocks slow down: after three failures each attempt waits longer (2 s, 4 s, ... 5 min).

The count lives in a tiny non-secret file so that restarting the program does not reset it.
It is a speed bump for someone at the keyboard; the Argon2 cost protects a stolen file.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

from assist_desktop.domain.errors import ThrottledError
from assist_desktop.platform.atomic import atomic_write_text

FREE_ATTEMPTS = 3
MAX_DELAY = 300.0


class UnlockThrottle:
    def __init__(self, path: Path, clock=time.time):
        self._path = Path(path)
        self._clock = clock

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(self._path.read_text())
            return int(data["failures"]), float(data["last"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    @staticmethod
    def delay_for(failures: int) -> float:
        if failures < FREE_ATTEMPTS:
            return 0.0
        return min(MAX_DELAY, 2.0 ** (failures - FREE_ATTEMPTS + 1))

    def remaining(self) -> float:
        failures, last = self._read()
        return max(0.0, last + self.delay_for(failures) - self._clock())

    def check(self) -> None:
        remaining = self.remaining()
        if remaining > 0:
            raise ThrottledError(remaining)

    def failed(self) -> None:
        failures, _ = self._read()
        try:
            atomic_write_text(self._path, json.dumps({"failures": failures + 1,
                                                      "last": self._clock()}))
        except OSError:
            pass  # a read-only data folder must not turn a wrong passphrase into a crash

    def succeeded(self) -> None:
        try:
            self._path.unlink()
        except FileNotFoundError:
            pass
