"""The anchor writer rewrites the key file at most once every INTERVAL: commits close together
(ten laptops on a centre server) share one write, and the newest head is always the one
written; a commit alone is written at once."""
from __future__ import annotations

from assist_desktop.security.audit_chain import Anchor
from assist_desktop.security.key_slots import KeySlotFile
from tests.conftest import PASSPHRASE


def _anchored(centre) -> int:
    return Anchor.from_json(KeySlotFile.load(centre.keeper.slots_path).audit_anchor).seq


def test_commits_close_together_share_one_key_file_write_of_the_newest_head(centre):
    writer = centre.anchor
    writer.flush()
    now = [1000.0]
    slept: list[float] = []
    writer._clock = lambda: now[0]
    writer._sleep = lambda seconds: slept.append(seconds)
    audit = centre.audit_log
    centre.db.write(lambda c: audit.record(c, "read", "client", 1, "first"))
    writer.flush()
    assert slept == []                                # alone: written at once, no wait
    head = centre.services.audit.head()[0]
    assert _anchored(centre) == head

    now[0] += 0.01                                    # 10 ms later, within INTERVAL
    centre.db.write(lambda c: audit.record(c, "read", "client", 2, "second"))
    writer.flush()
    assert slept and 0 < slept[0] <= writer.INTERVAL  # waited for the rest of the interval
    assert _anchored(centre) == centre.services.audit.head()[0] == head + 1


def test_a_lock_during_the_wait_still_anchors_the_last_head(centre, vault):
    writer = centre.anchor
    writer.flush()
    audit = centre.audit_log
    for n in range(5):                                # back to back: the writer waits
        centre.db.write(lambda c, n=n: audit.record(c, "read", "client", n, "again"))
    head = centre.services.audit.head()[0]
    centre.lock()                                     # the closing anchor, written by lock
    anchor = Anchor.from_json(KeySlotFile.load(centre.keeper.slots_path).audit_anchor)
    assert anchor.closed and anchor.seq >= head
    again = vault.unlock("admin", PASSPHRASE)         # compares the chain with the anchor
    try:
        assert again.services.audit.chain_problems() == []
    finally:
        again.lock()
