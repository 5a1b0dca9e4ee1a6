"""The .assistbackup file: a small clear header, an encrypted body in authenticated chunks,
and an encrypted trailer with the manifest.

Layout (all integers big-endian)::

    MAGIC (16 bytes) | u16 format version | u32 header length | header JSON (UTF-8)
    | SHA-256 of everything before it (32 bytes)
    | chunk 0 | chunk 1 | ... | chunk n-1          each: AES-256-GCM(plaintext) + 16-byte tag
    | u32 trailer length | u32 its complement | trailer     AES-256-GCM(meta JSON) + 16-byte tag

The header holds no client data: format and application versions, schema version, database
id, backup id, creation time, chunk size, body size, the SQLCipher settings of the database
inside and the backup's own key slots. Its checksum tells a damaged header apart from a wrong
passphrase; its hash is also in the associated data of every chunk and of the trailer, so
changing any header byte makes the body fail too.

The body's plaintext is a SQLCipher database, still encrypted page by page: in format 3 the
live database's own pages under the centre's data key (which the trailer holds), in format 2
a row-by-row export under the backup's own snapshot key. Either way the header's
``snapshot_cipher`` gives its SQLCipher settings.
Chunks hold ``chunk_size`` bytes each (the last one fewer); chunk i has nonce i and associated
data ``header hash | i | final flag``, so a chunk that is altered, moved, dropped or cut off
fails, and memory stays one chunk whatever the database size. The trailer (written last,
so that nothing of it is needed before the body) holds the manifest, the centre's key file and
the SHA-256 of the body; its nonce cannot be a chunk's. The
exact file size follows from the header and the trailer length, so a truncated file is
recognised before any decryption.
"""
from __future__ import annotations

import hashlib
import json
import struct
import uuid
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import BinaryIO, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from assist_desktop.backup.errors import (BackupDamagedError, BackupTruncatedError,
                                          NewerBackupError, NotABackupError)
from assist_desktop.storage.snapshot import SNAPSHOT_CIPHER, valid_cipher

MAGIC = b"\x89ASSIST-BACKUP\r\n"    # 16 bytes; the \r\n catches text-mode transfers
FORMAT = "assist-desktop/backup"
FORMAT_VERSION = 3        # 3: the live database's own pages (backup/page_copy.py)
OLDEST_READABLE = 2       # 2: a row-by-row export under the backup's key; 1: pre-release
SUFFIX = ".assistbackup"
CHUNK_SIZE = 1 << 20
TAG_BYTES = 16
MAX_HEADER = 1 << 20
MAX_TRAILER = 64 << 20
_PREFIX = struct.Struct(">HI")
_CHUNK_AAD = b"assist-desktop/backup v2 chunk"
_TRAILER_AAD = b"assist-desktop/backup v2 trailer"
_TRAILER_NONCE = b"\xff" * 4 + bytes(8)    # chunk nonces start with four zero bytes
_LENGTH = struct.Struct(">II")   # the trailer's length and its complement: a flip is damage
_AHEAD = 4                  # chunks decrypted ahead of the reader


@dataclass(frozen=True)
class BackupHeader:
    backup_id: str
    created_at: str          # UTC, ISO 8601
    app_version: str
    schema_version: int
    database_id: str
    body_size: int           # plaintext bytes of the body
    slots: list = field(default_factory=list, repr=False)
    chunk_size: int = CHUNK_SIZE
    snapshot_cipher: dict = field(default_factory=lambda: dict(SNAPSHOT_CIPHER))
    format_version: int = FORMAT_VERSION
    # The audit log's head in the snapshot {"seq", "link", "mac", "closed"}, MAC'd under the
    # centre's audit key (security/audit_chain.Anchor); None for a chain not yet keyed.
    audit_anchor: dict | None = None

    def to_bytes(self) -> bytes:
        data = {"format": FORMAT, **asdict(self)}
        if data["audit_anchor"] is None:
            del data["audit_anchor"]      # a header without one reads as before
        return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> "BackupHeader":
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.pop("format") != FORMAT:
                raise ValueError("format")
            header = cls(backup_id=str(uuid.UUID(data["backup_id"])),
                         created_at=str(data["created_at"]), app_version=str(data["app_version"]),
                         schema_version=int(data["schema_version"]),
                         database_id=str(uuid.UUID(data["database_id"])),
                         body_size=int(data["body_size"]), slots=list(data["slots"]),
                         chunk_size=int(data["chunk_size"]),
                         snapshot_cipher=valid_cipher(data["snapshot_cipher"]),
                         format_version=int(data["format_version"]),
                         audit_anchor=_anchor_json(data.get("audit_anchor")))
        except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
            raise BackupDamagedError() from None
        if not (4096 <= header.chunk_size <= 64 << 20 and 8 <= header.body_size < 1 << 50
                and header.schema_version >= 0):
            raise BackupDamagedError()
        return header

    @property
    def chunk_count(self) -> int:
        return max(1, -(-self.body_size // self.chunk_size))

    def body_bytes(self) -> int:
        """Ciphertext bytes after the header."""
        return self.body_size + TAG_BYTES * self.chunk_count


def _anchor_json(value) -> dict | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) - {"seq", "link", "mac", "closed"}:
        raise ValueError("audit_anchor")
    return value


@dataclass(frozen=True)
class OpenedHeader:
    header: BackupHeader
    digest: bytes            # SHA-256 of the header bytes, bound into every chunk
    body_offset: int
    trailer_size: int = 0    # bytes of the sealed trailer (after its u32 length)

    @property
    def body_end(self) -> int:
        return self.body_offset + self.header.body_bytes()

    @property
    def expected_size(self) -> int:
        return self.body_end + _LENGTH.size + self.trailer_size


def encode_header(header: BackupHeader) -> tuple[bytes, bytes]:
    """(bytes to write, digest)."""
    raw = header.to_bytes()
    prefix = MAGIC + _PREFIX.pack(header.format_version, len(raw)) + raw
    digest = hashlib.sha256(prefix).digest()
    return prefix + digest, digest


def read_header(handle: BinaryIO, file_size: int) -> OpenedHeader:
    """Parse and check the header; check the file's size against it. No key is needed."""
    start = handle.read(len(MAGIC) + _PREFIX.size)
    if len(start) < len(MAGIC) or start[:len(MAGIC)] != MAGIC:
        if len(start) < len(MAGIC) and MAGIC.startswith(start) and start:
            raise BackupTruncatedError()
        if len(start) >= len(MAGIC) and sum(a != b for a, b in zip(start, MAGIC)) <= 2:
            raise BackupDamagedError()     # a backup whose first bytes were damaged
        raise NotABackupError()
    if len(start) < len(MAGIC) + _PREFIX.size:
        raise BackupTruncatedError()
    version, length = _PREFIX.unpack(start[len(MAGIC):])
    if length > MAX_HEADER:
        raise BackupDamagedError()
    raw = handle.read(length)
    digest = handle.read(32)
    if len(raw) < length or len(digest) < 32:
        raise BackupTruncatedError()
    if hashlib.sha256(start + raw).digest() != digest:
        raise BackupDamagedError()
    if version > FORMAT_VERSION:
        raise NewerBackupError(version, FORMAT_VERSION, "file format")
    if version < OLDEST_READABLE:
        raise BackupDamagedError("This backup was made by a pre-release test version of ASSIST "
                                 "Desktop whose format is no longer read. Nothing was changed.")
    header = BackupHeader.from_bytes(raw)
    if header.format_version != version:
        raise BackupDamagedError()
    opened = OpenedHeader(header, digest, len(start) + length + 32)
    if file_size < opened.body_end + _LENGTH.size:
        raise BackupTruncatedError()
    handle.seek(opened.body_end)
    trailer, check = _LENGTH.unpack(handle.read(_LENGTH.size))
    if trailer ^ check != 0xFFFFFFFF or not TAG_BYTES < trailer <= MAX_TRAILER:
        raise BackupDamagedError()
    opened = OpenedHeader(header, digest, opened.body_offset, trailer)
    if file_size < opened.expected_size:
        raise BackupTruncatedError()
    if file_size > opened.expected_size:
        raise BackupDamagedError("The backup file is damaged (it has extra data at the end), so "
                                 "it cannot be used. Nothing was changed; use another backup.")
    return opened


def _nonce(index: int) -> bytes:
    return index.to_bytes(12, "big")


def _aad(digest: bytes, index: int, final: bool) -> bytes:
    return _CHUNK_AAD + digest + struct.pack(">QB", index, 1 if final else 0)


class BodyWriter:
    """Encrypts exactly header.body_size bytes of plaintext, chunk by chunk, into handle."""

    def __init__(self, handle: BinaryIO, key: bytes, opened: OpenedHeader):
        self._handle = handle
        self._aead = AESGCM(key)
        self._opened = opened
        self._size = opened.header.chunk_size
        self._buffer = bytearray()
        self._index = 0
        self._written = 0

    def write(self, data: bytes) -> None:
        if not self._buffer and len(data) == self._size and \
                self._index < self._opened.header.chunk_count - 1:
            self._emit(data)            # a whole chunk, as the writer's blocks are: no copy
            return
        self._buffer += data
        while len(self._buffer) >= self._size and self._index < self._opened.header.chunk_count - 1:
            self._emit(bytes(self._buffer[:self._size]))
            del self._buffer[:self._size]

    def _emit(self, chunk: bytes) -> None:
        final = self._index == self._opened.header.chunk_count - 1
        self._handle.write(self._aead.encrypt(_nonce(self._index), chunk,
                                              _aad(self._opened.digest, self._index, final)))
        self._written += len(chunk)
        self._index += 1

    def close(self) -> None:
        self._emit(bytes(self._buffer))
        self._buffer.clear()
        if self._written != self._opened.header.body_size:
            raise ValueError("body size differs from the header")


def iter_body(handle: BinaryIO, key: bytes, opened: OpenedHeader) -> Iterator[bytes]:
    """Decrypt the body chunk by chunk, in order (handle positioned at body_offset).

    Chunks are decrypted on two worker threads, a few ahead of the reader (AES-GCM runs
    without the GIL), so reading, decrypting and the caller's work overlap; memory stays a
    few chunks whatever the size.
    """
    aead = AESGCM(key)
    header = opened.header

    def open_chunk(index: int, sealed: bytes) -> bytes:
        final = index == header.chunk_count - 1
        try:
            return aead.decrypt(_nonce(index), sealed, _aad(opened.digest, index, final))
        except InvalidTag:
            raise BackupDamagedError() from None

    pending: deque = deque()
    remaining = header.body_size
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="backup-decrypt") as pool:
        try:
            for index in range(header.chunk_count):
                plain = min(header.chunk_size, remaining)
                remaining -= plain
                sealed = handle.read(plain + TAG_BYTES)
                if len(sealed) < plain + TAG_BYTES:
                    raise BackupTruncatedError()
                pending.append(pool.submit(open_chunk, index, sealed))
                if len(pending) >= _AHEAD:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


def write_trailer(handle: BinaryIO, key: bytes, opened: OpenedHeader, meta: dict) -> int:
    """Seal meta after the body; returns the trailer's size (to build the OpenedHeader)."""
    raw = json.dumps(meta, sort_keys=True, separators=(",", ":")).encode("utf-8")
    sealed = AESGCM(key).encrypt(_TRAILER_NONCE, raw, _TRAILER_AAD + opened.digest)
    if len(sealed) > MAX_TRAILER:
        raise ValueError("the backup's manifest is too large")
    handle.write(_LENGTH.pack(len(sealed), len(sealed) ^ 0xFFFFFFFF) + sealed)
    return len(sealed)


def read_trailer(handle: BinaryIO, key: bytes, opened: OpenedHeader) -> dict:
    """The authenticated meta; the handle may be anywhere."""
    handle.seek(opened.body_end + _LENGTH.size)
    sealed = handle.read(opened.trailer_size)
    if len(sealed) < opened.trailer_size:
        raise BackupTruncatedError()
    try:
        raw = AESGCM(key).decrypt(_TRAILER_NONCE, sealed, _TRAILER_AAD + opened.digest)
        meta = json.loads(raw.decode("utf-8"))
    except (InvalidTag, UnicodeDecodeError, ValueError):
        raise BackupDamagedError() from None
    if not isinstance(meta, dict):
        raise BackupDamagedError()
    return meta
