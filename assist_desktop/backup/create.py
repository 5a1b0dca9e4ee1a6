"""Making a backup: freeze, copy while checking, write, read back, and only then name it.

1. The live database is held at one committed state (storage/frozen_snapshot.py: read-mark 0
   after a checkpoint; the application keeps working, its writes wait in the WAL).
2. At the same time: its bytes are streamed into a hidden temporary file in the destination,
   encrypted in authenticated chunks under the backup's own key (the database stays
   SQLCipher-encrypted inside), while the same frozen state is checked on other threads:
   cipher_integrity_check, integrity_check and the manifest (counts and hashes of every table).
   A failed check stops the writing.
3. The trailer (the manifest, the centre's key file, the database key and the SHA-256 of the
   copied bytes) is sealed after the body; the file is flushed and fsynced.
4. The file is read back (from the disk, not the cache, where the OS allows it): the header is
   parsed, the body key is opened from the passphrase slot, every chunk and the trailer are
   authenticated, and the decrypted bytes must hash to exactly the bytes that passed the checks.
5. Only then is it renamed to its backup name and the folder fsynced.

Why not export and re-check a second copy, as the design first said: the copy is proven
byte-for-byte identical to the checked state by its hash (inside authenticated encryption), so
checking it again would find nothing more, and would cost two more SQLCipher passes.

Any error or a cancel removes the temporary file; the live database is only ever read.
"""
from __future__ import annotations

import errno
import hashlib
import logging
import os
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from assist_desktop import __version__
from assist_desktop.backup import format as fmt
from assist_desktop.backup import keys, reader
from assist_desktop.backup.destination import (TempFiles, backup_name, check_destination,
                                               remove_stale_temps, write_error)
from assist_desktop.backup.errors import (BackupCancelled, BackupCheckFailed, BackupError,
                                          DestinationError)
from assist_desktop.backup.format import (BackupHeader, BodyWriter, OpenedHeader, encode_header,
                                          write_trailer)
from assist_desktop.backup.progress import ProgressCallback, Reporter
from assist_desktop.backup.status import record_verified
from assist_desktop.domain.errors import StoreError, WeakPassphraseError
from assist_desktop.platform.atomic import fsync_dir
from assist_desktop.security.kdf import KdfParameters, KdfPolicy
from assist_desktop.security.key_slots import KeySlotFile
from assist_desktop.security.passphrase_policy import assess
from assist_desktop.storage import snapshot as snap
from assist_desktop.storage.connection import DatabaseError
from assist_desktop.storage.frozen_snapshot import DatabaseBusyError, freeze

log = logging.getLogger(__name__)
BLOCK = 1 << 20


@dataclass(frozen=True)
class BackupSource:
    """What a backup is made from: the caller (CLI, GUI, scheduled job) has unlocked it.

    From an OpenCentre: ``BackupSource(centre.db.path, centre.keeper.data_key,
    centre.centre.database_id, centre.keeper.slots_path)``.
    """

    db_path: Path
    data_key: bytes = field(repr=False)
    database_id: str
    slots_path: Path

    @property
    def data_dir(self) -> Path:
        return Path(self.db_path).parent


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


def _fail(problems: list[str]) -> BackupCheckFailed:
    log.error("new backup failed its check")
    return BackupCheckFailed(problems)


def _freeze_error(exc: BaseException) -> BackupError:
    if isinstance(exc, DatabaseBusyError):
        return BackupError(str(exc))
    return BackupError("The database could not be read for the backup (run 'assist-desktop "
                       "check'); no backup was made.")


def _write_body(frozen, handle, header: BackupHeader, stream_key: bytes, parts,
                check) -> tuple[OpenedHeader, str]:
    """Header and encrypted chunks of the frozen database; (opened header, SHA-256)."""
    encoded, digest = encode_header(header)
    handle.write(encoded)
    opened = OpenedHeader(header, digest, len(encoded))
    writer = BodyWriter(handle, stream_key, opened)
    snapshot_hash = hashlib.sha256()
    done, total = 0, max(1, header.body_size)
    for block in frozen.blocks(BLOCK):
        snapshot_hash.update(block)
        writer.write(block)
        done += len(block)
        parts.set("write", done / total)
        check()
    writer.close()
    return opened, snapshot_hash.hexdigest()


def _copy_and_check(frozen, handle, header, stream_key, reporter) -> tuple[OpenedHeader, str, dict]:
    """Check the frozen database (other threads) while encrypting it into the file (this one)."""
    reporter.stage("check+write")
    parts = reporter.parts("check", "write")
    abort = threading.Event()
    total = max(1, frozen.size)
    checked = {"n": 0}

    def should_stop() -> bool:
        return abort.is_set() or reporter.cancelled

    def on_done(_name: str) -> None:
        checked["n"] += 1
        parts.set("check", checked["n"] / 3)

    def run_checks():
        try:
            return frozen.check(should_stop=should_stop, on_done=on_done,
                                on_bytes=lambda n: parts.set("check", (checked["n"] + n / total) / 3))
        except snap.SnapshotCancelled:
            raise BackupCancelled() from None

    def check() -> None:
        reporter.check()
        if abort.is_set():
            raise _fail(checking.result()[0] if checking.done() and not checking.exception()
                        else ["the check stopped"])

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-check") as pool:
        checking = pool.submit(run_checks)
        checking.add_done_callback(
            lambda f: abort.set() if f.exception() or f.result()[0] else None)
        try:
            written, digest = _write_body(frozen, handle, header, stream_key, parts, check)
        except BaseException:
            abort.set()
            raise
        problems, manifest = checking.result()
    if problems:
        raise _fail(problems)
    if not frozen.unchanged():
        raise _fail(["the database file changed while it was copied"])
    return written, digest, manifest


def _finish_file(handle, opened: OpenedHeader, stream_key: bytes, meta: dict) -> OpenedHeader:
    size = write_trailer(handle, stream_key, opened, meta)
    handle.flush()
    os.fsync(handle.fileno())
    if hasattr(os, "posix_fadvise"):  # read it back from the drive, not from the cache
        os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    return OpenedHeader(opened.header, opened.digest, opened.body_offset, size)


def _read_back(temps: TempFiles, passphrase: str, body_key: bytes, written: OpenedHeader,
               snapshot_sha256: str, meta: dict, reporter: Reporter) -> None:
    reporter.stage("reread")
    try:
        opened = reader.open_header(temps.partial)
        if opened != written:
            raise _fail(["the header read back differs"])
        if reader.unlock(opened, keys.BackupSecret.passphrase(passphrase)) != body_key:
            raise _fail(["the passphrase slot does not open the body key"])
        decrypted = reader.decrypt(temps.partial, opened, body_key, None, reporter)
    except (BackupCancelled, BackupCheckFailed):
        raise
    except BackupError as exc:
        raise _fail([f"reading it back: {type(exc).__name__}"]) from None
    if decrypted.snapshot_sha256 != snapshot_sha256 or decrypted.meta != meta:
        raise _fail(["the body read back differs from the checked database"])


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
                  record_status: bool = True) -> BackupResult:
    """Make one verified backup of ``source`` in ``folder``; returns where it is.

    Runs for a while (seconds to minutes): call it from a worker thread. ``progress`` is
    called from that thread; setting ``cancel`` stops it and removes what was written.
    """
    started = time.monotonic()
    verdict = assess(passphrase)
    if not verdict.ok:
        raise WeakPassphraseError(f"Backup passphrase: {verdict.message}", verdict.suggestions)
    reporter = Reporter([("snapshot", 2), ("check+write", 83), ("reread", 15)], progress, cancel)
    folder = check_destination(folder, source.data_dir, source.db_path)
    remove_stale_temps(folder)
    centre_slots = KeySlotFile.load(source.slots_path)
    if centre_slots.database_id != source.database_id:
        raise BackupError("The key file does not belong to this database; no backup was made.")
    when = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    params = kdf_params or KdfPolicy().parameters()
    body_key = keys.new_body_key()
    stream_key = keys.stream_key(body_key)
    backup_id = str(uuid.uuid4())
    slots = keys.make_slots(body_key, backup_id=backup_id, database_id=source.database_id,
                            passphrase=passphrase, kdf_params=params, centre_slots=centre_slots,
                            data_key=source.data_key)
    temps = TempFiles(folder)
    handle = None
    try:
        try:
            handle = temps.create_partial()
        except OSError as exc:
            raise write_error(exc, folder) from None
        reporter.stage("snapshot")
        try:
            with freeze(source.db_path, source.data_key,
                        should_stop=reporter.should_stop) as frozen:
                header = BackupHeader(
                    backup_id=backup_id, created_at=when.isoformat(timespec="milliseconds"),
                    app_version=__version__, schema_version=frozen.schema_version,
                    database_id=source.database_id, chunk_size=fmt.CHUNK_SIZE,
                    body_size=frozen.size, slots=slots)
                written, digest, manifest = _copy_and_check(frozen, handle, header, stream_key,
                                                            reporter)
            meta = {"manifest": manifest, "keyslots": centre_slots.to_json_text(),
                    "database_id": source.database_id, "backup_id": backup_id,
                    "schema_version": header.schema_version, "snapshot_sha256": digest,
                    "snapshot_key": source.data_key.hex()}
            written = _finish_file(handle, written, stream_key, meta)
            handle.close()
            handle = None
            _read_back(temps, passphrase, body_key, written, digest, meta, reporter)
            reporter.check()
            final = _place(temps, when)
        except OSError as exc:
            raise write_error(exc, folder) from None
        except snap.SnapshotCancelled:
            raise BackupCancelled() from None
        except (StoreError, DatabaseError) as exc:
            raise _freeze_error(exc) from None
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
    reporter.done()
    tables = manifest["tables"]
    return BackupResult(path=final, header=header, size=final.stat().st_size, tables=len(tables),
                        rows=sum(t["rows"] for t in tables.values()),
                        seconds=time.monotonic() - started,
                        has_recovery_slot=any(s["kind"] == "recovery" for s in header.slots),
                        same_drive=_same_drive(final, source.db_path))


def _same_drive(a: Path, b: Path) -> bool:
    try:
        return os.stat(a).st_dev == os.stat(b).st_dev
    except OSError:
        return False
