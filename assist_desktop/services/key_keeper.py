"""Holds the data key while the centre is unlocked, and makes every change to the key slots.

Changes to keyslots.json happen here and nowhere else, under one lock, each written
atomically. The key is dropped (forget) when the centre is locked.
"""
from __future__ import annotations

import threading
from pathlib import Path

from assist_desktop.domain.errors import StoreLockedError
from assist_desktop.security import envelope
from assist_desktop.security.kdf import KdfPolicy
from assist_desktop.security.keyslots import KeySlotFile


class KeyKeeper:
    def __init__(self, slots_path: Path, data_key: bytes, kdf_policy: KdfPolicy):
        self.slots_path = Path(slots_path)
        self._data_key: bytes | None = data_key
        self._kdf = kdf_policy
        self._lock = threading.RLock()

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise StoreLockedError()
        return self._data_key

    def forget(self) -> None:
        self._data_key = None

    def load(self) -> KeySlotFile:
        return KeySlotFile.load(self.slots_path)

    def set_passphrase(self, username: str, passphrase: str, must_change: bool = False) -> None:
        params = self._kdf.parameters()  # slow (calibration, once); outside the lock
        with self._lock:
            slots = self.load()
            slots.add_passphrase_slot(username, passphrase, self.data_key, params, must_change)
            slots.save(self.slots_path)

    def remove_user(self, username: str) -> None:
        with self._lock:
            slots = self.load()
            slots.without("passphrase", username)
            slots.without("device", username)
            slots.save(self.slots_path)

    def set_recovery_code(self, code: str) -> None:
        with self._lock:
            slots = self.load()
            slots.add_recovery_slot(code, self.data_key)
            slots.save(self.slots_path)

    def add_device_slot(self, username: str, secret: bytes, backend: str) -> None:
        with self._lock:
            slots = self.load()
            slots.add_device_slot(username, secret, self.data_key, backend)
            slots.save(self.slots_path)

    def remove_device_slot(self, username: str) -> None:
        with self._lock:
            slots = self.load()
            slots.without("device", username)
            slots.save(self.slots_path)

    def rotate(self, rekey) -> None:
        """Re-key the database and re-seal the new key to every slot.

        Order matters for a kill at any moment: (1) the new key is sealed, as *pending*, to
        every slot and saved; (2) the database is re-keyed; (3) pending becomes current. An
        unlock tries the current key, then the pending one, so one of them always opens it.
        """
        with self._lock:
            new_key = envelope.new_data_key()
            slots = self.load()
            slots.begin_rotation(new_key)
            slots.save(self.slots_path)
            rekey(new_key)
            self._data_key = new_key
            slots.finish_rotation()
            slots.save(self.slots_path)
