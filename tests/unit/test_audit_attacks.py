"""The audit log against a colleague who holds a passphrase, and so the data key.

Each attack is made as such a person would make it: the centre is closed, the SQLCipher file
is opened with the application's own data key, the append-only triggers are dropped, rows
edited, links recomputed (with the audit key, which the data key gives: it is in the
database), the triggers recreated. Then the next sign-in and `check` must find it.
"""
from __future__ import annotations

import dataclasses
import json

import pytest

from assist_desktop.security.audit_chain import (GENESIS, KEY_SETTING, AuditRow, head_text,
                                                 link_hash, row_link, short_code, signed_anchor)
from assist_desktop.storage import connection as cx
from assist_desktop.storage.audit_repository import EXPECTED_TRIGGERS
from tests.conftest import PASSPHRASE

COLUMNS = "seq, at, actor, action, entity, entity_id, detail, prev_hash, hash"


@pytest.fixture
def closed(centre, vault):
    """A centre with some history (client reads among it), closed; yields its data key."""
    audit = centre.audit_log
    for client_id in (7, 8, 9):
        centre.db.write(lambda c, cid=client_id: audit.record(c, "read", "client", cid, "open"))
        centre.services.settings.set_policy(idle_lock_minutes=5 + client_id)
    key = bytes(centre.keeper.data_key)
    centre.lock()
    return key


def _attack(vault, data_key, fn):
    conn = cx.open_connection(vault.db_path, data_key)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for name in EXPECTED_TRIGGERS:
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        fn(conn)
        conn.execute("COMMIT")
    finally:
        cx.checkpoint_and_close(conn)


def _recreate_triggers(conn):
    for sql in EXPECTED_TRIGGERS.values():
        conn.execute(sql)


def _rows(conn):
    return [AuditRow(*r) for r in conn.execute(f"SELECT {COLUMNS} FROM audit_log ORDER BY seq")]


def _audit_key(conn):
    return bytes.fromhex(conn.execute("SELECT value FROM settings WHERE key = ?",
                                      (KEY_SETTING,)).fetchone()[0])


def _rehash(conn, key, renumber=False):
    """Recompute every link from the first row on (and close gaps in seq if renumber)."""
    prev = GENESIS
    for number, row in enumerate(_rows(conn), start=1):
        if renumber and row.seq != number:
            conn.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (number, row.seq))
            row = dataclasses.replace(row, seq=number)
        link = row_link(row, prev, key)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?",
                     (prev, link, row.seq))
        prev = link


def _check(vault):
    """Sign in (which compares the chain with the key file) and run `check`'s audit part."""
    centre = vault.unlock("admin", PASSPHRASE)
    try:
        return centre.services.audit.chain_problems()
    finally:
        centre.lock()


def test_untouched_log_passes_every_check(closed, vault):
    assert _check(vault) == []
    assert _check(vault) == []        # and again: sign-in and lock leave it consistent


@pytest.mark.parametrize("column, value", [("detail", "nothing"), ("actor", "sup"),
                                           ("at", "2020-01-01T00:00:00+00:00")])
def test_edited_row_is_found_even_with_the_old_style_rehash(closed, vault, column, value):
    """The issue's case: edit row 4, recompute the links forward as plain SHA-256 (what the
    chain used to be), recreate the triggers. The keyed chain breaks at that row."""
    def edit(conn):
        conn.execute(f"UPDATE audit_log SET {column} = ? WHERE seq = 4", (value,))
        prev = conn.execute("SELECT hash FROM audit_log WHERE seq = 3").fetchone()[0]
        for row in _rows(conn)[3:]:
            link = link_hash(prev, row.seq, row.at, row.actor, row.action, row.entity,
                             row.entity_id, row.detail, key=None)
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?",
                         (prev, link, row.seq))
            prev = link
        _recreate_triggers(conn)
    _attack(vault, closed, edit)
    problems = _check(vault)
    assert "the chain breaks at entry 4" in problems


def test_deleted_middle_row_breaks_the_chain(closed, vault):
    _attack(vault, closed, lambda c: (c.execute("DELETE FROM audit_log WHERE seq = 5"),
                                      _recreate_triggers(c)))
    assert "the chain breaks at entry 6" in _check(vault)


def test_delete_renumber_and_rehash_with_the_audit_key_is_caught_by_the_anchor(closed, vault):
    def rewrite(conn):
        conn.execute("DELETE FROM audit_log WHERE seq = 5")
        _rehash(conn, _audit_key(conn), renumber=True)
        _recreate_triggers(conn)
    _attack(vault, closed, rewrite)
    problems = _check(vault)
    assert not any("chain breaks" in p for p in problems)      # the HMACs all hold...
    assert any("entries were cut off the end" in p for p in problems)   # ...the anchor not


def test_all_client_reads_deleted_and_the_chain_rebuilt_is_caught(closed, vault):
    def rebuild(conn):
        conn.execute("DELETE FROM audit_log WHERE action = 'read' AND entity = 'client'")
        # Pad with invented rows so that the chain is as long as before: still caught.
        last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        for n in range(3):
            conn.execute(f"INSERT INTO audit_log ({COLUMNS}) VALUES (?, ?, 'admin', 'list', "
                         f"'client', '', '', '', ?)", (last + 1 + n, "2026-01-01", f"x{n}"))
        _rehash(conn, _audit_key(conn), renumber=True)
        _recreate_triggers(conn)
    _attack(vault, closed, rebuild)
    problems = _check(vault)
    assert not any("chain breaks" in p for p in problems)
    assert any("does not match its anchor" in p and "rewritten" in p for p in problems)


def test_forged_row_appended_with_a_valid_link_is_caught(closed, vault):
    def forge(conn):
        key = _audit_key(conn)
        seq, prev = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC "
                                 "LIMIT 1").fetchone()
        fields = ("sol", "read", "client", "7", "open")
        at = "2026-01-01T00:00:00+00:00"
        conn.execute(f"INSERT INTO audit_log ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (seq + 1, at, *fields, prev, link_hash(prev, seq + 1, at, *fields, key=key)))
        _recreate_triggers(conn)
    _attack(vault, closed, forge)
    problems = _check(vault)
    assert not any("chain breaks" in p for p in problems)
    assert any("added after the centre was closed" in p for p in problems)


def test_dropped_or_altered_triggers_are_reported(closed, vault):
    _attack(vault, closed, lambda c: None)             # dropped, not recreated
    problems = _check(vault)
    assert "the append-only trigger audit_log_no_update is missing" in problems
    assert "the append-only trigger audit_log_no_delete is missing" in problems

    def altered(conn):
        conn.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN 0 "
                     "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
        conn.execute(EXPECTED_TRIGGERS["audit_log_no_delete"])
        conn.execute("CREATE TRIGGER tidy AFTER INSERT ON audit_log BEGIN SELECT 1; END")
    _attack(vault, closed, altered)
    problems = _check(vault)
    assert "the append-only trigger audit_log_no_update was altered" in problems
    assert "an unexpected trigger tidy is on the audit log" in problems


@pytest.mark.parametrize("cut", [1, 4])
def test_last_rows_cut_off_are_caught(closed, vault, cut):
    def cut_off(conn):
        last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        conn.execute("DELETE FROM audit_log WHERE seq > ?", (last - cut,))
        _recreate_triggers(conn)
    _attack(vault, closed, cut_off)
    problems = _check(vault)
    assert not any("chain breaks" in p for p in problems)
    assert any("cut off the end" in p for p in problems)


def test_a_mismatch_stays_reported_after_later_sign_ins(closed, vault):
    _attack(vault, closed, lambda c: (c.execute("DELETE FROM audit_log WHERE seq = (SELECT "
                                                "max(seq) FROM audit_log)"),
                                      _recreate_triggers(c)))
    assert _check(vault)
    later = _check(vault)         # the anchor has moved on; the recorded mismatch has not
    assert any("did not match the key file" in p for p in later)


def test_rewrite_with_the_anchor_too_is_caught_only_by_a_noted_code(closed, vault):
    """The limit, said in docs/SECURITY.md: someone who rewrites the chain AND re-signs the
    anchor in the key file passes `check`. The code an administrator noted earlier (or an
    earlier backup's header) still tells."""
    centre = vault.unlock("admin", PASSPHRASE)
    seq, link = centre.services.audit.head()
    noted = short_code(link)
    assert head_text(seq, link) == f"Audit log head: entry {seq:,}, code {noted}"
    database_id = centre.centre.database_id
    centre.lock()

    def rewrite(conn):
        conn.execute("UPDATE audit_log SET actor = 'sup' WHERE action = 'read'")
        _rehash(conn, _audit_key(conn))
        _recreate_triggers(conn)
        head = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        slots = json.loads(vault.slots_path.read_text())
        slots["audit_anchor"] = signed_anchor(_audit_key(conn), database_id, *head,
                                              closed=True).to_json()
        vault.slots_path.write_text(json.dumps(slots))
    _attack(vault, closed, rewrite)
    assert _check(vault) == []
    centre = vault.unlock("admin", PASSPHRASE)
    try:
        assert not centre.services.audit.matches_code(seq, noted)
    finally:
        centre.lock()
