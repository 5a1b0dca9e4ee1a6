"""An older centre's chain (bare SHA-256 links, no anchor) is keyed once, at the first sign-in
of this release, in that sign-in's transaction; what the old chain was is kept in the log."""
from __future__ import annotations

import json

import pytest

from assist_desktop.security.audit_chain import KEY_SETTING, AuditRow, first_broken_link
from assist_desktop.services.audit import AuditLog
from assist_desktop.storage import connection as cx
from tests.conftest import PASSPHRASE
from tests.unit.test_audit_attacks import _rehash, _recreate_triggers, _rows, _attack


@pytest.fixture
def older_centre(centre, vault):
    """The centre as a release before keying left it: plain links, no key, no anchor."""
    centre.services.settings.set_policy(idle_lock_minutes=9)
    key = bytes(centre.keeper.data_key)
    centre.lock()

    def downgrade(conn):
        conn.execute("DELETE FROM settings WHERE key = ?", (KEY_SETTING,))
        _rehash(conn, None)
        _recreate_triggers(conn)
    _attack(vault, key, downgrade)
    slots = json.loads(vault.slots_path.read_text())
    slots.pop("audit_anchor")
    vault.slots_path.write_text(json.dumps(slots))
    return key


def _read(vault, key):
    conn = cx.open_connection(vault.db_path, key)
    try:
        stored = conn.execute("SELECT value FROM settings WHERE key = ?", (KEY_SETTING,)).fetchone()
        return _rows(conn), stored
    finally:
        cx.checkpoint_and_close(conn)


def test_older_chain_is_keyed_at_first_sign_in(older_centre, vault):
    rows, stored = _read(vault, older_centre)
    assert stored is None and first_broken_link(rows, key=None) is None
    centre = vault.unlock("admin", PASSPHRASE)
    try:
        assert centre.services.audit.chain_problems() == []
        keyed = [r for r in centre.services.audit.page() if r.action == "audit_chain_keyed"]
        assert len(keyed) == 1 and keyed[0].detail.endswith("the earlier chain held")
    finally:
        centre.lock()
    rows, stored = _read(vault, older_centre)
    assert stored is not None
    assert first_broken_link(rows, key=None) == 1           # no longer plain SHA-256
    assert first_broken_link(rows, key=bytes.fromhex(stored[0])) is None
    assert json.loads(vault.slots_path.read_text())["audit_anchor"]["seq"] == rows[-1].seq


def test_an_older_chain_that_was_broken_stays_reported(older_centre, vault):
    _attack(vault, older_centre, lambda c: (c.execute(
        "UPDATE audit_log SET actor = 'someone' WHERE seq = 2"), _recreate_triggers(c)))
    centre = vault.unlock("admin", PASSPHRASE)
    try:
        problems = centre.services.audit.chain_problems()
    finally:
        centre.lock()
    assert any("the earlier chain broke at entry 2" in p for p in problems)


def test_keying_is_all_or_nothing_with_the_sign_in(older_centre, vault, monkeypatch):
    before, _ = _read(vault, older_centre)
    real = AuditLog.record

    def killed(self, conn, action, *args, **kwargs):
        if action == "sign_in":
            raise KeyboardInterrupt("killed")
        return real(self, conn, action, *args, **kwargs)
    monkeypatch.setattr(AuditLog, "record", killed)
    with pytest.raises(KeyboardInterrupt):
        vault.unlock("admin", PASSPHRASE)
    after, stored = _read(vault, older_centre)
    assert stored is None and after == before              # still the older chain, whole
    monkeypatch.setattr(AuditLog, "record", real)
    centre = vault.unlock("admin", PASSPHRASE)
    try:
        assert centre.services.audit.chain_problems() == []
    finally:
        centre.lock()
