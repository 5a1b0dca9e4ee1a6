"""Encrypted backups: create, verify, list, restore, rotate, and unattended runs.

The public API (for the CLI and the GUI's administration panel; see docs/BACKUP.md):

- ``create_backup(BackupSource, folder, passphrase, progress=, cancel=) -> BackupResult``
- ``verify_backup(path, BackupSecret, progress=, cancel=) -> VerifyReport``
- ``restore_backup(path, data_dir, BackupSecret, progress=, cancel=, replacing=) -> RestoreResult``
  (over a centre: ``replacing=ReplacedCentre.of(its administrator's OpenCentre)``)
- ``list_backups(folder, database_id=None) -> [BackupListing]`` (headers only, no key)
- ``read_backup_header(path) -> BackupHeader`` (no key; refuses damaged/truncated files)
- ``rotate_backups(folder, RotationPolicy, database_id=, verified=) -> RotationResult``
- ``run_scheduled_backup(data_dir, folder, keychain=, policy=) -> ScheduledRun``
- ``load_status(data_dir) -> BackupStatus`` (age of the last verified backup)
- ``settle_interrupted_restore(data_dir)`` (call at application start)

Long operations run on the caller's worker thread; ``progress`` receives Progress(stage,
fraction) on that thread or on one of the backup's own (queue it to a GUI) and ``cancel`` is a
threading.Event. Every error is a BackupError
(an AssistError) whose str() is one sentence for the person.
"""
from assist_desktop.backup.create import BackupResult, BackupSource, create_backup
from assist_desktop.backup.errors import (BackupCancelled, BackupCheckFailed, BackupDamagedError,
                                          BackupError, BackupOriginError, BackupTruncatedError,
                                          DestinationError,
                                          NewerBackupError, NotABackupError, RestoreError,
                                          ScheduleError, WrongBackupSecretError)
from assist_desktop.backup.format import SUFFIX, BackupHeader
from assist_desktop.backup.keys import BackupSecret
from assist_desktop.backup.listing import BackupListing, list_backups
from assist_desktop.backup.progress import STAGE_LABELS, Progress
from assist_desktop.backup.reader import open_header, refuse_newer
from assist_desktop.backup.restore import RestoreResult, restore_backup, settle_interrupted_restore
from assist_desktop.backup.restore_over import ReplacedCentre
from assist_desktop.backup.rotation import RotationPolicy, RotationResult, rotate_backups
from assist_desktop.backup.scheduled import ScheduledRun, run_scheduled_backup
from assist_desktop.backup.status import BackupStatus, load_status
from assist_desktop.backup.verify import VerifyReport, verify_backup


def read_backup_header(path) -> BackupHeader:
    """The header of a backup file (no key needed); raises if it is not a sound backup."""
    return open_header(path).header


__all__ = [
    "BackupCancelled", "BackupCheckFailed", "BackupDamagedError", "BackupError", "BackupHeader",
    "BackupOriginError",
    "BackupListing", "BackupResult", "BackupSecret", "BackupSource", "BackupStatus",
    "BackupTruncatedError", "DestinationError", "NewerBackupError", "NotABackupError",
    "Progress", "RestoreError", "RestoreResult", "RotationPolicy", "RotationResult",
    "STAGE_LABELS", "SUFFIX", "ScheduleError", "ScheduledRun", "VerifyReport",
    "WrongBackupSecretError", "create_backup", "list_backups", "load_status",
    "read_backup_header", "ReplacedCentre", "refuse_newer", "restore_backup", "rotate_backups",
    "run_scheduled_backup", "settle_interrupted_restore", "verify_backup",
]
