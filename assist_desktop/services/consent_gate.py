"""Her consent, checked where a record says it matters (docs/DATA_PROTECTION.md): an action
that needs consent in force for its purpose goes ahead with it; without it, ConsentRequired
says so; a solicitor may go ahead with a reason, kept in consent_overrides and audited by
that row's id (never the reason's text)."""
from __future__ import annotations

from assist_desktop.domain.consents import ConsentKind, ConsentRequired
from assist_desktop.domain.errors import ValidationError
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import RecordOps, changed_fields
from assist_desktop.storage.consent_override_repository import ConsentOverrideRepository

MAX_REASON = 2000


def allowed_or_override(session, kind: ConsentKind, action: str, in_force: bool,
                        override_reason: str | None) -> bool:
    """True when it goes ahead on a solicitor's override; False when consent is in force;
    ConsentRequired (or PermissionDenied for a non-solicitor's reason) otherwise."""
    if in_force:
        return False
    if override_reason is None or not override_reason.strip():
        raise ConsentRequired(kind, action, perm.is_solicitor(session))
    perm.require_solicitor(session, "go ahead without her consent")
    if len(override_reason) > MAX_REASON or "\x00" in override_reason:
        raise ValidationError("reason", f"is too long (at most {MAX_REASON} characters)")
    return True


def record_override(owner, conn, client_id: int, record_kind: str, record_id: int,
                    kind: ConsentKind, reason: str) -> None:
    row = ConsentOverrideRepository().add(conn, client_id, record_kind, record_id, kind.value,
                                          reason.strip(), owner.session.user_id)
    owner._log(conn, "consent_override", record_kind, record_id,
               f"client:{client_id} kind:{kind.value} override:{row}")


class ConsentGatedOps(RecordOps):
    """RecordOps whose create and update check her consent (`_check_consent`, True when the
    write goes ahead on a solicitor's override) and record the override after the write.
    `consent_kind` and `record_kind` name the purpose and the record in consent_overrides;
    `_recheck(existing, record)` says whether an update must be checked again."""
    consent_kind: ConsentKind
    record_kind: str

    def _check_consent(self, conn, record, override_reason: str | None) -> bool:
        raise NotImplementedError

    def _recheck(self, existing, record) -> bool:
        raise NotImplementedError

    def create(self, record, *, override_reason: str | None = None):
        self._require(True)
        record.validate()

        def write(conn):
            self._owner._visible_client(conn, record.client_id)
            self._owner._check_links(conn, record.client_id, record)
            overridden = self._check_consent(conn, record, override_reason)
            stored = self._repo.create(conn, record)
            self._owner._log(conn, "create", self.entity, stored.id, f"client:{record.client_id}")
            self._after(conn, stored, overridden, override_reason)
            return stored
        return self._owner._db.write(write)

    def update(self, record, *, override_reason: str | None = None):
        self._require(True)
        record.validate()

        def write(conn):
            existing = self._existing(conn, record.id)
            if record.client_id != existing.client_id:
                raise ValidationError("client_id", "a record cannot move to another client")
            self._owner._check_links(conn, existing.client_id, record)
            overridden = self._recheck(existing, record) and \
                self._check_consent(conn, record, override_reason)
            stored = self._repo.update(conn, record)
            self._owner._log(conn, "update", self.entity, record.id,
                             f"client:{existing.client_id} fields:{changed_fields(existing, stored)}")
            self._after(conn, stored, overridden, override_reason)
            return stored
        return self._owner._db.write(write)

    def _after(self, conn, stored, overridden: bool, override_reason: str | None) -> None:
        if overridden:
            record_override(self._owner, conn, stored.client_id, self.record_kind, stored.id,
                            self.consent_kind, override_reason or "")
