"""Verifying a backup file with its key.

Every verify opens the body key from the passphrase or recovery slot (with the recovery code,
the backup must also prove it is the centre's own) and authenticates every chunk and the
trailer with AES-GCM: a changed, moved, missing or added byte fails. The backup was named only
after its writer had read it back the same way, having HMAC-checked every SQLCipher page and
hashed the body as it encrypted it (format 2: and read its copy back against its manifest;
see docs/BACKUP.md); so this proves the file is still that checked backup, at the speed of
reading the file.

``deep=True`` also decrypts the snapshot into a temporary file in a work folder (by default
the user's cache folder, on the local disk), hashes it again and re-runs those checks on it,
as a restore does. That file stays encrypted by SQLCipher (format 3: with the data key kept in
the trailer; format 2: with the backup's own snapshot key): no plaintext is written. It is removed when the check ends, and one left by a killed check is
removed by the next.
"""
from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from assist_desktop.backup import reader
from assist_desktop.backup.errors import BackupCancelled, BackupDamagedError, BackupError
from assist_desktop.backup.format import BackupHeader
from assist_desktop.backup.keys import BackupSecret
from assist_desktop.backup.progress import ProgressCallback, Reporter
from assist_desktop.platform import paths, secure_delete
from assist_desktop.storage.snapshot_check import check_snapshot
from assist_desktop.storage.snapshot_manifest import SnapshotCancelled


@dataclass(frozen=True)
class VerifyReport:
    path: Path
    header: BackupHeader
    tables: int
    rows: int
    seconds: float
    deep: bool = False      # the database inside was decrypted and checked too


def default_work_dir() -> Path:
    work = Path(platformdirs.user_cache_dir(paths.APP_NAME, paths.APP_AUTHOR)) / "backup-check"
    return paths.ensure_private_dir(work)


STALE_AFTER = 6 * 3600     # seconds: a check this old was killed, not still running


def remove_stale_work_files(work: Path) -> None:
    """Remove decrypted snapshots left by a deep check that was killed (power cut, kill -9)."""
    now = time.time()
    for leftover in work.glob(".assist-verify-*"):
        try:
            if now - leftover.stat().st_mtime > STALE_AFTER:
                secure_delete.remove_file(leftover)
        except OSError:
            pass


def damaged_database(problems: list[str]) -> BackupDamagedError:
    return BackupDamagedError("The backup opens, but the records inside it do not pass their "
                              "checks (" + "; ".join(problems[:3]) + "). Nothing was changed; "
                              "use another backup.")


def check_decrypted(snapshot_path: Path, body_key: bytes, decrypted: reader.Decrypted,
                    opened, reporter: Reporter) -> dict:
    """cipher_integrity_check, integrity_check and the manifest of a decrypted snapshot,
    against the manifest recorded when the backup was made (format 3: its row counts)."""
    cipher = opened.header.snapshot_cipher
    key = reader.snapshot_key(opened, body_key, decrypted.meta)
    size = max(1, decrypted.snapshot_size)
    done = {"n": 0}

    def on_done(_name: str) -> None:
        done["n"] += 1
        reporter.update(done["n"] / 3)
    try:
        problems, manifest = check_snapshot(
            snapshot_path, key, cipher=cipher, read_only=not reader.writes_beside(opened),
            should_stop=reporter.should_stop, on_done=on_done,
            on_bytes=lambda n: reporter.update(min(done["n"] + n / size, 3) / 3))
    except SnapshotCancelled:
        raise BackupCancelled("Cancelled; nothing was changed.") from None
    except BackupError:
        raise
    except Exception:  # noqa: BLE001 - a snapshot that does not even open is a damaged backup
        raise damaged_database(["the database does not open"]) from None
    expected = decrypted.meta["manifest"]
    problems = problems or reader.manifest_problems(expected, manifest)
    if problems:
        raise damaged_database(problems)
    return manifest


def verify_backup(path: Path, secret: BackupSecret, *, deep: bool = False,
                  work_dir: Path | None = None, progress: ProgressCallback | None = None,
                  cancel: threading.Event | None = None) -> VerifyReport:
    """Check one backup file; raises a BackupError saying what is wrong."""
    started = time.monotonic()
    stages = [("unlock", 5), ("decrypt", 45), ("check", 50)] if deep else \
        [("unlock", 10), ("decrypt", 90)]
    reporter = Reporter(stages, progress, cancel)
    reporter.stage("unlock")
    opened = reader.open_header(Path(path))
    body_key = reader.unlock(opened, secret)
    reader.check_origin(Path(path), opened, body_key, secret)
    temp = None
    if deep:
        work = Path(work_dir) if work_dir else default_work_dir()
        remove_stale_work_files(work)
        temp = work / f".assist-verify-{uuid.uuid4().hex}.snapshot"
    try:
        reporter.stage("decrypt")
        try:
            decrypted = reader.decrypt(Path(path), opened, body_key, temp, reporter, rehash=deep)
        except OSError as exc:
            reason = exc.strerror or "input/output error"
            if temp is not None and exc.filename == str(temp):
                raise BackupError(f"The backup could not be checked: the work folder {temp.parent} "
                                  f"could not be written ({reason}).") from None
            raise BackupError(f"The backup file {path} could not be read ({reason}).") from None
        manifest = decrypted.meta["manifest"]
        if deep:
            reporter.stage("check")
            manifest = check_decrypted(temp, body_key, decrypted, opened, reporter)
    finally:
        if temp is not None:
            for suffix in ("", "-journal", "-wal", "-shm"):   # overwritten, then deleted
                try:
                    secure_delete.remove_file(Path(f"{temp}{suffix}"))
                except OSError:
                    Path(f"{temp}{suffix}").unlink(missing_ok=True)
    tables = manifest.get("tables")
    if not isinstance(tables, dict) or not all(isinstance(t, dict) and isinstance(
            t.get("rows"), int) for t in tables.values()):
        raise BackupDamagedError()
    reporter.done()
    return VerifyReport(Path(path), opened.header, len(tables),
                        sum(t["rows"] for t in tables.values()), time.monotonic() - started, deep)
