"""The audit log is append-only, and an altered or removed row is found by the chain check."""
from __future__ import annotations

import pytest

from assist_desktop.storage.connection import IntegrityError


def test_rows_cannot_be_updated_or_deleted(centre):
    with pytest.raises(IntegrityError):
        centre.db.write(lambda c: c.execute("UPDATE audit_log SET actor = 'x' WHERE seq = 1"))
    with pytest.raises(IntegrityError):
        centre.db.write(lambda c: c.execute("DELETE FROM audit_log WHERE seq = 1"))
    assert centre.services.audit.first_broken_link() is None


def _entries(centre, n=5):
    for i in range(n):
        centre.services.settings.set_policy(idle_lock_minutes=5 + i)


def _force(centre, sql):
    def run(conn):
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute(sql)
    centre.db.write(run)


def test_altered_row_breaks_the_chain_at_that_row(centre):
    _entries(centre)
    _force(centre, "UPDATE audit_log SET actor = 'someone else' WHERE seq = 4")
    assert centre.services.audit.first_broken_link() == 4


def test_removed_row_breaks_the_chain(centre):
    _entries(centre)
    _force(centre, "DELETE FROM audit_log WHERE seq = 3")
    assert centre.services.audit.first_broken_link() == 4


def test_no_case_text_in_details(centre):
    centre.services.users.add_user("sol", "Secret Name Marker", ["solicitor"],
                                   "violet lantern orchard thimble 7")
    rows = centre.services.audit.page()
    assert not any("Secret Name Marker" in (r.detail + r.entity_id + r.actor) for r in rows)
