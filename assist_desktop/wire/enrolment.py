"""The proof an enrolment reply carries: the laptop checks that the CA certificate it was
given came from the server that knew its one-time code (HMAC-SHA256 under the code), then
the person compares the CA fingerprint with the one the server shows."""
from __future__ import annotations

import hashlib
import hmac

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"   # no 0/O, 1/I: read aloud or from paper


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch in CODE_ALPHABET)


def proof(code: str, ca_pem: bytes, certificate_pem: bytes) -> bytes:
    key = hashlib.sha256(b"assist-enrolment-proof:" + normalise_code(code).encode()).digest()
    return hmac.new(key, ca_pem + certificate_pem, hashlib.sha256).digest()


def proof_matches(code: str, ca_pem: bytes, certificate_pem: bytes, given: bytes) -> bool:
    return hmac.compare_digest(proof(code, ca_pem, certificate_pem), given)
