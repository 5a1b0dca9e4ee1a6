"""An unlocked centre: the open database, who is signed in, and the services they use.

CentreServices is a plain, typed bundle built once at unlock by build_services(); screens
are handed the one service they need, not the bundle.
"""
from __future__ import annotations

import logging
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assist_desktop.services.erasure import remove_old_copies
from assist_desktop.domain.session import Session
from assist_desktop.domain.staff import CentreInfo
from assist_desktop.services.attachments import AttachmentService
from assist_desktop.services.audit import AuditLog, AuditService
from assist_desktop.services.audit_anchor import AnchorWriter, anchor_now
from assist_desktop.services.changes import ChangeSource, LocalChangeFeed
from assist_desktop.services.children import ChildrenService
from assist_desktop.services.client_import import ClientImportService
from assist_desktop.services.clients import ClientService
from assist_desktop.services.compensation import CompensationService
from assist_desktop.services.conflict_check import ConflictCheckService
from assist_desktop.services.deadline_rules import DeadlineRuleService
from assist_desktop.services.interchange import InterchangeService
from assist_desktop.services.key_keeper import KeyKeeper
from assist_desktop.services.list_exports import ListExportService
from assist_desktop.services.matters import MatterService
from assist_desktop.services.asylum import AsylumService
from assist_desktop.services.notes import NoteService
from assist_desktop.services.safety_copies import SafetyCopyService
from assist_desktop.services.safety_screening import SafetyScreeningService
from assist_desktop.services.search import SearchService
from assist_desktop.services.statements import StatementService
from assist_desktop.services.settings import SettingsService, store_origin_key
from assist_desktop.services.support import SupportService
from assist_desktop.services.tasks import TaskService
from assist_desktop.services.time_entries import TimeEntryService
from assist_desktop.services.users import UserService
from assist_desktop.services.address_book import AddressBookService
from assist_desktop.services.centre_details import CentreDetailsService
from assist_desktop.services.deleted_documents import DeletedDocumentService
from assist_desktop.services.statistics import StatisticsService
from assist_desktop.security.backup_auth import new_origin_key
from assist_desktop.services.sealing import Keyring, SharedKeyring
from assist_desktop.domain.errors import StoreLockedError
from assist_desktop.storage import sealed_records, sealed_search
from assist_desktop.storage.database import Database

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # imported when a centre is unlocked: ReportLab is slow to import
    from assist_desktop.services.documents import DocumentService
    from assist_desktop.services.retention import RetentionService
    from assist_desktop.services.sar_log import SarLogService
    from assist_desktop.services.subject_access import SubjectAccessService


@dataclass
class CentreServices:
    audit: AuditService
    settings: SettingsService
    users: UserService
    deadline_rules: DeadlineRuleService
    clients: ClientService
    matters: MatterService
    compensation: CompensationService
    children: ChildrenService
    support: SupportService
    notes: NoteService
    statements: StatementService
    tasks: TaskService
    time_entries: TimeEntryService
    attachments: AttachmentService
    search: SearchService
    conflicts: ConflictCheckService
    safety: SafetyScreeningService
    interchange: InterchangeService
    documents: DocumentService
    centre_details: CentreDetailsService
    address_book: AddressBookService
    safety_copies: SafetyCopyService
    deleted_documents: DeletedDocumentService
    statistics: StatisticsService
    asylum: AsylumService
    client_import: ClientImportService
    list_exports: ListExportService
    changes: ChangeSource | None = None   # what was saved: every open view listens
    # Data protection (#16): subject access package and log, retention review.
    subject_access: "SubjectAccessService | None" = None
    sar_log: "SarLogService | None" = None
    retention: "RetentionService | None" = None



def build_services(db: Database, session: Session, keeper: KeyKeeper,
                   centre: CentreInfo | None = None,
                   changes: LocalChangeFeed | None = None,
                   anchor: AnchorWriter | None = None,
                   audit: AuditLog | None = None) -> CentreServices:
    """`audit`: the log the services write to (a centre server passes one that names the
    laptop in every row); by default the signed-in person's. `anchor` is told each new head
    of the audit chain, to keep the key file's anchor current."""
    from assist_desktop.services.documents import DocumentService
    from assist_desktop.services.retention import RetentionService
    from assist_desktop.services.sar_log import SarLogService
    from assist_desktop.services.subject_access import SubjectAccessService
    changes = changes or LocalChangeFeed(db)
    audit = audit or AuditLog(session.username, changes=changes, anchor=anchor)
    return CentreServices(
        audit=AuditService(db, session, log=audit, slots_path=keeper.slots_path,
                           database_id=centre.database_id if centre else None),
        settings=SettingsService(db, session, audit, keeper),
        users=UserService(db, session, audit, keeper),
        deadline_rules=DeadlineRuleService(db, session, audit),
        clients=ClientService(db, session, audit),
        matters=MatterService(db, session, audit),
        compensation=CompensationService(db, session, audit),
        children=ChildrenService(db, session, audit),
        support=SupportService(db, session, audit),
        notes=NoteService(db, session, audit),
        statements=StatementService(db, session, audit),
        tasks=TaskService(db, session, audit),
        time_entries=TimeEntryService(db, session, audit),
        attachments=AttachmentService(db, session, audit),
        search=SearchService(db, session, audit),
        conflicts=ConflictCheckService(db, session, audit),
        safety=SafetyScreeningService(db, session, audit),
        interchange=InterchangeService(db, session, audit, keeper.kdf_policy),
        documents=DocumentService(db, session, audit, centre),
        centre_details=CentreDetailsService(db, session, audit),
        address_book=AddressBookService(db, session, audit),
        safety_copies=SafetyCopyService(db, session, audit),
        deleted_documents=DeletedDocumentService(db, session, audit),
        statistics=StatisticsService(db, session, audit),
        asylum=AsylumService(db, session, audit),
        client_import=ClientImportService(db, session, audit),
        list_exports=ListExportService(db, session, audit),
        changes=changes,
        subject_access=SubjectAccessService(db, session, audit),
        sar_log=SarLogService(db, session, audit),
        retention=RetentionService(db, session, audit),
    )


def open_keyring(db: Database, keeper: KeyKeeper, username: str | None = None) -> Keyring:
    """The compartment keys of the person signed in, registered for the connection, and the
    compartments brought in line with who is entitled (services/sealing.py)."""
    slot_id, private = keeper.unlocked_slot or (None, None)
    keyring = Keyring(keeper, slot_id, private, username)
    db.read(sealed_records.register, keyring)
    db.add_transaction_listener(keyring.on_transaction)
    try:
        failures = db.write(keyring.reconcile_and_forget)
    except Exception:  # noqa: BLE001 - the centre still opens; the next unlock tries again
        log.exception("sealed compartments could not be reconciled at unlock")
    else:
        if failures:
            log.warning("some sealed records could not be moved to their key at unlock")
    return keyring


def warm_sealed_search(db: Database) -> Future:
    """Build the in-memory index of sealed notes now, in the background: one owner-thread
    job per step, each queuing the next, so calls made meanwhile go between the steps and
    the first search finds the index built (or finishes what is left). The future is done
    when the build is (True) or was given up (False: the centre was locked meanwhile)."""
    done: Future = Future()

    def chain(step: Future) -> None:
        try:
            more = step.result()
        except StoreLockedError:                     # locked meanwhile: nothing to build
            done.set_result(False)
            return
        except Exception:  # noqa: BLE001 - the first search builds it instead
            log.warning("the index of sealed notes was not built ahead of the first search")
            done.set_result(False)
            return
        if not more:
            done.set_result(True)
            return
        try:
            db.submit(sealed_search.build_step).add_done_callback(chain)
        except (StoreLockedError, RuntimeError):    # locked meanwhile: nothing to build
            done.set_result(False)

    try:
        db.submit(sealed_search.build_step).add_done_callback(chain)
    except (StoreLockedError, RuntimeError):
        done.set_result(False)
    return done


def share_keyring(db: Database, keyring: Keyring) -> SharedKeyring:
    """A centre server's sealer, in place of the unsealing administrator's own keyring: hers,
    plus the keys of each person while she is signed in (admit_keys, release_keys)."""
    shared = SharedKeyring(keyring)
    db.read(sealed_records.register, shared)
    db.add_transaction_listener(shared.on_transaction)
    db.read(sealed_records.drop_index)
    warm_sealed_search(db)                 # with every key the server now holds
    return shared


def admit_keys(db: Database, shared: SharedKeyring, keeper: KeyKeeper, token: bytes,
               slot: tuple[str, bytes], username: str) -> None:
    """A person signed in to the server: the compartment keys sealed to her slot open for
    the calls made on this connection until release_keys, and the compartments she holds keys
    for are brought in line (as at her unlock on a standalone centre)."""
    keyring = Keyring(keeper, slot[0], slot[1], username)
    shared.admit(token, keyring)
    try:
        failures = db.write(keyring.reconcile_and_forget)
    except Exception:  # noqa: BLE001 - she still signs in; the next sign-in tries again
        log.exception("sealed compartments could not be reconciled at a server sign-in")
    else:
        if failures:
            log.warning("some sealed records could not be moved to their key at sign-in")
    if db.read(sealed_records.keys_changed, keyring):   # her notes added to the index as
        warm_sealed_search(db)                           # it is, unless it was not built


def release_keys(db: Database, shared: SharedKeyring, token: bytes) -> None:
    """Her sign-in ended: the keys she brought are forgotten, and the in-memory index of
    sealed notes is dropped if it holds a note that opened with her keys alone (otherwise
    kept: another sign-in of hers, or a colleague holding the same keys, still opens all
    of it; building it again at every sign-out held up every call on a busy server)."""
    if not db.is_open:
        shared.release(token)
        return

    def release(conn) -> bool:     # on the owner thread: never under a decryption in flight
        if not shared.release(token):
            return False
        # dropped (and built again) only when a note it holds opened with her keys alone
        return sealed_records.keys_changed(conn)
    try:
        released = db.read(release)
    except StoreLockedError:       # locked meanwhile: the index went with the connection
        shared.release(token)
        return
    if released:
        warm_sealed_search(db)


class OpenCentre:
    def __init__(self, db: Database, session: Session, centre: CentreInfo, keeper: KeyKeeper,
                 must_change_passphrase: bool = False):
        """The index of sealed notes is built when warm_in_background() is called: by the
        Vault once the sign-in's own calls are done (each would otherwise wait behind a step
        of it on the owner thread), or by the desktop once the caseload is on screen (the
        build is Python work that held up the first paint)."""
        self.db = db
        self.session = session
        self.centre = centre
        self.keeper = keeper
        self.must_change_passphrase = must_change_passphrase
        self.keyring = open_keyring(db, keeper, session.username)
        self.sealed_search_ready: Future = Future()   # done when built (True) or given up
        self._warm_started = False
        self.changes = LocalChangeFeed(db)
        self.anchor = AnchorWriter(db, keeper.slots_path, centre.database_id)
        self.audit_log = AuditLog(session.username, changes=self.changes, anchor=self.anchor)
        self.services = build_services(db, session, keeper, centre, self.changes, self.anchor)

    def warm_in_background(self) -> None:
        """Start building the in-memory index of sealed notes (once; before the first search
        if there is time: a search made first builds what it needs itself)."""
        if self._warm_started:
            return
        self._warm_started = True
        ready = self.sealed_search_ready

        def done(built: Future) -> None:
            if not ready.done():
                ready.set_result(built.result())
        warm_sealed_search(self.db).add_done_callback(done)

    @property
    def is_open(self) -> bool:
        return self.db.is_open

    def _closing_row(self, conn) -> None:
        self.audit_log.record(conn, "sign_out", "user", self.session.user_id)

    def lock(self) -> None:
        """Close the connection and drop the key. Safe to call twice."""
        if self.db.is_open:
            try:
                self.db.write(self._closing_row)
            except Exception:  # noqa: BLE001 - locking must succeed even if the audit write fails
                pass
            self.anchor.close()
            try:
                anchor_now(self.db, self.keeper.slots_path, self.centre.database_id,
                           closed=True)
            except Exception:  # noqa: BLE001 - as above: the anchor lags by the last rows
                pass
        if self.db.is_open:
            self.db.read(sealed_records.unregister)
        self.db.close()
        self.keyring.forget()
        self.keeper.forget()

    def rotate_data_key(self) -> None:
        """Administrator: re-key the database and re-seal the key to every remaining slot."""
        from assist_desktop.domain.errors import PermissionDenied
        if not self.session.is_administrator:
            raise PermissionDenied("Only an administrator can rotate the data key.")
        self.keeper.rotate(self.db.rekey)
        self.db.write(lambda conn: self.audit_log.record(conn, "rotate_key", "centre", "1"))
        # Older copies would still open with the old key and passphrases.
        remove_old_copies(self.db, self.audit_log, "rotate_key")

    def replace_recovery_code(self) -> str:
        """Administrator: make a new recovery code, set it (the old one stops opening the
        centre; a new origin key goes with it) and return it, to be shown once."""
        from assist_desktop.security.recovery_code import new_recovery_code
        code = new_recovery_code()
        self.set_recovery_code(code)
        return code

    def set_recovery_code(self, code: str) -> None:
        from assist_desktop.domain.errors import PermissionDenied
        if not self.session.is_administrator:
            raise PermissionDenied("Only an administrator can replace the recovery code.")
        origin = new_origin_key(code)    # backups made from now on prove their origin to it
        self.keeper.set_recovery_code(code)

        def _write(conn):
            store_origin_key(conn, origin)
            self.audit_log.record(conn, "new_recovery_code", "centre", "1")
        self.db.write(_write)
        self.services.users._reseal()       # compartment keys sealed to the new recovery slot


class ProgramCentre(OpenCentre):
    """A centre opened by a program's key slot (Vault.open_as_program): nobody is signed in.
    Its session has no role, so its services refuse everything; a centre server uses only
    its database, key file, change feed and audit chain. Closing it writes no sign-out row
    (nobody signed in); the server records its own "seal" row."""

    def _closing_row(self, conn) -> None:
        return None
