"""The unlock window's Vault, for a laptop working against a centre server.

The desktop program's Shell and unlock window talk to a Vault (accounts to choose from,
unlock). RemoteVault gives them the same methods: the accounts come from the server's
Status (only once it is unsealed), unlocking is a remote sign-in with the person's own
passphrase, and it returns a RemoteCentre, whose services the screens use as they would a
local centre's. Creating a centre, the recovery code and "remember on this computer" are
done on the server, not from a laptop: those methods say so.
"""
from __future__ import annotations

from pathlib import Path

from assist_desktop.domain.errors import AssistError, CentreSealedError
from assist_desktop.remote import identity
from assist_desktop.remote.connection import Connection
from assist_desktop.remote.services import RemoteCentre


class RemoteVault:
    def __init__(self, address: str, config_dir: Path | None = None, connection=None):
        self.address = address
        self.remote_address = address      # the unlock window words itself for a server
        self.connection = connection or Connection(
            identity.load(config_dir or identity.default_config_dir(), address))
        self._labels: list[tuple[str, str]] | None = None

    def exists(self) -> bool:
        return True

    def user_labels(self) -> list[tuple[str, str]]:
        status = self.connection.status()
        if status.sealed:
            raise CentreSealedError()
        return list(zip(status.usernames, status.full_names))

    def usernames(self) -> list[str]:
        return [username for username, _ in self.user_labels()]

    def throttle_remaining(self, username: str = "") -> float:
        return 0.0     # the server throttles; its refusal says how long to wait

    @staticmethod
    def passphrase_problems(passphrase: str, user_inputs=(), min_score: int = 3):
        from assist_desktop.security.passphrase_policy import assess
        return assess(passphrase, min_score, tuple(user_inputs))

    def unlock(self, username: str, passphrase: str) -> RemoteCentre:
        return RemoteCentre(self.connection, username.strip(), passphrase)

    # --- done on the server, not from a laptop ------------------------------------------
    def keychain_available(self) -> bool:
        return False

    def device_unlock_available(self, username: str) -> bool:
        return False

    def unlock_with_device(self, username: str):
        raise AssistError("On a centre server, sign in with your passphrase.")

    def remember_on_this_computer(self, centre) -> None:
        raise AssistError("On a centre server, sign in with your passphrase.")

    def forget_this_computer(self, centre) -> None:
        return None

    def recover(self, recovery_code: str, username: str, new_passphrase: str):
        raise AssistError("The recovery code is used on the centre server itself (see "
                          "docs/SERVER.md), not from a laptop.")

    def create(self, **_kwargs):
        raise AssistError("A centre server's centre is created on the server.")
