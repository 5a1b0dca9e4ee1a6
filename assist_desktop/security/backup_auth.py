"""Proof that a backup opened with the recovery code was made by the centre itself.

A backup's recovery slot seals its key to the centre's recovery *public* key, which every
backup header shows; so anyone could make a file that the recovery code opens. To tell the
centre's own backups apart, the centre keeps an **origin key**: a random key held inside the
encrypted database (so whoever makes a backup has it) and, sealed under a key derived from the
recovery code, copied into the recovery slot of every backup. Each backup carries
HMAC(origin key, header hash) in its encrypted trailer. Opening a backup with the recovery
code opens the sealed origin key too and checks that MAC; a forger has neither the code nor
the origin key. (A backup opened with its passphrase needs no such proof: its passphrase slot
cannot be made without the passphrase.)

The origin key is made with the recovery code, at set-up and whenever the code is replaced.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field

from assist_desktop.security import envelope
from assist_desktop.security.recovery_code import normalise

SETTING = "backup_origin"        # the settings row in the database that holds it
_INFO = b"assist-desktop backup-origin"
_AAD = b"assist-desktop backup-origin v1"
_MAC_LABEL = b"assist-desktop backup-origin mac v1|"


@dataclass(frozen=True)
class OriginKey:
    key: bytes = field(repr=False)
    sealed: dict                 # {"nonce", "ciphertext"}: base64, sealed under the code

    def to_text(self) -> str:
        return json.dumps({"key": self.key.hex(), "sealed": self.sealed}, sort_keys=True)

    @classmethod
    def from_text(cls, text: str | None) -> "OriginKey | None":
        if not text:
            return None
        try:
            data = json.loads(text)
            key = bytes.fromhex(data["key"])
            sealed = {k: str(data["sealed"][k]) for k in ("nonce", "ciphertext")}
        except (ValueError, KeyError, TypeError):
            return None
        return cls(key, sealed) if len(key) == 32 else None

    def mac(self, header_digest: bytes) -> str:
        return hmac.new(self.key, _MAC_LABEL + header_digest, hashlib.sha256).hexdigest()


def _kek(code: str) -> bytes:
    return envelope.secret_key_from_high_entropy(normalise(code).encode("ascii"), _INFO)


def new_origin_key(code: str) -> OriginKey:
    key = os.urandom(32)
    nonce, ciphertext = envelope.seal(_kek(code), key, _AAD)
    return OriginKey(key, {"nonce": base64.b64encode(nonce).decode("ascii"),
                           "ciphertext": base64.b64encode(ciphertext).decode("ascii")})


def proves_origin(code: str, sealed, header_digest: bytes, mac) -> bool:
    """True if the sealed origin key opens with this recovery code and the MAC is its MAC."""
    try:
        nonce = base64.b64decode(str(sealed["nonce"]), validate=True)
        ciphertext = base64.b64decode(str(sealed["ciphertext"]), validate=True)
        key = envelope.open_sealed(_kek(code), nonce, ciphertext, _AAD)
    except (KeyError, TypeError, ValueError, envelope.UnwrapError):
        return False
    return isinstance(mac, str) and hmac.compare_digest(OriginKey(key, sealed).mac(header_digest),
                                                        mac)
