"""Who may make, see, approve and delete which documents (DESIGN.md section 3, issue 5).

- Support workers make support letters and children's needs reports, and see those that are
  not privileged; every other kind is legal work, for solicitors only.
- A document built from privileged notes, or marked privileged, is for solicitors only.
- Solicitors approve documents; a draft can be deleted by its author, anything by a solicitor.
- Administrators without a casework role: nothing at all.
- A restricted client's documents do not exist for anyone not named on her file (the service
  checks the file's visibility before any of this).
"""
from __future__ import annotations

from assist_desktop.documents import DocumentKind
from assist_desktop.domain.errors import PermissionDenied
from assist_desktop.services import permissions as perm
from assist_desktop.storage.document_repository import DocumentStatus, GeneratedDocument

SUPPORT_KINDS = frozenset({DocumentKind.SUPPORT_LETTER, DocumentKind.CHILDREN_REPORT})
# Kinds built from one client's record (the recovery sheet has no client; bundles are
# assembled from stored documents and attachments with DocumentService.bundle).
RECORD_KINDS = frozenset(DocumentKind) - {DocumentKind.RECOVERY_SHEET, DocumentKind.BUNDLE}
# Work product made for the case (legal advice and litigation privilege) unless the caller
# says otherwise.
PRIVILEGED_BY_DEFAULT = frozenset({DocumentKind.WITNESS_STATEMENT, DocumentKind.CHRONOLOGY,
                                   DocumentKind.CASE_SUMMARY,
                                   DocumentKind.COMPENSATION_SUMMARY})

def may_create(session, kind: DocumentKind) -> bool:
    if not perm.has_casework_role(session):
        return False
    return perm.is_solicitor(session) or DocumentKind(kind) in SUPPORT_KINDS


def require_create(session, kind: DocumentKind) -> None:
    perm.require_casework(session)
    if not may_create(session, kind):
        raise PermissionDenied("Only a solicitor can make this kind of document. Support "
                               "workers can make support letters and children's needs "
                               "reports.")


def readable_kinds(session) -> frozenset[str] | None:
    """The kinds this person may see (None: every kind)."""
    if perm.is_solicitor(session):
        return None
    return frozenset(k.value for k in SUPPORT_KINDS)


def may_read(session, document: GeneratedDocument) -> bool:
    if not perm.has_casework_role(session):
        return False
    if perm.is_solicitor(session):
        return True
    return document.kind in {k.value for k in SUPPORT_KINDS} and not document.privileged


def may_delete(session, document: GeneratedDocument) -> bool:
    if not may_read(session, document):
        return False
    if perm.is_solicitor(session):
        return True
    return (document.status == DocumentStatus.DRAFT
            and document.author_id == session.user_id)


def default_privileged(kind: DocumentKind) -> bool:
    return DocumentKind(kind) in PRIVILEGED_BY_DEFAULT
