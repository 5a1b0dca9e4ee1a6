"""kill -9 of the centre server while two laptops are saving: no acknowledged save is lost,
none is written twice, and the laptops carry on once the server is back (signing in again,
retrying the unacknowledged save with its idempotency key)."""
from __future__ import annotations

import threading
import time
import uuid

import pytest

import case_samples as s
from assist_desktop.domain.errors import AssistError
from server_harness import ServerProcess, make_centre, sign_in

SAVES = 25


@pytest.mark.slow
def test_kill_9_during_saves_from_two_laptops_loses_no_acknowledged_save(tmp_path):
    (tmp_path / "data").mkdir()
    ids = make_centre(tmp_path / "data")
    server = ServerProcess(tmp_path / "data")
    server.init()
    server.start()
    try:
        laptops = {"sol": server.laptop(tmp_path, "Laptop A"),
                   "admin": server.laptop(tmp_path, "Laptop B")}
        first = sign_in(laptops["sol"], "sol")
        client = first.services.clients.create(s.client("Kill", solicitor=ids["sol"]))
        first.lock()
        acknowledged: dict[str, int] = {}
        lock, failures, ready = threading.Lock(), [], []

        def work(username: str) -> None:
            person = sign_in(laptops[username], username)
            ready.append(username)     # both signed in before the kill (not part of the test)
            for number in range(SAVES):
                key = str(uuid.uuid4())
                note = s.note(client.id, f"{username} save {number}", ids[username])
                deadline = time.monotonic() + 90
                while True:
                    try:
                        saved = person.services.notes.create(note, key)
                        break
                    except AssistError:          # unreachable, or signed out by the restart
                        if time.monotonic() > deadline:
                            failures.append(username)
                            return
                        time.sleep(0.3)
                        try:
                            person = sign_in(laptops[username], username)
                        except AssistError:
                            pass
                with lock:
                    acknowledged[key] = saved.id
            person.lock()

        threads = [threading.Thread(target=work, args=(name,)) for name in laptops]
        for thread in threads:
            thread.start()
        while len(acknowledged) < SAVES // 2 or len(ready) < len(laptops):
            time.sleep(0.02)
        server.kill9()
        killed_at = len(acknowledged)
        server.start()
        for thread in threads:
            thread.join(180)
        assert not failures and killed_at < 2 * SAVES
        assert len(acknowledged) == 2 * SAVES

        check = sign_in(laptops["admin"], "admin")
        notes = check.services.notes.list(client.id)
        assert sorted(n.id for n in notes) == sorted(acknowledged.values())   # none lost, none twice
        assert len({n.body for n in notes}) == 2 * SAVES
        check.lock()
    finally:
        server.stop()
    # back to standalone: the same folder opens in the desktop program's Vault, all there
    from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
    from assist_desktop.services.vault import Vault
    alone = Vault(tmp_path / "data", kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock(
        "admin", "correct horse battery staple 42")
    try:
        assert sorted(n.id for n in alone.services.notes.list(client.id)) == \
            sorted(acknowledged.values())
    finally:
        alone.lock()


@pytest.mark.slow
def test_a_sealed_server_lets_no_one_in_until_an_administrator_unseals_it(tmp_path):
    from assist_desktop.domain.errors import PermissionDenied
    from assist_desktop.remote.connection import Connection  # noqa: F401
    (tmp_path / "data").mkdir()
    make_centre(tmp_path / "data")
    server = ServerProcess(tmp_path / "data", unseal=False)
    server.init()
    server.start()
    try:
        laptop = server.laptop(tmp_path, "Laptop A")
        status = laptop.status()
        assert status.sealed and not status.usernames and not status.centre_name
        with pytest.raises(AssistError, match="sealed"):
            laptop.sign_in("sol", "violet lantern orchard thimble 7")
        with pytest.raises(PermissionDenied):           # not an administrator
            laptop.unseal("sol", "violet lantern orchard thimble 7")
        assert laptop.status().sealed
        assert laptop.unseal("admin", "correct horse battery staple 42") is False
        assert sign_in(laptop, "sol").services.users.me().username == "sol"
    finally:
        server.stop()
