"""Recovery codes: 140 random bits in Crockford base32, seven groups of four to read aloud."""
from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
GROUPS, GROUP_LEN = 7, 4
_ALIASES = {"O": "0", "I": "1", "L": "1", "U": "V"}


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LEN))
    return "-".join(chars[i:i + GROUP_LEN] for i in range(0, len(chars), GROUP_LEN))


def normalise(code: str) -> str:
    """Accept lower case, spaces, dashes and the usual misreadings (O for 0, I/L for 1)."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = "".join(_ALIASES.get(ch, ch) for ch in cleaned)
    if len(cleaned) != GROUPS * GROUP_LEN or any(ch not in ALPHABET for ch in cleaned):
        raise ValueError("A recovery code has 28 letters and digits in seven groups of four.")
    return "-".join(cleaned[i:i + GROUP_LEN] for i in range(0, len(cleaned), GROUP_LEN))
