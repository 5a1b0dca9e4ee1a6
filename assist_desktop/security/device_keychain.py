"""The OS keychain behind the optional device slot ("remember on this computer").

Only a real OS keychain counts: GNOME Keyring / KWallet through the Secret Service or
libsecret, the macOS Keychain, the Windows Credential Locker. The fail and null backends,
keyrings.alt (plaintext and "encrypted" files) and any backend not on the list below are
refused, so an unknown file-based backend with a high priority cannot slip in. The list is
fail-closed: a refused backend means "use the passphrase", never a weaker mode.

Every keyring call (including finding the backend, which talks to D-Bus) runs on a daemon
worker thread and is waited for at most ``timeout`` seconds. A time-out, any keyring error,
a refused backend or a backend change raises one error type, :class:`KeychainUnavailable`,
which callers treat as "fall back to the passphrase".

Entry names carry no client data: :func:`entry_name` builds them from the database id and
a hash of the username. Secrets are stored base64-encoded.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import re
import threading
import unicodedata
import uuid
from typing import Callable, Iterable, TypeVar

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import PasswordDeleteError

from assist_desktop.domain.errors import AssistError

log = logging.getLogger(__name__)
T = TypeVar("T")

# Backends that are the operating system's own keychain (exact classes, not subclasses).
OS_BACKENDS = frozenset({
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
})
# Refused even if someone lists them as trusted: anything defined in (or derived from) these.
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_REFUSED_WORDS = ("plaintext", "file")  # class names of file-based stores (keyrings.alt, cryptfile)
MIN_PRIORITY = 1.0  # keyring's own "recommended" threshold; OS keychains report 3.9-5.1
_ENTRY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")


class KeychainUnavailable(AssistError):
    """The OS keychain cannot be used now; unlock with the passphrase instead.

    ``reason`` is a short code for logs and tests: timeout, busy, error, refused,
    backend_changed, damaged.
    """

    MESSAGES = {
        "timeout": "The system keychain did not answer in time.",
        "busy": "The system keychain is still busy with an earlier request that did not answer.",
        "error": "The system keychain reported an error.",
        "refused": ("This computer has no secure system keychain (such as GNOME Keyring, "
                    "KWallet, the macOS Keychain or Windows Credential Manager)."),
        "backend_changed": ("The system keychain has changed since this computer was "
                            "remembered, so the saved unlock was not used."),
        "damaged": "The unlock saved in the system keychain is damaged and was not used.",
    }

    def __init__(self, message: str | None = None, *, reason: str = "error", detail: str = ""):
        if message is None:
            text = self.MESSAGES.get(reason, self.MESSAGES["error"])
            message = f"{text} Use your passphrase instead."
        super().__init__(message)
        self.reason = reason
        self.detail = detail  # for developers (backend id, refusal reason); no secrets


def backend_identifier(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def refusal_reason(backend: KeyringBackend, trusted: Iterable[str] = OS_BACKENDS) -> str | None:
    """Why ``backend`` may not hold a device secret, or None if it may.

    Pure decision logic (no I/O beyond reading the backend's priority): refused modules and
    file-like classes anywhere in the class hierarchy first, then the priority, then the
    allow-list of exact backend classes.
    """
    bid = backend_identifier(backend)
    if isinstance(backend, ChainerBackend):
        return f"{bid}: a chainer with no acceptable OS keychain behind it"
    for klass in type(backend).__mro__:
        module = klass.__module__ or ""
        if any(module == m or module.startswith(m + ".") for m in _REFUSED_MODULES):
            return f"{bid}: refused backend family {module}"
        if any(word in klass.__name__.lower() for word in _REFUSED_WORDS):
            return f"{bid}: file-based backend"
    try:
        priority = float(type(backend).priority)
    except Exception as exc:  # keyring signals "not usable here" with RuntimeError
        return f"{bid}: not usable here ({type(exc).__name__})"
    if not priority >= MIN_PRIORITY:
        return f"{bid}: priority {priority:g} is below {MIN_PRIORITY:g}"
    if bid not in set(trusted):
        return f"{bid}: not a known OS keychain"
    return None


def unwrap(backend: KeyringBackend, trusted: Iterable[str] = OS_BACKENDS) -> KeyringBackend:
    """The backend to talk to: a chainer is replaced by its best acceptable member (if any)."""
    if isinstance(backend, ChainerBackend):
        trusted = frozenset(trusted)
        for member in backend.backends:  # sorted by priority, highest first
            if refusal_reason(member, trusted) is None:
                return member
    return backend


def entry_name(database_id: str, username: str) -> str:
    """Keychain entry for one user's device slot: no names, only ids and a hash."""
    db = str(uuid.UUID(database_id))
    user = unicodedata.normalize("NFC", username)
    digest = hashlib.sha256(f"assist-device|{db}|{user}".encode("utf-8")).hexdigest()[:32]
    return f"device:{db}:{digest}"


class DeviceKeychain:
    """Store, load and delete device secrets in the OS keychain, each call time-limited."""

    def __init__(self, service_name: str = "ASSIST Desktop", timeout: float = 3.0,
                 backend: KeyringBackend | None = None, *, extra_trusted: Iterable[str] = ()):
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self.service_name = service_name
        self.timeout = float(timeout)
        self._given = backend
        self._trusted = OS_BACKENDS | frozenset(extra_trusted)
        self._lock = threading.Lock()
        self._resolved: tuple[KeyringBackend, str | None] | None = None
        self._stuck: threading.Thread | None = None

    # --- public API -----------------------------------------------------------------------
    def available(self) -> bool:
        """True if a real OS keychain answered in time and is acceptable."""
        try:
            return self._resolve()[1] is None
        except KeychainUnavailable:
            return False

    def backend_id(self) -> str:
        """Which backend would hold the secret, e.g. "keyring.backends.SecretService.Keyring"."""
        return backend_identifier(self._resolve()[0])

    def store(self, entry: str, secret: bytes) -> None:
        if not isinstance(secret, (bytes, bytearray)) or not secret:
            raise ValueError("secret must be non-empty bytes")
        name = _checked(entry)
        backend = self._usable()
        value = base64.b64encode(bytes(secret)).decode("ascii")

        def write() -> None:
            backend.set_password(self.service_name, name, value)
            if backend.get_password(self.service_name, name) != value:
                raise RuntimeError("read-back mismatch")

        self._call(write)

    def load(self, entry: str, *, expected_backend: str | None = None) -> bytes | None:
        """The secret, or None if there is no such entry.

        With ``expected_backend`` (the id recorded in the device slot), a different backend
        now raises KeychainUnavailable (reason "backend_changed") instead of being asked.
        """
        name = _checked(entry)
        backend = self._usable()
        if expected_backend is not None and backend_identifier(backend) != expected_backend:
            log.warning("Keychain backend changed since the device slot was made")
            raise KeychainUnavailable(reason="backend_changed", detail=backend_identifier(backend))
        value = self._call(lambda: backend.get_password(self.service_name, name))
        if value is None:
            return None
        try:
            secret = base64.b64decode(value.encode("ascii"), validate=True)
        except (AttributeError, UnicodeEncodeError, binascii.Error):
            secret = b""
        if not secret:
            log.warning("Keychain entry is not valid base64")
            raise KeychainUnavailable(reason="damaged")
        return secret

    def delete(self, entry: str) -> None:
        """Remove the entry; an entry that is already gone is not an error."""
        name = _checked(entry)
        backend = self._usable()

        def remove() -> None:
            try:
                backend.delete_password(self.service_name, name)
            except PasswordDeleteError:
                if backend.get_password(self.service_name, name) is not None:
                    raise

        self._call(remove)

    # --- internals ------------------------------------------------------------------------
    def _resolve(self) -> tuple[KeyringBackend, str | None]:
        with self._lock:
            if self._resolved is not None:
                return self._resolved

        def find() -> tuple[KeyringBackend, str | None]:
            given = self._given if self._given is not None else keyring.get_keyring()
            chosen = unwrap(given, self._trusted)
            return chosen, refusal_reason(chosen, self._trusted)

        resolved = self._call(find)
        with self._lock:
            self._resolved = resolved
        if resolved[1] is not None:
            log.info("Keychain backend refused: %s", backend_identifier(resolved[0]))
        return resolved

    def _usable(self) -> KeyringBackend:
        backend, reason = self._resolve()
        if reason is not None:
            raise KeychainUnavailable(reason="refused", detail=reason)
        return backend

    def _call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on a daemon thread; wait at most ``timeout`` seconds for it."""
        with self._lock:
            if self._stuck is not None and self._stuck.is_alive():
                # Do not pile up threads behind a keychain that never answered.
                raise KeychainUnavailable(reason="busy")
            self._stuck = None
        box: dict = {}
        done = threading.Event()

        def run() -> None:
            try:
                box["value"] = fn()
            except BaseException as exc:  # noqa: BLE001 - reported to the caller below
                box["error"] = exc
            finally:
                done.set()

        worker = threading.Thread(target=run, name="assist-keychain", daemon=True)
        worker.start()
        if not done.wait(self.timeout):
            with self._lock:
                self._stuck = worker
            log.warning("Keychain call timed out after %s s", self.timeout)
            raise KeychainUnavailable(reason="timeout")
        if "error" in box:
            error = box["error"]
            log.warning("Keychain call failed: %s", type(error).__name__)
            raise KeychainUnavailable(reason="error", detail=type(error).__name__) from error
        return box["value"]


def _checked(entry: str) -> str:
    if not isinstance(entry, str) or not _ENTRY.match(entry):
        raise ValueError("keychain entry names are ids only: use entry_name()")
    return entry
