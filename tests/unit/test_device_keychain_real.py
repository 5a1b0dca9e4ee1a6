"""DeviceKeychain against a real Secret Service (gnome-keyring-daemon on a D-Bus session bus).

Run with a private, throw-away keyring:  bash tools/with_secret_service.sh make test
Skipped (with the reason) where no Secret Service is reachable; under the script
(ASSIST_REQUIRE_SECRET_SERVICE=1) an unusable Secret Service fails instead of skipping.
"""
from __future__ import annotations

import base64
import os
import secrets
import signal
import time
import uuid
from contextlib import closing

import pytest

from assist_desktop.security.device_keychain import (
    DeviceKeychain, KeychainUnavailable, entry_name)

pytestmark = pytest.mark.keyring_real

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"
REQUIRED = os.environ.get("ASSIST_REQUIRE_SECRET_SERVICE") == "1"


def _not_here(reason: str):
    if REQUIRED:
        pytest.fail(f"ASSIST_REQUIRE_SECRET_SERVICE=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture
def real_keychain() -> DeviceKeychain:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        _not_here("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set); "
                  "run under tools/with_secret_service.sh")
    keychain = DeviceKeychain(service_name=f"ASSIST Desktop test {uuid.uuid4()}", timeout=10)
    try:
        backend = keychain.backend_id()
    except KeychainUnavailable as error:
        _not_here(f"the keyring backend could not be determined ({error.reason}: {error.detail})")
    if backend != SECRET_SERVICE:
        _not_here(f"the keyring backend is {backend}, not the Secret Service")
    try:  # a daemon that D-Bus activated on demand is locked and has no default collection
        keychain.load(entry_name(str(uuid.uuid4()), "probe"))
    except KeychainUnavailable as error:
        _not_here(f"the Secret Service is reachable but not usable, e.g. locked "
                  f"({error.reason}: {error.detail})")
    return keychain


def _items(service: str, entry: str) -> list[bytes]:
    """What the Secret Service itself holds, read without keyring."""
    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        return [item.get_secret()
                for item in collection.search_items({"service": service, "username": entry})]


def test_round_trip_through_the_real_secret_service(real_keychain):
    assert real_keychain.available()
    entry = entry_name(str(uuid.uuid4()), "test.user")
    secret = secrets.token_bytes(32)
    try:
        assert real_keychain.load(entry) is None
        real_keychain.store(entry, secret)
        assert real_keychain.load(entry, expected_backend=SECRET_SERVICE) == secret
        assert _items(real_keychain.service_name, entry) == [base64.b64encode(secret)]

        real_keychain.store(entry, b"replaced")  # replaces, does not add a second item
        assert _items(real_keychain.service_name, entry) == [base64.b64encode(b"replaced")]
    finally:
        real_keychain.delete(entry)
    assert real_keychain.load(entry) is None
    assert _items(real_keychain.service_name, entry) == []
    real_keychain.delete(entry)  # already gone: not an error


def test_a_different_recorded_backend_is_refused(real_keychain):
    with pytest.raises(KeychainUnavailable) as caught:
        real_keychain.load(entry_name(str(uuid.uuid4()), "test.user"),
                           expected_backend="keyring.backends.kwallet.DBusKeyring")
    assert caught.value.reason == "backend_changed"


def test_a_secret_service_that_stops_answering_times_out(real_keychain):
    pid = os.environ.get("ASSIST_SECRET_SERVICE_PID")
    if not pid:
        pytest.skip("ASSIST_SECRET_SERVICE_PID is not set: only tools/with_secret_service.sh "
                    "starts a daemon this test may pause")
    keychain = DeviceKeychain(service_name=real_keychain.service_name, timeout=1.0)
    assert keychain.available()  # backend found before the daemon stops answering
    entry = entry_name(str(uuid.uuid4()), "test.user")
    os.kill(int(pid), signal.SIGSTOP)
    try:
        start = time.monotonic()
        with pytest.raises(KeychainUnavailable) as caught:
            keychain.load(entry)
        assert caught.value.reason == "timeout"
        assert time.monotonic() - start < 1.0 + 1.0
    finally:
        os.kill(int(pid), signal.SIGCONT)
    deadline = time.monotonic() + 10
    while True:  # once the daemon answers again, so does the keychain
        try:
            assert keychain.load(entry) is None
            break
        except KeychainUnavailable:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
