"""The rotation counts are centre settings: administrators only, range-checked, audited, stored
in the encrypted database, and readable by the unattended job with the data key alone."""
from __future__ import annotations

import pytest

from assist_desktop.domain.errors import PermissionDenied, ValidationError
from assist_desktop.services.settings import Policy, read_policy_with_key
from tests.conftest import PASSPHRASE


def _settings_changes(centre) -> list[str]:
    return [row.entity_id for row in centre.services.audit.page()
            if row.action == "change_setting"]


def test_defaults_keep_a_week_of_days_and_four_weeks(centre):
    policy = centre.services.settings.policy()
    assert (policy.backup_keep_daily, policy.backup_keep_weekly) == (7, 4)
    assert (Policy().backup_keep_daily, Policy().backup_keep_weekly) == (7, 4)


def test_saved_counts_survive_a_new_session_and_are_audited(centre, vault):
    saved = centre.services.settings.set_policy(backup_keep_daily=14, backup_keep_weekly=0)
    assert (saved.backup_keep_daily, saved.backup_keep_weekly) == (14, 0)
    assert sorted(_settings_changes(centre)) == ["backup_keep_daily", "backup_keep_weekly"]
    centre.lock()
    again = vault.unlock("admin", PASSPHRASE)
    try:
        policy = again.services.settings.policy()
        assert (policy.backup_keep_daily, policy.backup_keep_weekly) == (14, 0)
        assert policy.idle_lock_minutes == 5            # the others untouched
    finally:
        again.lock()


@pytest.mark.parametrize("key, value, says", [
    ("backup_keep_daily", 0, "from 1 to 3660"),
    ("backup_keep_daily", -3, "from 1 to 3660"),
    ("backup_keep_daily", 3661, "from 1 to 3660"),
    ("backup_keep_daily", True, "from 1 to 3660"),      # a bool is not a count
    ("backup_keep_daily", "7", "from 1 to 3660"),
    ("backup_keep_daily", 7.0, "from 1 to 3660"),
    ("backup_keep_daily", None, "from 1 to 3660"),
    ("backup_keep_weekly", -1, "from 0 to 520"),
    ("backup_keep_weekly", 521, "from 0 to 520"),
])
def test_bad_counts_are_refused_and_nothing_changes(centre, key, value, says):
    settings = centre.services.settings
    settings.set_policy(backup_keep_daily=10, backup_keep_weekly=3)
    before, audited = settings.policy(), _settings_changes(centre)
    with pytest.raises(ValidationError) as caught:
        settings.set_policy(**{key: value})
    assert caught.value.field == key
    assert says in str(caught.value) and "whole number" in str(caught.value)
    assert settings.policy() == before
    assert _settings_changes(centre) == audited


def test_one_bad_count_refuses_the_whole_change(centre):
    settings = centre.services.settings
    with pytest.raises(ValidationError, match="backup_keep_weekly"):
        settings.set_policy(backup_keep_daily=30, backup_keep_weekly=9999)
    assert settings.policy().backup_keep_daily == 7
    assert _settings_changes(centre) == []


def test_only_administrators_set_the_counts(centre, staff):
    solicitor = staff("sol")
    with pytest.raises(PermissionDenied):
        solicitor.services.settings.set_policy(backup_keep_daily=2)
    assert centre.services.settings.policy().backup_keep_daily == 7


def test_the_job_reads_the_policy_with_the_data_key(centre):
    centre.services.settings.set_policy(backup_keep_daily=3, backup_keep_weekly=2)
    policy = read_policy_with_key(centre.db.path, centre.keeper.data_key)
    assert (policy.backup_keep_daily, policy.backup_keep_weekly) == (3, 2)
    # Only read: no audit row was written by it, and the open centre still works.
    assert len(_settings_changes(centre)) == 2
    assert centre.services.settings.policy().backup_keep_daily == 3
