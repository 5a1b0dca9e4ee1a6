"""The safety copies a restore leaves in the data folder (``restore-safety-<time>/``).

A restore over a centre moves the replaced database and key file into such a folder, so a
mistaken restore can be undone. The copy opens with the passphrases the centre had *then*
(disabled accounts included) and still holds everything purged since, so its life is bounded:

- it is kept until the restore is **confirmed**: the first sign-in of an administrator to the
  restored centre (services.vault);
- then for at most the centre's ``safety_copy_days`` (default 7), enforced at every sign-in;
- it is removed at once by a purge, a key rotation and the disabling of an account (the only
  way those guarantees can hold: a copy cannot be re-keyed without its old key), and by an
  administrator (``backup safety-copies remove``).

Removal overwrites then unlinks every file (platform.secure_delete, which says what that
achieves on which filesystems). ``safety.json`` in the folder holds the two dates only.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from assist_desktop.platform import paths, secure_delete
from assist_desktop.platform.atomic import atomic_write_text

log = logging.getLogger(__name__)
META = "safety.json"
DEFAULT_DAYS = 7


@dataclass(frozen=True)
class SafetyCopy:
    path: Path
    made_at: datetime
    confirmed_at: datetime | None
    size: int

    @property
    def name(self) -> str:
        return self.path.name

    def expires_at(self, days: int) -> datetime | None:
        """None while the restore is not confirmed (kept until it is)."""
        return None if self.confirmed_at is None else self.confirmed_at + timedelta(days=days)


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(timezone.utc)


def _parse(text) -> datetime | None:
    try:
        value = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _folders(data_dir: Path) -> list[Path]:
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        return []
    return sorted(p for p in data_dir.glob(f"{paths.RESTORE_SAFETY_PREFIX}*")
                  if p.is_dir() and not p.is_symlink())


def write_meta(folder: Path, made_at: datetime, confirmed_at: datetime | None = None) -> None:
    data = {"made_at": made_at.astimezone(timezone.utc).isoformat(timespec="seconds"),
            "confirmed_at": confirmed_at.astimezone(timezone.utc).isoformat(timespec="seconds")
            if confirmed_at else None}
    atomic_write_text(Path(folder) / META, json.dumps(data) + "\n", mode=0o600)


def _read(folder: Path) -> SafetyCopy:
    made, confirmed = None, None
    try:
        data = json.loads((folder / META).read_text(encoding="utf-8"))
        made, confirmed = _parse(data.get("made_at")), _parse(data.get("confirmed_at"))
    except (OSError, ValueError, AttributeError):
        pass   # a copy made before safety.json existed: dated by its folder, not confirmed
    if made is None:
        made = datetime.fromtimestamp(folder.stat().st_mtime, timezone.utc)
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return SafetyCopy(folder, made, confirmed if confirmed else None, size)


def list_copies(data_dir: Path) -> list[SafetyCopy]:
    return [_read(folder) for folder in _folders(data_dir)]


def confirm_all(data_dir: Path, now: datetime | None = None) -> int:
    """The restore is confirmed (an administrator signed in): start every unconfirmed copy's
    clock. Returns how many were confirmed now."""
    count = 0
    for copy in list_copies(data_dir):
        if copy.confirmed_at is None:
            write_meta(copy.path, copy.made_at, _now(now))
            count += 1
    return count


def remove(data_dir: Path, name: str) -> None:
    """Remove one copy by its folder name (only a safety-copy folder of this data folder)."""
    for folder in _folders(data_dir):
        if folder.name == name:
            secure_delete.remove_tree(folder)
            return
    raise FileNotFoundError(name)


def remove_all(data_dir: Path) -> int:
    """Remove every safety copy; returns how many. A copy that cannot be removed raises
    OSError after the others were removed."""
    failed, count = None, 0
    for folder in _folders(data_dir):
        try:
            secure_delete.remove_tree(folder)
            count += 1
        except OSError as exc:
            log.warning("a safety copy could not be removed")
            failed = exc
    if failed is not None:
        raise failed
    return count


def expire(data_dir: Path, days: int, now: datetime | None = None) -> int:
    """Remove the confirmed copies older than days after their confirmation; how many."""
    count, moment = 0, _now(now)
    for copy in list_copies(data_dir):
        ends = copy.expires_at(days)
        if ends is not None and ends <= moment:
            secure_delete.remove_tree(copy.path)
            count += 1
    return count


def other_copies(data_dir: Path) -> list[Path]:
    """Files a killed operation may leave beside the database (see docs/BACKUP.md, "Every copy
    the application keeps"), removed by remove_leftovers."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        return []
    patterns = (f".{paths.DATABASE_FILE}.creating*", f".{paths.KEYSLOT_FILE}.*.tmp",
                f"{paths.KEYSLOT_FILE}.prev")
    return sorted({p for pattern in patterns for p in data_dir.glob(pattern)})


def remove_leftovers(data_dir: Path) -> int:
    found = other_copies(data_dir)
    for path in found:
        try:
            secure_delete.remove_file(path)
        except OSError:
            log.warning("a leftover file could not be removed")
    return len(found)


__all__ = ["SafetyCopy", "list_copies", "confirm_all", "remove", "remove_all", "expire",
           "write_meta", "other_copies", "remove_leftovers", "DEFAULT_DAYS", "META"]
