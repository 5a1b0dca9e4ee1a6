"""Who may restore what: over a centre only its administrator; into an empty folder anyone
with the backup's secret. Either way the restored centre's audit log says who restored what
over what, and the replaced state's audit rows are kept (with their chain)."""
from __future__ import annotations

import dataclasses

import pytest

from assist_desktop.backup import BackupSecret, ReplacedCentre, restore_backup
from assist_desktop.backup.errors import BackupDamagedError, RestoreError
from assist_desktop.backup.restore_over import BLOCK_PREFIX, block_rows
from assist_desktop.domain.errors import PermissionDenied
from assist_desktop.security.audit_chain import first_broken_link, kept_block_key
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.services.vault import Vault
from backup_world import BACKUP_PASSPHRASE, backup_of, files_state
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

SECRET = BackupSecret.passphrase(BACKUP_PASSPHRASE)


@pytest.fixture
def stick(tmp_path):
    (tmp_path / "stick").mkdir()
    return tmp_path / "stick"


def _audit(vault, username="admin", passphrase=PASSPHRASE):
    centre = vault.unlock(username, passphrase)
    try:
        rows = list(reversed(centre.services.audit.page(limit=10_000)))
        # Every audit check, the anchor in the restored key file included, must pass.
        broken = centre.services.audit.chain_problems() or None
        blocks = centre.db.read(lambda c: dict(c.execute(
            "SELECT key, value FROM settings WHERE key LIKE 'replaced_audit_log:%'")))
    finally:
        centre.lock()
    return rows, broken, blocks


def test_over_a_centre_only_its_administrator_restores(centre, staff, data_dir, stick):
    path = backup_of(centre, stick)
    with pytest.raises(PermissionDenied):
        ReplacedCentre.of(staff("sol"))
    centre.lock()
    before = files_state(data_dir)
    with pytest.raises(RestoreError, match="only one of its administrators"):
        restore_backup(path, data_dir, SECRET)
    assert files_state(data_dir) == before


def test_restore_is_audited_and_the_replaced_rows_are_kept(centre, staff, vault, data_dir,
                                                           stick):
    staff("sol")
    path = backup_of(centre, stick)
    centre.db.write(lambda conn: centre.audit_log.record(conn, "backup_create", "centre", "1",
                                                         path.name))
    centre.services.users.disable_user("sol")     # after the backup: a rollback would hide it
    over = ReplacedCentre.of(centre)
    centre.lock()
    restore_backup(path, data_dir, SECRET, replacing=over)
    rows, broken, blocks = _audit(vault)
    assert broken is None                         # the restored centre's chain holds
    restore_row = next(r for r in rows if r.action == "restore_backup")
    assert restore_row.actor == "admin"
    assert "made by admin" in restore_row.detail and "backup passphrase" in restore_row.detail
    assert f"over database {over.database_id[:8]}" in restore_row.detail
    (name, text), = blocks.items()
    assert name == f"{BLOCK_PREFIX}{restore_row.seq}"
    kept = block_rows(text)
    # Only what the backup lacks: from the backup's own row on, through the sign-out.
    assert [r.action for r in kept][:2] == ["backup_create", "disable_user"]
    assert kept[-1].action == "sign_out" and f"kept {len(kept)} replaced rows" in \
        restore_row.detail
    # Their chain holds and starts at the last row the backup has.
    assert kept[0].prev_hash in {r.hash for r in rows}
    assert first_broken_link(kept, start=kept[0].prev_hash, key=kept_block_key(text)) is None
    centre = vault.unlock("admin", PASSPHRASE)
    try:
        assert centre.services.audit.kept_log_problems() == []
        # A changed kept row is caught by `check` (its digest is in the restore's entry).
        altered = text.replace('"disable_user"', '"enable_user"')
        centre.db.write(lambda c: c.execute("UPDATE settings SET value = ? WHERE key = ?",
                                            (altered, name)))
        assert centre.services.audit.kept_log_problems() == [
            f"the rows kept by the restore at entry {restore_row.seq}: it differs from what "
            f"the restore entry recorded"]
    finally:
        centre.lock()


def test_into_an_empty_folder_the_backup_secret_is_enough(centre, tmp_path, stick):
    path = backup_of(centre, stick)
    fresh = tmp_path / "new-laptop" / "data"
    restore_backup(path, fresh, BackupSecret.passphrase(BACKUP_PASSPHRASE))
    rows, broken, blocks = _audit(Vault(fresh, kdf_policy=KdfPolicy(TEST_PARAMETERS)))
    assert broken is None and blocks == {}
    last = [r for r in rows if r.action == "restore_backup"]
    assert len(last) == 1 and last[0].actor == "@restore"
    assert "over an empty folder" in last[0].detail


def test_from_the_unlock_screen_over_a_centre_that_does_not_open(centre, vault, data_dir,
                                                                 stick):
    """The unlock screen offers the restore only after the centre failed to open: nobody can
    sign in, so the restore is recorded as made from there, over an unopened centre."""
    path = backup_of(centre, stick)
    centre.lock()
    restore_backup(path, data_dir, SECRET, replacing=ReplacedCentre.unopened(data_dir))
    rows, broken, blocks = _audit(vault)
    row = next(r for r in rows if r.action == "restore_backup")
    assert broken is None and blocks == {} and row.actor == "@unlock-screen"
    assert "over a centre that could not be opened" in row.detail


def test_another_centres_backup_is_refused_unless_named(centre, vault, data_dir, tmp_path,
                                                        stick):
    other_dir = tmp_path / "other"
    other, _code = Vault(other_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS)).create(
        centre_name="Hillside Advice", jurisdiction="scotland", admin_username="admin",
        admin_full_name="Hal", passphrase=OTHER_PASSPHRASE)
    path = backup_of(other, stick)
    other.lock()
    over = ReplacedCentre.of(centre)
    centre.lock()
    before = files_state(data_dir)
    with pytest.raises(RestoreError) as refused:
        restore_backup(path, data_dir, SECRET, replacing=over)
    message = str(refused.value)
    assert '"Hillside Advice"' in message and '"Riverside Law Centre"' in message
    assert '--replace-centre "Hillside Advice"' in message and "Nothing was changed" in message
    assert files_state(data_dir) == before
    restore_backup(path, data_dir, SECRET,
                   replacing=dataclasses.replace(over, replace_other="hillside  advice"))
    rows, broken, blocks = _audit(vault, "admin", OTHER_PASSPHRASE)
    assert broken is None and "restore_backup" in [r.action for r in rows]
    text = next(iter(blocks.values()))
    kept = block_rows(text)        # Riverside's whole log, from row 1
    assert kept[0].action == "create_centre" and kept[-1].action == "sign_out"
    assert first_broken_link(kept, key=kept_block_key(text)) is None


def test_cli_restore_over_a_centre_signs_in_as_its_administrator(cli, centre, staff, data_dir,
                                                                 tmp_path, stick):
    staff("sol")
    path = backup_of(centre, stick)
    centre.lock()
    args = ["backup", "restore", str(path), "--data-dir", str(data_dir)]
    code, out, err = cli(args, f"{BACKUP_PASSPHRASE}\n")
    assert code == 1 and "--as ADMIN" in err and len(err.splitlines()) == 1
    code, out, err = cli([*args, "--as", "sol"], f"{OTHER_PASSPHRASE}\n{BACKUP_PASSPHRASE}\n")
    assert code == 1 and "Only an administrator" in err and len(err.splitlines()) == 1
    assert not list(data_dir.glob("restore-safety-*"))
    code, out, err = cli([*args, "--as", "admin"], f"{PASSPHRASE}\n{BACKUP_PASSPHRASE}\n")
    assert code == 0 and "restore-safety-" in out, err


def test_refused_restore_into_a_missing_folder_leaves_no_folder(centre, tmp_path, stick):
    path = backup_of(centre, stick)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01                  # a changed byte in the body
    damaged = tmp_path / "damaged.assistbackup"
    damaged.write_bytes(bytes(data))
    target = tmp_path / "missing" / "deeper" / "data"
    with pytest.raises(BackupDamagedError):
        restore_backup(damaged, target, SECRET)
    assert not (tmp_path / "missing").exists()
