"""When the last verified backup was made, for the status bar's "last backup" and its warning.

Kept in ``backup-status.json`` in the data folder: a time, a file name and a folder, nothing
about clients. Written atomically after every backup that passed its checks.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from assist_desktop.platform.atomic import atomic_write_text

log = logging.getLogger(__name__)

STATUS_FILE = "backup-status.json"
DEFAULT_MAX_AGE = timedelta(days=7)


@dataclass(frozen=True)
class BackupStatus:
    last_verified_at: datetime | None
    file_name: str | None = None
    folder: str | None = None

    def age(self, now: datetime | None = None) -> timedelta | None:
        if self.last_verified_at is None:
            return None
        return (now or datetime.now(timezone.utc)) - self.last_verified_at

    def is_overdue(self, max_age: timedelta = DEFAULT_MAX_AGE,
                   now: datetime | None = None) -> bool:
        """True when there is no verified backup, or the last one is older than max_age."""
        age = self.age(now)
        return age is None or age > max_age


def load_status(data_dir: Path) -> BackupStatus:
    try:
        data = json.loads((Path(data_dir) / STATUS_FILE).read_text(encoding="utf-8"))
        when = datetime.fromisoformat(data["last_verified_at"])
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        return BackupStatus(when, data.get("file_name"), data.get("folder"))
    except FileNotFoundError:
        return BackupStatus(None)
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("backup status file unreadable; treated as no backup")
        return BackupStatus(None)


def record_verified(data_dir: Path, backup_path: Path, when: datetime) -> None:
    """Note a backup that has passed its checks (only if it is newer than the one noted)."""
    current = load_status(data_dir)
    if current.last_verified_at is not None and current.last_verified_at > when:
        return
    text = json.dumps({"last_verified_at": when.astimezone(timezone.utc).isoformat(
        timespec="seconds"), "file_name": Path(backup_path).name,
        "folder": str(Path(backup_path).parent)}, indent=2) + "\n"
    try:
        atomic_write_text(Path(data_dir) / STATUS_FILE, text, mode=0o600)
    except OSError:
        log.warning("could not record the backup status")
