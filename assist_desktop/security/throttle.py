"""Failed unlocks slow down: after three failures each attempt waits longer (2 s, 4 s, ... 5 min).

What it is for, and what not: it slows someone guessing at the program's own unlock window.
It does nothing against a copy of the key file guessed offline: there Argon2id (calibrated,
never below 64 MiB / t=3) is the real barrier, and the throttle adds nothing.

How it holds (each point closes a way round it that older releases left open):

- **One bucket per known account, one shared bucket for every unknown name.** The caller (the
  vault) decides which: a name with no passphrase slot counts in ``UNKNOWN``. So failures under
  made-up names can never push a real account's counter out, and nothing is ever evicted
  (entries are bounded by the centre's accounts, plus the unknown and recovery buckets).
  Unknown names cost the same Argon2id run as known ones (the vault runs it against a dummy
  salt with a real slot's parameters). Account names are not secret: "Choose your name" lists
  them before unlocking.
- **Counted before the KDF runs, under the key file's inter-process lock.** ``begin`` reads,
  checks and records the attempt in one locked step, so twelve simultaneous attempts from
  twelve processes are twelve counted attempts, and only the free ones get to run the KDF;
  a success clears the bucket afterwards.
- **The counters live in the key-slot file** (its ``throttle`` section), the one file that
  cannot be deleted without losing the way in. Deleting the old ``unlock-throttle.json``
  resets nothing (it is no longer read). A damaged entry counts as the longest delay.
  Someone who edits keyslots.json by hand can still reset the counters (they are not secret,
  and nothing before unlocking can MAC them): such a person can also copy the file and guess
  offline, where only Argon2id stands in the way.
"""
from __future__ import annotations

import contextlib
import hashlib
import time
from pathlib import Path

from assist_desktop.domain.errors import KeySlotError, ThrottledError
from assist_desktop.platform.file_lock import exclusive
from assist_desktop.platform.paths import THROTTLE_FILE

FREE_ATTEMPTS = 3
MAX_DELAY = 300.0
UNKNOWN = "@unknown"     # every name that has no account
_DAMAGED = FREE_ATTEMPTS + 9    # failures that give MAX_DELAY


def _key(who: str) -> str:
    # The file is not secret: store a hash, not the usernames people typed.
    return hashlib.sha256(who.casefold().encode("utf-8")).hexdigest()[:16]


def _entry(value) -> tuple[int, float] | None:
    """(failures, time of the last attempt), or None for a damaged entry."""
    try:
        failures, last = int(value[0]), float(value[1])
    except (TypeError, ValueError, IndexError, KeyError):
        return None
    return (failures, last) if failures >= 0 and last >= 0 else None


class UnlockThrottle:
    def __init__(self, slots_path: Path, clock=time.time):
        self._path = Path(slots_path)
        self._clock = clock

    def _lock(self):
        return exclusive(self._path.with_name(self._path.name + ".lock"))

    def _load(self):
        from assist_desktop.security.key_slots import KeySlotFile
        try:
            return KeySlotFile.load(self._path)
        except KeySlotError:
            return None     # no key file: nothing can be unlocked, nothing to count

    @staticmethod
    def delay_for(failures: int) -> float:
        if failures < FREE_ATTEMPTS:
            return 0.0
        return min(MAX_DELAY, 2.0 ** (failures - FREE_ATTEMPTS + 1))

    def _state(self, slots, bucket: str) -> tuple[int, float]:
        raw = slots.throttle.get(_key(bucket)) if slots is not None else None
        if raw is None:
            return 0, 0.0
        entry = _entry(raw)
        return entry if entry is not None else (_DAMAGED, self._clock())

    def _left(self, state: tuple[int, float]) -> float:
        failures, last = state
        return max(0.0, last + self.delay_for(failures) - self._clock())

    def remaining(self, bucket: str) -> float:
        """Seconds before the next attempt in this bucket may run (reads only)."""
        return self._left(self._state(self._load(), bucket))

    def begin(self, bucket: str) -> None:
        """One attempt: refused (ThrottledError) while the bucket's delay runs; otherwise
        counted as a failure now, before the KDF runs (``succeeded`` clears it). Read, check
        and record happen under the key file's lock, shared with every other process."""
        with self._lock():
            slots = self._load()
            if slots is None:
                return
            state = self._state(slots, bucket)
            left = self._left(state)
            if left > 0:
                if _entry(slots.throttle.get(_key(bucket))) is None:   # damaged: kept at max
                    slots.throttle[_key(bucket)] = [state[0], state[1]]
                    self._save(slots)
                raise ThrottledError(left)
            slots.throttle[_key(bucket)] = [state[0] + 1, self._clock()]
            self._save(slots)

    def succeeded(self, bucket: str) -> None:
        with self._lock():
            slots = self._load()
            if slots is not None and slots.throttle.pop(_key(bucket), None) is not None:
                self._save(slots)

    def _save(self, slots) -> None:
        from assist_desktop.security.key_slots import VERSION
        if slots.version < VERSION:
            return      # an older file is signed at its first unlock; never rewrite it before
        with contextlib.suppress(OSError):   # a read-only folder: no crash on a wrong passphrase
            slots.save(self._path)
            self._path.with_name(THROTTLE_FILE).unlink(missing_ok=True)  # older releases kept it

    def failures(self, bucket: str) -> int:
        """How many attempts are counted against the bucket (for tests and the docs' claims)."""
        return self._state(self._load(), bucket)[0]
