"""A real centre server process unsealing itself from a real keychain (the Secret Service of
gnome-keyring-daemon on a private D-Bus session bus: run under tools/with_secret_service.sh,
as CI does), and a running server sealed again without stopping it.

enable -> restart -> unsealed with no passphrase, audited; disable -> restart -> sealed; the
entry gone from the keychain -> sealed with a plain message; `server seal` at the console and
"Seal the server" from an administrator's laptop -> every sign-in ends, calls are refused
until an administrator unseals it again, and then everything works as before.
"""
from __future__ import annotations

import io
import json
import os
import signal
import uuid

import pytest

import case_samples as s
from assist_desktop.cli import main
from assist_desktop.domain.errors import AssistError, PermissionDenied, StoreLockedError
from assist_desktop.security.device_keychain import DeviceKeychain, KeychainUnavailable
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.security.key_slots import KeySlotFile
from assist_desktop.server import keychain_unseal
from assist_desktop.server.folder import ServerFolder
from assist_desktop.services.vault import Vault
from server_harness import PASSPHRASE, ServerProcess, make_centre, sign_in, wait_until

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"
REQUIRED = os.environ.get("ASSIST_REQUIRE_SECRET_SERVICE") == "1"


@pytest.fixture
def real_keychain() -> DeviceKeychain:
    """The keychain `server run` will use (the default service name), if it is the real
    Secret Service; skipped (or failed under tools/with_secret_service.sh) otherwise."""
    def not_here(reason: str):
        if REQUIRED:
            pytest.fail(f"ASSIST_REQUIRE_SECRET_SERVICE=1 but {reason}")
        pytest.skip(reason)
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        not_here("no D-Bus session bus; run under tools/with_secret_service.sh")
    keychain = DeviceKeychain(timeout=10)
    try:
        if keychain.backend_id() != SECRET_SERVICE:
            not_here(f"the keyring backend is {keychain.backend_id()}, not the Secret Service")
        keychain.load(keychain_unseal.entry(str(uuid.uuid4())))
    except KeychainUnavailable as error:
        not_here(f"the Secret Service is not usable ({error.reason})")
    return keychain


@pytest.fixture
def stopped_server(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSIST_INSECURE_FAST_KDF", "1")     # as the server process has it
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    make_centre(data_dir)
    server = ServerProcess(data_dir, unseal=False)
    server.init()
    yield server
    server.stop()


def _cli(monkeypatch, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(list(args))


def _state(server) -> dict:
    return json.loads(ServerFolder(server.data_dir).path("state.json").read_text())


def _audit(server, action: str) -> list:
    centre = Vault(server.data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock("admin",
                                                                                  PASSPHRASE)
    try:
        return [(r.actor, r.detail) for r in centre.services.audit.page(0, 1000)
                if r.action == action]
    finally:
        centre.lock()


def _database_id(server) -> str:
    return KeySlotFile.load(server.data_dir / "keyslots.json").database_id


def _restart(server) -> str:
    """Stop (if running) and start again; the new part of the server's output."""
    server.stop()
    before = server.log.read_bytes() if server.log.exists() else b""
    before = before.replace(b"listening", b"(was up)")     # start() waits for the word
    server.log.write_bytes(before)
    server.start()
    return server.log.read_bytes()[len(before):].decode(errors="replace")


@pytest.mark.keyring_real
@pytest.mark.slow
def test_enabled_it_unseals_at_every_start_and_disabled_it_starts_sealed(
        stopped_server, real_keychain, tmp_path, monkeypatch, capsys):
    server, data = stopped_server, str(stopped_server.data_dir)
    assert _cli(monkeypatch, "server", "keychain", "enable", "--data-dir", data, "--as", "admin",
                stdin=f"{PASSPHRASE}\n") == 0
    assert "unseals itself from this account's keychain" in capsys.readouterr().out
    secret = real_keychain.load(keychain_unseal.entry(_database_id(server)))
    assert secret and len(secret) == 32 and PASSPHRASE.encode() not in secret

    output = _restart(server)                  # no passphrase given to this process at all
    assert "Unsealed from this account's keychain" in output and "SEALED" not in output
    assert _state(server)["sealed"] is False and _state(server)["unsealed_from"] == "keychain"
    laptop = server.laptop(tmp_path, "Laptop A")
    assert not laptop.status().sealed
    sol = sign_in(laptop, "sol")
    client = sol.services.clients.create(s.client("Unattended"))
    sol.lock()
    assert _cli(monkeypatch, "server", "status", "--data-dir", data) == 0
    assert "unsealed from the keychain" in capsys.readouterr().out
    server.stop()
    assert ("@server-keychain", "device:keychain") in _audit(server, "unseal")
    assert ("@server", "stopped") in _audit(server, "seal")

    assert _cli(monkeypatch, "server", "keychain", "disable", "--data-dir", data, "--as",
                "admin", stdin=f"{PASSPHRASE}\n") == 0
    assert real_keychain.load(keychain_unseal.entry(_database_id(server))) is None
    assert not keychain_unseal.has_slot(KeySlotFile.load(server.data_dir / "keyslots.json"))
    output = _restart(server)
    assert "SEALED" in output and "Unsealed from" not in output
    assert _state(server)["sealed"] is True and laptop.status().sealed
    with pytest.raises(AssistError, match="sealed"):
        laptop.sign_in("sol", "violet lantern orchard thimble 7")
    assert laptop.unseal("admin", PASSPHRASE) is False
    sol = sign_in(laptop, "sol")
    assert sol.services.clients.get(client.id).id == client.id
    sol.lock()
    laptop.close()


@pytest.mark.keyring_real
@pytest.mark.slow
def test_with_its_keychain_entry_gone_the_server_starts_sealed_and_says_why(
        stopped_server, real_keychain, tmp_path, monkeypatch):
    server = stopped_server
    assert _cli(monkeypatch, "server", "keychain", "enable", "--data-dir",
                str(server.data_dir), "--as", "admin", stdin=f"{PASSPHRASE}\n") == 0
    real_keychain.delete(keychain_unseal.entry(_database_id(server)))
    output = _restart(server)
    assert server.alive() and _state(server)["sealed"] is True
    assert "Not unsealed from the keychain: this OS account's keychain holds no unseal " \
           "secret for this centre" in output
    assert "The server starts SEALED" in output and "Traceback" not in output
    laptop = server.laptop(tmp_path, "Laptop A")
    assert laptop.status().sealed and not laptop.status().usernames
    laptop.close()


@pytest.mark.slow
def test_sealed_at_the_console_or_from_a_laptop_every_sign_in_ends_until_unsealed(
        stopped_server, tmp_path, monkeypatch, capsys):
    server, data = stopped_server, str(stopped_server.data_dir)
    server.unseal = True                       # unsealed at start with a passphrase
    server.start()
    a, b = server.laptop(tmp_path, "Laptop A"), server.laptop(tmp_path, "Laptop B")
    sol, sup = sign_in(a, "sol"), sign_in(b, "sup")
    locked = []
    sup.on_signed_out = lambda: locked.append("sup")
    assert wait_until(sup.changes.connected.is_set)
    client = sol.services.clients.create(s.client("Sealed"))

    assert _cli(monkeypatch, "server", "seal", "--data-dir", data) == 0
    assert "is sealed: every sign-in has ended" in capsys.readouterr().out
    assert server.alive() and _state(server)["sealed"] is True and a.status().sealed
    with pytest.raises(StoreLockedError, match="has been sealed"):
        sol.services.clients.get(client.id)
    assert wait_until(lambda: locked == ["sup"])        # her window locks without a call
    with pytest.raises(AssistError, match="sealed"):
        sign_in(a, "sol")
    assert not ServerFolder(server.data_dir).path("seal.request").exists()
    assert _cli(monkeypatch, "server", "seal", "--data-dir", data) == 0
    assert "already sealed" in capsys.readouterr().out

    assert a.unseal("admin", PASSPHRASE) is False       # unsealed again: all as before,
    sol, sup = sign_in(a, "sol"), sign_in(b, "sup")     # the change feed included
    seen = []
    sup.changes.subscribe(seen.extend)
    assert wait_until(sup.changes.connected.is_set)
    other = sol.services.clients.create(s.client("After"))
    assert wait_until(lambda: any(e.record_id == other.id for e in seen))

    with pytest.raises(PermissionDenied):
        sup.call("server", "seal")
    admin = sign_in(a, "admin")
    assert admin.seal_server() is True
    assert _state(server)["sealed"] is True
    with pytest.raises(StoreLockedError):
        sol.services.clients.get(other.id)

    assert a.unseal("admin", PASSPHRASE) is False       # a service manager's signal seals too
    assert _state(server)["sealed"] is False
    os.kill(server.proc.pid, signal.SIGUSR1)
    assert wait_until(lambda: _state(server)["sealed"] is True) and server.alive()
    server.stop()
    seals = _audit(server, "seal")
    assert seals.count(("@server", "device:console")) == 2 and ("admin", "device:Laptop_A") in seals
    assert ("@server", "stopped") not in seals          # it was sealed already at the stop
    for person in (sol, sup):
        person.lock()
    a.close()
    b.close()
