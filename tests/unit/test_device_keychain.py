"""DeviceKeychain with test backends: round trip, refused backends, time-outs, errors, changes."""
from __future__ import annotations

import base64
import threading
import time
import unicodedata
import uuid

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError

from assist_desktop.domain.errors import AssistError
from assist_desktop.security.device_keychain import (
    OS_BACKENDS, DeviceKeychain, KeychainUnavailable, backend_identifier, entry_name,
    refusal_reason, unwrap)

TIMEOUT = 0.5
MARGIN = 0.5
DB_ID = str(uuid.uuid4())
ENTRY = entry_name(DB_ID, "amina.staff")


def unregistered(cls):
    """keyring registers every backend class globally; keep ours out of its auto-detection."""
    KeyringBackend._classes.discard(cls)
    return cls


def backend_class(name: str, module: str, priority=1, base=KeyringBackend):
    cls = type(name, (base,), {
        "__module__": module, "priority": priority,
        "get_password": lambda self, s, u: None, "set_password": lambda self, s, u, p: None})
    return unregistered(cls)


@unregistered
class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.reads = 0

    def get_password(self, service, username):
        self.reads += 1
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("No such password!")


@unregistered
class OtherMemoryKeyring(MemoryKeyring):
    pass


@unregistered
class HangingKeyring(MemoryKeyring):
    """A keychain that never answers reads (until the test releases it)."""

    def __init__(self):
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service, username):
        self.release.wait()
        return super().get_password(service, username)


@unregistered
class RaisingKeyring(MemoryKeyring):
    def __init__(self, error: Exception):
        super().__init__()
        self.error = error

    def get_password(self, service, username):
        raise self.error

    def set_password(self, service, username, password):
        raise self.error


@unregistered
class ForgetfulKeyring(MemoryKeyring):
    def set_password(self, service, username, password):
        pass


MEMORY_ID = backend_identifier(MemoryKeyring())
TRUSTED = {MEMORY_ID, backend_identifier(OtherMemoryKeyring()),
           backend_identifier(HangingKeyring()), backend_identifier(ForgetfulKeyring()),
           backend_identifier(RaisingKeyring(RuntimeError()))}


def chain(name="TestChainer", *members):
    cls = unregistered(type(name, (ChainerBackend,), {"backends": list(members)}))
    return cls()


def keychain(backend, timeout=TIMEOUT, trusted=TRUSTED):
    return DeviceKeychain(timeout=timeout, backend=backend, extra_trusted=trusted)


@pytest.fixture
def hanging():
    backend = HangingKeyring()
    yield backend
    backend.release.set()  # let the stuck worker thread finish


# --- entry names ---------------------------------------------------------------------------
def test_entry_name_holds_ids_only_and_is_stable():
    name = entry_name(DB_ID, "maria.lopez")
    assert name.startswith(f"device:{DB_ID}:") and "maria" not in name.lower()
    assert name == entry_name(DB_ID.upper(), "maria.lopez")
    assert name != entry_name(DB_ID, "maria.lopez2")
    assert name != entry_name(str(uuid.uuid4()), "maria.lopez")
    nfd = unicodedata.normalize("NFD", "zoë")
    assert entry_name(DB_ID, nfd) == entry_name(DB_ID, unicodedata.normalize("NFC", "zoë"))
    with pytest.raises(ValueError):
        entry_name("not-a-uuid", "maria.lopez")


@pytest.mark.parametrize("bad", ["Maria Lopez", "", "x" * 200, "device/../x", "née", None])
def test_entry_names_that_could_carry_text_are_rejected_before_any_keychain_call(bad):
    kc = DeviceKeychain(timeout=TIMEOUT, backend=keyring.backends.null.Keyring())
    for call in (lambda: kc.store(bad, b"secret"), lambda: kc.load(bad), lambda: kc.delete(bad)):
        with pytest.raises(ValueError):
            call()


@pytest.mark.parametrize("good", [ENTRY, "device-key-0123456789abcdef01234567"])
def test_id_only_entry_names_are_accepted(good):
    kc = keychain(MemoryKeyring())
    kc.store(good, b"secret")
    assert kc.load(good) == b"secret"


# --- the in-memory backend -----------------------------------------------------------------
def test_round_trip_stores_base64_and_deletes():
    backend = MemoryKeyring()
    kc = keychain(backend)
    assert kc.available() and kc.backend_id() == MEMORY_ID
    secret = bytes(range(256))
    kc.store(ENTRY, secret)
    assert backend.items[("ASSIST Desktop", ENTRY)] == base64.b64encode(secret).decode("ascii")
    assert kc.load(ENTRY) == secret
    kc.store(ENTRY, b"new")
    assert kc.load(ENTRY) == b"new"
    kc.delete(ENTRY)
    assert kc.load(ENTRY) is None
    kc.delete(ENTRY)  # already gone: fine
    assert backend.items == {}


def test_service_name_is_used():
    backend = MemoryKeyring()
    DeviceKeychain("Other", TIMEOUT, backend, extra_trusted=TRUSTED).store(ENTRY, b"s")
    assert list(backend.items) == [("Other", ENTRY)]


def test_empty_or_non_bytes_secret_is_rejected():
    kc = keychain(MemoryKeyring())
    for bad in (b"", "text"):
        with pytest.raises(ValueError):
            kc.store(ENTRY, bad)


def test_a_write_the_keychain_did_not_keep_is_an_error():
    with pytest.raises(KeychainUnavailable) as caught:
        keychain(ForgetfulKeyring()).store(ENTRY, b"secret")
    assert caught.value.reason == "error"


def test_damaged_entry_is_not_used():
    backend = MemoryKeyring()
    backend.items[("ASSIST Desktop", ENTRY)] = "not base64!"
    with pytest.raises(KeychainUnavailable) as caught:
        keychain(backend).load(ENTRY)
    assert caught.value.reason == "damaged"


# --- refused backends ----------------------------------------------------------------------
REFUSED = {
    "fail": lambda: keyring.backends.fail.Keyring(),
    "null": lambda: keyring.backends.null.Keyring(),
    "alt plaintext": lambda: backend_class("PlaintextKeyring", "keyrings.alt.file", 0.5)(),
    "alt encrypted": lambda: backend_class("EncryptedKeyring", "keyrings.alt.file", 0.6)(),
    "alt high priority": lambda: backend_class("RegistryKeyring", "keyrings.alt.Windows", 9)(),
    "subclass of alt": lambda: backend_class(
        "Nice", "vendor.nice", 5, backend_class("PlaintextKeyring", "keyrings.alt.file"))(),
    "file backend, priority 20": lambda: backend_class("EncryptedFileKeyring", "keyrings.efile",
                                                       20)(),
    "low priority": lambda: backend_class("Keyring", "vendor.low", 0.5)(),
    "negative priority": lambda: backend_class("Keyring", "vendor.neg", -1)(),
    "not viable": lambda: backend_class("Keyring", "vendor.dead", property(
        lambda self: (_ for _ in ()).throw(RuntimeError("no daemon"))))(),
    "chainer with nothing real": lambda: chain(
        "ChainerNothing", backend_class("PlaintextKeyring", "keyrings.alt.file", 0.5)()),
}


@pytest.mark.parametrize("make", REFUSED.values(), ids=REFUSED.keys())
def test_refused_backends_are_never_used_even_if_listed_as_trusted(make):
    backend = make()
    trusted = TRUSTED | {backend_identifier(backend)}
    assert refusal_reason(unwrap(backend, trusted), trusted) is not None
    kc = keychain(backend, trusted=trusted)
    assert kc.available() is False
    for call in (lambda: kc.store(ENTRY, b"secret"), lambda: kc.load(ENTRY),
                 lambda: kc.delete(ENTRY)):
        with pytest.raises(KeychainUnavailable) as caught:
            call()
        assert caught.value.reason == "refused"


def test_refusal_reasons_name_the_problem():
    assert "refused backend family" in refusal_reason(keyring.backends.null.Keyring(), TRUSTED)
    assert "priority" in refusal_reason(backend_class("K", "vendor.x", 0.5)(), {"vendor.x.K"})
    assert "not a known OS keychain" in refusal_reason(MemoryKeyring())  # fail-closed default
    assert refusal_reason(MemoryKeyring(), TRUSTED) is None


@pytest.mark.parametrize("backend_id", sorted(OS_BACKENDS))
def test_os_keychain_classes_are_accepted(backend_id):
    module, _, name = backend_id.rpartition(".")
    assert refusal_reason(backend_class(name, module, 5)()) is None


@pytest.mark.parametrize("backend", [MemoryKeyring(),
                                     backend_class("VaultKeyring", "vendor.vault", 20)()])
def test_unknown_backend_is_refused_unless_explicitly_trusted(backend):
    kc = DeviceKeychain(timeout=TIMEOUT, backend=backend)
    assert kc.available() is False
    with pytest.raises(KeychainUnavailable) as caught:
        kc.store(ENTRY, b"secret")
    assert "not a known OS keychain" in caught.value.detail
    trusting = DeviceKeychain(timeout=TIMEOUT, backend=backend,
                              extra_trusted={backend_identifier(backend)})
    assert trusting.available()


def test_chainer_is_replaced_by_its_best_real_member():
    plaintext = backend_class("PlaintextKeyring", "keyrings.alt.file", 50)()
    memory = MemoryKeyring()
    kc = keychain(chain("ChainerMixed", plaintext, memory))
    assert kc.available() and kc.backend_id() == MEMORY_ID
    kc.store(ENTRY, b"secret")
    assert ("ASSIST Desktop", ENTRY) in memory.items


def test_test_backends_stay_out_of_keyring_autodetection():
    assert not {MemoryKeyring, HangingKeyring, RaisingKeyring} & KeyringBackend._classes


# --- time-outs -----------------------------------------------------------------------------
def test_hanging_keychain_times_out_then_fails_fast_until_it_answers(hanging):
    kc = keychain(hanging)
    hanging.items[("ASSIST Desktop", ENTRY)] = base64.b64encode(b"secret").decode()
    start = time.monotonic()
    with pytest.raises(KeychainUnavailable) as caught:
        kc.load(ENTRY)
    assert caught.value.reason == "timeout"
    assert TIMEOUT * 0.9 <= time.monotonic() - start < TIMEOUT + MARGIN

    start = time.monotonic()
    with pytest.raises(KeychainUnavailable) as caught:
        kc.load(ENTRY)  # the first call is still stuck: no second thread piles up
    assert caught.value.reason == "busy" and time.monotonic() - start < 0.1
    assert kc.available()  # resolving the backend was cached before the hang

    hanging.release.set()
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        try:
            assert kc.load(ENTRY) == b"secret"
            break
        except KeychainUnavailable:
            time.sleep(0.02)
    else:
        pytest.fail("keychain did not recover after answering")


def test_hanging_store_times_out(hanging):
    hanging.set_password = lambda *a: hanging.release.wait()
    start = time.monotonic()
    with pytest.raises(KeychainUnavailable):
        keychain(hanging).store(ENTRY, b"secret")
    assert time.monotonic() - start < TIMEOUT + MARGIN


def test_hanging_backend_detection_times_out(monkeypatch):
    release = threading.Event()
    monkeypatch.setattr(keyring, "get_keyring", lambda: release.wait() and MemoryKeyring())
    try:
        kc = DeviceKeychain(timeout=TIMEOUT)
        start = time.monotonic()
        assert kc.available() is False
        assert time.monotonic() - start < TIMEOUT + MARGIN
        with pytest.raises(KeychainUnavailable):
            kc.backend_id()
    finally:
        release.set()


def test_timeout_must_be_positive():
    with pytest.raises(ValueError):
        DeviceKeychain(timeout=0)


# --- errors --------------------------------------------------------------------------------
@pytest.mark.parametrize("error", [KeyringLocked("Failed to unlock the collection!"),
                                   PasswordSetError("no"), RuntimeError("D-Bus went away"),
                                   OSError("socket")])
def test_any_keyring_error_becomes_keychain_unavailable(error):
    kc = keychain(RaisingKeyring(error))
    for call in (lambda: kc.store(ENTRY, b"secret"), lambda: kc.load(ENTRY)):
        with pytest.raises(KeychainUnavailable) as caught:
            call()
        assert caught.value.reason == "error" and caught.value.__cause__ is error
        assert isinstance(caught.value, AssistError)
        message = str(caught.value)
        assert message.endswith("Use your passphrase instead.") and ENTRY not in message


def test_delete_that_fails_while_the_entry_remains_is_an_error():
    backend = MemoryKeyring()
    backend.items[("ASSIST Desktop", ENTRY)] = "c2VjcmV0"
    backend.delete_password = lambda s, u: (_ for _ in ()).throw(PasswordDeleteError("denied"))
    with pytest.raises(KeychainUnavailable):
        keychain(backend).delete(ENTRY)


# --- backend change ------------------------------------------------------------------------
def test_backend_change_is_detected_and_the_new_backend_is_not_asked():
    first = MemoryKeyring()
    kc = keychain(first)
    kc.store(ENTRY, b"secret")
    recorded = kc.backend_id()
    assert kc.load(ENTRY, expected_backend=recorded) == b"secret"

    other = OtherMemoryKeyring()
    other.items.update(first.items)
    changed = keychain(other)
    assert changed.backend_id() != recorded
    with pytest.raises(KeychainUnavailable) as caught:
        changed.load(ENTRY, expected_backend=recorded)
    assert caught.value.reason == "backend_changed" and other.reads == 0


def test_error_takes_a_message_or_a_reason():
    custom = KeychainUnavailable("The keychain on this computer changed. Use your passphrase.")
    assert str(custom) == "The keychain on this computer changed. Use your passphrase."
    assert custom.reason == "error"
    for reason in KeychainUnavailable.MESSAGES:
        error = KeychainUnavailable(reason=reason, detail="x")
        assert error.reason == reason and str(error).endswith("Use your passphrase instead.")
