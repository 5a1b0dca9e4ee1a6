"""backup_centre: what the GUI and the command line both call to back up an open centre.
Administrators only; every backup is in the audit log; the folder is rotated when asked."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from backup_world import BACKUP_PASSPHRASE, source_of

from assist_desktop.backup import RotationPolicy, create_backup
from assist_desktop.backup.centre_backup import backup_centre
from assist_desktop.domain.errors import PermissionDenied
from assist_desktop.security.kdf import TEST_PARAMETERS


def _backup_rows(centre) -> list:
    return [e for e in centre.services.audit.page(limit=1000) if e.action == "backup_create"]


def test_an_administrators_backup_is_audited_and_the_folder_rotated(centre, dest):
    for days in (1, 2, 3):
        when = datetime.combine(date.today() - timedelta(days=days), time(12)).astimezone()
        create_backup(source_of(centre), dest, BACKUP_PASSPHRASE, kdf_params=TEST_PARAMETERS,
                      now=when, record_status=False)
    made = backup_centre(centre, dest, BACKUP_PASSPHRASE, rotation=RotationPolicy(2, 0),
                         kdf_params=TEST_PARAMETERS)
    assert made.rotation is not None and made.rotation_error is None
    assert len(made.rotation.deleted) == 2 and made.result.path in made.rotation.kept
    rows = _backup_rows(centre)
    assert [r.detail for r in rows] == [made.result.path.name]


@pytest.mark.parametrize("who", ["sol", "sup"])
def test_only_an_administrator_may_back_up(staff, centre, dest, who):
    with pytest.raises(PermissionDenied):
        backup_centre(staff(who), dest, BACKUP_PASSPHRASE, kdf_params=TEST_PARAMETERS)
    assert list(dest.iterdir()) == [] and _backup_rows(centre) == []
