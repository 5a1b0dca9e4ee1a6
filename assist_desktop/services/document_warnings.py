"""What the person making a document must put right before it is sent, found in the same
record the document is built from: a client care letter without a separate supervisor or a
complaints contact, a compensation claim whose recorded amount disagrees with its schedule
of loss, a letter from a centre without its regulator line. The document is still made
(a draft); the GUI shows these beside it."""
from __future__ import annotations

from typing import Callable

from assist_desktop.documents import DocumentKind
from assist_desktop.services.document_inputs import CaseFile, DocumentOptions
from assist_desktop.services.document_inputs_admin import client_care_warnings
from assist_desktop.services.document_inputs_claims import compensation_warnings

K = DocumentKind
LETTERS = (K.REPRESENTATIONS, K.FURTHER_SUBMISSIONS, K.SUPPORT_LETTER)


def letter_warnings(case: CaseFile, options: DocumentOptions) -> list[str]:
    out = []
    if not case.centre.regulator_note:
        out.append("The centre has no regulator line (e.g. its SRA number) for the letter's "
                   "footer: an administrator adds it under Administration, Centre details.")
    if not (case.centre.phone or case.centre.email):
        out.append("The letterhead has no telephone or email: an administrator adds them "
                   "under Administration, Centre details.")
    return out


WARNERS: dict[DocumentKind, Callable[[CaseFile, DocumentOptions], list[str]]] = {
    K.CLIENT_CARE_LETTER: client_care_warnings,
    K.COMPENSATION_SUMMARY: compensation_warnings,
    **{kind: letter_warnings for kind in LETTERS},
}


def warnings_for(kind: DocumentKind, case: CaseFile, options: DocumentOptions) -> list[str]:
    warner = WARNERS.get(kind)
    return warner(case, options) if warner else []
