"""A backup's body in format 3: the live database's own pages, checked as they are encrypted.

The live database is frozen at one committed state (storage/frozen_pages.py: the application
keeps working) and its file is streamed, still encrypted by SQLCipher under the centre's data
key, into the backup's AES-256-GCM chunks. As each 1 MiB block is encrypted, a helper thread
checks the HMAC of every page in it under the data key (what ``PRAGMA cipher_integrity_check``
does, on the very bytes going into the backup). No SHA-256 of the body is kept, unlike format
2: the pages' HMACs prove the bytes encrypted are the database's, and the chunks' AES-GCM tags
that the file holds exactly those bytes; a hash would add a pass that catches nothing more.
Nothing is decrypted, nothing is written anywhere but the backup file, and the live
database is read once. Meanwhile the frozen reader counts the rows of every table (the
trailer's manifest: a restore and ``verify --deep`` check the database inside against it).

The data key the pages are encrypted with goes into the trailer, itself encrypted under the
backup's own key, which only the backup passphrase or the recovery code opens; a restore opens
the pages with it and copies them into a new database under a new data key.
"""
from __future__ import annotations

import hashlib
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from assist_desktop.backup.errors import BackupCancelled, BackupCheckFailed, BackupError
from assist_desktop.backup.format import BackupHeader, BodyWriter, OpenedHeader, encode_header
from assist_desktop.backup.progress import Reporter
from assist_desktop.domain.errors import StoreError
from assist_desktop.security.backup_auth import SETTING as ORIGIN_SETTING
from assist_desktop.security.backup_auth import OriginKey
from assist_desktop.storage.connection import DatabaseError
from assist_desktop.storage.frozen_pages import freeze_pages
from assist_desktop.storage.frozen_snapshot import DatabaseBusyError
from assist_desktop.storage.snapshot_manifest import SnapshotCancelled
from assist_desktop.storage.snapshot_pages import SALT_BYTES, PageAuthenticator

log = logging.getLogger(__name__)
BLOCK = 1 << 20
# The live database's SQLCipher settings, as a format-3 header records them.
LIVE_PAGES = {"page_size": 4096, "hmac": "HMAC_SHA512"}


def check_failed(problems: list[str]) -> BackupCheckFailed:
    log.error("a new backup failed its check; it was removed")   # the problems name no client
    return BackupCheckFailed(problems)


def page_problems(bad: list[int], whose: str = "the copy") -> list[str]:
    shown = ", ".join(str(n) for n in bad[:5])
    return [f"cipher_integrity_check: {len(bad)} page(s) of {whose} fail their HMAC ({shown})"]


def encrypt_checked(blocks: Iterable[bytes], handle, header: BackupHeader, stream_key: bytes,
                    page_key: bytes, cipher: dict, on_fraction, check,
                    whose: str = "the copy",
                    hash_body: bool = True) -> tuple[OpenedHeader, str | None]:
    """Write the header and the body's chunks from blocks of whole SQLCipher pages;
    (opened header, SHA-256 of the plaintext body, or None without ``hash_body``).

    Every block is encrypted on this thread while a helper thread checks its pages' HMACs
    under page_key and hashes it (hashlib and AES-GCM run without the GIL, so the two
    overlap). ``check()`` runs between blocks (cancel, other checks)."""
    encoded, digest = encode_header(header)
    handle.write(encoded)
    opened = OpenedHeader(header, digest, len(encoded))
    writer = BodyWriter(handle, stream_key, opened)
    body_hash = hashlib.sha256()
    done, total = 0, max(1, header.body_size)
    pages = None

    def authenticate(block: bytes) -> list[int]:
        if hash_body:
            body_hash.update(block)
        return pages.check(block)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-pages") as helper:
        pending = None
        for block in blocks:
            if pages is None:
                pages = PageAuthenticator(page_key, cipher, block[:SALT_BYTES])
            checking = helper.submit(authenticate, block)
            writer.write(block)
            if pending is not None and (bad := pending.result()):
                raise check_failed(page_problems(bad, whose))
            pending = checking
            done += len(block)
            on_fraction(done / total)
            check()
        if pending is not None and (bad := pending.result()):
            raise check_failed(page_problems(bad, whose))
    if pages is None or pages.pages * pages.page_size != header.body_size:
        raise check_failed([f"{whose} is not whole pages"])
    writer.close()
    return opened, body_hash.hexdigest() if hash_body else None


@dataclass(frozen=True)
class CopiedPages:
    written: OpenedHeader
    manifest: dict           # user_version, schema_sha256, row count of every table
    schema_version: int


def copy_pages(db_path: Path, data_key: bytes, handle,
               make_header: Callable[[int, int, OriginKey | None, tuple], BackupHeader],
               stream_key: bytes, reporter: Reporter) -> CopiedPages:
    """Freeze the live database, build the header (``make_header(schema_version, body_size,
    origin key, audit head)``) and write it and the body to handle, every page checked."""
    reporter.stage("snapshot")
    try:
        with freeze_pages(db_path, data_key, should_stop=reporter.should_stop) as frozen, \
                ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-count") as pool:
            if frozen.page_size != LIVE_PAGES["page_size"]:
                raise BackupError("The database has unexpected SQLCipher settings; no backup "
                                  "was made. Run 'assist-desktop check'.")
            origin = OriginKey.from_text(frozen.setting(ORIGIN_SETTING))
            audit_head = frozen.audit_head()
            counting = pool.submit(frozen.row_counts)
            try:
                header = make_header(frozen.schema_version, frozen.size, origin, audit_head)
                reporter.stage("check+write")
                written, _none = encrypt_checked(
                    frozen.blocks(BLOCK, reporter.should_stop), handle, header, stream_key,
                    data_key, LIVE_PAGES, reporter.update, reporter.check, "the database",
                    hash_body=False)
            except BaseException:
                frozen.reader.interrupt()       # do not wait for the counts
                raise
            manifest = counting.result()
            return CopiedPages(written, manifest, frozen.schema_version)
    except SnapshotCancelled:
        raise BackupCancelled() from None
    except DatabaseBusyError as exc:
        raise BackupError(str(exc)) from None
    except (StoreError, DatabaseError):
        raise BackupError("The database could not be read for the backup (run 'assist-desktop "
                          "check'); no backup was made.") from None

