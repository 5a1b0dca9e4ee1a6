"""Failed unlocks slow down: after three failures each attempt waits longer (2 s, 4 s, ... 5 min).

Counted per username (and separately for the recovery code), so a colleague who signs in
as herself does not reset the delay on someone else's account. The counts live in a tiny
non-secret file so that restarting the program does not reset them. It is a speed bump for
someone at the keyboard; the Argon2 cost protects a stolen file.
"""
from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

from assist_desktop.domain.errors import ThrottledError
from assist_desktop.platform.atomic import atomic_write_text

FREE_ATTEMPTS = 3
MAX_DELAY = 300.0
MAX_ENTRIES = 200


def _key(who: str) -> str:
    # The file is not secret: store a hash, not the usernames people typed.
    return hashlib.sha256(who.casefold().encode("utf-8")).hexdigest()[:16]


class UnlockThrottle:
    def __init__(self, path: Path, clock=time.time):
        self._path = Path(path)
        self._clock = clock

    def _read_all(self) -> dict[str, list[float]]:
        try:
            data = json.loads(self._path.read_text())
            return {str(k): [int(v[0]), float(v[1])] for k, v in data["accounts"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
            return {}

    def _write_all(self, accounts: dict) -> None:
        if len(accounts) > MAX_ENTRIES:  # keep the newest; someone typing random names
            accounts = dict(sorted(accounts.items(), key=lambda kv: kv[1][1])[-MAX_ENTRIES:])
        try:
            if accounts:
                atomic_write_text(self._path, json.dumps({"accounts": accounts}))
            else:
                self._path.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only data folder must not turn a wrong passphrase into a crash

    @staticmethod
    def delay_for(failures: int) -> float:
        if failures < FREE_ATTEMPTS:
            return 0.0
        return min(MAX_DELAY, 2.0 ** (failures - FREE_ATTEMPTS + 1))

    def remaining(self, who: str) -> float:
        failures, last = self._read_all().get(_key(who), (0, 0.0))
        return max(0.0, last + self.delay_for(failures) - self._clock())

    def check(self, who: str) -> None:
        remaining = self.remaining(who)
        if remaining > 0:
            raise ThrottledError(remaining)

    def failed(self, who: str) -> None:
        accounts = self._read_all()
        failures, _ = accounts.get(_key(who), (0, 0.0))
        accounts[_key(who)] = [failures + 1, self._clock()]
        self._write_all(accounts)

    def succeeded(self, who: str) -> None:
        accounts = self._read_all()
        if accounts.pop(_key(who), None) is not None:
            self._write_all(accounts)
