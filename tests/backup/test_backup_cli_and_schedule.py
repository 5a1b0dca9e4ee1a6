"""The command line (one line on stderr for every error) and unattended runs with a keychain."""
from __future__ import annotations

import re

import pytest

from assist_desktop.backup import (BackupSecret, ScheduleError, list_backups, restore_backup,
                                   run_scheduled_backup)
from assist_desktop.backup.scheduled import JOB_USERNAME, store_schedule_secrets
from assist_desktop.security.device_keychain import DeviceKeychain
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.services.vault import Vault
from backup_world import BACKUP_PASSPHRASE
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE
from tests.keyring_helpers import MemoryKeyring


def test_cli_create_list_verify_restore(cli, centre, data_dir, tmp_path, dest):
    code, out, err = cli(["backup", "create", "--data-dir", str(data_dir), "--as", "admin",
                          "--to", str(dest)], f"{PASSPHRASE}\n{BACKUP_PASSPHRASE}\n")
    assert code == 0, err
    path = list_backups(dest)[0].path
    assert str(path) in out and "verified" in out
    code, out, _ = cli(["backup", "list", str(dest)])
    assert code == 0 and path.name in out and "\tok" in out
    code, out, _ = cli(["backup", "verify", str(path)], f"{BACKUP_PASSPHRASE}\n")
    assert code == 0 and out.startswith("ok: ")
    code, out, _ = cli(["backup", "status", "--data-dir", str(data_dir)])
    assert code == 0 and path.name in out
    fresh = tmp_path / "fresh"
    code, out, err = cli(["backup", "restore", str(path), "--data-dir", str(fresh)],
                         f"{BACKUP_PASSPHRASE}\n")
    assert code == 0, err
    Vault(fresh, kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock("admin", PASSPHRASE).lock()
    centre.lock()
    code, out, err = cli(["backup", "restore", str(path), "--data-dir", str(data_dir), "--as",
                          "admin"], f"{PASSPHRASE}\n{BACKUP_PASSPHRASE}\n")
    assert code == 0 and "restore-safety-" in out, err


def test_cli_errors_are_one_line(cli, centre, data_dir, tmp_path, dest):
    assert cli(["backup", "create", "--data-dir", str(data_dir), "--as", "admin", "--to",
                str(dest)], f"{PASSPHRASE}\n{BACKUP_PASSPHRASE}\n")[0] == 0
    path = list_backups(dest)[0].path
    data = path.read_bytes()
    cut = tmp_path / "cut.assistbackup"
    cut.write_bytes(data[:-10])
    other = tmp_path / "letter.assistbackup"
    other.write_bytes(b"Dear colleague")
    cases = [
        (["backup", "verify", str(path)], "wrong passphrase entirely\n", "not correct"),
        (["backup", "verify", str(cut)], "", "incomplete"),
        (["backup", "verify", str(other)], "", "not an ASSIST Desktop backup"),
        (["backup", "restore", str(cut), "--data-dir", str(tmp_path / "x")], "", "incomplete"),
        (["backup", "create", "--data-dir", str(data_dir), "--as", "admin", "--to",
          str(data_dir / "sub")], f"{PASSPHRASE}\n{BACKUP_PASSPHRASE}\n", "inside the data"),
        (["backup", "create", "--data-dir", str(data_dir), "--as", "admin", "--to",
          str(tmp_path / "gone")], f"{PASSPHRASE}\n{BACKUP_PASSPHRASE}\n", "does not exist"),
        (["backup", "create", "--data-dir", str(data_dir), "--as", "admin", "--to",
          str(dest)], f"{PASSPHRASE}\nweak\n", "backup passphrase"),
        (["backup", "schedule", "run", "--data-dir", str(data_dir), "--to", str(dest)], "",
         "not set up"),
    ]
    for args, stdin, words in cases:
        code, out, err = cli(args, stdin)
        assert code == 1, (args, out, err)
        assert err.count("\n") == 1 and err.startswith("assist-desktop: ") and words in err, err
    assert not (tmp_path / "x").exists()


def test_only_administrators_make_backups(cli, centre, staff, data_dir, tmp_path):
    code, _, err = cli(["backup", "create", "--data-dir", str(data_dir), "--as", "sol", "--to",
                        str(tmp_path)], f"{OTHER_PASSPHRASE}\n")
    assert code == 1 and "administrator" in err


def test_schedule_setup_run_remove(cli, keychain, centre, data_dir, tmp_path, dest):
    code, out, err = cli(["backup", "schedule", "setup", "--data-dir", str(data_dir), "--as",
                          "admin"], f"{PASSPHRASE}\n{BACKUP_PASSPHRASE}\n")
    assert code == 0, err
    assert centre.keeper.load().find("device", JOB_USERNAME) is not None
    # Nothing on stdin, no passphrase argument: everything comes from the keychain.
    code, out, err = cli(["backup", "schedule", "run", "--data-dir", str(data_dir), "--to",
                          str(dest), "--keep-daily", "2", "--keep-weekly", "0"])
    assert code == 0, err
    assert re.search(r"backup written and verified: .*\.assistbackup", out)
    (first,) = list_backups(dest)
    # A key rotation after set-up: the job's slot is re-sealed like every other.
    centre.rotate_data_key()
    assert cli(["backup", "schedule", "run", "--data-dir", str(data_dir), "--to",
                str(dest)])[0] == 0
    backups = list_backups(dest)
    # rotation keeps the newest backup of each day: of today's two only the second; if the
    # runs straddled midnight each is its day's newest and both stay
    second = backups[0]
    assert second.path != first.path
    same_day = first.created_at.astimezone().date() == second.created_at.astimezone().date()
    assert [b.path for b in backups] == ([second.path] if same_day else [second.path, first.path])
    restore_backup(backups[0].path, tmp_path / "r", BackupSecret.passphrase(BACKUP_PASSPHRASE))
    code, out, err = cli(["backup", "schedule", "remove", "--data-dir", str(data_dir), "--as",
                          "admin"], f"{PASSPHRASE}\n")
    assert code == 0, err
    assert centre.keeper.load().find("device", JOB_USERNAME) is None
    assert keychain._given.items == {}
    code, _, err = cli(["backup", "schedule", "run", "--data-dir", str(data_dir), "--to",
                        str(dest)])
    assert code == 1 and "not set up" in err


def test_scheduled_run_without_the_secrets(keychain, centre, data_dir, tmp_path):
    secret, backend = store_schedule_secrets(keychain, centre.centre.database_id,
                                             BACKUP_PASSPHRASE)
    centre.keeper.add_device_slot(JOB_USERNAME, secret, backend)
    keychain._given.items.clear()                           # the keychain was wiped
    with pytest.raises(ScheduleError, match="no longer holds"):
        run_scheduled_backup(data_dir, tmp_path, keychain=keychain, kdf_params=TEST_PARAMETERS)
    refused = DeviceKeychain(backend=MemoryKeyring())        # not a trusted OS keychain
    with pytest.raises(ScheduleError, match="keychain"):
        run_scheduled_backup(data_dir, tmp_path, keychain=refused, kdf_params=TEST_PARAMETERS)
    assert list(tmp_path.glob("*.assistbackup")) == []


def test_cli_saved_passphrase_and_rotate(cli, keychain, centre, data_dir, dest):
    assert cli(["backup", "schedule", "setup", "--data-dir", str(data_dir), "--as", "admin"],
               f"{PASSPHRASE}\n{BACKUP_PASSPHRASE}\n")[0] == 0
    for _ in range(2):   # only the sign-in passphrase is asked: the backup one is in the keychain
        code, out, err = cli(["backup", "create", "--data-dir", str(data_dir), "--as", "admin",
                              "--to", str(dest), "--use-saved-passphrase"], f"{PASSPHRASE}\n")
        assert code == 0, err
        assert "same drive" in out
    assert len(list_backups(dest)) == 2
    code, out, err = cli(["backup", "rotate", str(dest), "--data-dir", str(data_dir),
                          "--keep-daily", "1", "--keep-weekly", "0"], f"{BACKUP_PASSPHRASE}\n")
    assert code == 0 and "deleted 1" in out, err
    assert len(list_backups(dest)) == 1
