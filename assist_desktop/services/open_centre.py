"""An unlocked centre: the open database, who is signed in, and the services they use.

CentreServices is a plain, typed bundle built once at unlock by build_services(); screens
are handed the one service they need, not the bundle.
"""
from __future__ import annotations

from dataclasses import dataclass

from assist_desktop.domain.session import Session
from assist_desktop.domain.staff import CentreInfo
from assist_desktop.services.audit import AuditLog, AuditService
from assist_desktop.services.key_keeper import KeyKeeper
from assist_desktop.services.settings import SettingsService
from assist_desktop.services.users import UserService
from assist_desktop.storage.database import Database


@dataclass
class CentreServices:
    audit: AuditService
    settings: SettingsService
    users: UserService


def build_services(db: Database, session: Session, keeper: KeyKeeper) -> CentreServices:
    audit_log = AuditLog(session.username)
    return CentreServices(
        audit=AuditService(db, session),
        settings=SettingsService(db, session, audit_log),
        users=UserService(db, session, audit_log, keeper),
    )


class OpenCentre:
    def __init__(self, db: Database, session: Session, centre: CentreInfo, keeper: KeyKeeper,
                 must_change_passphrase: bool = False):
        self.db = db
        self.session = session
        self.centre = centre
        self.keeper = keeper
        self.must_change_passphrase = must_change_passphrase
        self.audit_log = AuditLog(session.username)
        self.services = build_services(db, session, keeper)

    @property
    def is_open(self) -> bool:
        return self.db.is_open

    def lock(self) -> None:
        """Close the connection and drop the key. Safe to call twice."""
        if self.db.is_open:
            try:
                self.db.write(lambda conn: self.audit_log.record(conn, "sign_out", "user",
                                                                 self.session.user_id))
            except Exception:  # noqa: BLE001 - locking must succeed even if the audit write fails
                pass
        self.db.close()
        self.keeper.forget()

    def rotate_data_key(self) -> None:
        """Administrator: re-key the database and re-seal the key to every remaining slot."""
        from assist_desktop.domain.errors import PermissionDenied
        if not self.session.is_administrator:
            raise PermissionDenied("Only an administrator can rotate the data key.")
        self.keeper.rotate(self.db.rekey)
        self.db.write(lambda conn: self.audit_log.record(conn, "rotate_key", "centre", "1"))

    def set_recovery_code(self, code: str) -> None:
        from assist_desktop.domain.errors import PermissionDenied
        if not self.session.is_administrator:
            raise PermissionDenied("Only an administrator can replace the recovery code.")
        self.keeper.set_recovery_code(code)
        self.db.write(lambda conn: self.audit_log.record(conn, "new_recovery_code", "centre", "1"))
