"""Rotation: keep the newest backup of each of the last N days and of each of the last M weeks.

Only sound backups (header and size check) of the same centre are considered; anything else
in the folder (other centres' backups, damaged or foreign files) is never deleted. Nothing is
deleted unless at least one backup that is kept is known to be verified (just made and
checked, or verified now with the key), so the only verified backup is never removed.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable

from assist_desktop.backup.listing import BackupListing, list_backups
from assist_desktop.domain.errors import ValidationError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RotationPolicy:
    keep_daily: int = 7
    keep_weekly: int = 4

    @classmethod
    def of(cls, policy) -> "RotationPolicy":
        """From the centre's settings (services.settings.Policy)."""
        return cls(policy.backup_keep_daily, policy.backup_keep_weekly)

    def __post_init__(self):
        if self.keep_daily < 1 or self.keep_weekly < 0 or self.keep_daily > 3660 or \
                self.keep_weekly > 520:
            raise ValidationError("rotation", "keep at least 1 daily backup (and 0 or more weekly)")


@dataclass
class RotationResult:
    kept: list[Path] = field(default_factory=list)
    deleted: list[Path] = field(default_factory=list)
    skipped_reason: str | None = None     # set when nothing was deleted on purpose
    failed: list[Path] = field(default_factory=list)


def _local(listing: BackupListing) -> datetime:
    return listing.created_at.astimezone()


def plan(backups: list[BackupListing], policy: RotationPolicy) -> tuple[list[BackupListing],
                                                                        list[BackupListing]]:
    """(keep, delete) among sound backups; the input is newest first."""
    ordered = sorted(backups, key=lambda b: (b.created_at, b.path.name), reverse=True)
    keep: list[BackupListing] = []
    days: set = set()
    weeks: set = set()
    for backup in ordered:
        when = _local(backup)
        day, week = when.date(), when.isocalendar()[:2]
        wanted = False
        if day not in days and len(days) < policy.keep_daily:
            days.add(day)
            wanted = True
        if week not in weeks and len(weeks) < policy.keep_weekly:
            weeks.add(week)
            wanted = True
        if wanted:
            keep.append(backup)
    kept = {b.path for b in keep}
    return keep, [b for b in ordered if b.path not in kept]


def rotate_backups(folder: Path, policy: RotationPolicy, *, database_id: str,
                   verified: Iterable[Path] = (),
                   verify: Callable[[Path], bool] | None = None) -> RotationResult:
    """Delete the backups the policy does not keep, if a kept one is verified.

    ``verified``: backups known to be good (e.g. the one just made). ``verify``: optional
    full check with the key, tried on kept backups newest first when none is known.
    """
    backups = [b for b in list_backups(folder, database_id)
               if b.ok and b.header is not None and b.created_at is not None]
    keep, delete = plan(backups, policy)
    result = RotationResult(kept=[b.path for b in keep])
    if not delete:
        return result
    known = {Path(p).resolve() for p in verified}
    good = any(b.path.resolve() in known for b in keep)
    if not good and verify is not None:
        for backup in keep:
            try:
                if verify(backup.path):
                    good = True
                    break
            except Exception:  # noqa: BLE001 - a failed check only means "not verified"
                log.warning("a kept backup failed verification during rotation")
    if not good:
        result.skipped_reason = ("no verified backup among those kept, so no old backup was "
                                 "deleted")
        return result
    for backup in delete:
        try:
            backup.path.unlink()
            result.deleted.append(backup.path)
        except OSError:
            result.failed.append(backup.path)
    return result
