"""The in-memory index of sealed notes on a centre server (#15): a sign-in or sign-out that
changes no key keeps it (it used to be dropped and built again at every one, holding up every
call on a busy server); a sign-in bringing a new key adds only the notes that key opens; the
sign-out of the last holder of a key drops it whole, so no note's text outlives its key."""
from __future__ import annotations

import uuid

import pytest

import case_samples as s
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.server.centre import CentreState
from assist_desktop.services.vault import Vault
from assist_desktop.storage import sealed_search
from server_harness import OTHER, PASSPHRASE, make_centre

WORD = "quokkamerits"


@pytest.fixture
def centre_state(tmp_path):
    """A centre whose administrator is not a solicitor (she holds no privilege key), one
    privileged note by 'sol'; unsealed by the administrator. Yields (state, client id)."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    ids = make_centre(data_dir, admin_roles=("administrator",))
    sol = Vault(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock("sol", OTHER)
    try:
        client = sol.services.clients.create(s.client("Sealed"))
        sol.services.notes.create(s.note(client.id, WORD, ids["sol"], privileged=True),
                                  str(uuid.uuid4()))
    finally:
        sol.lock()
    state = CentreState(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS))
    state.unseal("admin", PASSPHRASE)
    try:
        yield state, client.id
    finally:
        state.seal()


def _built(state) -> sealed_search.SealedNoteIndex:
    """The index, built (finishing any build under way) and current."""
    def build(conn):
        index = sealed_search.index_for(conn)
        index._fresh(conn)
        return index
    return state.opened().db.read(build)


def _held(index) -> set[int]:
    """Ids of the notes whose text the index holds with WORD in it."""
    if index._mem is None:
        return set()
    return {r[0] for r in index._mem.execute("SELECT rowid FROM notes WHERE notes MATCH ?",
                                             (WORD,))}


def _found(signed, client_id) -> bool:
    return client_id in [r.client_id for r in signed.services.search.search(WORD)]


def test_a_sign_in_bringing_a_key_adds_its_notes_to_the_index_without_building_it_again(
        centre_state):
    state, client_id = centre_state
    index = _built(state)
    assert index.builds == 1 and not _held(index)      # the administrator's keys open none
    first = state.sign_in("serial-1", "Laptop S", "sol", OTHER)
    assert _found(first, client_id)
    assert _built(state) is index and index.builds == 1 and len(_held(index)) == 1


def test_sign_ins_and_sign_outs_that_change_no_key_keep_the_index(centre_state):
    state, client_id = centre_state
    first = state.sign_in("serial-1", "Laptop S", "sol", OTHER)
    assert _found(first, client_id)
    index = _built(state)
    builds = index.builds
    second = state.sign_in("serial-2", "Laptop T", "sol", OTHER)    # her keys again
    assert _found(second, client_id)
    assert _built(state) is index and index.builds == builds
    state.sign_out(second.token, "serial-2")     # her first sign-in still holds them
    assert _found(first, client_id)
    assert _built(state) is index and index.builds == builds and len(_held(index)) == 1


def test_the_sign_out_of_the_last_holder_of_a_key_drops_what_it_opened(centre_state):
    state, client_id = centre_state
    first = state.sign_in("serial-1", "Laptop S", "sol", OTHER)
    second = state.sign_in("serial-2", "Laptop T", "sol", OTHER)
    assert _found(first, client_id)
    index = _built(state)
    state.sign_out(first.token, "serial-1")
    assert len(_held(index)) == 1                 # the other sign-in still holds her keys
    state.sign_out(second.token, "serial-2")
    assert not _held(index)                       # nobody signed in holds the key: gone
    rebuilt = _built(state)
    assert not _held(rebuilt)                     # and not put back by the next build
    third = state.sign_in("serial-3", "Laptop S", "sol", OTHER)
    assert _found(third, client_id)               # she signs in again: found again


def test_searches_while_her_other_laptops_sign_in_and_out_find_the_note_and_keep_the_index(
        centre_state):
    """Sign-ins and sign-outs on other threads (as the server's RPC threads make them) while
    searches run: every search finds the note, and as her keys were held throughout, the
    index is neither dropped nor built again."""
    import threading
    state, client_id = centre_state
    first = state.sign_in("serial-1", "Laptop S", "sol", OTHER)
    assert _found(first, client_id)
    index = _built(state)
    builds = index.builds
    failures: list[BaseException] = []

    def come_and_go(n):
        try:
            for round_ in range(4):
                signed = state.sign_in(f"serial-{n}-{round_}", f"Laptop {n}", "sol", OTHER)
                state.sign_out(signed.token, f"serial-{n}-{round_}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)
    threads = [threading.Thread(target=come_and_go, args=(n,)) for n in (2, 3)]
    for thread in threads:
        thread.start()
    found = [_found(first, client_id) for _ in range(12)]
    for thread in threads:
        thread.join()
    assert not failures and all(found)
    assert _built(state) is index and index.builds == builds and len(_held(index)) == 1
