"""backup-checks.json: what the Backups list says about a checked backup, and nothing more."""
from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

from assist_desktop.backup.checks import (CHECKS_FILE, FILE, FULL, WHEN_MADE, check_of,
                                          load_checks, record_check)
from assist_desktop.backup.listing import BackupListing


class _Header:
    def __init__(self, backup_id):
        self.backup_id = backup_id


def listing(backup_id: str, size: int) -> BackupListing:
    return BackupListing(Path("b.assistbackup"), "ok", size, _Header(backup_id))


def test_a_check_holds_for_the_same_file_only(tmp_path):
    when = datetime(2026, 12, 7, 10, 0, tzinfo=timezone.utc)
    record_check(tmp_path, "id-1", 1000, FULL, when)
    checks = load_checks(tmp_path)
    assert check_of(checks, listing("id-1", 1000)).kind == FULL
    assert check_of(checks, listing("id-1", 999)) is None        # changed since: not checked
    assert check_of(checks, listing("id-2", 1000)) is None
    # a later, shallower check does not hide the full one
    record_check(tmp_path, "id-1", 1000, FILE, when + timedelta(days=1))
    assert load_checks(tmp_path)["id-1"].kind == FULL
    record_check(tmp_path, "id-3", 5, WHEN_MADE, when)
    text = (tmp_path / CHECKS_FILE).read_text()
    assert set(load_checks(tmp_path)) == {"id-1", "id-3"} and "b.assistbackup" not in text
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / CHECKS_FILE).stat().st_mode) == 0o600


def test_a_damaged_checks_file_means_not_checked(tmp_path):
    (tmp_path / CHECKS_FILE).write_text("{not json", encoding="utf-8")
    assert load_checks(tmp_path) == {}
    record_check(tmp_path, "id-1", 10, FILE)
    assert list(load_checks(tmp_path)) == ["id-1"]
