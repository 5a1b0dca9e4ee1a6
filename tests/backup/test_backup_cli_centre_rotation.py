"""The command line takes the rotation counts from the centre's settings (`backup create --rotate`,
`backup schedule run`), with --keep-daily/--keep-weekly as overrides; `backup verify --deep`
says which check was done."""
from __future__ import annotations

from assist_desktop.backup import create_backup, list_backups
from assist_desktop.security.kdf import TEST_PARAMETERS
from backup_world import BACKUP_PASSPHRASE, backup_of, source_of
from tests.conftest import PASSPHRASE


def _old_backups(centre, folder, days_ago) -> dict[int, str]:
    """One backup at noon (local time) of each of those past days: {days ago: file name}."""
    return {days: backup_of(centre, folder, days).name for days in days_ago}


def _names(folder) -> set[str]:
    return {b.path.name for b in list_backups(folder)}


def test_verify_says_which_check_was_done(cli, centre, dest):
    path = create_backup(source_of(centre), dest, BACKUP_PASSPHRASE,
                         kdf_params=TEST_PARAMETERS).path
    code, out, err = cli(["backup", "verify", str(path)], f"{BACKUP_PASSPHRASE}\n")
    assert code == 0, err
    assert "every byte authentic and identical to the copy checked when it was made" in out
    assert "integrity checks pass" not in out
    code, out, err = cli(["backup", "verify", str(path), "--deep"], f"{BACKUP_PASSPHRASE}\n")
    assert code == 0, err
    assert "integrity checks pass" in out and "match the manifest" in out
    assert "identical to the copy" not in out


def test_schedule_run_rotates_as_the_centre_says(cli, keychain, centre, data_dir, dest):
    old = _old_backups(centre, dest, [1, 2, 3, 4])
    assert cli(["backup", "schedule", "setup", "--data-dir", str(data_dir), "--as", "admin"],
               f"{PASSPHRASE}\n{BACKUP_PASSPHRASE}\n")[0] == 0
    centre.services.settings.set_policy(backup_keep_daily=3, backup_keep_weekly=0)
    # No counts on the command line: three days, no weeks (the built-in 7 and 4 would keep all).
    code, out, err = cli(["backup", "schedule", "run", "--data-dir", str(data_dir), "--to",
                          str(dest)])
    assert code == 0, err
    assert "Rotation (3 daily, 0 weekly): kept 3, deleted 2." in out
    today = _names(dest) - set(old.values())
    assert len(today) == 1
    assert _names(dest) == today | {old[1], old[2]}
    # A count given on the command line wins; the other still comes from the centre.
    centre.services.settings.set_policy(backup_keep_daily=1)
    code, out, err = cli(["backup", "schedule", "run", "--data-dir", str(data_dir), "--to",
                          str(dest), "--keep-daily", "2"])
    assert code == 0, err
    assert "Rotation (2 daily, 0 weekly)" in out
    remaining = _names(dest)
    assert len(remaining) == 2 and old[1] in remaining and not remaining & today


def test_create_rotates_only_when_asked(cli, centre, data_dir, dest):
    old = _old_backups(centre, dest, [1, 2])
    centre.services.settings.set_policy(backup_keep_daily=1, backup_keep_weekly=0)
    create = ["backup", "create", "--data-dir", str(data_dir), "--as", "admin", "--to",
              str(dest)]
    stdin = f"{PASSPHRASE}\n{BACKUP_PASSPHRASE}\n"
    code, out, err = cli(create, stdin)
    assert code == 0 and "Rotation" not in out, err
    assert len(_names(dest)) == 3 and set(old.values()) <= _names(dest)
    code, out, err = cli(create + ["--rotate"], stdin)
    assert code == 0, err
    assert "Rotation (1 daily, 0 weekly): kept 1, deleted 3." in out
    assert len(_names(dest)) == 1 and not _names(dest) & set(old.values())


def test_a_bad_count_stops_before_the_backup(cli, centre, data_dir, dest):
    code, _, err = cli(["backup", "create", "--data-dir", str(data_dir), "--as", "admin", "--to",
                        str(dest), "--keep-daily", "0"], f"{PASSPHRASE}\n{BACKUP_PASSPHRASE}\n")
    assert code == 1 and err.count("\n") == 1 and "keep at least 1 daily" in err
    assert list(dest.iterdir()) == []
