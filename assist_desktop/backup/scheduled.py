"""Unattended backups (cron, Task Scheduler, launchd): everything they need is in the keychain.

Set up once by an administrator (``assist-desktop backup schedule setup``):

- a random **job secret** is stored in the OS keychain, and a device slot for the reserved
  name ``@backup-job`` (never a valid username, so no one can sign in with it) is added to
  the centre's key file: with the secret it opens the data key, nothing else;
- the **backup passphrase** is stored in the OS keychain too.

The job reads both through DeviceKeychain (time-limited calls, real OS keychains only) and
never from a file or an argument. Removing the schedule deletes the slot and both entries;
rotating the data key keeps the slot working (it is re-sealed like every slot).
"""
from __future__ import annotations

import os
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from assist_desktop.backup.create import BackupResult, BackupSource, create_backup
from assist_desktop.backup.errors import ScheduleError
from assist_desktop.backup.progress import ProgressCallback
from assist_desktop.backup.rotation import RotationPolicy, RotationResult, rotate_backups
from assist_desktop.domain.errors import DamagedStoreError, StoreMissingError, WrongKeyError
from assist_desktop.platform import paths
from assist_desktop.security import envelope
from assist_desktop.security.device_keychain import DeviceKeychain, KeychainUnavailable
from assist_desktop.security.kdf import KdfParameters
from assist_desktop.security.key_slots import PROGRAM_PREFIX, KeySlotFile
from assist_desktop.storage import snapshot as snap

JOB_USERNAME = f"{PROGRAM_PREFIX}backup-job"     # a program slot: no one signs in with it
NOT_SET_UP = ("Unattended backups are not set up for this data folder. An administrator can set "
              "them up with: assist-desktop backup schedule setup")


def passphrase_entry(database_id: str) -> str:
    return f"backup-passphrase:{uuid.UUID(database_id)}"


def job_entry(database_id: str) -> str:
    return f"backup-job:{uuid.UUID(database_id)}"


def store_schedule_secrets(keychain: DeviceKeychain, database_id: str,
                           backup_passphrase: str) -> tuple[bytes, str]:
    """Store the job secret and the backup passphrase; returns (job secret, backend id).

    The caller then adds the device slot for JOB_USERNAME with that secret (through the
    centre's KeyKeeper, which makes every change to the key file).
    """
    if not keychain.available():
        raise ScheduleError("This computer has no secure system keychain (such as GNOME Keyring, "
                            "KWallet, the macOS Keychain or Windows Credential Manager), so "
                            "unattended backups cannot be set up.")
    secret = os.urandom(32)
    keychain.store(job_entry(database_id), secret)
    keychain.store(passphrase_entry(database_id), backup_passphrase.encode("utf-8"))
    return secret, keychain.backend_id()


def forget_schedule_secrets(keychain: DeviceKeychain, database_id: str) -> None:
    for entry in (job_entry(database_id), passphrase_entry(database_id)):
        keychain.delete(entry)


def _keychain_load(keychain: DeviceKeychain, entry: str, backend: str | None = None):
    try:
        return keychain.load(entry, expected_backend=backend)
    except KeychainUnavailable as exc:
        text = KeychainUnavailable.MESSAGES.get(exc.reason, KeychainUnavailable.MESSAGES["error"])
        raise ScheduleError(f"{text} No backup was made. (Unattended backups need the user's "
                            f"keychain: see docs/BACKUP.md.)") from None


def load_backup_passphrase(keychain: DeviceKeychain, database_id: str) -> str:
    value = _keychain_load(keychain, passphrase_entry(database_id))
    if value is None:
        raise ScheduleError("The keychain holds no backup passphrase for this centre. " + NOT_SET_UP)
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        raise ScheduleError("The backup passphrase in the keychain is damaged; set up unattended "
                            "backups again.") from None


def scheduled_source(data_dir: Path, keychain: DeviceKeychain) -> BackupSource:
    """Open the data key with the job's device slot and the secret in the keychain."""
    data_dir = Path(data_dir)
    db_path, slots_path = data_dir / paths.DATABASE_FILE, data_dir / paths.KEYSLOT_FILE
    if not db_path.exists():
        raise StoreMissingError(f"No ASSIST database was found in {data_dir}.")
    slots = KeySlotFile.load(slots_path)
    slot = slots.find("device", JOB_USERNAME)
    if slot is None:
        raise ScheduleError(NOT_SET_UP)
    secret = _keychain_load(keychain, job_entry(slots.database_id), slot.backend)
    if secret is None:
        raise ScheduleError("The keychain no longer holds the key of the unattended backups; "
                            "set them up again.")
    try:
        private = slots.private_key(slot, envelope.secret_key_from_high_entropy(secret, b"device"))
    except WrongKeyError:
        raise ScheduleError("The key in the keychain does not match this data folder; set up "
                            "unattended backups again.") from None
    for key in slots.data_keys(slot, private):
        if snap.key_opens(db_path, key):
            return BackupSource(db_path, key, slots.database_id, slots_path)
    raise DamagedStoreError("The database file does not open with its key file: it is damaged "
                            "or was replaced. No backup was made.")


@dataclass(frozen=True)
class ScheduledRun:
    backup: BackupResult
    rotation: RotationResult


def run_scheduled_backup(data_dir: Path, folder: Path, *, keychain: DeviceKeychain,
                         policy: RotationPolicy = RotationPolicy(),
                         kdf_params: KdfParameters | None = None,
                         progress: ProgressCallback | None = None,
                         cancel: threading.Event | None = None,
                         now: datetime | None = None) -> ScheduledRun:
    """One unattended run: a verified backup, then rotation of the folder."""
    source = scheduled_source(data_dir, keychain)
    passphrase = load_backup_passphrase(keychain, source.database_id)
    result = create_backup(source, folder, passphrase, kdf_params=kdf_params, progress=progress,
                           cancel=cancel, now=now)
    rotation = rotate_backups(result.path.parent, policy, database_id=source.database_id,
                              verified=[result.path])
    return ScheduledRun(result, rotation)
