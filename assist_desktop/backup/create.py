"""Making a backup: snapshot, check, encrypt, write, read back, and only then name it.

1. A consistent snapshot of the live database (sqlcipher_export from its own read
   connection, so the application can keep working) into a new file under a fresh key, with
   a manifest of the source computed in the same read transaction.
2. The snapshot is checked: cipher_integrity_check, integrity_check, and its manifest must
   equal the source's (each on its own thread). At the same time the header and the
   encrypted body are written to a hidden temporary file in the destination, flushed and
   fsynced; a failed check stops the writing.
4. The file is read back (from the disk, not the cache, where the OS allows it): the header
   is parsed, the body key is opened from the passphrase slot, every chunk is authenticated,
   and the decrypted snapshot must be byte for byte the one that passed the checks.
5. Only then is it renamed to its backup name and the folder fsynced.

Any error or a cancel removes the temporary files; the live database is only ever read.
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
                                          pack_meta)
from assist_desktop.backup.progress import ProgressCallback, Reporter
from assist_desktop.backup.status import record_verified
from assist_desktop.domain.errors import StoreError, WeakPassphraseError
from assist_desktop.platform.atomic import fsync_dir
from assist_desktop.security.kdf import KdfParameters, KdfPolicy
from assist_desktop.security.key_slots import KeySlotFile
from assist_desktop.security.passphrase_policy import assess
from assist_desktop.storage import snapshot as snap
from assist_desktop.storage.snapshot_check import check_snapshot

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


def _export(source: BackupSource, temps: TempFiles, snapshot_key: bytes,
            reporter: Reporter) -> snap.SnapshotSummary:
    wal = Path(f"{source.db_path}-wal")
    total = max(1, Path(source.db_path).stat().st_size + (wal.stat().st_size if wal.exists() else 0))
    reporter.stage("snapshot")

    def on_manifest(done: int) -> None:
        reporter.update(0.4 * done / total)

    def should_stop() -> bool:
        try:
            reporter.update(0.4 + 0.6 * temps.snapshot.stat().st_size / total)
        except OSError:
            pass
        return reporter.cancelled

    try:
        return snap.export_snapshot(source.db_path, source.data_key, temps.snapshot,
                                    snapshot_key, cipher=snap.SNAPSHOT_CIPHER,
                                    on_bytes=on_manifest, should_stop=should_stop)
    except snap.SnapshotCancelled:
        raise BackupCancelled() from None
    except snap.SnapshotWriteError as exc:
        if exc.kind == "full":
            raise write_error(OSError(errno.ENOSPC, "No space left on device"),
                              temps.folder) from None
        if exc.kind == "readonly":
            raise write_error(OSError(errno.EROFS, "Read-only file system"), temps.folder) from None
        raise DestinationError(
            f"The copy of the database could not be written to {temps.folder} (the drive may be "
            f"full, removed, or unable to hold a file this large). The unfinished backup was "
            f"removed and the database was not changed.") from None


def _check_snapshot(temps: TempFiles, snapshot_key: bytes, expected: dict, parts,
                    should_stop) -> list[str]:
    """cic, integrity_check and the manifest of the snapshot; problems (empty if all good)."""
    size = max(1, temps.snapshot.stat().st_size)
    done = {"n": 0}

    def on_done(_name: str) -> None:
        done["n"] += 1
        parts.set("check", done["n"] / 3)
    try:
        problems, manifest = check_snapshot(
            temps.snapshot, snapshot_key, cipher=snap.SNAPSHOT_CIPHER, should_stop=should_stop,
            on_bytes=lambda n: parts.set("check", min(done["n"] + n / size, 3) / 3),
            on_done=on_done)
    except snap.SnapshotCancelled:
        raise BackupCancelled() from None
    return problems or reader.manifest_problems(expected, manifest)


def _write(temps: TempFiles, handle, header: BackupHeader, meta: bytes, stream_key: bytes,
           parts, check) -> tuple[OpenedHeader, str]:
    encoded, digest = encode_header(header)
    handle.write(encoded)
    opened = OpenedHeader(header, digest, len(encoded))
    writer = BodyWriter(handle, stream_key, opened)
    writer.write(meta)
    snapshot_hash = hashlib.sha256()
    done, total = 0, max(1, header.body_size)
    with open(temps.snapshot, "rb") as source:
        while block := source.read(BLOCK):
            snapshot_hash.update(block)
            writer.write(block)
            done += len(block)
            parts.set("write", done / total)
            check()
    writer.close()
    handle.flush()
    os.fsync(handle.fileno())
    if hasattr(os, "posix_fadvise"):  # read it back from the drive, not from the cache
        os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    return opened, snapshot_hash.hexdigest()


def _check_and_write(temps, handle, header, packed, derived, expected, reporter):
    """Check the snapshot (other threads) while encrypting it into the file (this thread)."""
    reporter.stage("check+write")
    parts = reporter.parts("check", "write")
    abort = threading.Event()

    def should_stop() -> bool:
        return abort.is_set() or reporter.cancelled

    def check() -> None:
        reporter.check()
        if abort.is_set():
            raise _fail(checking.result() if checking.done() and not checking.exception()
                        else ["the check stopped"])

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-check") as pool:
        checking = pool.submit(_check_snapshot, temps, derived.snapshot, expected, parts,
                               should_stop)
        checking.add_done_callback(lambda f: abort.set() if f.exception() or f.result() else None)
        try:
            written = _write(temps, handle, header, packed, derived.stream, parts, check)
        except BaseException:
            abort.set()
            raise
        problems = checking.result()
    if problems:
        raise _fail(problems)
    return written


def _read_back(temps: TempFiles, passphrase: str, body_key: bytes, written: OpenedHeader,
               snapshot_sha256: str, meta: dict, reporter: Reporter) -> None:
    reporter.stage("reread")
    try:
        opened = reader.open_header(temps.partial)
        if opened.digest != written.digest:
            raise _fail(["the header read back differs"])
        if reader.unlock(opened, keys.BackupSecret.passphrase(passphrase)) != body_key:
            raise _fail(["the passphrase slot does not open the body key"])
        decrypted = reader.decrypt(temps.partial, opened, body_key, None, reporter)
    except (BackupCancelled, BackupCheckFailed):
        raise
    except BackupError as exc:
        raise _fail([f"reading it back: {type(exc).__name__}"]) from None
    if decrypted.snapshot_sha256 != snapshot_sha256 or decrypted.meta != meta:
        raise _fail(["the body read back differs from the checked snapshot"])


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
    reporter = Reporter([("snapshot", 50), ("check+write", 35), ("reread", 15)], progress, cancel)
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
    temps = TempFiles(folder)
    handle = None
    try:
        try:
            handle = temps.create_partial()
        except OSError as exc:
            raise write_error(exc, folder) from None
        summary = _export(source, temps, derived.snapshot, reporter)
        meta = {"manifest": summary.manifest, "keyslots": centre_slots.to_json_text(),
                "database_id": source.database_id, "backup_id": backup_id,
                "schema_version": summary.schema_version}
        packed = pack_meta(meta)
        header = BackupHeader(
            backup_id=backup_id, created_at=when.isoformat(timespec="milliseconds"),
            app_version=__version__, schema_version=summary.schema_version,
            database_id=source.database_id, chunk_size=fmt.CHUNK_SIZE,
            body_size=len(packed) + temps.snapshot.stat().st_size,
            slots=keys.make_slots(body_key, backup_id=backup_id, database_id=source.database_id,
                                  passphrase=passphrase, kdf_params=params,
                                  centre_slots=centre_slots, data_key=source.data_key))
        try:
            written, digest = _check_and_write(temps, handle, header, packed, derived,
                                               summary.manifest, reporter)
            handle.close()
            handle = None
            _read_back(temps, passphrase, body_key, written, digest, meta, reporter)
            reporter.check()
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
    reporter.done()
    tables = summary.manifest["tables"]
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
