"""The key-slot file: a small, versioned, non-secret JSON file beside the database.

It holds the data key only in sealed form, once per slot (see envelope.py). It is written
atomically, and no earlier version is kept: a removed slot must stop working at once (a
`keyslots.json.prev` left by an older release, holding removed slots, is deleted on save).
During a data-key rotation it also holds the *pending* new key sealed to every slot, so
that a kill at any moment leaves a file that opens the database with one of the two keys.

Every slot carries a MAC made with a key derived from the data key, over everything that
describes it (id, kind, user, public key, backend, must_change). Whoever can write the file
but does not hold the data key cannot add a slot or swap a public key so that a later
rotation or backup seals a key to them: unauthentic slots are dropped before use.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import unicodedata
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from assist_desktop.domain.errors import KeySlotError, WrongKeyError
from assist_desktop.platform.atomic import atomic_write_text
from assist_desktop.security import kdf


class _Envelope:
    """security.envelope (cryptography), imported on first use: listing the accounts for the
    unlock window only reads the file."""

    def __getattr__(self, name: str):
        from assist_desktop.security import envelope as module
        return getattr(module, name)


envelope = _Envelope()

FORMAT = "assist-desktop/keyslots"
VERSION = 2  # 2: every slot carries a MAC; files of version 1 are signed at first unlock
KINDS = ("passphrase", "recovery", "device")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalise_passphrase(passphrase: str) -> bytes:
    # The same passphrase typed on macOS (NFD) and Windows (NFC) must unlock the same slot.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass(frozen=True)
class Slot:
    id: str
    kind: str
    username: str | None
    public_key: bytes
    private_sealed: dict          # {"nonce", "ciphertext"} + {"kdf", "salt"} for passphrases
    data_key_sealed: dict         # {"ephemeral", "nonce", "ciphertext"}
    created_at: str
    must_change: bool = False     # a passphrase an administrator set on someone's behalf
    backend: str | None = None    # device slots: which keychain backend holds the secret
    mac: bytes = b""              # over mac_payload(), keyed from the data key

    def private_aad(self, database_id: str) -> bytes:
        return (f"{FORMAT}|private|{database_id}|{self.id}|{self.kind}|{self.username}|"
                f"{_b64(self.public_key)}").encode()

    def mac_payload(self, database_id: str) -> bytes:
        return json.dumps([FORMAT, "slot-mac", database_id, self.id, self.kind, self.username,
                           _b64(self.public_key), self.backend, self.must_change,
                           self.created_at], separators=(",", ":")).encode()

    def data_key_aad(self, database_id: str) -> bytes:
        return f"{FORMAT}|data-key|{database_id}|{self.id}".encode()

    def to_json(self) -> dict:
        sealed = {k: (v if k == "kdf" else _b64(v)) for k, v in self.private_sealed.items()}
        return {"id": self.id, "kind": self.kind, "username": self.username,
                "public_key": _b64(self.public_key), "private": sealed,
                "data_key": {k: _b64(v) for k, v in self.data_key_sealed.items()},
                "created_at": self.created_at, "must_change": self.must_change,
                "backend": self.backend, "mac": _b64(self.mac)}

    @classmethod
    def from_json(cls, data: dict) -> "Slot":
        kind = data["kind"]
        if kind not in KINDS:
            raise ValueError(f"unknown slot kind {str(kind)[:20]!r}")
        private = {k: (v if k == "kdf" else _unb64(v)) for k, v in data["private"].items()}
        if kind == "passphrase":
            kdf.KdfParameters.from_json(private["kdf"])  # validates ranges
        return cls(id=str(uuid.UUID(data["id"])), kind=kind, username=data.get("username"),
                   public_key=_unb64(data["public_key"]), private_sealed=private,
                   data_key_sealed={k: _unb64(v) for k, v in data["data_key"].items()},
                   created_at=str(data["created_at"]), must_change=bool(data.get("must_change")),
                   backend=data.get("backend"), mac=_unb64(data.get("mac", "")))


PROGRAM_PREFIX = "@"  # never in a valid username: device slots of programs, not people


def is_program_name(username: str | None) -> bool:
    """True for a name that belongs to a program (`@backup-job`), or to the throttle's
    `@recovery`, never to a person: no one can sign in with it."""
    return bool(username) and username.startswith(PROGRAM_PREFIX)


def _pending_parts(entry: dict) -> tuple[dict, bytes]:
    """A pending entry split into (the new key sealed to the slot, the slot's MAC under it)."""
    return {k: v for k, v in entry.items() if k != "mac"}, entry.get("mac", b"")


def _mac_key(data_key: bytes, database_id: str) -> bytes:
    return envelope.secret_key_from_high_entropy(data_key, f"slot-mac|{database_id}".encode())


def _dict_or(value, default):
    return value if isinstance(value, dict) else default


def _names(value) -> dict[str, str]:
    """The display-name map as read from the file: strings only, bounded, no line breaks."""
    if not isinstance(value, dict):
        return {}
    return {str(u)[:100]: " ".join(str(n).split())[:200] for u, n in value.items()
            if isinstance(u, str) and isinstance(n, str) and n.strip()}


@dataclass
class KeySlotFile:
    database_id: str
    generation: int = 1
    slots: list[Slot] = field(default_factory=list)
    # During a rotation: slot id -> {the new key sealed to that slot, the slot's MAC under the
    # new key}; and a check value that tells whether a key is the new one.
    pending: dict[str, dict] | None = None
    pending_check: bytes | None = None
    version: int = VERSION
    # Staff display names (username -> full name) for "Choose your name" before unlocking.
    # Not secret and not client data; not authenticated either: only ever shown, never used
    # to decide anything (see docs/SECURITY.md, "What the key file reveals").
    names: dict[str, str] = field(default_factory=dict)
    # The audit log's head {"seq", "link", "mac"} (MAC'd under the audit key; see
    # security/audit_chain.Anchor) and the unlock throttle's counters (security/throttle.py):
    # both kept here, outside the database, in the one file that cannot be deleted without
    # losing the way in. Stored as read; their owners check them.
    audit_anchor: dict | None = None
    throttle: dict = field(default_factory=dict)

    # --- file ---------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> "KeySlotFile":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KeySlotError("The key file (keyslots.json) is missing from the data folder, so "
                               "the database cannot be unlocked. Restore it from a backup.") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            raise KeySlotError("The key file (keyslots.json) is damaged. Restore it from a "
                               "backup.") from None
        try:
            if data.get("format") != FORMAT:
                raise ValueError("not a key-slot file")
            version = int(data["version"])
            if version > VERSION:
                raise KeySlotError("The key file was written by a newer version of ASSIST Desktop.")
            pending = data.get("pending")
            check = data.get("pending_check")
            return cls(database_id=str(uuid.UUID(data["database_id"])),
                       generation=int(data["generation"]),
                       slots=[Slot.from_json(s) for s in data["slots"]],
                       pending=({sid: {k: _unb64(v) for k, v in sealed.items()}
                                 for sid, sealed in pending.items()} if pending else None),
                       pending_check=_unb64(check) if check else None, version=version,
                       names=_names(data.get("names")),
                       audit_anchor=_dict_or(data.get("audit_anchor"), None),
                       throttle=_dict_or(data.get("throttle"), {}))
        except KeySlotError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError):
            raise KeySlotError("The key file (keyslots.json) is damaged. Restore it from a "
                               "backup.") from None

    def to_json_text(self) -> str:
        data = {"format": FORMAT, "version": VERSION, "database_id": self.database_id,
                "generation": self.generation, "slots": [s.to_json() for s in self.slots],
                "pending": ({sid: {k: _b64(v) for k, v in sealed.items()}
                             for sid, sealed in self.pending.items()} if self.pending else None),
                "pending_check": _b64(self.pending_check) if self.pending_check else None,
                "names": {u: n for u, n in sorted(self.names.items())
                          if u in self.usernames()}}
        if self.audit_anchor:
            data["audit_anchor"] = self.audit_anchor
        if self.throttle:
            data["throttle"] = self.throttle
        return json.dumps(data, indent=2, sort_keys=True) + "\n"

    def save(self, path: Path) -> None:
        atomic_write_text(path, self.to_json_text(), mode=0o600)
        previous = path.with_name(path.name + ".prev")  # older releases kept one: removed slots
        previous.unlink(missing_ok=True)

    # --- authenticity -------------------------------------------------------------------
    def signed(self, slot: Slot, data_key: bytes) -> Slot:
        mac = hmac.new(_mac_key(data_key, self.database_id), slot.mac_payload(self.database_id),
                       hashlib.sha256).digest()
        return replace(slot, mac=mac)

    def is_authentic(self, slot: Slot, *data_keys: bytes) -> bool:
        return any(hmac.compare_digest(self.signed(slot, key).mac, slot.mac)
                   for key in data_keys if key)

    def upgrade_unsigned(self, data_key: bytes) -> bool:
        """A version-1 file predates slot MACs: sign its slots once, at the first unlock by a
        holder of the data key. Returns True when the file changed and must be saved."""
        if self.version >= 2:
            return False
        self.slots = [self.signed(s, data_key) for s in self.slots]
        self.version = VERSION
        return True

    def drop_unauthentic(self, *data_keys: bytes) -> int:
        """Remove slots that were not made by a holder of the data key. Returns how many."""
        kept = [s for s in self.slots if self.is_authentic(s, *data_keys)]
        dropped = len(self.slots) - len(kept)
        self.slots = kept
        if self.pending:
            self.pending = {sid: v for sid, v in self.pending.items()
                            if any(s.id == sid for s in kept)}
        return dropped

    def find_authentic(self, kind: str, username: str | None, data_key: bytes) -> Slot | None:
        slot = self.find(kind, username)
        return slot if slot is not None and self.is_authentic(slot, data_key) else None

    # --- finding slots ------------------------------------------------------------------
    def usernames(self) -> list[str]:
        return sorted({s.username for s in self.slots if s.kind == "passphrase" and s.username},
                      key=str.casefold)

    def labels(self) -> list[tuple[str, str]]:
        """(username, what to show for it): the full name when known, else the username."""
        return [(u, self.names.get(u) or u) for u in self.usernames()]

    def find(self, kind: str, username: str | None = None) -> Slot | None:
        for slot in self.slots:
            if slot.kind == kind and (username is None or
                                      (slot.username or "").casefold() == username.casefold()):
                return slot
        return None

    def without(self, kind: str, username: str | None) -> None:
        self.slots = [s for s in self.slots
                      if not (s.kind == kind and (s.username or "").casefold()
                              == (username or "").casefold())]

    # --- opening ------------------------------------------------------------------------
    def private_key(self, slot: Slot, secret_key: bytes) -> bytes:
        sealed = slot.private_sealed
        try:
            private = envelope.open_sealed(secret_key, sealed["nonce"], sealed["ciphertext"],
                                           slot.private_aad(self.database_id))
        except envelope.UnwrapError:
            raise WrongKeyError() from None
        if envelope.public_from_private(private) != slot.public_key:
            raise KeySlotError("A key slot is damaged. Use another user or the recovery code.")
        return private

    def data_keys(self, slot: Slot, private: bytes) -> list[bytes]:
        """The data key (and the pending one during a rotation) this slot can open."""
        keys = []
        try:
            keys.append(envelope.open_with_private(private, slot.data_key_sealed,
                                                   slot.data_key_aad(self.database_id)))
        except envelope.UnwrapError:
            raise KeySlotError("A key slot is damaged. Use another user or the recovery code.") from None
        if self.pending and slot.id in self.pending:
            sealed, _mac = _pending_parts(self.pending[slot.id])
            try:
                keys.append(envelope.open_with_private(private, sealed,
                                                       slot.data_key_aad(self.database_id)))
            except envelope.UnwrapError:
                pass
        return keys

    # --- making slots -------------------------------------------------------------------
    def _make(self, kind: str, username: str | None, secret_key: bytes, data_key: bytes,
              extra: dict, **kwargs) -> Slot:
        private, public = envelope.new_keypair()
        slot = Slot(id=str(uuid.uuid4()), kind=kind, username=username, public_key=public,
                    private_sealed={}, data_key_sealed={},
                    created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"), **kwargs)
        nonce, ciphertext = envelope.seal(secret_key, private, slot.private_aad(self.database_id))
        slot = replace(slot, private_sealed={**extra, "nonce": nonce, "ciphertext": ciphertext},
                       data_key_sealed=envelope.seal_to_public(public, data_key,
                                                               slot.data_key_aad(self.database_id)))
        return self.signed(slot, data_key)

    def add_passphrase_slot(self, username: str, passphrase: str, data_key: bytes,
                            params: kdf.KdfParameters, must_change: bool = False) -> Slot:
        salt = kdf.new_salt()
        kek = kdf.derive(normalise_passphrase(passphrase), salt, params)
        slot = self._make("passphrase", username, kek, data_key,
                          {"kdf": params.to_json(), "salt": salt}, must_change=must_change)
        self.without("passphrase", username)
        self.slots.append(slot)
        return slot

    def add_recovery_slot(self, code: str, data_key: bytes) -> Slot:
        kek = envelope.secret_key_from_high_entropy(code.encode("ascii"), b"recovery")
        slot = self._make("recovery", None, kek, data_key, {})
        self.without("recovery", None)
        self.slots.append(slot)
        return slot

    def add_device_slot(self, username: str, device_secret: bytes, data_key: bytes,
                        backend: str) -> Slot:
        kek = envelope.secret_key_from_high_entropy(device_secret, b"device")
        slot = self._make("device", username, kek, data_key, {}, backend=backend)
        self.without("device", username)
        self.slots.append(slot)
        return slot

    @staticmethod
    def passphrase_kek(slot: Slot, passphrase: str) -> bytes:
        params = kdf.KdfParameters.from_json(slot.private_sealed["kdf"])
        return kdf.derive(normalise_passphrase(passphrase), slot.private_sealed["salt"], params)

    # --- rotation -----------------------------------------------------------------------
    @staticmethod
    def _key_check(key: bytes) -> bytes:
        return hmac.new(key, b"assist-desktop key check v1", hashlib.sha256).digest()

    def is_pending_key(self, key: bytes) -> bool:
        return self.pending_check is not None and hmac.compare_digest(self._key_check(key),
                                                                      self.pending_check)

    def _seal_pending(self, new_key: bytes) -> None:
        self.pending = {}
        for slot in self.slots:
            sealed = envelope.seal_to_public(slot.public_key, new_key,
                                             slot.data_key_aad(self.database_id))
            mac = self.signed(replace(slot, data_key_sealed=sealed), new_key).mac
            self.pending[slot.id] = {**sealed, "mac": mac}
        self.pending_check = self._key_check(new_key)

    def begin_rotation(self, current_key: bytes, new_key: bytes) -> None:
        """Seal the new key, as pending, to every slot a holder of the current key made."""
        self.drop_unauthentic(current_key)
        self._seal_pending(new_key)

    def finish_rotation(self, new_key: bytes) -> None:
        """The pending key has become the data key: every slot now carries only it.

        A slot takes its pending entry only if the MAC made with the new key at the start of
        the rotation holds; a slot without one must already be signed under the new key
        (added after the re-key). Anything else is dropped.
        """
        if not self.pending:
            return
        kept = []
        for slot in self.slots:
            entry = self.pending.get(slot.id)
            if entry is not None:
                sealed, mac = _pending_parts(entry)
                candidate = replace(slot, data_key_sealed=sealed, mac=mac)
                if self.is_authentic(candidate, new_key):
                    kept.append(candidate)
            elif self.is_authentic(slot, new_key):
                kept.append(slot)
        self.slots = kept
        self.pending = None
        self.pending_check = None
        self.generation += 1

    def abandon_rotation(self) -> None:
        self.pending = None
        self.pending_check = None

    def rekey_trusted(self, new_key: bytes) -> None:
        """Seal a new key to every slot and sign each under it, trusting the slots as they
        are: only for slots from an authenticated source (a verified backup body)."""
        self._seal_pending(new_key)
        self.finish_rotation(new_key)
