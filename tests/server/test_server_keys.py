"""A centre server unsealed by an administrator who is not a solicitor: privileged records
open with the keys of the solicitor signed in from a laptop, for as long as she is signed in
(#14 separation by key on a centre server, #15)."""
from __future__ import annotations

import json
import uuid

import pytest

import case_samples as s
from assist_desktop.domain.errors import NotFound, PermissionDenied
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.server.centre import CentreState
from assist_desktop.server.folder import ServerFolder
from assist_desktop.services.sealing import check_sealed
from assist_desktop.services.vault import Vault
from server_harness import OTHER, PASSPHRASE, ServerProcess, make_centre, sign_in, wait_until

ADVICE = "Advice on merits kept privileged"


@pytest.fixture(scope="module")
def non_solicitor_server(tmp_path_factory):
    root = tmp_path_factory.mktemp("centre-keys")
    data_dir = root / "data"
    data_dir.mkdir()
    ids = make_centre(data_dir, admin_roles=("administrator",))
    process = ServerProcess(data_dir)
    process.fingerprint = process.init()
    process.ids = ids
    process.start()
    yield process
    process.stop()


def _keys_held(server) -> int:
    return json.loads(ServerFolder(server.data_dir).path("state.json").read_text())[
        "keys_held_for"]


def test_a_solicitor_reads_privileged_notes_on_a_server_a_non_solicitor_unsealed(
        non_solicitor_server, tmp_path):
    server = non_solicitor_server
    sol = sign_in(server.laptop(tmp_path, "Laptop S"), "sol")
    sup = sign_in(server.laptop(tmp_path, "Laptop T"), "sup")
    try:
        client = sol.services.clients.create(
            s.client("Keys", key_worker=server.ids["sup"], solicitor=server.ids["sol"]))
        secret = sol.services.notes.create(
            s.note(client.id, ADVICE, server.ids["sol"], privileged=True), str(uuid.uuid4()))
        assert sol.services.notes.get(secret.id).body == ADVICE
        assert _keys_held(server) == 2
        with pytest.raises((PermissionDenied, NotFound)):
            sup.services.notes.get(secret.id)      # the services still refuse her
        assert secret.id not in [n.id for n in sup.services.notes.list(client.id)]
    finally:
        sol.lock()
    assert wait_until(lambda: _keys_held(server) == 1)
    sup.lock()
    assert wait_until(lambda: _keys_held(server) == 0)


def test_the_keys_a_solicitor_brought_are_gone_when_she_signs_out(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    ids = make_centre(data_dir, admin_roles=("administrator",))
    sol = Vault(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock("sol", OTHER)
    try:
        client = sol.services.clients.create(s.client("Gone"))
        secret = sol.services.notes.create(
            s.note(client.id, ADVICE, ids["sol"], privileged=True), str(uuid.uuid4()))
    finally:
        sol.lock()
    state = CentreState(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS))
    state.unseal("admin", PASSPHRASE)
    try:
        db = state._opened.db
        assert check_sealed(db)[1] == 1          # the administrator holds no privilege key
        signed = state.sign_in("serial-1", "Laptop S", "sol", OTHER)
        assert check_sealed(db) == ([], 0)
        assert signed.services.notes.get(secret.id).body == ADVICE
        assert client.id in [r.client_id for r in signed.services.search.search("merits")]
        state.sign_out(signed.token, "serial-1")
        assert check_sealed(db)[1] == 1 and state.keys_held_for() == 0
        again = state.sign_in("serial-2", "Laptop S", "sol", OTHER)
        assert again.services.notes.get(secret.id).body == ADVICE
        state.end_device("serial-2")              # a revoked laptop: her keys go too
        assert check_sealed(db)[1] == 1
        idle = state.sign_in("serial-3", "Laptop S", "sol", OTHER)
        assert check_sealed(db)[1] == 0 and state.end_idle() == 0
        idle.last_used -= state.idle_seconds + 1  # unused past the idle time: ended without
        assert state.end_idle() == 1              # waiting for her next call
        assert check_sealed(db)[1] == 1 and state.keys_held_for() == 0
    finally:
        state.seal()
