"""Her consent when a document leaves the store for another organisation (docs/
DATA_PROTECTION.md): a support letter goes to a support provider, a GP, a landlord or a
college, so saving it as a file needs her consent to information sharing in force (the
consent log's latest entry of that kind). Without it ConsentRequired says so; a solicitor may
go ahead with a reason, kept in consent_overrides (record kind 'export', the document's id)
and audited by that row's id, never the reason's text. Documents for a court, tribunal or the
Home Office in her own case are her legal representation and are not held here."""
from __future__ import annotations

from dataclasses import dataclass

from assist_desktop.documents import DocumentKind
from assist_desktop.domain.consents import ConsentKind, sharing_consent_in_force
from assist_desktop.services import consent_gate
from assist_desktop.storage.client_owned_repository import ConsentRepository
from assist_desktop.storage.consent_override_repository import ConsentOverrideRepository

# Documents written to go to another organisation about her.
FOR_ANOTHER_ORGANISATION = frozenset({DocumentKind.SUPPORT_LETTER})
ACTION = "saving this letter to send to another organisation"
PRINT_ACTION = "printing this letter to send to another organisation"


@dataclass(frozen=True)
class SentLetter:
    """A letter for another organisation that left the store (from its audit row): when,
    which document, printed or saved as a file, and whether on a solicitor's override."""
    at: str
    document_id: int
    printed: bool
    on_override: bool


def needs_consent(document) -> bool:
    return kind_needs_consent(document.kind)


def kind_needs_consent(kind) -> bool:
    return str(kind) in {k.value for k in FOR_ANOTHER_ORGANISATION}


def check(session, conn, document, override_reason: str | None, *,
          action: str = ACTION) -> bool:
    """True when the document leaves on a solicitor's override; False when no consent is
    needed or it is in force; ConsentRequired (PermissionDenied for a non-solicitor's
    reason) otherwise."""
    return check_kind(session, conn, document.kind, document.client_id, override_reason,
                      action=action)


def check_kind(session, conn, kind, client_id: int, override_reason: str | None, *,
               action: str = ACTION) -> bool:
    """check() for a document of `kind` about her, before it is made."""
    if not kind_needs_consent(kind):
        return False
    entries = ConsentRepository().list_for_client(conn, client_id)
    return consent_gate.allowed_or_override(session, ConsentKind.INFORMATION_SHARING, action,
                                            sharing_consent_in_force(entries), override_reason)


def letters_sent(rows) -> list[SentLetter]:
    """SentLetter for each audit row (at, action, document id, detail) of a letter that
    went out on her consent or an override."""
    return [SentLetter(at, int(document_id), action == "print", "consent:override" in detail)
            for at, action, document_id, detail in rows]


def record(owner, conn, document, overridden: bool, override_reason: str | None) -> str:
    """Inside the export's transaction: keep an override; the audit detail's suffix."""
    if not needs_consent(document):
        return ""
    if not overridden:
        return " consent:given"
    row = ConsentOverrideRepository().add(
        conn, document.client_id, "export", document.id, ConsentKind.INFORMATION_SHARING.value,
        (override_reason or "").strip(), owner._session.user_id)
    owner._log(conn, "consent_override", "document", document.id,
               f"client:{document.client_id} kind:information_sharing override:{row}")
    return f" consent:override:{row}"
