"""What a laptop is told about the centre server's backups (Administration > Backups on a
laptop): record types only, so that they travel through the wire codec. The backups
themselves are made and kept on the server (server/backups.py, docs/SERVER.md)."""
from __future__ import annotations

from dataclasses import dataclass

IDLE, RUNNING, DONE, FAILED = "idle", "running", "done", "failed"


@dataclass(frozen=True)
class ServerBackupJob:
    """The server's backup in progress or the last one made since it started."""
    state: str = IDLE                # idle, running, done, failed
    fraction: float = 0.0
    label: str = ""                  # the step in progress ("Copying the database…")
    file_name: str = ""              # the new backup's file name (no client data)
    message: str = ""                # done: what rotation did; failed: why (fit to show)
    started_by: str = ""             # the administrator's username

    @property
    def running(self) -> bool:
        return self.state == RUNNING


@dataclass(frozen=True)
class ServerBackupFile:
    name: str
    created_at: str                  # UTC ISO-8601 from the backup's header ("" if unreadable)
    size: int
    state: str                       # ok, truncated, damaged, not-a-backup, newer, unreadable
    message: str = ""
    checked: str = ""                # "", "when-made", "file" or "full": its last check
    checked_at: str = ""             # UTC ISO-8601 of that check


@dataclass(frozen=True)
class ServerBackups:
    folder: str                      # the backup folder on the server ("" when not set)
    files: tuple[ServerBackupFile, ...] = ()
    last_verified: str = ""          # UTC ISO-8601 of the last verified backup, "" if none
    job: ServerBackupJob = ServerBackupJob()
    problem: str = ""                # the folder is missing or unreadable: fit to show
