"""The encrypted case-transfer package: one client file (the JSON document) sealed with a key
from a transfer passphrase, for handing a file from one centre to another. Pure: bytes in,
bytes out, no I/O (docs/INTERCHANGE.md describes the format for people).

Layout (integers big-endian)::

    MAGIC (31 bytes) | u16 format version | u32 header length | header JSON (UTF-8)
    | SHA-256 of everything before it (32 bytes)
    | nonce (12 bytes) | ciphertext (AES-256-GCM of the document, 16-byte tag at the end)

The header says only how to open the package, nothing about whose file it is::

    {"format": "assist-desktop/case-transfer", "version": 1, "cipher": "aes-256-gcm",
     "kdf": {"name": "argon2id", "memory_kib": ..., "time_cost": ..., "parallelism": ...},
     "salt": b64, "key_check": b64, "ciphertext_bytes": N}

Argon2id(NFC passphrase, salt, kdf) gives a master secret; HKDF-SHA256 splits it into the
AES-256-GCM key and a 16-byte key check. The associated data of the ciphertext is the header's
SHA-256, so no header byte can change without the body failing too. Opening tells apart:
not a package, a newer format, a package cut short (the header gives the exact size), a
damaged one (header checksum, or a body that fails to authenticate under the right key) and a
wrong passphrase (the key check).
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import struct
from dataclasses import dataclass

from assist_desktop.domain.errors import AssistError
from assist_desktop.security import envelope, kdf
from assist_desktop.security.key_slots import normalise_passphrase

MAGIC = b"\x89assist-desktop/case-transfer\r\n"   # \x89: not text; \r\n: catches text mode
FORMAT = "assist-desktop/case-transfer"
VERSION = 1
CIPHER = "aes-256-gcm"
SUFFIX = ".assisttransfer"
TAG_BYTES = 16
MAX_HEADER = 64 * 1024
MAX_MEMORY_KIB = 1024 * 1024       # a package asking for more than 1 GiB is refused
_PREFIX = struct.Struct(">HI")
_HEADER_KEYS = {"format", "version", "cipher", "kdf", "salt", "key_check", "ciphertext_bytes"}
NONCE_BYTES = 12
_SALT_BYTES, _CHECK_BYTES = 16, 16


class TransferPackageError(AssistError):
    """A package that cannot be opened; str() is one sentence fit to show."""


class NotAPackageError(TransferPackageError):
    def __init__(self):
        super().__init__("This is not an ASSIST Desktop case-transfer package.")


class NewerPackageError(TransferPackageError):
    def __init__(self, found: int):
        super().__init__(f"This case-transfer package was made by a newer version of ASSIST "
                         f"Desktop (package format {found}; this version reads {VERSION}). "
                         f"Install the newer version to import it.")


class TruncatedPackageError(TransferPackageError):
    def __init__(self):
        super().__init__("The case-transfer package is incomplete (it was cut short, perhaps "
                         "by an unfinished copy or download). Ask for it to be sent again.")


class DamagedPackageError(TransferPackageError):
    def __init__(self):
        super().__init__("The case-transfer package is damaged (its contents do not match "
                         "their checksum). Ask for it to be sent again.")


class WrongTransferPassphraseError(TransferPackageError):
    def __init__(self):
        super().__init__("The transfer passphrase is not correct.")


@dataclass(frozen=True)
class PackageHeader:
    params: kdf.KdfParameters
    salt: bytes
    key_check: bytes
    ciphertext_bytes: int
    digest: bytes            # SHA-256 of the bytes before the ciphertext: the AEAD's AAD
    body_offset: int         # where the nonce starts; the ciphertext follows it


# --- keys -----------------------------------------------------------------------------------
def _keys(passphrase: str, salt: bytes, params: kdf.KdfParameters) -> tuple[bytes, bytes]:
    """(AES-256-GCM key, key check). NFC, so the same passphrase typed on macOS (NFD) and on
    Windows (NFC) opens the same package."""
    master = kdf.derive(normalise_passphrase(passphrase), salt, params)
    info = b"assist-desktop/case-transfer v1 "
    return envelope.hkdf(master, info + b"key"), envelope.hkdf(master, info + b"check",
                                                               _CHECK_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value, size: int) -> bytes:
    if not isinstance(value, str):
        raise DamagedPackageError()
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise DamagedPackageError() from None
    if len(raw) != size:
        raise DamagedPackageError()
    return raw


# --- writing --------------------------------------------------------------------------------
def seal(plaintext: bytes, passphrase: str, params: kdf.KdfParameters) -> bytes:
    """The package holding `plaintext`. The caller checks the passphrase's strength."""
    if not isinstance(passphrase, str) or not passphrase:
        raise ValueError("a transfer passphrase is needed")
    salt = kdf.new_salt()
    key, check = _keys(passphrase, salt, params)
    header = {"format": FORMAT, "version": VERSION, "cipher": CIPHER, "kdf": params.to_json(),
              "salt": _b64(salt), "key_check": _b64(check),
              "ciphertext_bytes": len(plaintext) + TAG_BYTES}
    raw = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    prefix = MAGIC + _PREFIX.pack(VERSION, len(raw)) + raw
    digest = hashlib.sha256(prefix).digest()
    nonce, ciphertext = envelope.seal(key, plaintext, digest)
    if len(nonce) != NONCE_BYTES or len(ciphertext) != header["ciphertext_bytes"]:
        raise RuntimeError("AES-GCM output has an unexpected length")
    return b"".join((prefix, digest, nonce, ciphertext))


# --- reading --------------------------------------------------------------------------------
def looks_like_package(data: bytes) -> bool:
    """Whether `data` is (or was meant to be) a package: the magic, a damaged magic, or the
    first bytes of one. Anything else is for the caller to read as something else (JSON)."""
    head = bytes(data[:len(MAGIC)])
    if not head:
        return False
    if len(head) < len(MAGIC):
        return MAGIC.startswith(head)
    return sum(a != b for a, b in zip(head, MAGIC)) <= 2


def read_header(data: bytes) -> PackageHeader:
    """Check the structure, the header checksum and the exact size; no passphrase needed."""
    if not looks_like_package(data):
        raise NotAPackageError()
    start = len(MAGIC) + _PREFIX.size
    if len(data) < start:
        raise TruncatedPackageError()
    if bytes(data[:len(MAGIC)]) != MAGIC:
        raise DamagedPackageError()
    version, length = _PREFIX.unpack(bytes(data[len(MAGIC):start]))
    if length > MAX_HEADER:
        raise DamagedPackageError()
    if len(data) < start + length + 32:
        raise TruncatedPackageError()
    raw = bytes(data[start:start + length])
    digest = bytes(data[start + length:start + length + 32])
    if not hmac.compare_digest(hashlib.sha256(bytes(data[:start]) + raw).digest(), digest):
        raise DamagedPackageError()
    if version > VERSION:
        raise NewerPackageError(version)
    header = _parse_header(raw, version)
    body_offset = start + length + 32
    expected = body_offset + NONCE_BYTES + header["ciphertext_bytes"]
    if len(data) < expected:
        raise TruncatedPackageError()
    if len(data) > expected:
        raise DamagedPackageError()   # bytes after the end: not what was written
    return PackageHeader(params=header["kdf"], salt=header["salt"],
                         key_check=header["key_check"],
                         ciphertext_bytes=header["ciphertext_bytes"], digest=digest,
                         body_offset=body_offset)


def _parse_header(raw: bytes, version: int) -> dict:
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise DamagedPackageError() from None
    if not isinstance(header, dict) or set(header) != _HEADER_KEYS:
        raise DamagedPackageError()
    if header["format"] != FORMAT or header["version"] != version or version < 1 \
            or header["cipher"] != CIPHER:
        raise DamagedPackageError()
    size = header["ciphertext_bytes"]
    if isinstance(size, bool) or not isinstance(size, int) or size < TAG_BYTES:
        raise DamagedPackageError()
    try:
        params = kdf.KdfParameters.from_json(header["kdf"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise DamagedPackageError() from None
    if params.memory_kib > MAX_MEMORY_KIB:
        raise DamagedPackageError()
    return {"kdf": params, "salt": _unb64(header["salt"], _SALT_BYTES),
            "key_check": _unb64(header["key_check"], _CHECK_BYTES), "ciphertext_bytes": size}


def open_package(data: bytes, passphrase: str) -> bytes:
    """The document inside, or TransferPackageError saying what is wrong. Slow (Argon2id)."""
    header = read_header(data)
    key, check = _keys(passphrase or "", header.salt, header.params)
    if not hmac.compare_digest(check, header.key_check):
        raise WrongTransferPassphraseError()
    body = memoryview(data)[header.body_offset:]
    try:
        return envelope.open_sealed(key, bytes(body[:NONCE_BYTES]), body[NONCE_BYTES:],
                                    header.digest)
    except envelope.UnwrapError:
        raise DamagedPackageError() from None
