"""Separation by key, for the signed-in person: the compartment keys her slot opens, and the
reconciliation that keeps every compartment sealed to exactly the people entitled to it.

The Keyring is the storage layer's *sealer* for this session's connection
(storage/sealed_records.py): it opens a compartment key the first time a record needs it, with
the private key of the slot she unlocked with, and keeps it until the centre is locked.

reconcile() runs at every unlock and after anything that changes who is entitled (a client's
restriction, a user added, given or losing the solicitor role, disabled, a passphrase set):
- the privilege compartment exists, and every privileged record is sealed under it;
- every restricted client has her compartment and her records are sealed under it; a client
  no longer restricted has her records opened and her compartment removed;
- each compartment's key is sealed to every entitled slot (solicitors' slots for privilege,
  the slots of the staff named on her file for a client) and to the recovery slot;
- a copy held by someone no longer entitled makes a *rotation*: a new key, every record of the
  compartment re-encrypted, and the old generation's copies removed, in one transaction.
Whatever needs a key this person does not hold waits for the next reconciliation by someone
who holds it (the sign-in of a colleague named on the file, or a solicitor).
"""
from __future__ import annotations

import logging
import threading

from assist_desktop.security import compartment_keys as ck
from assist_desktop.storage import sealed_records as sealed
from assist_desktop.storage import sealed_reseal
from assist_desktop.storage.compartment_repository import CompartmentRepository, KeyCopy

log = logging.getLogger(__name__)


class Keyring:
    def __init__(self, keeper, slot_id: str | None, private: bytes | None,
                 username: str | None = None):
        self._keeper = keeper
        self._username = (username or "").casefold()
        self._slot_id = slot_id
        self._private = private
        self._keys: dict[tuple[str, int], bytes] = {}
        self._repo = CompartmentRepository()
        self._database_id: str | None = None
        self._forget_later: list[tuple[str, int]] = []
        self._ciphers: dict[bytes, object] = {}
        self._label_keys: dict[str, bytes] = {}

    def forget(self) -> None:
        self._keys.clear()
        self._ciphers.clear()
        self._label_keys.clear()
        self._private = None

    @property
    def database_id(self) -> str:
        if self._database_id is None:
            self._database_id = self._keeper.load().database_id
        return self._database_id

    # --- the sealer ------------------------------------------------------------------------
    def _key(self, conn, name: str, generation: int) -> bytes | None:
        key = self._keys.get((name, generation))
        if key is not None or self._private is None or self._slot_id is None:
            return key
        copy = self._repo.copy_for(conn, name, generation, self._slot_id)
        if copy is None:
            return None
        try:
            key = ck.open_key(self._private, copy,
                              ck.key_aad(self.database_id, name, generation, self._slot_id))
        except ck.SealedRecordError:
            log.warning("a compartment key copy did not open")
            return None
        self._keys[(name, generation)] = key
        return key

    def _label_key(self, conn, label: str) -> bytes | None:
        key = self._label_keys.get(label)
        if key is None:
            key = self._label_keys[label] = self._open_label(conn, label)
            if key is None:
                del self._label_keys[label]
        return key

    def _open_label(self, conn, label: str) -> bytes | None:
        try:
            parts = sealed.parse_label(label)
        except (ValueError, AttributeError):
            return None
        keys = [self._key(conn, name, gen) for name, gen in parts]
        if not keys or any(k is None for k in keys):
            return None
        return keys[0] if len(keys) == 1 else ck.combined(keys[0], keys[1])

    def can_open(self, conn, label: str) -> bool:
        return self._label_key(conn, label) is not None

    def encrypt(self, conn, label: str, aad: bytes, data: bytes) -> bytes:
        key = self._label_key(conn, label)
        if key is None:
            raise sealed.SealedRecordError(
                "This record belongs to a sealed compartment whose key has not reached you yet. "
                "It reaches you when a colleague who holds it next signs in.")
        return ck.seal_record(key, data, aad)

    def decrypt(self, conn, label: str, aad: bytes, blob: bytes) -> bytes:
        key = self._label_key(conn, label)
        if key is None:
            raise sealed.SealedRecordError("no key")
        try:
            return ck.open_record(key, blob, aad, self._cipher(key))
        except ck.SealedRecordError:
            raise sealed.SealedRecordError("damaged") from None

    def record_cipher(self, conn, label: str):
        """The AES-GCM object for records under `label` (None: no key for it is open), for
        opening many records under one label without a call per record."""
        key = self._label_key(conn, label)
        return None if key is None else self._cipher(key)

    def _cipher(self, key: bytes):
        """One AES-GCM object per key (making one per record costs more than the decryption)."""
        cipher = self._ciphers.get(key)
        if cipher is None:
            cipher = self._ciphers[key] = ck.cipher(key)
        return cipher

    def holds(self, conn, name: str) -> bool:
        gen = sealed.generation(conn, name)
        return gen is not None and self._key(conn, name, gen) is not None

    def key_state(self, conn, name: str) -> str:
        """For telling her why a record does not open: "held" (her key opens it), "waiting"
        (no copy of the current key is sealed to her slot yet: it reaches her when a holder
        next signs in), "damaged" (a copy is there and does not open), or "none" (no such
        compartment, or no key of hers is open)."""
        gen = sealed.generation(conn, name)
        if gen is None or self._slot_id is None or self._private is None:
            return "none"
        if self._key(conn, name, gen) is not None:
            return "held"
        if self._repo.copy_for(conn, name, gen, self._slot_id) is None:
            return "waiting"
        return "damaged"

    def waiting(self, conn) -> dict[str, set[str]]:
        """username (casefolded) -> the compartments she is entitled to whose current key is
        not yet sealed to one of her key slots (what an administrator sees on the staff list:
        the next reconciliation by a holder seals it)."""
        slots, data_key = self._keeper.load(), self._keeper.data_key
        mine = [s for s in slots.slots if s.kind in ("passphrase", "device") and s.username
                and slots.is_authentic(s, data_key)]
        held = self._repo.held(conn)
        restricted = self._repo.restricted_clients(conn)
        solicitors: set[str] | None = None
        found: dict[str, set[str]] = {}
        for name, (client_id, gen) in self._repo.all(conn).items():
            if client_id is None:
                if solicitors is None:
                    solicitors = self._repo.solicitors(conn)
                names = solicitors
            else:
                names = restricted.get(client_id, set())
            for slot in mine:
                user = slot.username.casefold()
                if user in names and (name, gen, slot.id) not in held:
                    found.setdefault(user, set()).add(name)
        return found

    # --- reconciliation --------------------------------------------------------------------
    @staticmethod
    def _entitled_slots(authentic: list, usernames: set[str]) -> list:
        return [s for s in authentic if
                s.kind == "recovery" or (s.kind in ("passphrase", "device") and s.username
                                         and s.username.casefold() in usernames)]

    def reconcile(self, conn, *, clients: list[int] | None = None,
                  privilege: bool = True) -> list[str]:
        """Bring compartments in line with who is entitled (see the module docstring), inside
        the caller's transaction. Returns messages for records that could not be moved."""
        slots, data_key = self._keeper.load(), self._keeper.data_key
        authentic = [s for s in slots.slots if slots.is_authentic(s, data_key)]   # once
        existing = self._repo.all(conn)
        restricted = self._repo.restricted_clients(conn)
        copies: dict[str, list[KeyCopy]] = {}
        for copy in self._repo.copies(conn):
            copies.setdefault(copy.compartment, []).append(copy)
        failures: list[str] = []
        wanted: list[tuple[str, int | None, set[str]]] = []
        if privilege:
            wanted.append((sealed.PRIVILEGE, None, self._repo.solicitors(conn)))
        client_ids = set(restricted) | {cid for cid, _ in existing.values() if cid is not None}
        if clients is not None:
            client_ids &= set(clients)
        for client_id in sorted(client_ids):
            wanted.append((sealed.client_compartment(client_id), client_id,
                           restricted.get(client_id)))
        for name, client_id, names in wanted:
            failures += self._reconcile_one(conn, authentic, name, client_id, names,
                                            existing.get(name), copies.get(name, []))
        if privilege and self.holds(conn, sealed.PRIVILEGE) and \
                self._repo.has_unsealed_privileged(conn):
            failures += sealed_reseal.reseal_privileged(conn)
        return failures

    def _reconcile_one(self, conn, authentic, name, client_id, names, current,
                       copies) -> list[str]:
        reseal = (sealed_reseal.reseal_privileged if client_id is None
                  else (lambda c: sealed_reseal.reseal_client(c, client_id)))
        if names is None:                        # a client no longer restricted
            if current is None or not self.holds(conn, name):
                return []
            self._key(conn, name, current[1])    # kept in memory while her records open
            self._repo.delete(conn, name)
            return reseal(conn)
        entitled = self._entitled_slots(authentic, names)
        if current is None:                      # a new compartment: a new key
            if client_id is None and not any(s.kind != "recovery" for s in entitled):
                return []   # no solicitor yet: made when the first one is added (by then no
                            # privileged record can exist: only a solicitor makes one)
            gen = self._repo.create(conn, name, client_id)
            self._seal_to(conn, name, gen, ck.new_key(), entitled)
            return reseal(conn)
        gen = current[1]
        held = {c.slot_id: c for c in copies if c.generation == gen}
        entitled_ids = {s.id for s in entitled}
        if set(held) == entitled_ids:
            return []                            # as it should be: no key needs opening
        key = self._key(conn, name, gen)
        if key is None:
            return []                            # not ours to change: a holder will
        lost = [c for c in held.values() if c.slot_id not in entitled_ids and
                c.username is not None and c.username.casefold() not in names]
        if lost:                                 # someone who had a copy left: rotate
            new_gen = self._repo.next_generation(conn, name)
            self._seal_to(conn, name, new_gen, ck.new_key(), entitled)
            failures = reseal(conn)
            self._repo.remove_older(conn, name, new_gen)
            return failures
        for slot in entitled:
            if slot.id not in held:
                self._seal_one(conn, name, gen, key, slot)
        for slot_id in set(held) - entitled_ids:  # a replaced passphrase or recovery code
            self._repo.remove_copy(conn, name, gen, slot_id)
        return []

    def _seal_to(self, conn, name: str, gen: int, key: bytes, entitled) -> None:
        self._keys[(name, gen)] = key            # for the re-seal now; dropped below if not ours
        for slot in entitled:
            self._seal_one(conn, name, gen, key, slot)
        mine = {s.id for s in entitled} | {s.username.casefold() for s in entitled if s.username}
        if self._slot_id not in mine and self._username not in mine:
            self._forget_later.append((name, gen))   # not ours to keep after the re-seal

    def _seal_one(self, conn, name, gen, key, slot) -> None:
        self._repo.add_copy(conn, KeyCopy(
            name, gen, slot.id, slot.username,
            ck.seal_key(slot.public_key, key, ck.key_aad(self.database_id, name, gen, slot.id))))

    def on_transaction(self, phase: str) -> None:
        """A write undone may have made keys that were never stored: open them afresh."""
        if phase == "rollback":
            self._keys.clear()
            self._ciphers.clear()
            self._label_keys.clear()

    def reconcile_and_forget(self, conn, **kwargs) -> list[str]:
        self._forget_later = []
        try:
            return self.reconcile(conn, **kwargs)
        finally:
            for entry in self._forget_later:
                self._keys.pop(entry, None)
            if self._forget_later:
                self._label_keys.clear()
            self._forget_later = []


class SharedKeyring:
    """A centre server's sealer (its one connection serves everyone signed in): the keyring of
    the administrator who unsealed it, plus the keyring of each person signed in from a laptop,
    opened from her passphrase at sign-in and forgotten when that sign-in ends.

    A record opens with whichever of these keyrings holds its key (a union): which person may
    see it is decided by the services (roles, restricted files), as on a standalone centre,
    not by which keys the calling person brought."""

    def __init__(self, base: Keyring):
        self._base = base
        self._guests: dict[bytes, Keyring] = {}
        self._lock = threading.Lock()

    def _all(self) -> list[Keyring]:
        with self._lock:
            return [self._base, *self._guests.values()]

    def admit(self, token: bytes, keyring: Keyring) -> None:
        with self._lock:
            self._guests[bytes(token)] = keyring

    def release(self, token: bytes) -> bool:
        """Forget the keys this sign-in brought; True if it had any."""
        with self._lock:
            keyring = self._guests.pop(bytes(token), None)
        if keyring is None:
            return False
        keyring.forget()
        return True

    def guests(self) -> int:
        with self._lock:
            return len(self._guests)

    def release_all(self) -> None:
        with self._lock:
            guests, self._guests = list(self._guests.values()), {}
        for keyring in guests:
            keyring.forget()

    def _opener(self, conn, label: str) -> Keyring | None:
        for keyring in self._all():
            if keyring.can_open(conn, label):
                return keyring
        return None

    def can_open(self, conn, label: str) -> bool:
        return self._opener(conn, label) is not None

    def encrypt(self, conn, label: str, aad: bytes, data: bytes) -> bytes:
        return (self._opener(conn, label) or self._base).encrypt(conn, label, aad, data)

    def decrypt(self, conn, label: str, aad: bytes, blob: bytes) -> bytes:
        return (self._opener(conn, label) or self._base).decrypt(conn, label, aad, blob)

    def record_cipher(self, conn, label: str):
        opener = self._opener(conn, label)
        return None if opener is None else opener.record_cipher(conn, label)

    def holds(self, conn, name: str) -> bool:
        return any(keyring.holds(conn, name) for keyring in self._all())

    def key_state(self, conn, name: str) -> str:
        states = {keyring.key_state(conn, name) for keyring in self._all()}
        for state in ("held", "damaged", "waiting"):
            if state in states:
                return state
        return "none"

    def waiting(self, conn) -> dict[str, set[str]]:
        return self._base.waiting(conn)

    def on_transaction(self, phase: str) -> None:
        for keyring in self._all()[1:]:       # the base keyring listens for itself
            keyring.on_transaction(phase)

    def reconcile_and_forget(self, conn, **kwargs) -> list[str]:
        """Each keyring does the part its keys allow (in turn, in the caller's transaction:
        what one has brought in line the next finds done)."""
        failures: list[str] = []
        for keyring in self._all():
            for failure in keyring.reconcile_and_forget(conn, **kwargs):
                if failure not in failures:
                    failures.append(failure)
        return failures


def reconcile_in(conn, **kwargs) -> list[str]:
    """Reconcile with the keyring of this connection's session (nothing if none is open)."""
    keyring = sealed.sealer_for(conn)
    if isinstance(keyring, (Keyring, SharedKeyring)):
        return keyring.reconcile_and_forget(conn, **kwargs)
    return []


def waiting_in(conn) -> dict[str, set[str]]:
    """Who is still waiting for which compartment key (see Keyring.waiting); nothing when no
    keyring is open on this connection."""
    keyring = sealed.sealer_for(conn)
    if isinstance(keyring, (Keyring, SharedKeyring)):
        return keyring.waiting(conn)
    return {}


def check_sealed(db) -> tuple[list[str], int]:
    """For `check`: (a message naming each sealed record that does not open with a key this
    person holds, how many sealed records are under keys she does not hold and so untested),
    plus key copies that are not sealed to any slot of the key file (structure only)."""
    return db.read(sealed_reseal.unopened)
