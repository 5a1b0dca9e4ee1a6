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
  cannot be deleted without losing the way in, records once that a throttle file exists (its
  ``throttle`` section names the file's id). A missing file, or one that does not read,
  then counts as the longest delay for every account. A restore clears that record (a
  centre restored onto a new computer has no throttle file yet). Someone who edits
  keyslots.json by hand, or puts back an older copy of the throttle file, can still reset the
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
        """(the key file, the id of the throttle file it names or None); (None, None) when
        there is no key file (nothing can be unlocked: nothing to count)."""
        from assist_desktop.security.key_slots import KeySlotFile
        try:
            slots = KeySlotFile.load(self._slots_path)
        except KeySlotError:
            return None, None
        marker = slots.throttle.get("file")
        return slots, (str(marker) if marker else None)

    def _accounts(self, marker: str | None) -> dict | None:
        """{bucket hash: entry} from the throttle file; None when it is missing, damaged or
        not the file the key file names (counted as the longest delay)."""
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None if marker else {}
        except (OSError, ValueError):
            return None
        accounts = data.get("accounts") if isinstance(data, dict) else None
        if not isinstance(accounts, dict):
            return None
        # Another centre's file (a key file copied in): not these counters. No protection is
        # lost: the file is not authenticated, whoever can write it can also zero it.
        return accounts if marker is None or data.get("id") == marker else {}

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

    def _write(self, marker: str | None, accounts: dict) -> None:
        """Replace the counters' file (temp file and rename; no fsync, see above)."""
        data = json.dumps({"id": marker, "accounts": accounts}, sort_keys=True)
        temp = self._path.with_name(f".{self._path.name}.{os.getpid()}.tmp")
        with contextlib.suppress(OSError):   # a read-only folder: no crash on a wrong passphrase
            temp.write_text(data, encoding="utf-8")
            os.replace(temp, self._path)

    def _ensure_marker(self, slots, marker: str | None) -> str | None:
        """The key file names the throttle file from the first attempt on (written once)."""
        from assist_desktop.security.key_slots import VERSION
        if marker is not None or slots is None or slots.version < VERSION:
            return marker    # an older key file is signed at its first unlock: not before
        marker = secrets.token_hex(8)
        slots.throttle = {"file": marker}
        try:
            slots.save(self._slots_path)
        except OSError:
            return None
        return marker

    # --- attempts -----------------------------------------------------------------------
    def remaining(self, bucket: str) -> float:
        """Seconds before the next attempt in this bucket may run (reads only)."""
        _slots, marker = self._marker()
        return self._left(self._state(self._accounts(marker), bucket))

    def begin(self, bucket: str) -> None:
        """One attempt: refused (ThrottledError) while the bucket's delay runs; otherwise
        counted as a failure now, before the KDF runs (``succeeded`` clears it). Read, check
        and record happen under the key file's lock, shared with every other process."""
        with self._lock():
            slots, marker = self._marker()
            if slots is None:
                return
            accounts = self._accounts(marker)
            state = self._state(accounts, bucket)
            left = self._left(state)
            if accounts is None:        # missing or damaged: every account at the longest delay
                accounts = {}
                for name in {UNKNOWN, *(s.username for s in slots.slots if s.username)}:
                    accounts[_key(name)] = [_DAMAGED, state[1]]
                accounts[_key(bucket)] = [_DAMAGED, state[1]]
                self._write(self._ensure_marker(slots, marker), accounts)
            if left > 0:
                raise ThrottledError(left)
            marker = self._ensure_marker(slots, marker)
            accounts[_key(bucket)] = [state[0] + 1, self._clock()]
            self._write(marker, accounts)

    def succeeded(self, bucket: str) -> None:
        with self._lock():
            _slots, marker = self._marker()
            accounts = self._accounts(marker)
            if accounts is not None and accounts.pop(_key(bucket), None) is not None:
                self._write(marker, accounts)

    def failures(self, bucket: str) -> int:
        """How many attempts are counted against the bucket (for tests and the docs' claims)."""
        _slots, marker = self._marker()
        return self._state(self._accounts(marker), bucket)[0]
