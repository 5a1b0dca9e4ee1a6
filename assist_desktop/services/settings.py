"""Centre-wide policy that administrators set (stored encrypted in the database)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assist_desktop.domain.errors import PermissionDenied, ValidationError
from assist_desktop.security.backup_auth import SETTING as ORIGIN_SETTING
from assist_desktop.security.backup_auth import OriginKey
from assist_desktop.storage.centre_repository import SettingsRepository
from assist_desktop.storage.database import Database


@dataclass(frozen=True)
class Policy:
    idle_lock_minutes: int = 5
    device_unlock_allowed: bool = False
    min_passphrase_score: int = 3
    backup_warning_days: int = 7
    # Rotation of a backup folder after each backup (GUI, `backup create --rotate`, scheduled
    # runs): keep the newest backup of each of the last N days and of each of the last M weeks.
    backup_keep_daily: int = 7
    backup_keep_weekly: int = 4
    # A restore's safety copy (the replaced centre) is removed this many days after the
    # restore is confirmed (an administrator's first sign-in); 0: at that sign-in.
    safety_copy_days: int = 7


_FIELDS = {"idle_lock_minutes": (int, 1, 240), "min_passphrase_score": (int, 2, 4),
           "backup_warning_days": (int, 1, 365), "device_unlock_allowed": (bool, None, None),
           "backup_keep_daily": (int, 1, 3660), "backup_keep_weekly": (int, 0, 520),
           "safety_copy_days": (int, 0, 90)}


def store_origin_key(conn, origin: OriginKey) -> None:
    """Keep the backup origin key (sealed to the recovery code: backup_auth.new_origin_key,
    made before the transaction) in the centre's settings; backups made from now on prove
    their origin with it."""
    SettingsRepository().set(conn, ORIGIN_SETTING, origin.to_text())


def _parse(key: str, text: str):
    kind = _FIELDS[key][0]
    return text == "1" if kind is bool else int(text)


def read_policy(conn, repo: SettingsRepository | None = None) -> Policy:
    stored = (repo or SettingsRepository()).all(conn)
    values = {k: _parse(k, v) for k, v in stored.items() if k in _FIELDS}
    return Policy(**values)


def read_policy_with_key(db_path: Path, data_key: bytes) -> Policy:
    """The centre's policy when no one is signed in but the data key is open (the unattended
    backup job). Reads only: the schema is not migrated and nothing is written or audited."""
    db = Database.open(db_path, data_key, migrate_schema=False)
    try:
        return db.read(read_policy)
    finally:
        db.close()


class SettingsService:
    def __init__(self, db, session, audit, keeper=None,
                 repository: SettingsRepository | None = None):
        self._db, self._session, self._audit = db, session, audit
        self._keeper = keeper  # to revoke 'remember this computer' when it is switched off
        self._repo = repository or SettingsRepository()

    def policy(self) -> Policy:
        return self._db.read(read_policy, self._repo)

    def set_policy(self, **changes) -> Policy:
        if not self._session.is_administrator:
            raise PermissionDenied("Only an administrator can change the centre's settings.")
        for key, value in changes.items():
            if key not in _FIELDS:
                raise ValidationError(key, "not a setting")
            kind, low, high = _FIELDS[key]
            if kind is int and (isinstance(value, bool) or not isinstance(value, int)
                                or not low <= value <= high):
                raise ValidationError(key, f"must be a whole number from {low} to {high}")
            if kind is bool and not isinstance(value, bool):
                raise ValidationError(key, "must be yes or no")

        def _write(conn):
            for key, value in changes.items():
                text = ("1" if value else "0") if isinstance(value, bool) else str(value)
                self._repo.set(conn, key, text)
                self._audit.record(conn, "change_setting", "settings", key)
            if changes.get("device_unlock_allowed") is False and self._keeper is not None:
                # Switching it off revokes it: every remembered computer must use the
                # passphrase again. Last in the transaction, so a failure undoes the setting.
                removed = self._keeper.remove_device_slots()
                self._audit.record(conn, "revoke_device_unlock", "settings",
                                   "device_unlock_allowed", f"count:{removed}")
            return read_policy(conn, self._repo)
        return self._db.write(_write)
