"""One backup of an open centre, made the same way from the GUI and from the command line:
by an administrator only, written to the audit log, then the folder rotated if asked.

The centre is an unlocked services.open_centre.OpenCentre, used through its attributes only
(backup and services are sibling layers: neither imports the other).
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from assist_desktop.backup.create import BackupResult, BackupSource, create_backup
from assist_desktop.backup.errors import BackupError
from assist_desktop.backup.progress import ProgressCallback
from assist_desktop.backup.rotation import RotationPolicy, RotationResult, rotate_backups
from assist_desktop.domain.errors import PermissionDenied
from assist_desktop.security.kdf import KdfParameters

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CentreBackup:
    result: BackupResult
    policy: RotationPolicy | None = None
    rotation: RotationResult | None = None
    rotation_error: BaseException | None = None   # the backup stands; old ones were kept


def require_backup_rights(centre) -> None:
    if not centre.session.is_administrator:
        raise PermissionDenied("Only an administrator can manage backups.")


def record(centre, action: str, detail: str = "") -> None:
    """An audit row for a backup operation (the file name only: no client data)."""
    centre.db.write(lambda conn: centre.audit_log.record(conn, action, "centre", "1", detail))


def backup_centre(centre, folder: Path, passphrase: str, *,
                  rotation: RotationPolicy | None = None,
                  kdf_params: KdfParameters | None = None,
                  progress: ProgressCallback | None = None,
                  cancel: threading.Event | None = None) -> CentreBackup:
    """Make a verified backup of the open centre in folder; rotate the folder if asked."""
    require_backup_rights(centre)
    centre.db.settle()     # rows still queued (search results' audit record) go in the copy
    result = create_backup(BackupSource.of(centre), Path(folder), passphrase,
                           kdf_params=kdf_params, progress=progress, cancel=cancel)
    record(centre, "backup_create", result.path.name)
    if rotation is None:
        return CentreBackup(result)
    try:
        rotated = rotate_backups(result.path.parent, rotation,
                                 database_id=centre.centre.database_id, verified=[result.path])
    except (BackupError, OSError) as exc:
        log.warning("rotation after a backup failed")
        return CentreBackup(result, rotation, rotation_error=exc)
    return CentreBackup(result, rotation, rotated)


# --- unattended backups: set up and switched off the same way from the GUI and the CLI -------
def schedule_is_set_up(centre) -> bool:
    """True when the backup job's key slot is in the centre's key file."""
    from assist_desktop.backup.scheduled import JOB_USERNAME
    slots = centre.keeper.load().slots
    return any(s.kind == "device" and s.username == JOB_USERNAME for s in slots)


def set_up_schedule(centre, keychain, backup_passphrase: str) -> str:
    """Administrator: store the backup passphrase and a job key in the OS keychain, add the
    job's key slot, audit it. Returns the keychain's name."""
    from assist_desktop.backup.scheduled import JOB_USERNAME, store_schedule_secrets
    require_backup_rights(centre)
    secret, backend = store_schedule_secrets(keychain, centre.centre.database_id,
                                             backup_passphrase)
    centre.keeper.add_device_slot(JOB_USERNAME, secret, backend)
    record(centre, "backup_schedule_setup")
    return backend


def remove_schedule(centre, keychain) -> None:
    """Administrator: delete the job's key slot and its keychain secrets, audit it."""
    from assist_desktop.backup.scheduled import JOB_USERNAME, forget_schedule_secrets
    require_backup_rights(centre)
    centre.keeper.remove_device_slot(JOB_USERNAME)
    forget_schedule_secrets(keychain, centre.centre.database_id)
    record(centre, "backup_schedule_remove")


def schedule_command(data_dir: Path, folder: Path) -> str:
    """The command the operating system's scheduler runs (docs/BACKUP.md)."""
    def quoted(path: Path) -> str:
        text = str(path)
        return f'"{text}"' if any(c in text for c in ' "\'') else text
    return (f"assist-desktop backup schedule run --data-dir {quoted(data_dir)} "
            f"--to {quoted(folder)}")


def default_keychain():
    """The operating system's keychain (the GUI's; tests hand the panel another)."""
    from assist_desktop.security.device_keychain import DeviceKeychain
    return DeviceKeychain()
