"""A real centre server process on 127.0.0.1 with real TLS, and laptops enrolled with it.

The server is `python -m assist_desktop server run` in a subprocess (fast Argon2 parameters
through ASSIST_INSECURE_FAST_KDF, as the demo and tests use); laptops are Connection objects
with their own key pairs made and enrolled through the enrolment port.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from assist_desktop.remote import identity
from assist_desktop.remote.connection import Connection
from assist_desktop.remote.services import RemoteCentre
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.server.devices import DeviceRegistry
from assist_desktop.server.folder import ServerConfig, ServerFolder
from assist_desktop.server.run import init
from assist_desktop.services.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple 42"
OTHER = "violet lantern orchard thimble 7"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_centre(data_dir: Path, admin_roles=("administrator", "solicitor")) -> dict:
    """A centre with admin (administrator + solicitor unless told), sol, sup; returns their
    user ids."""
    vault = Vault(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS))
    centre, _ = vault.create(centre_name="Riverside Law Centre", jurisdiction="england-wales",
                             admin_username="admin", admin_full_name="Ada Admin",
                             passphrase=PASSPHRASE, roles=tuple(admin_roles))
    try:
        users = centre.services.users
        ids = {"admin": centre.session.user_id}
        ids["sol"] = users.add_user("sol", "Sam Solicitor", ["solicitor"], OTHER,
                                    must_change=False).id
        ids["sup"] = users.add_user("sup", "Sue Support", ["support-worker"], OTHER,
                                    must_change=False).id
    finally:
        centre.lock()
    return ids


class ServerProcess:
    def __init__(self, data_dir: Path, *, unseal: bool = True):
        self.data_dir = data_dir
        self.port, self.enrol_port = free_port(), free_port()
        self.unseal = unseal
        self.proc: subprocess.Popen | None = None
        self.log = data_dir.parent / f"server-{self.port}.log"

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def init(self) -> str:
        return init(self.data_dir, ("127.0.0.1",), ServerConfig(host="127.0.0.1", port=self.port,
                                                                 enrol_port=self.enrol_port))

    def start(self) -> None:
        env = dict(os.environ, ASSIST_INSECURE_FAST_KDF="1", PYTHONPATH=str(ROOT))
        command = [sys.executable, "-m", "assist_desktop", "server", "run",
                   "--data-dir", str(self.data_dir), "--port", str(self.port),
                   "--enrol-port", str(self.enrol_port), "--listen", "127.0.0.1"]
        if self.unseal:
            command += ["--unseal-as", "admin"]
        out = open(self.log, "ab")
        self.proc = subprocess.Popen(command, cwd=ROOT, env=env, stdin=subprocess.PIPE,
                                     stdout=out, stderr=subprocess.STDOUT)
        if self.unseal:
            self.proc.stdin.write(f"{PASSPHRASE}\n".encode())
        self.proc.stdin.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("server exited: " + self.log.read_text(errors="replace"))
            if b"listening" in self.log.read_bytes():
                return
            time.sleep(0.1)
        raise RuntimeError("server did not start")

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill9(self) -> None:
        self.proc.kill()
        self.proc.wait(10)
        self.log.write_bytes(self.log.read_bytes().replace(b"listening", b"was listening"))

    def stop(self) -> None:
        if self.alive():
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)

    # --- laptops ------------------------------------------------------------------------
    def devices(self) -> DeviceRegistry:
        return DeviceRegistry(ServerFolder(self.data_dir))

    def enrol(self, config_dir: Path, name: str) -> identity.Identity:
        code = self.devices().issue_code(name)
        return identity.enrol(config_dir, self.address, code, name,
                              enrol_port=self.enrol_port, keychain=False)

    def laptop(self, tmp: Path, name: str) -> Connection:
        return Connection(self.enrol(tmp / name.replace(" ", "-"), name), timeout=20)


def sign_in(connection: Connection, username: str) -> RemoteCentre:
    return RemoteCentre(connection, username, PASSPHRASE if username == "admin" else OTHER)


def wait_until(condition, timeout: float = 15.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return bool(condition())
