"""Holds the data key while the centre is unlocked, and makes every change to the key slots.

Changes to keyslots.json happen here (and in the vault's unlock-time settling) and nowhere
else: each load-modify-save holds an exclusive lock shared with other processes, and is
written atomically. The key is dropped (forget) when the centre is locked.
"""
from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from assist_desktop.domain.errors import StoreLockedError, WrongKeyError
from assist_desktop.platform.file_lock import exclusive
from assist_desktop.security import envelope
from assist_desktop.security.kdf import KdfPolicy
from assist_desktop.security.key_slots import KeySlotFile


def slots_lock(slots_path: Path):
    return exclusive(Path(slots_path).with_name(Path(slots_path).name + ".lock"))


class KeyKeeper:
    def __init__(self, slots_path: Path, data_key: bytes, kdf_policy: KdfPolicy,
                 slot: tuple[str, bytes] | None = None):
        self.slots_path = Path(slots_path)
        self._data_key: bytes | None = data_key
        # (id, private key) of the slot she unlocked with: it opens the compartment keys
        # sealed to her (services/sealing.py). Dropped with the data key.
        self.unlocked_slot = slot
        self._kdf = kdf_policy
        self._lock = threading.RLock()

    @property
    def kdf_policy(self) -> KdfPolicy:
        """The centre's Argon2id parameters (calibrated once on this machine), for anything
        else sealed with a passphrase while it is open (a case-transfer package)."""
        return self._kdf

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise StoreLockedError()
        return self._data_key

    def forget(self) -> None:
        self._data_key = None
        self.unlocked_slot = None

    def load(self) -> KeySlotFile:
        return KeySlotFile.load(self.slots_path)

    @contextlib.contextmanager
    def _changing(self):
        """Load under both locks, let the caller change, save."""
        with self._lock, slots_lock(self.slots_path):
            slots = self.load()
            yield slots
            slots.save(self.slots_path)

    def must_change(self, username: str) -> bool:
        slot = self.load().find_authentic("passphrase", username, self.data_key)
        return slot is not None and slot.must_change

    def temporary_usernames(self) -> set[str]:
        """Who still signs in with a passphrase an administrator set (to be changed)."""
        slots = self.load()
        return {s.username for s in slots.slots if s.kind == "passphrase" and s.must_change
                and s.username and slots.is_authentic(s, self.data_key)}

    def verify_passphrase(self, username: str, passphrase: str) -> bool:
        return self.open_slot(username, passphrase) is not None

    def open_slot(self, username: str, passphrase: str) -> tuple[str, bytes] | None:
        """(slot id, private key) of her passphrase slot, or None if the passphrase does not
        open it: on a centre server, what opens the compartment keys sealed to her."""
        slots = self.load()
        slot = slots.find_authentic("passphrase", username, self.data_key)
        if slot is None:
            return None
        try:
            return slot.id, slots.private_key(slot, KeySlotFile.passphrase_kek(slot, passphrase))
        except WrongKeyError:
            return None

    def set_passphrase(self, username: str, passphrase: str, must_change: bool = False,
                       full_name: str | None = None) -> None:
        params = self._kdf.parameters()  # slow (calibration, once); outside the lock
        with self._changing() as slots:
            slots.add_passphrase_slot(username, passphrase, self.data_key, params, must_change)
            if full_name:
                slots.names[username] = full_name

    def set_display_name(self, username: str, full_name: str) -> None:
        """The name "Choose your name" shows for this user (written only when it changed)."""
        if self.load().names.get(username) == full_name:
            return
        with self._changing() as slots:
            slots.names[username] = full_name

    def remove_user(self, username: str) -> None:
        with self._changing() as slots:
            slots.without("passphrase", username)
            slots.without("device", username)
            slots.names.pop(username, None)

    def set_recovery_code(self, code: str) -> None:
        with self._changing() as slots:
            slots.add_recovery_slot(code, self.data_key)

    def add_device_slot(self, username: str, secret: bytes, backend: str) -> None:
        with self._changing() as slots:
            slots.add_device_slot(username, secret, self.data_key, backend)

    def remove_device_slot(self, username: str) -> None:
        with self._changing() as slots:
            slots.without("device", username)

    def remove_device_slots(self) -> int:
        """Remove every person's 'remember this computer' slot; returns how many.

        Slots whose name starts with '@' belong to the program (the unattended backup job),
        not to a person, and are kept: a username always starts with a letter.
        """
        with self._changing() as slots:
            before = len(slots.slots)
            slots.slots = [s for s in slots.slots
                           if s.kind != "device" or (s.username or "").startswith("@")]
            return before - len(slots.slots)

    def rotate(self, rekey) -> None:
        """Re-key the database and re-seal the new key to every slot.

        Order matters for a kill at any moment: (1) the new key is sealed, as *pending*, to
        every authentic slot and saved; (2) the database is re-keyed; (3) pending becomes
        current. An unlock tries the current key, then the pending one, so one of them
        always opens it; and no other process can change the file in between.
        """
        with self._lock, slots_lock(self.slots_path):
            new_key = envelope.new_data_key()
            slots = self.load()
            slots.begin_rotation(self.data_key, new_key)
            slots.save(self.slots_path)
            rekey(new_key)
            self._data_key = new_key
            slots.finish_rotation(new_key)
            slots.save(self.slots_path)
