"""What a laptop is told about the centre server's backups (Administration > Backups on a
laptop): record types only, so that they travel through the wire codec. The backups
themselves are made, verified and restored on the server (server/backups.py,
server/restore.py, docs/SERVER.md)."""
from __future__ import annotations

from dataclasses import dataclass

IDLE, RUNNING, DONE, FAILED = "idle", "running", "done", "failed"
BACKUP, VERIFY, RESTORE = "backup", "verify", "restore"          # what the job does
# How a verify or a restore ended, for the laptop's words (job.message says it in full):
GOOD, WRONG_SECRET, DAMAGED, OTHER = "good", "wrong-secret", "damaged", "other"


@dataclass(frozen=True)
class ServerBackupJob:
    """The server's backup job (a backup, a verify or a restore) in progress, or the last one
    since it started. One at a time."""
    state: str = IDLE                # idle, running, done, failed
    fraction: float = 0.0
    label: str = ""                  # the step in progress ("Copying the database…")
    file_name: str = ""              # the new backup's file name (no client data)
    message: str = ""                # done: what rotation did; failed: why (fit to show)
    started_by: str = ""             # the administrator's username
    kind: str = BACKUP               # backup, verify or restore
    outcome: str = ""                # verify/restore ended: good, wrong-secret, damaged, other
    server_sealed: bool = False      # restore: the server was sealed for it (and stays so)

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
    centre_name: str = ""            # what a restore's confirmation asks her to type
    signed_in: int = 0               # sign-ins now (hers included): a restore ends them all
