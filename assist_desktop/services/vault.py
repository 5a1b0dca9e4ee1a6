"""Creating and unlocking a centre's encrypted store: the one door into the data.

Unlock order: throttle check -> key slot (Argon2id, wrong passphrase detected here, by the
AEAD tag) -> database opened with the raw data key -> centre matches the key file ->
account exists and is enabled -> session. On any error nothing is created or rewritten.
"""
from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from assist_desktop.domain.errors import (DamagedStoreError, KeySlotError, NotFound,
                                          PermissionDenied, StoreExistsError, StoreMissingError,
                                          ValidationError, WrongKeyError)
from assist_desktop.platform import paths, safety_copies
from assist_desktop.security.kdf import KdfPolicy
from assist_desktop.security.key_slots import KeySlotFile, Slot
from assist_desktop.security.roles import Role
from assist_desktop.security.throttle import UNKNOWN, UnlockThrottle

# The unlock window is on screen before any of these is imported: the store, the services
# and the passphrase checker are imported by the methods that use them, on the task thread
# (app.py warms them while the person types the passphrase).
if TYPE_CHECKING:
    from assist_desktop.security.passphrase_policy import PassphraseVerdict
    from assist_desktop.services.open_centre import OpenCentre
    from assist_desktop.storage.database import Database

log = logging.getLogger(__name__)
RECOVERY = "@recovery"  # the throttle's name for recovery-code attempts (not a username)


class Vault:
    def __init__(self, data_dir: Path | str, *, kdf_policy: KdfPolicy | None = None,
                 keychain=None):
        self.data_dir = Path(data_dir)
        self.db_path = self.data_dir / paths.DATABASE_FILE
        self.slots_path = self.data_dir / paths.KEYSLOT_FILE
        self._kdf = kdf_policy or KdfPolicy()
        self._keychain = keychain
        self._throttle = UnlockThrottle(self.slots_path)
        # False: a centre opened here builds its index of sealed notes when its user calls
        # warm_in_background() (the desktop, once the caseload is on screen), not at once
        self.warm_at_unlock = True

    # --- what is there ------------------------------------------------------------------
    def exists(self) -> bool:
        """True when anything of a centre is here, not only a whole database: a folder with a
        key file, a WAL or an interrupted restore must never be offered the first-run wizard."""
        if self.db_path.exists() or self.slots_path.exists():
            return True
        names = (f"{paths.DATABASE_FILE}-wal", paths.RESTORE_JOURNAL_FILE)
        return any((self.data_dir / name).exists() for name in names) or \
            any(self.data_dir.glob(f"{paths.RESTORE_SAFETY_PREFIX}*"))

    def usernames(self) -> list[str]:
        if not self.slots_path.exists():
            return []
        return KeySlotFile.load(self.slots_path).usernames()

    def user_labels(self) -> list[tuple[str, str]]:
        """(username, full name) for "Choose your name"; the username where no name is known."""
        if not self.slots_path.exists():
            return []
        return KeySlotFile.load(self.slots_path).labels()

    def throttle_remaining(self, username: str = "") -> float:
        return self._throttle.remaining(self._bucket(username))

    def _bucket(self, username: str, slots: KeySlotFile | None = None) -> str:
        """The throttle's bucket: the account's own, or one shared by every unknown name."""
        try:
            slots = slots or KeySlotFile.load(self.slots_path)
        except KeySlotError:
            return UNKNOWN
        slot = slots.find("passphrase", username.strip())
        return slot.username.casefold() if slot is not None and slot.username else UNKNOWN

    @staticmethod
    def passphrase_problems(passphrase: str, user_inputs=(), min_score: int = 3) -> PassphraseVerdict:
        from assist_desktop.security.passphrase_policy import assess
        return assess(passphrase, min_score, tuple(user_inputs))

    # --- create -------------------------------------------------------------------------
    def create(self, *, centre_name: str, jurisdiction: str, address: str = "",
               admin_username: str, admin_full_name: str, passphrase: str,
               roles=(Role.ADMINISTRATOR,)) -> tuple[OpenCentre, str]:
        """Create the database, the first administrator and the recovery slot.

        Returns the open centre and the recovery code, which is shown once and stored nowhere.
        """
        from assist_desktop.domain.staff import JURISDICTIONS, CentreInfo, username_problem
        from assist_desktop.platform.clock import utc_now
        from assist_desktop.security import envelope
        from assist_desktop.security.backup_auth import new_origin_key
        from assist_desktop.security.recovery_code import new_recovery_code
        from assist_desktop.security.audit_chain import signed_anchor
        from assist_desktop.services.audit import AuditLog
        from assist_desktop.services.audit_anchor import new_audit_key
        from assist_desktop.services.key_keeper import slots_lock
        from assist_desktop.services.settings import store_origin_key
        from assist_desktop.storage.audit_repository import AuditRepository
        from assist_desktop.services.users import check_passphrase, parse_roles
        from assist_desktop.storage.centre_repository import CentreRepository, UserRepository
        from assist_desktop.storage.database import Database
        centre_name = " ".join(centre_name.split())
        if not centre_name or len(centre_name) > 200:
            raise ValidationError("centre name", "give the centre's name (at most 200 characters)")
        if jurisdiction not in JURISDICTIONS:
            raise ValidationError("jurisdiction", "choose england-wales, scotland or ireland")
        admin_username = admin_username.strip().lower()
        problem = username_problem(admin_username)
        if problem:
            raise ValidationError("username", problem)
        admin_full_name = " ".join(admin_full_name.split()) or admin_username
        role_set = parse_roles(roles) | {str(Role.ADMINISTRATOR)}
        check_passphrase(passphrase, 3, (admin_username, admin_full_name, centre_name))
        if self.exists():
            raise StoreExistsError("This data folder already holds an ASSIST database or its key "
                                   "file. Nothing was changed.")
        paths.ensure_private_dir(self.data_dir)

        database_id = str(uuid.uuid4())
        data_key = envelope.new_data_key()
        code = new_recovery_code()
        slots = KeySlotFile(database_id=database_id)
        slots.add_passphrase_slot(admin_username, passphrase, data_key, self._kdf.parameters())
        slots.names[admin_username] = admin_full_name
        slots.add_recovery_slot(code, data_key)

        # The database is built under a temporary name and renamed into place last, so a
        # crash part-way leaves no half-made database under the real name.
        building = self.data_dir / f".{paths.DATABASE_FILE}.creating"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{building}{suffix}").unlink(missing_ok=True)
        db = Database.create(building, data_key)
        try:
            now = utc_now()
            info = CentreInfo(database_id, centre_name, jurisdiction, address.strip(), now)

            origin = new_origin_key(code)

            def _init(conn):
                CentreRepository().create(conn, info)
                store_origin_key(conn, origin)
                audit_key = new_audit_key(conn, data_key, database_id)
                user = UserRepository().add(conn, admin_username, admin_full_name, role_set, now)
                AuditLog(admin_username).record(conn, "create_centre", "centre", "1")
                seq, link = AuditRepository().last(conn)
                return signed_anchor(audit_key, database_id, seq, link)
            slots.audit_anchor = db.write(_init).to_json()
        finally:
            db.close()
        with slots_lock(self.slots_path):
            if self.slots_path.exists():
                raise StoreExistsError()
            slots.save(self.slots_path)
            building.replace(self.db_path)
        return self.unlock(admin_username, passphrase), code

    # --- unlock -------------------------------------------------------------------------
    def _slots(self) -> KeySlotFile:
        if not self.db_path.exists():
            raise StoreMissingError()
        return KeySlotFile.load(self.slots_path)

    def _open(self, slots: KeySlotFile, keys: list[bytes]) -> tuple[Database, bytes, int]:
        """Open with the slot's key; during an interrupted rotation, try the pending one.

        Then settle the key file: finish or abandon an interrupted rotation, and drop any slot
        that no holder of the data key made. Returns the database, its key and how many
        slots were dropped.
        """
        from assist_desktop.services.key_keeper import slots_lock
        from assist_desktop.storage.database import Database
        for key in keys:
            try:
                db = Database.open(self.db_path, key)
            except WrongKeyError:
                continue
            with slots_lock(self.slots_path):
                current = KeySlotFile.load(self.slots_path)
                dropped, changed = 0, current.upgrade_unsigned(key)
                if current.pending is not None:
                    before = len(current.slots)
                    if current.is_pending_key(key):
                        current.finish_rotation(key)  # killed after the re-key: new key holds
                    else:
                        current.abandon_rotation()    # killed before the re-key: old key holds
                        current.drop_unauthentic(key)
                    dropped, changed = before - len(current.slots), True
                else:
                    dropped = current.drop_unauthentic(key)
                    changed = changed or dropped > 0
                if changed:
                    current.save(self.slots_path)
            return db, key, dropped
        # The slot authenticated, so the key is right for the key file: the database file is
        # damaged or belongs to another key file.
        raise DamagedStoreError("The database file does not open with its key file: it is "
                                "damaged or was replaced. Restore it from a backup.")

    def _sign_in(self, slots: KeySlotFile, slot: Slot, private: bytes, username: str,
                 action: str) -> OpenCentre:
        from assist_desktop.domain.session import Session
        from assist_desktop.services.key_keeper import KeyKeeper
        from assist_desktop.services.open_centre import OpenCentre
        from assist_desktop.services.settings import read_policy
        from assist_desktop.storage.centre_repository import UserRepository
        if slot.kind == "device" and slot.username and slot.username.startswith("@"):
            raise WrongKeyError("This key slot is not for signing in.")
        db, key, dropped = self._open(slots, slots.data_keys(slot, private))
        try:
            def _load(conn):
                centre = _centre_of(conn, slots)
                user = UserRepository().by_username(conn, username)
                if user is None:
                    raise NotFound("staff account")
                if user.disabled:
                    raise PermissionDenied("This account has been disabled. Ask an administrator.")
                _record_opening(conn, slots, key, user.username, dropped,
                                lambda audit: audit.record(conn, action, "user", user.id))
                policy = read_policy(conn)
                if slot.kind == "device" and not policy.device_unlock_allowed:
                    raise PermissionDenied("Unlocking from this computer is no longer allowed. "
                                           "Use your passphrase.")
                return centre, user, policy.safety_copy_days
            centre, user, days = db.write(_load)
            self._settle_safety_copies(db, user, days)
        except BaseException:
            db.close()
            raise
        session = Session(user.id, user.username, user.full_name, user.roles)
        keeper = KeyKeeper(self.slots_path, key, self._kdf, slot=(slot.id, private))
        try:                        # "Choose your name" shows her name from now on
            keeper.set_display_name(user.username, user.full_name)
        except (OSError, KeySlotError):
            log.warning("display name not written to the key file")
        opened = OpenCentre(db, session, centre, keeper, must_change_passphrase=slot.must_change)
        opened.anchor.settle(db)    # checked above, any mismatch recorded: the head is the anchor
        if self.warm_at_unlock:     # else the desktop starts it once the caseload is painted
            opened.warm_in_background()
        return opened

    def _settle_safety_copies(self, db, user, days: int) -> None:
        """An administrator's sign-in confirms a restore (the restored centre opens and an
        administrator is using it): its safety copies' clock starts. Every sign-in then
        removes the copies older than the centre's setting, and audits it."""
        confirmed = expired = 0
        try:
            if Role.ADMINISTRATOR in user.roles:
                confirmed = safety_copies.confirm_all(self.data_dir)
            expired = safety_copies.expire(self.data_dir, days)
        except OSError:
            log.warning("safety copies could not be settled at sign-in")
        if confirmed or expired:
            from assist_desktop.services.audit import AuditLog

            def _write(conn):
                audit = AuditLog(user.username)
                if confirmed:
                    audit.record(conn, "restore_confirmed", "centre", "1", f"count:{confirmed}")
                if expired:
                    audit.record(conn, "safety_copies_removed", "centre", "1",
                                 f"expired count:{expired}")
            db.write(_write)

    def unlock(self, username: str, passphrase: str) -> OpenCentre:
        slots = self._slots()
        slot = slots.find("passphrase", username.strip())
        bucket = self._bucket(username, slots)
        self._throttle.begin(bucket)        # counted now, before the KDF; cleared on success
        try:
            if slot is None:
                # Same cost (a real slot's Argon2id parameters) and the same message as a
                # wrong passphrase.
                _dummy_kdf(slots, passphrase)
                raise WrongKeyError("The username or passphrase is not correct.")
            private = slots.private_key(slot, KeySlotFile.passphrase_kek(slot, passphrase))
        except WrongKeyError:
            self._throttle.failed(bucket)
            raise WrongKeyError("The username or passphrase is not correct.") from None
        self._throttle.succeeded(bucket)
        return self._sign_in(slots, slot, private, slot.username, "sign_in")

    def check_passphrase(self, username: str, passphrase: str, verify) -> None:
        """A sign-in to an open centre (a centre server's laptops), throttled as unlock is:
        `verify(username, passphrase)` says whether the passphrase opens the account's slot;
        an unknown name costs what a known one does. WrongKeyError when it does not."""
        slots = self._slots()
        bucket = self._bucket(username, slots)
        self._throttle.begin(bucket)
        if slots.find("passphrase", username.strip()) is None:
            _dummy_kdf(slots, passphrase)
            ok = False
        else:
            ok = verify(username.strip(), passphrase)
        if not ok:
            self._throttle.failed(bucket)
            raise WrongKeyError("The username or passphrase is not correct.")
        self._throttle.succeeded(bucket)

    def recover(self, recovery_code: str, username: str, new_passphrase: str) -> OpenCentre:
        """Every passphrase lost: the recovery code sets a new one for an administrator."""
        from assist_desktop.security import envelope
        from assist_desktop.security.recovery_code import normalise
        from assist_desktop.services.users import check_passphrase
        try:
            code = normalise(recovery_code)
        except ValueError as exc:
            raise ValidationError("recovery code", str(exc)) from None
        check_passphrase(new_passphrase, 3, (username,))
        slots = self._slots()
        self._throttle.begin(RECOVERY)
        slot = slots.find("recovery")
        if slot is None:
            raise KeySlotError("This centre has no recovery code.")
        kek = envelope.secret_key_from_high_entropy(code.encode("ascii"), b"recovery")
        try:
            private = slots.private_key(slot, kek)
        except WrongKeyError:
            self._throttle.failed(RECOVERY)
            raise WrongKeyError("The recovery code is not correct.") from None
        self._throttle.succeeded(RECOVERY)
        centre = self._sign_in(slots, slot, private, username.strip().lower(), "recover_access")
        if not centre.session.is_administrator:
            centre.lock()
            raise PermissionDenied("The recovery code can only restore an administrator's access.")
        centre.keeper.set_passphrase(centre.session.username, new_passphrase)
        centre.services.users._reseal()     # her new slot gets the keys the recovery slot opened
        return centre

    # --- this computer ------------------------------------------------------------------
    def keychain_available(self) -> bool:
        """A real OS keychain answers on this computer (the fail/null/plaintext ones do not count)."""
        if self._keychain is None:
            return False
        try:
            return bool(self._keychain.available())
        except Exception:  # noqa: BLE001 - any keychain trouble means "use the passphrase"
            return False

    def device_unlock_available(self, username: str) -> bool:
        if self._keychain is None or not self.slots_path.exists():
            return False
        slot = KeySlotFile.load(self.slots_path).find("device", username)
        return slot is not None and self._keychain.available() and \
            slot.backend == self._keychain.backend_id()

    def unlock_with_device(self, username: str) -> OpenCentre:
        from assist_desktop.security import envelope
        from assist_desktop.security.device_keychain import KeychainUnavailable
        slots = self._slots()
        slot = slots.find("device", username)
        if slot is None or self._keychain is None:
            raise WrongKeyError("This computer is not set up to unlock for this user.")
        if not self.keychain_available():
            # Locked, not running, timed out or refused: not the same as "changed".
            raise KeychainUnavailable("The keychain on this computer is not available now (it "
                                      "may be locked or not running). Use your passphrase.")
        if slot.backend != self._keychain.backend_id():
            raise KeychainUnavailable("The keychain on this computer changed. Use your "
                                      "passphrase.")
        secret = self._keychain.load(device_entry(slots.database_id, slot.username))
        if secret is None:
            raise KeychainUnavailable("The keychain no longer holds this computer's key. Use "
                                      "your passphrase.")
        kek = envelope.secret_key_from_high_entropy(secret, b"device")
        private = slots.private_key(slot, kek)
        return self._sign_in(slots, slot, private, slot.username, "sign_in_device")

    def open_as_program(self, program: str, secret: bytes, action: str,
                        detail: str = "") -> OpenCentre:
        """A program's device slot (`@server-keychain`: a name no person can have) opens the
        centre with nobody signed in: the database, its key and the key file, audited as
        `action` by the program. Its session has no role (the services it carries refuse
        everything) and no compartment key is sealed to the slot, so privileged and
        restricted records stay sealed. WrongKeyError if the slot is missing or the secret
        does not open it; nothing is created or rewritten then."""
        from assist_desktop.domain.session import Session
        from assist_desktop.security import envelope
        from assist_desktop.services.key_keeper import KeyKeeper
        from assist_desktop.services.open_centre import ProgramCentre
        if not program.startswith("@"):
            raise ValueError("a program's slot name starts with '@'")
        slots = self._slots()
        slot = slots.find("device", program)
        if slot is None:
            raise WrongKeyError("This centre's key file has no key slot for this program.")
        private = slots.private_key(slot, envelope.secret_key_from_high_entropy(secret,
                                                                                b"device"))
        db, key, dropped = self._open(slots, slots.data_keys(slot, private))
        try:
            def _load(conn):
                centre = _centre_of(conn, slots)
                _record_opening(conn, slots, key, program, dropped,
                                lambda audit: audit.record(conn, action, "centre", "1", detail))
                return centre
            centre = db.write(_load)
        except BaseException:
            db.close()
            raise
        session = Session(0, program, program, frozenset())
        keeper = KeyKeeper(self.slots_path, key, self._kdf, slot=(slot.id, private))
        opened = ProgramCentre(db, session, centre, keeper)
        opened.anchor.settle(db)
        if self.warm_at_unlock:
            opened.warm_in_background()
        return opened

    def remember_on_this_computer(self, centre: OpenCentre) -> None:
        """Add a device slot for the signed-in user, if the administrator allows it."""
        import os
        if self._keychain is None or not self._keychain.available():
            raise ValidationError("keychain", "no secure keychain is available on this computer")
        if not centre.services.settings.policy().device_unlock_allowed:
            raise PermissionDenied("An administrator has not allowed unlocking from this computer.")
        secret = os.urandom(32)
        username = centre.session.username
        self._keychain.store(device_entry(centre.centre.database_id, username), secret)
        centre.keeper.add_device_slot(username, secret, self._keychain.backend_id())

    def forget_this_computer(self, centre: OpenCentre) -> None:
        username = centre.session.username
        centre.keeper.remove_device_slot(username)
        if self._keychain is not None:
            try:
                self._keychain.delete(device_entry(centre.centre.database_id, username))
            except Exception:  # noqa: BLE001 - the slot is gone; a stale secret opens nothing
                log.warning("keychain delete failed")


def _dummy_kdf(slots: KeySlotFile, passphrase: str) -> None:
    """Run Argon2id as a real slot would (its parameters, a throwaway salt), for a name that
    has no account: an unknown name costs what a known one does."""
    import os

    from assist_desktop.security import kdf
    from assist_desktop.security.key_slots import normalise_passphrase
    for slot in slots.slots:
        if slot.kind == "passphrase":
            params = kdf.KdfParameters.from_json(slot.private_sealed["kdf"])
            kdf.derive(normalise_passphrase(passphrase), os.urandom(len(
                slot.private_sealed["salt"])), params)
            return


def device_entry(database_id: str, username: str) -> str:
    """Keychain entry name: the database id and a hash of the username, no client data."""
    from assist_desktop.security.device_keychain import entry_name
    return entry_name(database_id, username)


def _centre_of(conn, slots):
    """The centre in this database, refused unless the key file is this database's."""
    from assist_desktop.storage.centre_repository import CentreRepository
    centre = CentreRepository().get(conn)
    if centre is None or centre.database_id != slots.database_id:
        raise KeySlotError("The key file does not belong to this database.")
    return centre


def _record_opening(conn, slots, key: bytes, actor: str, dropped: int, record) -> None:
    """In the opening transaction: the audit chain checked against the key file's anchor
    before anything is appended (an older centre's chain is keyed, re-linked once, here),
    then record(audit) writes the opening's own row, then any mismatch and rejected slots."""
    from assist_desktop.services import audit_anchor
    from assist_desktop.services.audit import AuditLog
    mismatch = audit_anchor.unlock_problem(conn, slots.audit_anchor, slots.database_id)
    if audit_anchor.ensure_keyed(conn, key, slots.database_id, actor) \
            and slots.audit_anchor is not None:
        mismatch = "the key file holds an anchor but the chain was not keyed"
    audit = AuditLog(actor)
    record(audit)
    if mismatch:
        audit.record(conn, audit_anchor.MISMATCH_ACTION, "audit_log", "", mismatch)
    if dropped:
        audit.record(conn, "key_slots_rejected", "centre", "1", f"count:{dropped}")
