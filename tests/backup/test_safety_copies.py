"""Restore safety copies have a bounded life, and erasure reaches every copy in the data folder.

The canary: her file is restored, purged, the key rotated; then no file anywhere under the
data folder, opened with any passphrase or recovery code the centre ever had (a disabled
person's included), yields her text.
"""
from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta, timezone

import pytest

import case_samples as s
from assist_desktop.backup import BackupSecret, ReplacedCentre, restore_backup
from assist_desktop.platform import safety_copies
from backup_world import BACKUP_PASSPHRASE, backup_of, every_data_key, files_yielding
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

CANARY = "Quenbyzandra Oyelaran-Vasquez"
SECRET = BackupSecret.passphrase(BACKUP_PASSPHRASE)
EVERYONE = {"admin": PASSPHRASE, "sol": OTHER_PASSPHRASE, "sup": OTHER_PASSPHRASE,
            "adm": OTHER_PASSPHRASE}


def _her_file(centre) -> int:
    her = centre.services.clients.create(s.client(CANARY))
    centre.services.notes.create(s.note(her.id, f"{CANARY} said the agent kept her passport",
                                        centre.session.user_id), str(uuid.uuid4()))
    return her.id


def _restore_over(centre, tmp_path):
    """A backup of centre, then restored over it by its administrator; the safety copy."""
    path = backup_of(centre, tmp_path / "stick")
    over = ReplacedCentre.of(centre)
    centre.lock()
    result = restore_backup(path, centre.db.path.parent, SECRET, replacing=over)
    assert result.safety_dir is not None and result.safety_dir.is_dir()
    return result.safety_dir


@pytest.fixture
def stick(tmp_path):
    (tmp_path / "stick").mkdir()
    return tmp_path / "stick"


def test_canary_restore_purge_rotate_leaves_her_text_nowhere(centre_and_code, staff, vault,
                                                             data_dir, tmp_path, stick):
    centre, code = centre_and_code
    her = _her_file(centre)
    safety = _restore_over(centre, tmp_path)
    keys = every_data_key(data_dir, EVERYONE, [code])
    # The scanner finds her: in the live database and in the safety copy.
    found = files_yielding(data_dir, CANARY, keys, tmp_path / "scan-before")
    assert "assist.db" in found and any(f.startswith(safety.name) for f in found), found

    admin = vault.unlock("admin", PASSPHRASE)
    try:
        clients = admin.services.clients
        clients.purge(clients.delete(her, clients.get(her).version).id)
        admin.services.users.disable_user("sup")         # her passphrase is tried below too
        admin.rotate_data_key()
        actions = [r.action for r in admin.services.audit.page(limit=5)]
    finally:
        admin.lock()
    keys = every_data_key(data_dir, EVERYONE, [code])
    assert keys                                          # the live centre still opens
    assert files_yielding(data_dir, CANARY, keys, tmp_path / "scan-after") == []
    assert not safety.exists() and not safety_copies.list_copies(data_dir)
    assert "safety_copies_removed" in actions


def test_disabling_an_account_removes_the_copies_its_passphrase_opens(centre, staff, vault,
                                                                      data_dir, tmp_path, stick):
    staff("sol")
    _her_file(centre)
    safety = _restore_over(centre, tmp_path)
    assert every_data_key(safety, {"sol": OTHER_PASSPHRASE})     # her old passphrase opens it
    admin = vault.unlock("admin", PASSPHRASE)
    try:
        admin.services.users.disable_user("sol")
    finally:
        admin.lock()
    assert not safety.exists()
    assert every_data_key(data_dir, {"sol": OTHER_PASSPHRASE}) == set()


def test_copy_kept_until_an_administrator_signs_in_then_for_the_centres_days(
        centre, staff, vault, data_dir, tmp_path, stick):
    centre.services.settings.set_policy(safety_copy_days=3)
    safety = _restore_over(centre, tmp_path)
    meta = json.loads((safety / safety_copies.META).read_text())
    assert meta["confirmed_at"] is None and meta["made_at"]
    vault.unlock("sup", OTHER_PASSPHRASE).lock()         # not an administrator: not confirmed
    assert safety_copies.list_copies(data_dir)[0].confirmed_at is None
    vault.unlock("admin", PASSPHRASE).lock()             # confirms: the clock starts
    copy = safety_copies.list_copies(data_dir)[0]
    assert copy.confirmed_at is not None
    assert copy.expires_at(3) - copy.confirmed_at == timedelta(days=3)
    vault.unlock("sup", OTHER_PASSPHRASE).lock()         # within the days: kept
    assert safety.exists()
    four_days_ago = datetime.now(timezone.utc) - timedelta(days=4)
    safety_copies.write_meta(safety, copy.made_at, four_days_ago)
    opened = vault.unlock("sup", OTHER_PASSPHRASE)       # any sign-in enforces the expiry
    opened.lock()
    assert not safety.exists()
    admin = vault.unlock("admin", PASSPHRASE)
    try:
        rows = [(r.actor, r.action, r.detail) for r in admin.services.audit.page(limit=10)]
    finally:
        admin.lock()
    assert ("admin", "restore_confirmed", "count:1") in rows
    assert ("sup", "safety_copies_removed", "expired count:1") in rows


def test_the_days_are_a_setting_for_administrators_only(centre, staff):
    from assist_desktop.domain.errors import PermissionDenied, ValidationError
    assert centre.services.settings.policy().safety_copy_days == 7
    with pytest.raises(ValidationError):
        centre.services.settings.set_policy(safety_copy_days=91)
    with pytest.raises(PermissionDenied):
        staff("sol").services.settings.set_policy(safety_copy_days=1)
    centre.services.settings.set_policy(safety_copy_days=0)
    assert centre.services.settings.policy().safety_copy_days == 0
    assert centre.services.audit.page(limit=1)[0].action == "change_setting"


def test_leftovers_beside_the_database_go_with_a_key_rotation(centre, data_dir):
    """Other copies: a key file .tmp of a killed save (it seals the old data key), an older
    release's keyslots.json.prev, a half-made database of a killed set-up."""
    leftovers = [data_dir / ".keyslots.json.x1y2.tmp", data_dir / "keyslots.json.prev",
                 data_dir / ".assist.db.creating"]
    for path in leftovers:
        path.write_bytes((data_dir / "keyslots.json").read_bytes())
    centre.rotate_data_key()
    assert not any(path.exists() for path in leftovers)
    # (keyslots.json.prev already goes with the key file's own save during the rotation)
    assert centre.services.audit.page(limit=1)[0].detail == "rotate_key count:2"


def test_cli_lists_and_removes_safety_copies_for_administrators(cli, centre, staff, vault,
                                                                data_dir, tmp_path, stick):
    safety = _restore_over(centre, tmp_path)
    base = ["--data-dir", str(data_dir)]
    code, out, err = cli(["backup", "safety-copies", "list", *base, "--as", "sol"],
                         f"{OTHER_PASSPHRASE}\n")
    assert code == 1 and "administrator" in err and len(err.splitlines()) == 1
    code, out, err = cli(["backup", "safety-copies", "list", *base, "--as", "admin"],
                         f"{PASSPHRASE}\n")
    assert code == 0 and safety.name in out and "removed after" in out, err
    code, out, err = cli(["backup", "safety-copies", "days", "14", *base, "--as", "admin"],
                         f"{PASSPHRASE}\n")
    assert code == 0 and "14 days" in out, err
    code, out, err = cli(["backup", "safety-copies", "remove", "restore-safety-nope", *base,
                          "--as", "admin"], f"{PASSPHRASE}\n")
    assert code == 1 and "No safety copy named" in err
    code, out, err = cli(["backup", "safety-copies", "remove", safety.name, *base,
                          "--as", "admin"], f"{PASSPHRASE}\n")
    assert code == 0 and "Removed 1 safety copy" in out, err
    assert not safety.exists()


def test_deep_verify_leaves_no_work_copy(centre, tmp_path, stick):
    """A deep verify's decrypted copy goes at the end; one left by a killed check (older than
    STALE_AFTER) goes at the next deep verify."""
    import os
    import time

    from assist_desktop.backup import verify_backup
    from assist_desktop.backup.verify import STALE_AFTER
    path = backup_of(centre, stick)
    work = tmp_path / "work"
    work.mkdir()
    stale = work / ".assist-verify-killed.snapshot"
    stale.write_bytes(b"\x01" * 4096)
    old = time.time() - STALE_AFTER - 60
    os.utime(stale, (old, old))
    verify_backup(path, SECRET, deep=True, work_dir=work)
    assert list(work.iterdir()) == []
