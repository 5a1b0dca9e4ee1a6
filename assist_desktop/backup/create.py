"""Making a backup: freeze, copy the pages checked, write, read back, and only then name it.

Format 3 (what this version makes):

1. The live database is frozen at one committed state (storage/frozen_pages.py: the
   application keeps working) and its pages, as stored, are encrypted into a hidden
   temporary file in the destination, every page's HMAC being checked under the data key on
   the very bytes encrypted, while the rows of every table are counted (page_copy.py). The
   trailer (row counts, the centre's key file, the body's SHA-256, the data key) is sealed
   after the body; the file is flushed and fsynced.
2. The file is read back (from the disk, not the cache, where the OS allows it): the header
   is parsed, the body key is opened from the passphrase slot, every chunk and the trailer
   are authenticated (AES-GCM: the bytes are exactly the ones encrypted in step 1).
3. Only then is it renamed to its backup name and the folder fsynced.

Format 2 (``format_version=2``, for the tests of older backups, which this version still
restores): a row-by-row export under the backup's own key into a temporary copy, read back
through SQLite against the rows hashed while exporting (copy_and_check.py).

Any error or a cancel removes the temporary files. The live database is only read (its WAL is
checkpointed first, as SQLite does by itself). Why these checks and no others: "What is in
the file" in docs/BACKUP.md.
"""
from __future__ import annotations

import base64
import errno
import logging
import os
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from assist_desktop import __version__
from assist_desktop.backup import format as fmt
from assist_desktop.backup import keys, page_copy, reader
from assist_desktop.backup.copy_and_check import (CopyCheck, check_failed, take_snapshot,
                                                  write_checked)
from assist_desktop.backup.destination import (TempFiles, backup_name, check_destination,
                                               remove_stale_temps, write_error)
from assist_desktop.backup.errors import (BackupCancelled, BackupCheckFailed, BackupError,
                                          DestinationError)
from assist_desktop.backup.format import BackupHeader, OpenedHeader, write_trailer
from assist_desktop.backup.progress import ProgressCallback, Reporter
from assist_desktop.backup.checks import WHEN_MADE, record_check
from assist_desktop.backup.status import record_verified
from assist_desktop.domain.errors import StoreError, WeakPassphraseError
from assist_desktop.platform.atomic import fsync_dir
from assist_desktop.security.audit_chain import key_from_text, signed_anchor
from assist_desktop.security.kdf import KdfParameters, KdfPolicy
from assist_desktop.security.key_slots import KeySlotFile
from assist_desktop.security.passphrase_policy import assess
from assist_desktop.storage import snapshot as snap

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupSource:
    """What a backup is made from: the caller (CLI, GUI, scheduled job) has unlocked it.

    From an OpenCentre: ``BackupSource.of(centre)``.
    """

    db_path: Path
    data_key: bytes = field(repr=False)
    database_id: str
    slots_path: Path

    @property
    def data_dir(self) -> Path:
        return Path(self.db_path).parent

    @classmethod
    def of(cls, centre) -> "BackupSource":
        """From an unlocked OpenCentre (services.open_centre)."""
        return cls(Path(centre.db.path), centre.keeper.data_key, centre.centre.database_id,
                   Path(centre.keeper.slots_path))


@dataclass(frozen=True)
class BackupResult:
    path: Path
    header: BackupHeader
    size: int                   # bytes of the backup file
    tables: int
    rows: int
    seconds: float
    has_recovery_slot: bool
    same_drive: bool = False    # on the same drive as the database: lost with the computer


def _finish_file(handle, opened: OpenedHeader, stream_key: bytes, meta: dict) -> OpenedHeader:
    size = write_trailer(handle, stream_key, opened, meta)
    handle.flush()
    os.fsync(handle.fileno())
    if hasattr(os, "posix_fadvise"):  # read it back from the drive, not from the cache
        os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    return OpenedHeader(opened.header, opened.digest, opened.body_offset, size)


def _read_back(temps: TempFiles, passphrase: str, body_key: bytes, written: OpenedHeader,
               snapshot_sha256: str | None, meta: dict, reporter: Reporter,
               made: keys.DerivedKek) -> None:
    reporter.stage("reread")
    try:
        opened = reader.open_header(temps.partial)
        if opened != written:
            raise check_failed(["the header read back differs"])
        if reader.unlock(opened, keys.BackupSecret.passphrase(passphrase), made) != body_key:
            raise check_failed(["the passphrase slot does not open the body key"])
        # No second hash: the chunks' tags prove these are the bytes encrypted, which were
        # hashed (and page-checked) as they were encrypted.
        decrypted = reader.decrypt(temps.partial, opened, body_key, None, reporter,
                                   rehash=False)
    except (BackupCancelled, BackupCheckFailed):
        raise
    except BackupError as exc:
        raise check_failed([f"reading it back: {type(exc).__name__}"]) from None
    if decrypted.meta != meta or (snapshot_sha256 is not None and
                                  decrypted.snapshot_sha256 != snapshot_sha256):
        raise check_failed(["the body read back differs from the checked snapshot"])


def _place(temps: TempFiles, when: datetime) -> Path:
    """Give the checked file its backup name without ever replacing another backup."""
    for _ in range(100):
        final = backup_name(when.astimezone(), temps.folder)
        try:
            os.link(temps.partial, final)
        except FileExistsError:
            continue
        except OSError:               # e.g. FAT/exFAT or some network shares: no hard links
            if final.exists():
                continue
            os.replace(temps.partial, final)
            break
        temps.partial.unlink()
        break
    else:
        raise DestinationError("Could not find a free backup file name in the folder.")
    fsync_dir(temps.folder)
    return final


def create_backup(source: BackupSource, folder: Path, passphrase: str, *,
                  kdf_params: KdfParameters | None = None,
                  progress: ProgressCallback | None = None,
                  cancel: threading.Event | None = None, now: datetime | None = None,
                  record_status: bool = True,
                  format_version: int = fmt.FORMAT_VERSION) -> BackupResult:
    """Make one verified backup of ``source`` in ``folder``; returns where it is.

    Runs for a while (seconds to minutes): call it from a worker thread. ``progress`` is
    called from that thread or the backup's own (thread-safe callers only: the GUI queues
    it); setting ``cancel`` stops it and removes what was written.
    """
    started = time.monotonic()
    verdict = assess(passphrase)
    if not verdict.ok:
        raise WeakPassphraseError(f"Backup passphrase: {verdict.message}", verdict.suggestions)
    # Format 3 copies the pages in "check+write"; format 2 exported in "snapshot".
    weights = (5, 80, 15) if format_version >= 3 else (65, 25, 10)
    reporter = Reporter(list(zip(("snapshot", "check+write", "reread"), weights)), progress,
                        cancel)
    folder = check_destination(folder, source.data_dir, source.db_path)
    remove_stale_temps(folder)
    centre_slots = KeySlotFile.load(source.slots_path)
    if centre_slots.database_id != source.database_id:
        raise BackupError("The key file does not belong to this database; no backup was made.")
    when = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    params = kdf_params or KdfPolicy().parameters()
    body_key = keys.new_body_key()
    derived = keys.derive(body_key)
    backup_id = str(uuid.uuid4())
    made = keys.DerivedKek()
    temps = TempFiles(folder)
    handle = None
    try:
        try:
            handle = temps.create_partial()
        except OSError as exc:
            raise write_error(exc, folder) from None

        def make_header(schema_version: int, body_size: int, origin, audit_head,
                        version: int = fmt.FORMAT_VERSION,
                        cipher: dict | None = None) -> BackupHeader:
            return BackupHeader(
                backup_id=backup_id, created_at=when.isoformat(timespec="milliseconds"),
                app_version=__version__, schema_version=schema_version,
                database_id=source.database_id, chunk_size=fmt.CHUNK_SIZE,
                body_size=body_size, format_version=version,
                snapshot_cipher=dict(cipher if cipher is not None else page_copy.LIVE_PAGES),
                audit_anchor=_header_anchor(audit_head, source.database_id),
                slots=keys.make_slots(body_key, backup_id=backup_id,
                                      database_id=source.database_id, passphrase=passphrase,
                                      kdf_params=params, centre_slots=centre_slots,
                                      data_key=source.data_key, origin=origin, keep=made))
        if format_version >= 3:
            header, manifest = _write_pages(source, handle, make_header, derived, temps,
                                            centre_slots, passphrase, body_key, made, reporter)
        else:
            header, manifest = _write_rows(source, handle, make_header, derived, temps,
                                           centre_slots, passphrase, body_key, made, reporter)
        handle = None
        try:
            final = _place(temps, when)
        except OSError as exc:
            raise write_error(exc, folder) from None
    except BaseException as exc:
        if handle is not None:
            try:
                handle.close()
            except OSError:
                pass
        temps.remove()
        if isinstance(exc, (BackupError, OSError, StoreError)) and \
                not isinstance(exc, BackupCancelled) and not folder.is_dir():
            raise write_error(OSError(errno.ENOENT, "vanished"), folder) from None
        raise
    temps.remove()
    if record_status:
        record_verified(source.data_dir, final, when)
        record_check(source.data_dir, header.backup_id, final.stat().st_size, WHEN_MADE)
    reporter.done()
    tables = manifest["tables"]
    return BackupResult(path=final, header=header, size=final.stat().st_size, tables=len(tables),
                        rows=sum(t["rows"] for t in tables.values()),
                        seconds=time.monotonic() - started,
                        has_recovery_slot=any(s["kind"] == "recovery" for s in header.slots),
                        same_drive=_same_drive(final, source.db_path))


def _write_pages(source: BackupSource, handle, make_header, derived, temps: TempFiles,
                 centre_slots: KeySlotFile, passphrase: str, body_key: bytes,
                 made: keys.DerivedKek, reporter: Reporter) -> tuple[BackupHeader, dict]:
    """Format 3: the live database's pages, checked as they are encrypted (page_copy.py);
    then the trailer, and the file read back from the drive."""
    seen = {}

    def header_for(schema_version, body_size, origin, audit_head) -> BackupHeader:
        seen["origin"] = origin
        return make_header(schema_version, body_size, origin, audit_head)
    try:
        copied = page_copy.copy_pages(Path(source.db_path), source.data_key, handle, header_for,
                                      derived.stream, reporter)
        origin = seen["origin"]
        header = copied.written.header
        meta = {"manifest": copied.manifest, "keyslots": centre_slots.to_json_text(),
                "database_id": source.database_id, "backup_id": header.backup_id,
                "schema_version": copied.schema_version,
                "database_key": base64.b64encode(source.data_key).decode("ascii"),
                "origin_mac": origin.mac(copied.written.digest) if origin else None}
        written = _finish_file(handle, copied.written, derived.stream, meta)
        handle.close()
        reporter.check()
        _read_back(temps, passphrase, body_key, written, None, meta, reporter, made)
        reporter.check()
    except OSError as exc:
        raise write_error(exc, temps.folder) from None
    return header, copied.manifest


def _write_rows(source: BackupSource, handle, make_header, derived, temps: TempFiles,
                centre_slots: KeySlotFile, passphrase: str, body_key: bytes,
                made: keys.DerivedKek, reporter: Reporter) -> tuple[BackupHeader, dict]:
    """Format 2 (what this version still restores; made only on request, for the tests of
    old backups): a row-by-row export under the backup's own key, its copy read back."""
    schema_version, manifest, origin, audit_head = take_snapshot(
        Path(source.db_path), source.data_key, temps, derived.snapshot, reporter)
    header = make_header(schema_version, temps.snapshot.stat().st_size, origin, audit_head,
                         version=2, cipher=snap.SNAPSHOT_CIPHER)
    reporter.stage("check+write")
    parts = reporter.parts("check", "write")
    writing = threading.Event()
    writing.set()
    copy_check = CopyCheck(temps, derived.snapshot, manifest, reporter,
                           lambda f: parts.set("check", f) if writing.is_set() else None)

    def check() -> None:
        reporter.check()
        copy_check.raise_if_failed()
    try:
        written, digest = write_checked(temps, handle, header, derived.stream,
                                        derived.snapshot, lambda f: parts.set("write", f),
                                        check)
        meta = {"manifest": manifest, "keyslots": centre_slots.to_json_text(),
                "database_id": source.database_id, "backup_id": header.backup_id,
                "schema_version": schema_version, "snapshot_sha256": digest,
                "origin_mac": origin.mac(written.digest) if origin else None}
        written = _finish_file(handle, written, derived.stream, meta)
        handle.close()
        check()
        writing.clear()
        _read_back(temps, passphrase, body_key, written, digest, meta, reporter, made)
        copy_check.result()
        reporter.check()
    except OSError as exc:
        raise write_error(exc, temps.folder) from None
    finally:
        copy_check.close()
    return header, manifest


def _header_anchor(audit_head: tuple, database_id: str) -> dict | None:
    """The snapshot's audit head, MAC'd under the audit key, for the header: an anchor that
    no later rewrite of the live centre (or of its key file) can reach."""
    key_text, head = audit_head
    key = key_from_text(key_text)
    if key is None or head is None:
        return None
    return signed_anchor(key, database_id, head[0], head[1]).to_json()


def _same_drive(a: Path, b: Path) -> bool:
    try:
        return os.stat(a).st_dev == os.stat(b).st_dev
    except OSError:
        return False
