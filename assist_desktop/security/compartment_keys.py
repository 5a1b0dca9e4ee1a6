"""Compartment keys: the privilege key and each restricted client's key (separation by key).

A compartment key is 32 random bytes. It is sealed, exactly as the data key is (envelope.py:
ephemeral X25519 + HKDF-SHA256 + AES-256-GCM), to the public key of every key slot entitled to
it, and to the recovery slot. Holding the data key is not enough to open it: that needs the
private key of an entitled slot, and only its passphrase (or the recovery code, or the device
secret) opens that.

Records are sealed under a compartment key with AES-256-GCM, a fresh 96-bit nonce each time,
and associated data naming the table, the record and the key (compartment and generation), so
a ciphertext moved to another record, or to another generation, does not open.
"""
from __future__ import annotations

import base64
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from assist_desktop.security import envelope

NONCE = 12


class SealedRecordError(Exception):
    """A sealed record or a sealed key did not open (damaged, moved, or no key)."""


def new_key() -> bytes:
    return os.urandom(32)


def key_aad(database_id: str, compartment: str, generation: int, slot_id: str) -> bytes:
    return f"assist-desktop/compartment-key|{database_id}|{compartment}|{generation}|{slot_id}".encode()


def seal_key(public: bytes, key: bytes, aad: bytes) -> str:
    """The key sealed to a slot's public key, as text for a database column."""
    sealed = envelope.seal_to_public(public, key, aad)
    return json.dumps({k: base64.b64encode(v).decode("ascii") for k, v in sealed.items()},
                      sort_keys=True)


def open_key(private: bytes, sealed_text: str, aad: bytes) -> bytes:
    try:
        sealed = {k: base64.b64decode(v, validate=True)
                  for k, v in json.loads(sealed_text).items()}
        return envelope.open_with_private(private, sealed, aad)
    except (envelope.UnwrapError, ValueError, TypeError, KeyError, AttributeError):
        raise SealedRecordError() from None


def combined(privilege_key: bytes, client_key: bytes) -> bytes:
    """The key of a privileged record in a restricted file: both keys are needed."""
    return envelope.hkdf(privilege_key + client_key, b"assist-desktop privileged+restricted v1")


def seal_record(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce, ciphertext = envelope.seal(key, plaintext, aad)
    return nonce + ciphertext


def cipher(key: bytes) -> AESGCM:
    return AESGCM(key)


def open_record(key: bytes, blob: bytes, aad: bytes, aes: AESGCM | None = None) -> bytes:
    if not isinstance(blob, (bytes, bytearray)) or len(blob) < NONCE + 16:
        raise SealedRecordError()
    try:
        return (aes or AESGCM(key)).decrypt(bytes(blob[:NONCE]), bytes(blob[NONCE:]), aad)
    except (InvalidTag, ValueError):
        raise SealedRecordError() from None
