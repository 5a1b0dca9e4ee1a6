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
from __future__ import annotations

import importlib

# name -> the module that defines it. Imported on first use (PEP 562), so that a light part
# (the status bar's ``load_status``) does not pull in the cryptography, SQLCipher and keychain
# code behind create/restore: importing all of it took ~0.6 s of a GUI worker thread holding
# the interpreter lock at sign-in, while the caseload was painting its first page.
_WHERE = {
    "BackupResult": "create", "BackupSource": "create", "create_backup": "create",
    "BackupCancelled": "errors", "BackupCheckFailed": "errors", "BackupDamagedError": "errors",
    "BackupError": "errors", "BackupOriginError": "errors", "BackupTruncatedError": "errors",
    "DestinationError": "errors", "NewerBackupError": "errors", "NotABackupError": "errors",
    "RestoreError": "errors", "ScheduleError": "errors", "WrongBackupSecretError": "errors",
    "SUFFIX": "format", "BackupHeader": "format",
    "BackupSecret": "keys",
    "BackupListing": "listing", "list_backups": "listing",
    "STAGE_LABELS": "progress", "Progress": "progress",
    "open_header": "reader", "refuse_newer": "reader",
    "RestoreResult": "restore", "restore_backup": "restore",
    "settle_interrupted_restore": "restore",
    "ReplacedCentre": "restore_over",
    "RotationPolicy": "rotation", "RotationResult": "rotation", "rotate_backups": "rotation",
    "ScheduledRun": "scheduled", "run_scheduled_backup": "scheduled",
    "BackupStatus": "status", "load_status": "status",
    "VerifyReport": "verify", "verify_backup": "verify",
}


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))


def read_backup_header(path) -> BackupHeader:
    """The header of a backup file (no key needed); raises if it is not a sound backup."""
    from assist_desktop.backup.reader import open_header
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
