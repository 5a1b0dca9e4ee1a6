"""A backup's own keys and key slots.

Each backup has a fresh random 256-bit body key; HKDF derives from it the key of the chunk
stream and trailer, and the SQLCipher key of the snapshot inside (never the centre's data key,
which a backup does not contain). The body key is stored only in the header's slots:

- a **passphrase slot**: AES-256-GCM under an Argon2id key from the backup passphrase
  (parameters and salt in the slot);
- a **recovery slot**: the body key sealed to the public key of the centre's recovery slot
  (X25519, as in the centre's own key file), with a copy of that slot's sealed private key.
  The centre's recovery code opens it, so a backup can be restored when every laptop and
  every passphrase is gone, and making a backup needs no one to type the recovery code.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from assist_desktop.backup.errors import (BackupDamagedError, BackupOriginError,
                                          WrongBackupSecretError)
from assist_desktop.domain.errors import ValidationError, WrongKeyError
from assist_desktop.security import envelope, kdf
from assist_desktop.security.backup_auth import OriginKey, proves_origin
from assist_desktop.security.key_slots import KeySlotFile, Slot, normalise_passphrase
from assist_desktop.security.recovery_code import normalise


@dataclass(frozen=True)
class BackupSecret:
    """What opens a backup: the backup passphrase, or the centre's recovery code."""

    kind: str      # "passphrase" or "recovery"
    value: str

    @classmethod
    def passphrase(cls, text: str) -> "BackupSecret":
        return cls("passphrase", text)

    @classmethod
    def recovery_code(cls, code: str) -> "BackupSecret":
        return cls("recovery", code)

    def __repr__(self) -> str:  # never show the secret in a traceback or log
        return f"BackupSecret({self.kind!r}, ***)"


def new_body_key() -> bytes:
    return os.urandom(32)


@dataclass(frozen=True)
class BodyKeys:
    stream: bytes      # AES-256-GCM: the body's chunks and the trailer
    snapshot: bytes    # SQLCipher: the snapshot database inside


def derive(body_key: bytes) -> BodyKeys:
    def one(info: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                    info=b"assist-desktop/backup v2 " + info).derive(body_key)
    return BodyKeys(stream=one(b"stream"), snapshot=one(b"snapshot"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text) -> bytes:
    try:
        return base64.b64decode(str(text).encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise BackupDamagedError() from None


def _aad(kind: str, backup_id: str, database_id: str) -> bytes:
    return f"assist-desktop/backup v1 slot|{kind}|{backup_id}|{database_id}".encode()


@dataclass
class DerivedKek:
    """The passphrase slot's Argon2id key as made (create keeps it for its own read-back:
    Argon2id is deterministic, so deriving it again from the same passphrase, salt and
    parameters would only take time; the slot read back must record that very salt and
    those parameters, else the key is derived again)."""

    salt: bytes = b""
    params: kdf.KdfParameters | None = None
    kek: bytes = field(default=b"", repr=False)


def make_slots(body_key: bytes, *, backup_id: str, database_id: str, passphrase: str,
               kdf_params: kdf.KdfParameters, centre_slots: KeySlotFile | None,
               data_key: bytes, origin: OriginKey | None = None,
               keep: DerivedKek | None = None) -> list[dict]:
    """The header's slots: the passphrase slot, and the recovery slot if the centre has one
    and an origin key (security/backup_auth.py) to prove to the recovery code that the backup
    is the centre's own.

    The recovery slot is used only if its MAC proves a holder of the data key made it: a
    public key planted in keyslots.json must not receive the backup's key.
    """
    salt = kdf.new_salt()
    kek = kdf.derive(normalise_passphrase(passphrase), salt, kdf_params)
    if keep is not None:
        keep.salt, keep.params, keep.kek = salt, kdf_params, kek
    nonce, ciphertext = envelope.seal(kek, body_key, _aad("passphrase", backup_id, database_id))
    slots = [{"kind": "passphrase", "kdf": kdf_params.to_json(), "salt": _b64(salt),
              "nonce": _b64(nonce), "ciphertext": _b64(ciphertext)}]
    recovery = (centre_slots.find_authentic("recovery", None, data_key)
                if centre_slots is not None else None)
    if recovery is not None and origin is not None:
        sealed = envelope.seal_to_public(recovery.public_key, body_key,
                                         _aad("recovery", backup_id, database_id))
        slots.append({"kind": "recovery", "slot_id": recovery.id,
                      "public_key": _b64(recovery.public_key),
                      "private": {"nonce": _b64(recovery.private_sealed["nonce"]),
                                  "ciphertext": _b64(recovery.private_sealed["ciphertext"])},
                      "created_at": recovery.created_at, "origin": dict(origin.sealed),
                      "body_key": {k: _b64(v) for k, v in sealed.items()}})
    return slots


def _find(slots: list, kind: str) -> dict | None:
    for slot in slots:
        if isinstance(slot, dict) and slot.get("kind") == kind:
            return slot
    return None


def open_body_key(slots: list, secret: BackupSecret, *, backup_id: str,
                  database_id: str, made: DerivedKek | None = None) -> bytes:
    """The body key, or WrongBackupSecretError. Slow for a passphrase (Argon2id), unless
    ``made`` holds the key derived when this very slot was made (create's read-back)."""
    if secret.kind == "passphrase":
        return _open_passphrase(slots, secret.value, backup_id, database_id, made)
    if secret.kind == "recovery":
        return _open_recovery(slots, secret.value, backup_id, database_id)
    raise ValueError("unknown secret kind")


def _open_passphrase(slots, passphrase, backup_id, database_id,
                     made: DerivedKek | None = None) -> bytes:
    slot = _find(slots, "passphrase")
    if slot is None:
        raise WrongBackupSecretError("This backup has no passphrase slot; use the recovery code.")
    try:
        params = kdf.KdfParameters.from_json(slot["kdf"])
        salt, nonce, ciphertext = (_unb64(slot[k]) for k in ("salt", "nonce", "ciphertext"))
    except (KeyError, TypeError, ValueError):
        raise BackupDamagedError() from None
    if made is not None and made.kek and made.salt == salt and made.params == params:
        kek = made.kek
    else:
        kek = kdf.derive(normalise_passphrase(passphrase), salt, params)
    try:
        return envelope.open_sealed(kek, nonce, ciphertext,
                                    _aad("passphrase", backup_id, database_id))
    except envelope.UnwrapError:
        raise WrongBackupSecretError() from None


def _open_recovery(slots, code, backup_id, database_id) -> bytes:
    try:
        code = normalise(code)
    except ValueError as exc:
        raise ValidationError("recovery code", str(exc)) from None
    slot = _find(slots, "recovery")
    if slot is None:
        raise WrongBackupSecretError("This backup cannot be opened with a recovery code; use the "
                                     "backup passphrase.")
    try:
        centre_slot = Slot(id=str(slot["slot_id"]), kind="recovery", username=None,
                           public_key=_unb64(slot["public_key"]),
                           private_sealed={k: _unb64(slot["private"][k])
                                           for k in ("nonce", "ciphertext")},
                           data_key_sealed={}, created_at=str(slot["created_at"]))
        sealed = {k: _unb64(slot["body_key"][k]) for k in ("ephemeral", "nonce", "ciphertext")}
    except (KeyError, TypeError):
        raise BackupDamagedError() from None
    kek = envelope.secret_key_from_high_entropy(code.encode("ascii"), b"recovery")
    try:
        private = KeySlotFile(database_id=database_id).private_key(centre_slot, kek)
    except WrongKeyError:
        raise WrongBackupSecretError(
            "The recovery code does not open this backup (if the centre's recovery code was "
            "replaced, backups made before that need the old code).") from None
    try:
        return envelope.open_with_private(private, sealed, _aad("recovery", backup_id, database_id))
    except (envelope.UnwrapError, ValueError):
        raise BackupDamagedError() from None


def check_origin(slots: list, secret: BackupSecret, header_digest: bytes, meta: dict) -> None:
    """For a backup opened with the recovery code: raise unless the centre made it."""
    if secret.kind != "recovery":
        return
    slot = _find(slots, "recovery") or {}
    if not proves_origin(secret.value, slot.get("origin"), header_digest, meta.get("origin_mac")):
        raise BackupOriginError()
