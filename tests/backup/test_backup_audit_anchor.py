"""Each backup's header carries the audit log's head (MAC'd under the audit key). A rewrite
that also re-signs the key file's anchor passes the centre's own checks; the anchors in earlier
backups still tell. A restore leaves the restored database and its key file in agreement."""
from __future__ import annotations

import json

from backup_world import BACKUP_PASSPHRASE, backup_of

from assist_desktop.backup import BackupSecret, ReplacedCentre, restore_backup
from assist_desktop.backup.reader import open_header
from assist_desktop.security.audit_chain import Anchor, signed_anchor
from tests.conftest import PASSPHRASE
from tests.unit.cli_helpers import run
from tests.unit.test_audit_attacks import _attack, _audit_key, _rehash, _recreate_triggers


def _signed_in(vault):
    return vault.unlock("admin", PASSPHRASE)


def test_a_backup_header_holds_the_head_of_its_snapshot(centre, tmp_path):
    path = backup_of(centre, tmp_path)
    anchor = Anchor.from_json(open_header(path).header.audit_anchor)
    assert anchor.seq and anchor.seq <= centre.services.audit.head()[0]
    assert centre.services.audit.anchor_problem(anchor.to_json(), "the backup") is None


def test_a_rewrite_that_also_resigns_the_key_file_is_caught_by_an_earlier_backup(
        centre, vault, tmp_path):
    centre.services.settings.set_policy(idle_lock_minutes=9)
    path = backup_of(centre, tmp_path)
    database_id, key = centre.centre.database_id, bytes(centre.keeper.data_key)
    centre.lock()

    def rewrite(conn):
        conn.execute("UPDATE audit_log SET actor = 'someone' WHERE seq = 2")
        _rehash(conn, _audit_key(conn))
        _recreate_triggers(conn)
        head = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        slots = json.loads(vault.slots_path.read_text())
        slots["audit_anchor"] = signed_anchor(_audit_key(conn), database_id, *head,
                                              closed=True).to_json()
        vault.slots_path.write_text(json.dumps(slots))
    _attack(vault, key, rewrite)
    again = _signed_in(vault)
    try:
        assert again.services.audit.chain_problems() == []          # the limit, in docs
        problem = again.services.audit.anchor_problem(open_header(path).header.audit_anchor,
                                                      "the backup")
    finally:
        again.lock()
    assert problem is not None and "rewritten" in problem
    # The command line does the same with --backups FOLDER.
    result = run("check", "--data-dir", str(vault.data_dir), "--as", "admin",
                 "--backups", str(tmp_path), stdin=PASSPHRASE + "\n")
    assert result.returncode == 1 and "does not match the backup" in result.stderr


def test_restore_leaves_database_and_key_file_in_agreement(centre, vault, tmp_path):
    for name in ("early", "later"):
        (tmp_path / name).mkdir()
    early = backup_of(centre, tmp_path / "early")
    centre.services.settings.set_policy(idle_lock_minutes=11)
    later = backup_of(centre, tmp_path / "later")
    over = ReplacedCentre.of(centre)
    centre.lock()
    restore_backup(early, vault.data_dir, BackupSecret.passphrase(BACKUP_PASSPHRASE),
                   replacing=over)
    restored = _signed_in(vault)
    try:
        assert restored.services.audit.chain_problems() == []
        # The later backup's head was rolled back by the restore: the rows it kept hold it.
        assert restored.services.audit.anchor_problem(
            open_header(later).header.audit_anchor, "the later backup") is None
    finally:
        restored.lock()
