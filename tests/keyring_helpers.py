"""An in-memory OS keychain stand-in for the device-unlock and unattended-backup tests (the
real Secret Service is tested in tests/unit/test_device_keychain_real.py).

Imported as ``from tests.keyring_helpers import MemoryKeyring, trusted_keychain``.
"""
from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from assist_desktop.security.device_keychain import DeviceKeychain, backend_identifier


class MemoryKeyring(KeyringBackend):
    """Items in a dict: {(service, username): password}. Deleting a missing item raises
    PasswordDeleteError, as the real backends do."""
    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("missing")


KeyringBackend._classes.discard(MemoryKeyring)   # keep it out of keyring's auto-detection


def trusted_keychain(backend: KeyringBackend | None = None, **kwargs) -> DeviceKeychain:
    """A DeviceKeychain on backend (a new MemoryKeyring by default) that trusts exactly that
    backend's class, as if it were an OS keychain."""
    backend = MemoryKeyring() if backend is None else backend
    return DeviceKeychain(backend=backend, extra_trusted={backend_identifier(backend)}, **kwargs)
