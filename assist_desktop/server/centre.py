"""The server's state: sealed or unsealed, and who is signed in from which laptop.

Sealed: the database is closed and no key is in memory; only Status and Unseal answer.
Unsealing is an administrator's sign-in (Vault.unlock, today's code), or, by the centre's
choice, the server unseal secret in the machine's keychain (keychain_unseal.py): the database
opens and its key stays in this process's memory until the server stops or is sealed again
(`server seal`, or an administrator from her laptop: every sign-in ends, the key is dropped).

Each person signs in with her own passphrase, checked against her own key slot (Argon2id,
the same throttle as the unlock window); the server then builds the same Session and
services as a standalone centre, on the one open database, with one change feed for all.
A sign-in is bound to the laptop's certificate serial: its token is refused from any other
laptop, and when that laptop's certificate is revoked.
"""
from __future__ import annotations

import logging
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from assist_desktop.domain.errors import (AssistError, PermissionDenied, StoreLockedError,
                                          WrongKeyError)
from assist_desktop.domain.session import Session
from assist_desktop.security.kdf import KdfPolicy
from assist_desktop.services.audit import AuditLog

log = logging.getLogger(__name__)
REPLAY_MEMORY = 4096     # answers remembered per sign-in, for replayed request ids
SERVER_ACTOR = "@server"             # the audit's actor for a seal nobody signed in asked for


class SealedError(AssistError):
    def __init__(self, note: str = "") -> None:
        super().__init__(note or "The centre server is sealed: an administrator must unseal "
                                 "it before anyone can sign in.")


@dataclass
class RemoteSignIn:
    token: bytes
    serial: str
    device: str
    session: Session
    services: object                  # CentreServices
    methods: dict                     # (service, method) -> bound callable, from the allowlist
    brought_keys: bool = False        # her compartment keys are held until this sign-in ends
    last_used: float = field(default_factory=time.monotonic)
    answers: OrderedDict = field(default_factory=OrderedDict)   # request id -> CallReply
    lock: threading.Lock = field(default_factory=threading.Lock)

    def remember(self, request_id: str, reply) -> None:
        with self.lock:
            self.answers[request_id] = reply
            while len(self.answers) > REPLAY_MEMORY:
                self.answers.popitem(last=False)


class CentreState:
    def __init__(self, data_dir: Path, kdf_policy: KdfPolicy | None = None,
                 idle_seconds: float = 1800):
        from assist_desktop.services.vault import Vault
        self.data_dir = Path(data_dir)
        self.vault = Vault(self.data_dir, kdf_policy=kdf_policy)
        self.kdf_policy = kdf_policy or KdfPolicy()
        from assist_desktop.server.backups import BackupDesk
        from assist_desktop.server.folder import ServerFolder
        self.backups = BackupDesk(self, ServerFolder(self.data_dir))
        self._lock = threading.RLock()
        self._opened = None            # the unsealing administrator's OpenCentre
        self._keys = None              # SharedKeyring: hers, plus the signed-in people's
        self._sign_ins: dict[bytes, RemoteSignIn] = {}
        self.idle_seconds = idle_seconds
        self.on_change = None          # called after sealing or unsealing (server run's state file)
        self.note = ""                 # why it is sealed, told to laptops (a restore: restore.py)
        self.restoring = False         # a restore from a laptop is replacing the database

    def _changed(self) -> None:
        if self.on_change is not None:
            try:
                self.on_change()
            except OSError:
                log.warning("server state file not written")

    # --- sealing ------------------------------------------------------------------------
    @property
    def sealed(self) -> bool:
        return self._opened is None

    @property
    def unsealed_from(self) -> str | None:
        """"keychain", "passphrase", or None while sealed (for the state file)."""
        opened = self._opened
        if opened is None:
            return None
        from assist_desktop.server.keychain_unseal import PROGRAM
        return "keychain" if opened.session.username == PROGRAM else "passphrase"

    def unseal(self, username: str, passphrase: str, device: str = "console") -> None:
        with self._lock:
            if not self.sealed:
                return
            if self.restoring:
                raise AssistError("A backup is being restored on the server: unseal it when the "
                                  "restore has finished.")
            opened = self.vault.unlock(username, passphrase)
            if not opened.session.is_administrator:
                opened.lock()
                raise PermissionDenied("Only an administrator can unseal the centre server.")
            opened.db.write(lambda conn: opened.audit_log.record(
                conn, "unseal", "centre", "1", f"device:{_safe(device)}"))
            self._adopt(opened)
            log.info("centre server unsealed")
        self._changed()

    def unseal_from_keychain(self, keychain) -> None:
        """Unseal with the server unseal secret in this OS account's keychain (the centre's
        choice: server/keychain_unseal.py); KeychainUnsealError (the server stays sealed)
        when it cannot. The data key only: no compartment key comes with it."""
        from assist_desktop.server.keychain_unseal import open_centre
        with self._lock:
            if not self.sealed or self.restoring:
                return
            self._adopt(open_centre(self.vault, keychain))
            log.info("centre server unsealed from the keychain")
        self._changed()

    def _adopt(self, opened) -> None:
        from assist_desktop.services.open_centre import share_keyring
        self._keys = share_keyring(opened.db, opened.keyring)
        self._opened = opened
        self.note = ""

    def seal(self, actor: str = SERVER_ACTOR, detail: str = "stopped", note: str = "") -> bool:
        """Every sign-in ends (audited, their keys forgotten), a "seal" row names who asked
        (`actor`, `detail`: "device:console", "device:<laptop>", "stopped", "restore"), the
        database closes and the data key leaves memory. False if it was sealed already.
        `note`: what laptops are told while it stays sealed (a restore), instead of the plain
        "sealed"."""
        if self._opened is not None:    # a backup or verify under way stops (waited for
            self.backups.abandon()      # outside the lock: calls go on meanwhile)
        with self._lock:
            was_open = self._opened is not None
            if note or was_open:        # a second seal keeps a restore's reason
                self.note = note
            for sign_in in list(self._sign_ins.values()):
                self._end(sign_in)
            if self._opened is not None and self._opened.db.is_open:
                opened = self._opened
                try:
                    opened.db.write(lambda conn: AuditLog(
                        actor, changes=opened.changes, anchor=opened.anchor).record(
                        conn, "seal", "centre", "1", detail))
                except Exception:  # noqa: BLE001 - sealing must succeed even if the audit fails
                    log.warning("seal audit row not written")
            if self._keys is not None:
                self._keys.release_all()
                self._keys = None
            if self._opened is not None:
                self._opened.lock()
                self._opened = None
                log.info("centre server sealed")
        self._changed()
        return was_open

    def seal_for_restore(self, actor: str, detail: str, note: str, cancelled) -> bool:
        """A restore's seal (server/restore.py): unless the server was sealed meanwhile or the
        restore cancelled, mark it restoring (unseal refused) and seal, as one step under the
        lock, so that no other seal comes between the check and this one."""
        with self._lock:
            if self.sealed or cancelled.is_set():
                return False
            self.restoring = True
            self.seal(actor, detail, note=note)
            return True

    def restore_ended(self, note: str) -> None:
        """The restore finished or failed: unsealing is allowed again; `note` says which."""
        with self._lock:
            self.note, self.restoring = note, False

    def seal_for(self, sign_in: RemoteSignIn) -> bool:
        """An administrator's "Seal the server" from her laptop (her own sign-in ends too)."""
        if not sign_in.session.is_administrator:
            raise PermissionDenied("Only an administrator can seal the centre server.")
        if not self.is_current(sign_in):
            raise StoreLockedError("You are signed out. Sign in again to continue.")
        return self.seal(sign_in.session.username, f"device:{_safe(sign_in.device)}")

    def _require_open(self):
        opened = self._opened
        if opened is None:
            raise SealedError(self.note)
        return opened

    def opened(self):
        """The open centre (the unsealing administrator's OpenCentre); SealedError if sealed."""
        return self._require_open()

    @property
    def changes(self):
        return self._require_open().changes

    def centre_info(self):
        return self._require_open().centre

    def staff_labels(self) -> list[tuple[str, str]]:
        return self.vault.user_labels() if not self.sealed else []

    # --- people -------------------------------------------------------------------------
    def sign_in(self, serial: str, device: str, username: str, passphrase: str) -> RemoteSignIn:
        from assist_desktop.services.audit import AuditLog
        from assist_desktop.services.open_centre import admit_keys, build_services
        from assist_desktop.storage.centre_repository import UserRepository
        from assist_desktop.wire.exposed import bind
        opened = self._require_open()
        slot: list = []

        def verify(name: str, secret: str) -> bool:
            found = opened.keeper.open_slot(name, secret)   # her slot's private key, kept
            if found is not None:                           # only by her keyring below
                slot.append(found)
            return found is not None
        self.vault.check_passphrase(username, passphrase, verify)

        def load(conn):
            user = UserRepository().by_username(conn, username.strip())
            if user is None:
                raise WrongKeyError("The username or passphrase is not correct.")
            if user.disabled:
                raise PermissionDenied("This account has been disabled. Ask an administrator.")
            AuditLog(user.username, changes=opened.changes, anchor=opened.anchor).record(
                conn, "sign_in", "user", user.id, f"device:{_safe(device)}")
            return user
        user = opened.db.write(load)
        session = Session(user.id, user.username, user.full_name, user.roles)
        services = build_services(opened.db, session, opened.keeper, opened.centre,
                                  opened.changes, opened.anchor,
                                  audit=DeviceAuditLog(user.username, device,
                                                       changes=opened.changes,
                                                       anchor=opened.anchor))
        sign_in = RemoteSignIn(secrets.token_bytes(32), serial, device, session, services,
                               bind(services))
        sign_in.methods.update(self.backups.methods_for(sign_in))   # server-side, not services
        sign_in.methods[("server", "seal")] = lambda: self.seal_for(sign_in)  # SERVER_CONTROL
        keys = self._keys
        if keys is not None and slot:
            admit_keys(opened.db, keys, opened.keeper, sign_in.token, slot[0], user.username)
            sign_in.brought_keys = True
        with self._lock:
            if self._opened is not opened:    # sealed meanwhile: nothing of hers stays
                if keys is not None:
                    keys.release(sign_in.token)
                raise SealedError()
            self._sign_ins[sign_in.token] = sign_in
        self._changed()
        return sign_in

    def must_change(self, username: str) -> bool:
        return self._require_open().keeper.must_change(username)

    def find(self, token: bytes, serial: str) -> RemoteSignIn:
        """The sign-in for this token, used from the laptop that made it, not idle too long.
        On a sealed server every sign-in has ended: StoreLockedError, so the laptop locks."""
        if self.sealed:                 # a restore's note says why, when there is one
            raise StoreLockedError(self.note or "The centre server has been sealed, so you are "
                                   "signed out. An administrator must unseal it before anyone "
                                   "can sign in again.")
        with self._lock:
            sign_in = self._sign_ins.get(bytes(token))
            if sign_in is None or not secrets.compare_digest(sign_in.serial, serial):
                raise StoreLockedError("You are signed out. Sign in again to continue.")
            if time.monotonic() - sign_in.last_used > self.idle_seconds:
                self._end(sign_in)
                raise StoreLockedError("You were signed out after a time without use. Sign in "
                                       "again to continue.")
            sign_in.last_used = time.monotonic()
            return sign_in

    def sign_out(self, token: bytes, serial: str) -> None:
        with self._lock:
            sign_in = self._sign_ins.get(bytes(token))
            if sign_in is not None and sign_in.serial == serial:
                self._end(sign_in)

    def end_device(self, serial: str) -> None:
        """A revoked laptop: every sign-in it holds ends now."""
        with self._lock:
            for sign_in in [s for s in self._sign_ins.values() if s.serial == serial]:
                self._end(sign_in)

    def end_idle(self) -> int:
        """Sign-ins unused for longer than the idle time end now (not at their next call), so
        the compartment keys they brought are not held meanwhile; returns how many ended."""
        with self._lock:
            now = time.monotonic()
            idle = [s for s in self._sign_ins.values()
                    if now - s.last_used > self.idle_seconds]
            for sign_in in idle:
                self._end(sign_in)
            return len(idle)

    def is_current(self, sign_in: RemoteSignIn) -> bool:
        with self._lock:
            return self._sign_ins.get(sign_in.token) is sign_in

    def _end(self, sign_in: RemoteSignIn) -> None:
        from assist_desktop.services.open_centre import release_keys
        self._sign_ins.pop(sign_in.token, None)
        opened, keys = self._opened, self._keys
        if keys is not None and opened is not None:
            try:
                release_keys(opened.db, keys, sign_in.token)
            finally:
                self._changed()
        if opened is None or not opened.db.is_open:
            return
        from assist_desktop.services.audit import AuditLog
        try:
            opened.db.write(lambda conn: AuditLog(sign_in.session.username, changes=opened.changes)
                            .record(conn, "sign_out", "user", sign_in.session.user_id,
                                    f"device:{_safe(sign_in.device)}"))
        except Exception:  # noqa: BLE001 - signing out must succeed even if the audit fails
            log.warning("sign-out audit row not written")

    def signed_in_count(self) -> int:
        with self._lock:
            return len(self._sign_ins)

    def keys_held_for(self) -> int:
        """How many sign-ins' compartment keys the server holds now (besides the unsealing
        administrator's): a count for the state file, nothing about whose."""
        keys = self._keys
        return keys.guests() if keys is not None else 0


class DeviceAuditLog(AuditLog):
    """A person's audit log on the server, naming the laptop in every row it writes
    ("device:<name>" after the row's own detail)."""

    def __init__(self, actor: str, device: str, **kwargs):
        super().__init__(actor, **kwargs)
        self.device = f"device:{_safe(device)}"

    def _with_device(self, detail: str) -> str:
        return f"{detail} {self.device}".strip()

    def record(self, conn, action, entity, entity_id, detail: str = "") -> None:
        super().record(conn, action, entity, entity_id, self._with_device(detail))

    def record_many(self, conn, action, entity, entity_ids, detail: str = "") -> None:
        super().record_many(conn, action, entity, entity_ids, self._with_device(detail))


def _safe(text: str) -> str:
    """A device name as it may go into an audit detail: no spaces or separators."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in text)[:64]
