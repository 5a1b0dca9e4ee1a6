"""Decrypt every page of a SQLCipher 4 file and of its WAL with a raw key (page format in
storage/snapshot_pages.py), so a test can look for text anywhere: live rows, free pages,
the FTS shadow tables, old WAL frames. Test-only; uses `cryptography` directly."""
from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE, RESERVE, SALT = 4096, 80, 16
WAL_HEADER, FRAME_HEADER = 32, 24


def _page(raw: bytes, key: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    body, iv = raw[start:PAGE - RESERVE], raw[PAGE - RESERVE:PAGE - RESERVE + 16]
    if len(iv) < 16 or len(body) % 16:
        return b""
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def plaintext_pages(path: Path, key: bytes) -> bytes:
    """Every page of the database file at `path` and of `path`-wal, decrypted, joined."""
    out = []
    data = path.read_bytes() if path.exists() else b""
    for n in range(0, len(data) - PAGE + 1, PAGE):
        out.append(_page(data[n:n + PAGE], key, n == 0))
    wal = Path(str(path) + "-wal")
    data = wal.read_bytes() if wal.exists() else b""
    pos = WAL_HEADER
    while pos + FRAME_HEADER + PAGE <= len(data):
        page_no = int.from_bytes(data[pos:pos + 4], "big")
        out.append(_page(data[pos + FRAME_HEADER:pos + FRAME_HEADER + PAGE], key, page_no == 1))
        pos += FRAME_HEADER + PAGE
    return b"".join(out)
