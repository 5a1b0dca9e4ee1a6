"""The encrypted case-transfer package (security.transfer_package): bytes in, bytes out.

A package opens only with its transfer passphrase; a wrong passphrase, a damaged package and
one cut short are told apart, each with one sentence; the header says how to open it and
nothing about whose file it is."""
from __future__ import annotations

import hashlib
import json
import struct
import unicodedata

import pytest

from assist_desktop.security import transfer_package as tp
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfParameters

PASSPHRASE = "quartz meadow lantern fiddle 93"
DOCUMENT = json.dumps({"format": "assist-desktop/client-file", "client": {
    "reference": "C-2026-0042", "given_names": "Nguyễn Thị Hồng", "family_name": "Олена"}},
    ensure_ascii=False).encode("utf-8")


@pytest.fixture(scope="module")
def sealed() -> bytes:
    return tp.seal(DOCUMENT, PASSPHRASE, TEST_PARAMETERS)


def split(package: bytes) -> tuple[bytes, dict, int]:
    """(prefix incl. header, header, offset of the nonce)."""
    start = len(tp.MAGIC) + 6
    _version, length = struct.unpack(">HI", package[len(tp.MAGIC):start])
    raw = package[start:start + length]
    return package[:start + length], json.loads(raw), start + length + 32


def with_header(package: bytes, header: dict, version: int = tp.VERSION) -> bytes:
    """The package with another header and a valid header checksum."""
    _prefix, _old, body = split(package)
    raw = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    prefix = tp.MAGIC + struct.pack(">HI", version, len(raw)) + raw
    return prefix + hashlib.sha256(prefix).digest() + package[body:]


def test_round_trip(sealed):
    assert tp.open_package(sealed, PASSPHRASE) == DOCUMENT
    assert tp.looks_like_package(sealed) and not tp.looks_like_package(DOCUMENT)
    assert not tp.looks_like_package(b"") and not tp.looks_like_package(b"{}")


def test_the_header_says_how_to_open_it_and_nothing_else(sealed):
    _prefix, header, body = split(sealed)
    assert set(header) == {"format", "version", "cipher", "kdf", "salt", "key_check",
                           "ciphertext_bytes"}
    assert header["format"] == "assist-desktop/case-transfer" and header["version"] == 1
    assert header["cipher"] == "aes-256-gcm"
    assert KdfParameters.from_json(header["kdf"]) == TEST_PARAMETERS
    assert len(sealed) == body + tp.NONCE_BYTES + header["ciphertext_bytes"]
    assert len(DOCUMENT) + 16 == header["ciphertext_bytes"]
    for secret in (b"C-2026-0042", "Nguyễn".encode(), "Олена".encode(), b"client"):
        assert secret not in sealed


def test_each_package_has_its_own_salt_and_nonce(sealed):
    other = tp.seal(DOCUMENT, PASSPHRASE, TEST_PARAMETERS)
    assert split(other)[1]["salt"] != split(sealed)[1]["salt"]
    assert other[split(other)[2]:] != sealed[split(sealed)[2]:]


def test_the_kdf_parameters_come_from_the_header():
    stronger = KdfParameters(memory_kib=2048, time_cost=2, parallelism=1)
    package = tp.seal(DOCUMENT, PASSPHRASE, stronger)
    assert KdfParameters.from_json(split(package)[1]["kdf"]) == stronger
    assert tp.open_package(package, PASSPHRASE) == DOCUMENT


def test_the_same_passphrase_typed_in_nfd_opens_it():
    typed = "Hồng nhung sông Hương 1975"
    package = tp.seal(DOCUMENT, unicodedata.normalize("NFC", typed), TEST_PARAMETERS)
    assert tp.open_package(package, unicodedata.normalize("NFD", typed)) == DOCUMENT


@pytest.mark.parametrize("wrong", ["", "quartz meadow lantern fiddle 94", PASSPHRASE + " "])
def test_a_wrong_passphrase(sealed, wrong):
    with pytest.raises(tp.WrongTransferPassphraseError, match="not correct"):
        tp.open_package(sealed, wrong)


def test_every_cut_is_reported_as_incomplete(sealed):
    for size in sorted({1, 5, len(tp.MAGIC), len(tp.MAGIC) + 3, 50, 120, len(sealed) // 2,
                        len(sealed) - 17, len(sealed) - 1}):
        with pytest.raises(tp.TruncatedPackageError, match="incomplete"):
            tp.open_package(sealed[:size], PASSPHRASE)


def test_every_damaged_byte_is_reported_as_damaged(sealed):
    _prefix, _header, body = split(sealed)
    positions = [3, len(tp.MAGIC) + 1, len(tp.MAGIC) + 20, body - 5, body, body + 11,
                 body + 12, len(sealed) - 20, len(sealed) - 1]
    for position in positions:
        damaged = bytearray(sealed)
        damaged[position] ^= 0x20
        with pytest.raises(tp.TransferPackageError) as caught:
            tp.open_package(bytes(damaged), PASSPHRASE)
        assert isinstance(caught.value, (tp.DamagedPackageError, tp.TruncatedPackageError)), \
            position
    with pytest.raises(tp.DamagedPackageError, match="damaged"):
        tp.open_package(sealed + b"\0", PASSPHRASE)


def test_a_header_changed_with_a_matching_checksum_still_fails(sealed):
    """The header's hash is the ciphertext's associated data: rewriting the header and its
    checksum (say, to other KDF parameters or another key check) cannot pass."""
    _prefix, header, _body = split(sealed)
    header["cipher"] = "aes-256-gcm"
    header["kdf"] = {**header["kdf"], "time_cost": 2}
    with pytest.raises(tp.TransferPackageError):
        tp.open_package(with_header(sealed, header), PASSPHRASE)


@pytest.mark.parametrize("change", [
    {"kdf": {"name": "argon2id", "memory_kib": 4 * 1024 * 1024, "time_cost": 1,
             "parallelism": 1}},
    {"kdf": {"name": "scrypt", "memory_kib": 1024, "time_cost": 1, "parallelism": 1}},
    {"cipher": "none"},
    {"ciphertext_bytes": 3},
    {"salt": "not base64!"},
    {"key_check": ""},
    {"client": "C-2026-0042"},
])
def test_an_odd_header_is_refused_before_any_key_is_derived(sealed, change):
    _prefix, header, _body = split(sealed)
    with pytest.raises(tp.DamagedPackageError):
        tp.read_header(with_header(sealed, {**header, **change}))


def test_a_newer_format_is_named(sealed):
    _prefix, header, _body = split(sealed)
    with pytest.raises(tp.NewerPackageError, match="newer version"):
        tp.open_package(with_header(sealed, {**header, "version": 2}, version=2), PASSPHRASE)


def test_not_a_package():
    with pytest.raises(tp.NotAPackageError):
        tp.read_header(b'{"format": "assist-desktop/client-file"}')


def test_an_empty_document_and_the_passphrase_is_needed():
    assert tp.open_package(tp.seal(b"", PASSPHRASE, TEST_PARAMETERS), PASSPHRASE) == b""
    with pytest.raises(ValueError):
        tp.seal(DOCUMENT, "", TEST_PARAMETERS)
