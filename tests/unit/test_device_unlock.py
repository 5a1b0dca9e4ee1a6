"""'Remember on this computer': only where allowed, only with a real keychain, and every
keychain failure falls back to the passphrase, never to a weaker mode."""
from __future__ import annotations

import pytest
from keyring.backend import KeyringBackend

from assist_desktop.domain.errors import PermissionDenied, ValidationError, WrongKeyError
from assist_desktop.security.device_keychain import KeychainUnavailable
from assist_desktop.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.keyring_helpers import MemoryKeyring, trusted_keychain


@pytest.fixture
def keyring_backend():
    return MemoryKeyring()


@pytest.fixture
def device_vault(data_dir, fast_kdf, keyring_backend, centre):
    chain = trusted_keychain(keyring_backend, timeout=1.0)
    return Vault(data_dir, kdf_policy=fast_kdf, keychain=chain)


def test_refused_until_an_administrator_allows_it(device_vault, centre):
    with pytest.raises(PermissionDenied):
        device_vault.remember_on_this_computer(centre)
    assert not device_vault.device_unlock_available("admin")


def test_remembered_unlock_round_trip(device_vault, centre, keyring_backend):
    centre.services.settings.set_policy(device_unlock_allowed=True)
    device_vault.remember_on_this_computer(centre)
    assert device_vault.device_unlock_available("admin")
    assert all(centre.session.username not in name for _, name in keyring_backend.items)
    opened = device_vault.unlock_with_device("admin")
    assert opened.session.username == "admin"
    opened.lock()
    device_vault.forget_this_computer(centre)
    assert keyring_backend.items == {}
    assert not device_vault.device_unlock_available("admin")


def test_keychain_that_lost_the_secret_falls_back(device_vault, centre, keyring_backend):
    centre.services.settings.set_policy(device_unlock_allowed=True)
    device_vault.remember_on_this_computer(centre)
    keyring_backend.items.clear()
    with pytest.raises(KeychainUnavailable):
        device_vault.unlock_with_device("admin")
    device_vault.unlock("admin", PASSPHRASE).lock()  # the passphrase still works


def test_backend_change_is_refused(device_vault, centre, data_dir, fast_kdf):
    centre.services.settings.set_policy(device_unlock_allowed=True)
    device_vault.remember_on_this_computer(centre)

    class OtherKeyring(MemoryKeyring):
        pass
    KeyringBackend._classes.discard(OtherKeyring)
    other = Vault(data_dir, kdf_policy=fast_kdf, keychain=trusted_keychain(OtherKeyring()))
    assert not other.device_unlock_available("admin")
    with pytest.raises(KeychainUnavailable):
        other.unlock_with_device("admin")


def test_keychain_unavailable_is_not_called_changed(device_vault, centre, data_dir, fast_kdf):
    """No OS keychain answering now (locked, not running, refused): the message says the
    keychain is unavailable, not that it changed."""
    from keyring.backends import fail
    from assist_desktop.security.device_keychain import DeviceKeychain
    centre.services.settings.set_policy(device_unlock_allowed=True)
    device_vault.remember_on_this_computer(centre)
    away = Vault(data_dir, kdf_policy=fast_kdf, keychain=DeviceKeychain(backend=fail.Keyring()))
    with pytest.raises(KeychainUnavailable) as caught:
        away.unlock_with_device("admin")
    assert "not available" in str(caught.value) and "changed" not in str(caught.value)
    assert "passphrase" in str(caught.value)


def test_throttle_message_counts_seconds_in_words():
    from assist_desktop.domain.errors import ThrottledError
    assert str(ThrottledError(0.6)).endswith("Try again in 1 second.")
    assert str(ThrottledError(1.4)).endswith("Try again in 1 second.")
    assert str(ThrottledError(2)).endswith("Try again in 2 seconds.")


def test_no_keychain_means_no_device_unlock(vault, centre):
    centre.services.settings.set_policy(device_unlock_allowed=True)
    with pytest.raises(ValidationError):
        vault.remember_on_this_computer(centre)
    with pytest.raises(WrongKeyError):
        vault.unlock_with_device("admin")
