"""Listing the backups in a folder from their headers alone (no key needed).

For each ``*.assistbackup`` file: when it was made, its size, schema and database id, and
whether its header and size are sound ("ok"), or it is truncated, damaged, not a backup or
from a newer version. A full check needs the key: see verify.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from assist_desktop.backup.errors import (BackupDamagedError, BackupError, BackupTruncatedError,
                                          NewerBackupError, NotABackupError)
from assist_desktop.backup.format import SUFFIX, BackupHeader
from assist_desktop.backup.reader import open_header


@dataclass(frozen=True)
class BackupListing:
    path: Path
    state: str                      # ok, truncated, damaged, not-a-backup, newer, unreadable
    size: int
    header: BackupHeader | None = None
    message: str = ""

    @property
    def created_at(self) -> datetime | None:
        if self.header is None:
            return None
        try:
            return datetime.fromisoformat(self.header.created_at)
        except ValueError:
            return None

    @property
    def ok(self) -> bool:
        return self.state == "ok"


_STATES = ((BackupTruncatedError, "truncated"), (BackupDamagedError, "damaged"),
           (NotABackupError, "not-a-backup"), (NewerBackupError, "newer"))


def inspect(path: Path) -> BackupListing:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    try:
        opened = open_header(path)
    except BackupError as exc:
        state = next((name for kind, name in _STATES if isinstance(exc, kind)), "unreadable")
        return BackupListing(path, state, size, None, str(exc))
    return BackupListing(path, "ok", size, opened.header)


def list_backups(folder: Path, database_id: str | None = None) -> list[BackupListing]:
    """Backups in folder, newest first (files whose header cannot be read last).

    With database_id, only that centre's backups (and unreadable files) are listed.
    """
    folder = Path(folder)
    try:
        paths = sorted(p for p in folder.iterdir() if p.name.endswith(SUFFIX) and p.is_file())
    except FileNotFoundError:
        raise BackupError(f"The folder {folder} does not exist.") from None
    except NotADirectoryError:
        raise BackupError(f"{folder} is not a folder.") from None
    except OSError as exc:
        raise BackupError(f"The folder {folder} cannot be read ({exc.strerror}).") from None
    found = [inspect(p) for p in paths]
    if database_id is not None:
        found = [b for b in found if b.header is None or b.header.database_id == database_id]
    dated = sorted((b for b in found if b.created_at is not None),
                   key=lambda b: (b.created_at, b.path.name), reverse=True)
    return dated + [b for b in found if b.created_at is None]
