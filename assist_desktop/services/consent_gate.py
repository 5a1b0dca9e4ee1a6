"""Her consent, checked where a record says it matters (docs/DATA_PROTECTION.md): an action
that needs consent in force for its purpose goes ahead with it; without it, ConsentRequired
says so; a solicitor may go ahead with a reason, kept in consent_overrides and audited by
that row's id (never the reason's text)."""
from __future__ import annotations

from assist_desktop.domain.consents import ConsentKind, ConsentRequired
from assist_desktop.domain.errors import ValidationError
from assist_desktop.services import permissions as perm
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
