"""The envelope: how the data key is wrapped so that slots can be added and rotated.

Each slot has an X25519 key pair. The data key is sealed to the slot's public key (ephemeral
X25519 + HKDF-SHA256 + AES-256-GCM), and the slot's private key is sealed with a key
derived from the slot's secret (passphrase via Argon2id, recovery code or device secret).
Rotating the data key therefore needs no one's passphrase: it is sealed again to every
slot's public key. Associated data binds every ciphertext to its database and slot.
"""
from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_RAW = serialization.Encoding.Raw
_RAW_PUB = serialization.PublicFormat.Raw
_RAW_PRIV = serialization.PrivateFormat.Raw


class UnwrapError(Exception):
    """A ciphertext did not authenticate: wrong secret, or the slot was altered."""


def new_data_key() -> bytes:
    return os.urandom(32)


def new_keypair() -> tuple[bytes, bytes]:
    private = X25519PrivateKey.generate()
    return (private.private_bytes(_RAW, _RAW_PRIV, serialization.NoEncryption()),
            private.public_key().public_bytes(_RAW, _RAW_PUB))


def public_from_private(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes(_RAW, _RAW_PUB)


def hkdf(material: bytes, info: bytes, length: int = 32) -> bytes:
    """HKDF-SHA256 (no salt) of `material` for `info`."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(material)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(12)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except (InvalidTag, ValueError):
        raise UnwrapError() from None


def seal_to_public(public: bytes, data_key: bytes, aad: bytes) -> dict[str, bytes]:
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, _RAW_PUB)
    wrap_key = hkdf(shared, b"assist-desktop data-key wrap v1" + ephemeral_public + public)
    nonce, ciphertext = seal(wrap_key, data_key, aad)
    return {"ephemeral": ephemeral_public, "nonce": nonce, "ciphertext": ciphertext}


def open_with_private(private: bytes, sealed: dict[str, bytes], aad: bytes) -> bytes:
    key = X25519PrivateKey.from_private_bytes(private)
    public = key.public_key().public_bytes(_RAW, _RAW_PUB)
    shared = key.exchange(X25519PublicKey.from_public_bytes(sealed["ephemeral"]))
    wrap_key = hkdf(shared, b"assist-desktop data-key wrap v1" + sealed["ephemeral"] + public)
    return open_sealed(wrap_key, sealed["nonce"], sealed["ciphertext"], aad)


def secret_key_from_high_entropy(secret: bytes, info: bytes) -> bytes:
    """KEK for secrets that are already random (recovery code, device secret): HKDF suffices."""
    return hkdf(secret, b"assist-desktop slot kek v1 " + info)
