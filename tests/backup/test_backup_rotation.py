"""Rotation keeps N daily and M weekly backups, only of this centre, and never deletes the only
verified backup."""
from __future__ import annotations

import os
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from assist_desktop.backup import (BackupHeader, BackupListing, RotationPolicy, create_backup,
                                   list_backups, rotate_backups)
from assist_desktop.backup.rotation import plan
from assist_desktop.domain.errors import ValidationError
from assist_desktop.security.kdf import TEST_PARAMETERS
from backup_world import BACKUP_PASSPHRASE, source_of

START = datetime(2026, 11, 2, 18, 30).astimezone()     # a Monday, local time


def _listing(when: datetime, name: str) -> BackupListing:
    header = BackupHeader(backup_id=str(uuid.uuid4()), created_at=when.isoformat(),
                          app_version="0.1.0", schema_version=1,
                          database_id=str(uuid.uuid4()), body_size=100)
    return BackupListing(Path(name), "ok", 100, header)


def test_plan_keeps_newest_of_each_day_and_week():
    # Two backups a day for 30 days.
    backups = [_listing(START + timedelta(days=d, hours=h), f"b{d:02d}-{h}")
               for d in range(30) for h in (0, 3)]
    keep, delete = plan(backups, RotationPolicy(keep_daily=7, keep_weekly=4))
    kept = {b.path.name for b in keep}
    daily = {f"b{d:02d}-3" for d in range(23, 30)}           # the newest of each of 7 days
    assert daily <= kept
    # Weeks: the newest backup of each of the 4 newest ISO weeks (some already kept as daily).
    weeks = {}
    for b in sorted(backups, key=lambda b: b.created_at, reverse=True):
        weeks.setdefault(b.created_at.astimezone().isocalendar()[:2], b.path.name)
    assert set(list(weeks.values())[:4]) <= kept
    assert len(kept) == len(daily | set(list(weeks.values())[:4]))
    assert len(keep) + len(delete) == len(backups)


def test_policy_must_keep_something():
    with pytest.raises(ValidationError):
        RotationPolicy(keep_daily=0, keep_weekly=3)


@pytest.fixture
def series(centre, tmp_path):
    """Eight real backups, one a day, and the folder they are in."""
    folder = tmp_path / "stick"
    folder.mkdir()
    made = [create_backup(source_of(centre), folder, BACKUP_PASSPHRASE,
                          kdf_params=TEST_PARAMETERS, now=(START + timedelta(days=d))
                          .astimezone(timezone.utc), record_status=False).path
            for d in range(8)]
    return folder, made


def test_rotation_deletes_only_what_the_policy_drops(series, centre):
    folder, made = series
    other = folder / "assist-2020-01-01T0000.assistbackup"
    other.write_bytes(made[0].read_bytes())       # a copy: same centre, so counted by date...
    foreign = folder / "holiday-photos.assistbackup"
    foreign.write_bytes(os.urandom(1000))          # ...but files that are not backups are not
    result = rotate_backups(folder, RotationPolicy(keep_daily=3, keep_weekly=1),
                            database_id=centre.centre.database_id, verified=[made[-1]])
    assert result.skipped_reason is None
    assert set(result.kept) == set(made[-3:])
    assert foreign.exists()
    remaining = {b.path for b in list_backups(folder) if b.ok}
    assert remaining == set(made[-3:])


def test_rotation_never_deletes_without_a_verified_backup_kept(series, centre):
    folder, made = series
    result = rotate_backups(folder, RotationPolicy(keep_daily=2, keep_weekly=0),
                            database_id=centre.centre.database_id,
                            verify=lambda path: False)
    assert result.deleted == [] and result.skipped_reason
    assert all(path.exists() for path in made)
    checked = []

    def verify(path):
        checked.append(path)
        return path == made[-2]                    # the newest is bad, the one before is good
    result = rotate_backups(folder, RotationPolicy(keep_daily=2, keep_weekly=0),
                            database_id=centre.centre.database_id, verify=verify)
    assert checked == [made[-1], made[-2]]
    assert sorted(result.kept) == sorted(made[-2:]) and len(result.deleted) == 6


def test_rotation_leaves_other_centres_alone(series, centre):
    folder, made = series
    result = rotate_backups(folder, RotationPolicy(keep_daily=1, keep_weekly=0),
                            database_id=str(uuid.uuid4()), verified=[made[-1]])
    assert result.kept == [] and result.deleted == []
    assert all(path.exists() for path in made)
