"""The in-memory index of sealed notes is built in the background right after unlock (#14):
the first search does not wait for the whole build, and does not build it again."""
from __future__ import annotations

import dataclasses
import uuid

import pytest

import case_samples as s
from assist_desktop.storage import sealed_search
from tests.conftest import OTHER_PASSPHRASE

WORD = "quokkaprivileged"


@pytest.fixture
def sealed_notes(centre, staff):
    """Three privileged notes by 'sol' on one file; returns (client id, note ids)."""
    sol = staff("sol")
    ids = {u.username: u.id for u in centre.services.users.list_users()}
    client = sol.services.clients.create(s.client("Warm"))
    notes = [sol.services.notes.create(s.note(client.id, f"{WORD} {n}", ids["sol"],
                                              privileged=True), str(uuid.uuid4())).id
             for n in range(3)]
    return client.id, notes


def _index(opened):
    return opened.db.read(sealed_search.index_for)


def test_the_index_is_built_at_unlock_and_the_first_search_does_not_build_it_again(
        vault, sealed_notes):
    client_id, _ = sealed_notes
    sol = vault.unlock("sol", OTHER_PASSPHRASE)
    try:
        assert sol.sealed_search_ready.result(timeout=60) is True   # no search asked yet
        index = _index(sol)
        assert index.builds == 1
        assert client_id in [r.client_id for r in sol.services.search.search(WORD)]
        assert _index(sol) is index and index.builds == 1          # not built again
    finally:
        sol.lock()


def test_a_search_during_the_build_finishes_what_is_left_and_finds_every_sealed_note(
        vault, sealed_notes, monkeypatch):
    client_id, notes = sealed_notes
    monkeypatch.setattr(sealed_search.SealedNoteIndex, "STEP", 1)   # one note per step
    sol = vault.unlock("sol", OTHER_PASSPHRASE)
    try:
        # The search is queued on the owner thread behind at most one step of the build.
        found = sol.services.search.search(WORD)
        assert client_id in [r.client_id for r in found]
        index = _index(sol)
        assert index.builds == 1
        assert sol.sealed_search_ready.result(timeout=60) is True
        assert index.builds == 1 and _index(sol) is index   # the rest of the chain: no-ops
    finally:
        sol.lock()


def test_a_centre_locked_during_the_build_gives_it_up_quietly(vault, sealed_notes, monkeypatch):
    monkeypatch.setattr(sealed_search.SealedNoteIndex, "STEP", 1)
    sol = vault.unlock("sol", OTHER_PASSPHRASE)
    sol.lock()
    assert sol.sealed_search_ready.result(timeout=60) in (True, False)


def test_a_change_to_sealed_notes_updates_the_index_without_building_it_again(
        vault, sealed_notes):
    """A privileged note saved, edited or deleted after the build: only that note is decrypted
    again (a build from scratch took seconds on a big centre, at every save)."""
    client_id, notes = sealed_notes
    sol = vault.unlock("sol", OTHER_PASSPHRASE)
    try:
        assert sol.sealed_search_ready.result(timeout=60) is True
        index = _index(sol)
        author = sol.services.notes.get(notes[0]).author_id
        sol.services.notes.create(s.note(client_id, "wombatfresh", author, privileged=True),
                                  str(uuid.uuid4()))
        assert client_id in [r.client_id for r in sol.services.search.search("wombatfresh")]
        first = sol.services.notes.get(notes[0])
        sol.services.notes.update(dataclasses.replace(first, title="numbatedited",
                                                      body="numbatedited"),
                                  expected_version=first.version,
                                  idempotency_key=str(uuid.uuid4()))
        deleted = sol.services.notes.get(notes[1])
        sol.services.notes.delete(deleted.id, deleted.version)
        hits = sol.services.search.search("numbatedited")
        assert [h.client_id for h in hits] == [client_id]
        assert index.builds == 1 and index.catch_ups >= 2 and _index(sol) is index
        in_memory = {r[0] for r in index._mem.execute("SELECT rowid FROM notes")}
        assert notes[0] in in_memory and notes[1] not in in_memory     # deleted: out
        old_word = {r[0] for r in index._mem.execute(
            "SELECT rowid FROM notes WHERE notes MATCH ?", (WORD,))}
        assert old_word == {notes[2]}                   # the edited note's old text is gone
    finally:
        sol.lock()
