"""The backup folder: what is refused, file names, temporary files, and write errors.

A backup is written under a hidden temporary name in the destination folder and renamed to
``assist-YYYY-MM-DDTHHMM.assistbackup`` only after it has passed its checks. The name holds
no centre or client name. Temporary files left by a killed run are removed by the next run
(only when no running backup holds them: an flock on POSIX).
"""
from __future__ import annotations

import errno
import logging
import os
import uuid
from datetime import datetime
from pathlib import Path

from assist_desktop.backup.errors import DestinationError
from assist_desktop.backup.format import SUFFIX

log = logging.getLogger(__name__)

PREFIX = "assist-"
TEMP_PREFIX = ".assist-backup-"
TEMP_SUFFIXES = (".partial", ".snapshot", ".snapshot-journal")


def _same_or_inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_destination(folder: Path, data_dir: Path, db_path: Path) -> Path:
    """The resolved folder, or DestinationError saying why it cannot take a backup."""
    folder = Path(folder).expanduser()
    try:
        resolved = folder.resolve(strict=False)
    except OSError:
        raise DestinationError(f"The backup folder {folder} cannot be reached.") from None
    live = Path(db_path).resolve()
    if resolved == live or _same_or_inside(resolved, Path(f"{live}-wal")):
        raise DestinationError("The destination is the live database itself; choose a folder "
                               "on another drive.")
    if _same_or_inside(resolved, Path(data_dir).resolve()):
        raise DestinationError("The backup folder is inside the data folder; a backup there would "
                               "be lost with the computer. Choose a folder on another drive.")
    if not resolved.exists():
        raise DestinationError(f"The backup folder {folder} does not exist (is the drive "
                               f"plugged in?).")
    if not resolved.is_dir():
        raise DestinationError(f"{folder} is not a folder.")
    if not os.access(resolved, os.W_OK | os.X_OK):
        raise DestinationError(f"The backup folder {folder} is read-only; nothing was written.")
    return resolved


def backup_name(when: datetime, folder: Path) -> Path:
    """assist-2026-11-22T1830.assistbackup (local time), with -2, -3 ... if taken."""
    stem = f"{PREFIX}{when.strftime('%Y-%m-%dT%H%M')}"
    candidate = folder / f"{stem}{SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{SUFFIX}"
        number += 1
    return candidate


def write_error(exc: OSError, folder: Path) -> DestinationError:
    """A clear message for an OSError while writing into the backup folder."""
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
        text = ("The backup drive is full. The unfinished backup was removed and the database "
                "was not changed; free some space or use another drive.")
    elif code == errno.EFBIG:
        text = ("The backup is too large for a file on this drive (FAT32 drives hold at most 4 GB "
                "per file). The unfinished backup was removed and the database was not changed; "
                "use an exFAT or NTFS drive or a network folder.")
    elif code in (errno.EROFS, errno.EACCES, errno.EPERM):
        text = (f"The backup folder {folder} is read-only; the unfinished backup was removed and "
                f"the database was not changed.")
    elif code in (errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.ESTALE):
        text = (f"The backup folder {folder} disappeared while the backup was being written (was "
                f"the drive removed?). The database was not changed.")
    else:
        reason = exc.strerror or "input/output error"
        text = (f"The backup could not be written to {folder} ({reason}). The unfinished backup "
                f"was removed and the database was not changed.")
    return DestinationError(text)


class TempFiles:
    """The temporary files of one run: created in the folder, always removed unless kept."""

    def __init__(self, folder: Path):
        self.folder = folder
        token = uuid.uuid4().hex
        self.partial = folder / f"{TEMP_PREFIX}{token}.partial"
        self.snapshot = folder / f"{TEMP_PREFIX}{token}.snapshot"
        self._lock_fd: int | None = None

    def create_partial(self):
        """Open the partial file for writing (0600), holding an flock that marks it as live."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(self.partial, flags, 0o600)
        self._lock(fd)
        return os.fdopen(fd, "wb", buffering=1 << 20)

    def _lock(self, fd: int) -> None:
        try:
            import fcntl
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except (ImportError, OSError):
            pass

    def remove(self) -> None:
        for path in (self.partial, self.snapshot, Path(f"{self.snapshot}-journal")):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                log.warning("could not remove a temporary backup file")


def remove_stale_temps(folder: Path) -> int:
    """Remove temporary files of backups that were killed. Returns how many were removed."""
    removed = 0
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    for partial in entries:
        if not (partial.name.startswith(TEMP_PREFIX) and partial.name.endswith(".partial")):
            continue
        if _held_by_a_running_backup(partial):
            continue
        base = partial.name[:-len(".partial")]
        for suffix in TEMP_SUFFIXES:
            try:
                (folder / f"{base}{suffix}").unlink()
                removed += 1
            except OSError:
                pass
    for orphan in entries:  # the partial is made first, so a snapshot without one is stale
        if orphan.name.startswith(TEMP_PREFIX) and orphan.name.endswith(".snapshot"):
            if not (folder / orphan.name.replace(".snapshot", ".partial")).exists():
                try:
                    orphan.unlink()
                    removed += 1
                except OSError:
                    pass
    return removed


def _held_by_a_running_backup(path: Path) -> bool:
    try:
        import fcntl
    except ImportError:
        return True   # cannot tell: leave it (Windows refuses to delete open files anyway)
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)
