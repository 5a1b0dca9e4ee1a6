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
- **Deleting or damaging the counters' file does not reset them.** The counters live in
  ``unlock-throttle.json`` (rewritten at every attempt, so it is replaced without an fsync:
  cheap, and losing a count to a power cut is harmless). The key-slot file, the one file that
  cannot be deleted without losing the way in, records whether failures are outstanding (its
  ``throttle`` section; written at the first failure and at the success that clears the last
  one, so an unlock without failures never rewrites the key file). The counters' file missing
  while failures are outstanding, or unreadable, counts as the longest delay for every account.
  A restore clears that record and moves the counters aside with the key file they go with. Someone who edits
  keyslots.json by hand, or edits or puts back an older copy of the throttle file, can still reset the
  counters (nothing before unlocking holds a key to MAC them with): such a person can as well
  copy the key file and guess offline, where only Argon2id stands in the way.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
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
        self._slots_path = Path(slots_path)
        self._path = self._slots_path.with_name(THROTTLE_FILE)
        self._clock = clock

    def _lock(self):      # the key file's lock: the marker and the counters change together
        return exclusive(self._slots_path.with_name(self._slots_path.name + ".lock"))

    @staticmethod
    def delay_for(failures: int) -> float:
        if failures < FREE_ATTEMPTS:
            return 0.0
        return min(MAX_DELAY, 2.0 ** (failures - FREE_ATTEMPTS + 1))

    # --- the two files ------------------------------------------------------------------
    def _marker(self):
        """(the key file, whether it records failures outstanding); (None, False) when there
        is no key file (nothing can be unlocked: nothing to count)."""
        from assist_desktop.security.key_slots import KeySlotFile
        try:
            slots = KeySlotFile.load(self._slots_path)
        except KeySlotError:
            return None, False
        return slots, bool(slots.throttle.get("failures"))

    def _accounts(self, failing: bool) -> dict | None:
        """{bucket hash: entry} from the throttle file; None when it is unreadable, or missing
        while the key file says failures are outstanding (counted as the longest delay)."""
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None if failing else {}
        except (OSError, ValueError):
            return None
        accounts = data.get("accounts") if isinstance(data, dict) else None
        return accounts if isinstance(accounts, dict) else None

    def _state(self, accounts: dict | None, bucket: str) -> tuple[int, float]:
        if accounts is None:
            return _DAMAGED, self._clock()
        raw = accounts.get(_key(bucket))
        if raw is None:
            return 0, 0.0
        entry = _entry(raw)
        return entry if entry is not None else (_DAMAGED, self._clock())

    def _left(self, state: tuple[int, float]) -> float:
        failures, last = state
        return max(0.0, last + self.delay_for(failures) - self._clock())

    def _write(self, accounts: dict) -> None:
        """Replace the counters' file (temp file and rename; no fsync, see above)."""
        data = json.dumps({"accounts": accounts}, sort_keys=True)
        temp = self._path.with_name(f".{self._path.name}.{os.getpid()}.tmp")
        with contextlib.suppress(OSError):   # a read-only folder: no crash on a wrong passphrase
            temp.write_text(data, encoding="utf-8")
            os.replace(temp, self._path)

    def _mark(self, slots, failing: bool) -> None:
        """Record in the key file whether failures are outstanding (written only on a change:
        at the first failure, and at the success that clears the last one)."""
        from assist_desktop.security.key_slots import VERSION
        if slots is None or slots.version < VERSION:
            return     # an older key file is signed at its first unlock: never rewritten before
        slots.throttle = {"failures": True} if failing else {}
        with contextlib.suppress(OSError):
            slots.save(self._slots_path)

    # --- attempts -----------------------------------------------------------------------
    def remaining(self, bucket: str) -> float:
        """Seconds before the next attempt in this bucket may run (reads only)."""
        _slots, failing = self._marker()
        return self._left(self._state(self._accounts(failing), bucket))

    def begin(self, bucket: str) -> None:
        """One attempt: refused (ThrottledError) while the bucket's delay runs; otherwise
        counted as a failure now, before the KDF runs (``failed`` or ``succeeded`` follows).
        Read, check and record happen under the key file's lock, shared with every process."""
        with self._lock():
            slots, failing = self._marker()
            if slots is None:
                return
            accounts = self._accounts(failing)
            state = self._state(accounts, bucket)
            left = self._left(state)
            if accounts is None:        # missing or damaged: every account at the longest delay
                accounts = {_key(name): [_DAMAGED, state[1]] for name in
                            {UNKNOWN, bucket, *(s.username for s in slots.slots if s.username)}}
                self._write(accounts)
                if not failing:
                    self._mark(slots, True)
            if left > 0:
                raise ThrottledError(left)
            accounts[_key(bucket)] = [state[0] + 1, self._clock()]
            self._write(accounts)

    def failed(self, bucket: str) -> None:
        """The attempt's KDF said no: the key file records that failures are outstanding, so
        that deleting the counters' file does not reset them."""
        with self._lock():
            slots, failing = self._marker()
            if not failing:
                self._mark(slots, True)

    def succeeded(self, bucket: str) -> None:
        with self._lock():
            slots, failing = self._marker()
            accounts = self._accounts(failing)
            if accounts is not None and accounts.pop(_key(bucket), None) is not None:
                self._write(accounts)
            if failing and accounts is not None and not any(
                    (_entry(v) or (1, 0))[0] for v in accounts.values()):
                self._mark(slots, False)

    def failures(self, bucket: str) -> int:
        """How many attempts are counted against the bucket (for tests and the docs' claims)."""
        _slots, failing = self._marker()
        return self._state(self._accounts(failing), bucket)[0]
