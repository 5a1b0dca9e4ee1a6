"""The desktop builds the in-memory index of sealed notes once the caseload is on screen, not
during its first paint: a Vault told so opens centres that wait for warm_in_background()."""
from __future__ import annotations

import uuid

import case_samples as s
from assist_desktop.storage import sealed_search
from tests.conftest import OTHER_PASSPHRASE


def test_a_centre_opened_to_warm_later_builds_its_index_only_when_asked(vault, centre, staff):
    sol = staff("sol")
    ids = {u.username: u.id for u in centre.services.users.list_users()}
    client = sol.services.clients.create(s.client("Later"))
    sol.services.notes.create(s.note(client.id, "quokkalater 1", ids["sol"], privileged=True),
                              str(uuid.uuid4()))
    sol.lock()
    vault.warm_at_unlock = False
    opened = vault.unlock("sol", OTHER_PASSPHRASE)
    try:
        assert not opened.sealed_search_ready.done()
        assert opened.db.read(sealed_search.index_for).builds == 0     # nothing built yet
        opened.warm_in_background()
        opened.warm_in_background()                                    # once is enough
        assert opened.sealed_search_ready.result(timeout=60) is True
        assert opened.db.read(sealed_search.index_for).builds == 1
    finally:
        opened.lock()
    vault.warm_at_unlock = True
    again = vault.unlock("sol", OTHER_PASSPHRASE)
    try:
        assert again.sealed_search_ready.result(timeout=60) is True    # at once, as before
    finally:
        again.lock()
