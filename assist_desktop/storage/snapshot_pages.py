"""SQLCipher's own page check (what ``PRAGMA cipher_integrity_check`` does), on bytes in hand.

A backup encrypts its snapshot file into the backup in 1 MiB blocks. Checking every page's
HMAC on those very blocks, as they are encrypted, proves that the bytes going into the backup
are the pages SQLCipher wrote, unchanged since (a page changed on the disk, moved or cut off
fails) - what ``cipher_integrity_check`` on the file proves, but about the bytes actually
copied rather than about a separate read of the file, and without decrypting anything.

SQLCipher 4's page format (https://www.zetetic.net/sqlcipher/design/), for a raw 256-bit key:
the file starts with a 16-byte salt; each page of ``page_size`` bytes ends with a reserved
area of IV (16 bytes) + HMAC, rounded up to the AES block; the HMAC covers the page's
ciphertext (after the salt on page 1) and its IV, then the page number (4 bytes, little-endian),
under a key derived from the raw key by PBKDF2-HMAC-SHA512 (2 iterations) with the salt XOR
0x3a. Should a later SQLCipher change any of that, every page fails here: backups are refused
loudly (the tests catch it), never passed wrongly.
"""
from __future__ import annotations

import hashlib
import hmac
import struct

from assist_desktop.storage.snapshot import valid_cipher

SALT_BYTES = 16
IV_BYTES = 16
_HMAC_SALT_MASK = 0x3A
_FAST_KDF_ITER = 2
_KDF_DIGEST = "sha512"       # SQLCipher 4's default cipher_kdf_algorithm
_DIGESTS = {"HMAC_SHA1": "sha1", "HMAC_SHA256": "sha256", "HMAC_SHA512": "sha512"}
_PAGE_NUMBER = struct.Struct("<I")


class PageAuthenticator:
    """Checks the HMAC of every page of a SQLCipher file, block by block, in order."""

    def __init__(self, key: bytes, cipher: dict, salt: bytes):
        cipher = valid_cipher(cipher)
        self.page_size = int(cipher.get("page_size", 4096))
        digest = _DIGESTS[cipher.get("hmac", "HMAC_SHA512")]
        self._mac_bytes = hashlib.new(digest).digest_size
        reserve = IV_BYTES + self._mac_bytes
        self._reserve = -(-reserve // 16) * 16
        if len(salt) != SALT_BYTES:
            raise ValueError("a SQLCipher file starts with a 16-byte salt")
        mac_key = hashlib.pbkdf2_hmac(_KDF_DIGEST, key, bytes(b ^ _HMAC_SALT_MASK for b in salt),
                                      _FAST_KDF_ITER, len(key))
        self._base = hmac.new(mac_key, digestmod=digest)
        self.pages = 0                      # pages checked so far

    def check(self, block: bytes) -> list[int]:
        """The numbers of the pages in block that fail (block: whole pages, next in order)."""
        size = self.page_size
        if len(block) % size:
            return [self.pages + 1 + len(block) // size]      # a cut-off page
        view = memoryview(block)
        signed = size - self._reserve + IV_BYTES               # ciphertext + IV
        bad = []
        for start in range(0, len(block), size):
            self.pages += 1
            mac = self._base.copy()
            mac.update(view[start + (SALT_BYTES if self.pages == 1 else 0):start + signed])
            mac.update(_PAGE_NUMBER.pack(self.pages))
            if not hmac.compare_digest(mac.digest(),
                                       view[start + signed:start + signed + self._mac_bytes]):
                bad.append(self.pages)
        return bad
