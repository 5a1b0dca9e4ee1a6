"""Enrolled laptops and one-time enrolment codes (devices.json, enrolment.json).

The running server re-reads devices.json whenever it changes on disk, so `assist-desktop
server revoke` in another terminal takes effect on the next call, without a restart. Codes
are kept only as SHA-256 hashes, expire, and are removed when used.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time

from assist_desktop.domain.errors import AssistError, NotFound
from assist_desktop.platform.clock import utc_now
from assist_desktop.platform.file_lock import exclusive
from assist_desktop.server.folder import ServerFolder
from assist_desktop.wire.enrolment import CODE_ALPHABET as _ALPHABET, normalise_code

CODE_HOURS = 24


def _hash(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode("ascii")).hexdigest()




class DeviceRegistry:
    def __init__(self, folder: ServerFolder):
        self._folder = folder
        self._lock = threading.Lock()
        self._snapshot: tuple[tuple[int, int] | None, dict[str, dict]] | None = None

    # --- devices ------------------------------------------------------------------------
    def _file_stamp(self) -> tuple[int, int] | None:
        try:
            st = self._folder.path("devices.json").stat()
            return st.st_mtime_ns, st.st_size
        except FileNotFoundError:
            return None

    def _current(self) -> dict[str, dict]:
        """The registry as the file holds it now. Every call checks the file's stamp (so a
        revocation counts from the next call); the lock is taken only to re-read it, so the
        RPC threads do not queue on it (the snapshot is replaced, never changed in place)."""
        stamp = self._file_stamp()
        snapshot = self._snapshot
        if snapshot is not None and snapshot[0] == stamp:
            return snapshot[1]
        with self._lock:
            stamp = self._file_stamp()
            if self._snapshot is None or self._snapshot[0] != stamp:
                self._snapshot = (stamp, self._folder.read_json("devices.json", {}))
            return self._snapshot[1]

    def devices(self) -> dict[str, dict]:
        return dict(self._current())

    def is_allowed(self, serial: str) -> bool:
        entry = self._current().get(serial)
        return entry is not None and not entry.get("revoked_at")

    def name_of(self, serial: str) -> str:
        return str(self._current().get(serial, {}).get("name", ""))

    def _update(self, change) -> None:
        with exclusive(self._folder.path("devices.lock")):
            devices = self._folder.read_json("devices.json", {})
            change(devices)
            self._folder.write_json("devices.json", devices)

    def register(self, serial: str, name: str) -> None:
        self._update(lambda d: d.__setitem__(serial, {"name": name, "enrolled_at": utc_now(),
                                                      "revoked_at": None}))

    def revoke(self, serial_or_name: str) -> list[str]:
        """Revoke by certificate serial, or every certificate of a device name. Returns the
        serials revoked; NotFound when none matched."""
        revoked: list[str] = []

        def change(devices):
            for serial, entry in devices.items():
                if (serial == serial_or_name.lower() or entry.get("name") == serial_or_name) \
                        and not entry.get("revoked_at"):
                    entry["revoked_at"] = utc_now()
                    revoked.append(serial)
        self._update(change)
        if not revoked:
            raise NotFound("enrolled device")
        return revoked

    # --- enrolment codes ----------------------------------------------------------------
    def issue_code(self, device_name: str) -> str:
        name = " ".join(device_name.split())[:64]
        if not name:
            raise AssistError("give the laptop a name (for example 'Office laptop 3')")
        code = "-".join("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(4))
        with exclusive(self._folder.path("devices.lock")):
            codes = self._folder.read_json("enrolment.json", {})
            now = time.time()
            codes = {h: c for h, c in codes.items() if c.get("expires", 0) > now}
            codes[_hash(code)] = {"name": name, "expires": now + CODE_HOURS * 3600}
            self._folder.write_json("enrolment.json", codes)
        return code

    def redeem_code(self, code: str) -> str | None:
        """The device name the code was issued for, once; None for a wrong, used or expired
        code (the same answer for each, and the same time to give it)."""
        wanted = _hash(code)
        with exclusive(self._folder.path("devices.lock")):
            codes = self._folder.read_json("enrolment.json", {})
            found = None
            for digest, entry in codes.items():
                if hmac.compare_digest(digest, wanted):
                    found = digest
            if found is None:
                return None
            entry = codes.pop(found)
            self._folder.write_json("enrolment.json", codes)
        return entry["name"] if entry.get("expires", 0) > time.time() else None
