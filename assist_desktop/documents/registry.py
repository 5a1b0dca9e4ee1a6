"""Document kinds, their template versions and their builders.

A generated document is stored with its kind and template version (documents.TEMPLATE
VERSIONS); bump a version when a builder's or wording file's output changes meaningfully.
"""
from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from assist_desktop.documents.bundle import build_bundle
from assist_desktop.documents.case_summary import build_case_summary
from assist_desktop.documents.children import build_children_report
from assist_desktop.documents.chronology import build_chronology
from assist_desktop.documents.client_care import build_client_care_letter
from assist_desktop.documents.compensation import build_compensation_summary
from assist_desktop.documents.conflict_check import build_conflict_check_record
from assist_desktop.documents.inputs import ChronologyInput, LetterInput, WitnessStatementInput
from assist_desktop.documents.inputs_admin import (
    BundleInput, ClientCareLetterInput, ConflictCheckRecordInput, RecoverySheetInput,
)
from assist_desktop.documents.inputs_cases import (
    CaseSummaryInput, ChildrenReportInput, CompensationSummaryInput,
)
from assist_desktop.documents.layout import draft_mark
from assist_desktop.documents.letters import build_letter
from assist_desktop.documents.recovery_sheet import build_recovery_sheet
from assist_desktop.documents.witness_statement import build_witness_statement


class DocumentKind(StrEnum):
    WITNESS_STATEMENT = "witness_statement"
    CHRONOLOGY = "chronology"
    REPRESENTATIONS = "representations"
    FURTHER_SUBMISSIONS = "further_submissions"
    SUPPORT_LETTER = "support_letter"
    COMPENSATION_SUMMARY = "compensation_summary"
    CHILDREN_REPORT = "children_report"
    CLIENT_CARE_LETTER = "client_care_letter"
    CASE_SUMMARY = "case_summary"
    CONFLICT_CHECK = "conflict_check"
    RECOVERY_SHEET = "recovery_sheet"
    BUNDLE = "bundle"


TEMPLATE_VERSIONS: dict[DocumentKind, int] = {kind: 1 for kind in DocumentKind}
# 2: legal name, forum headings, numbered paragraphs and language certificates in legal
# documents; letters pair the salutation and closing and keep the sign-off with the last
# paragraph; the client care letter meets the SRA Code 8.6-8.11 (supervisor, complaints,
# Ombudsman); the compensation summary takes every amount claimed from the schedule.
TEMPLATE_VERSIONS.update({kind: 2 for kind in (
    DocumentKind.WITNESS_STATEMENT, DocumentKind.CHRONOLOGY,
    DocumentKind.REPRESENTATIONS, DocumentKind.FURTHER_SUBMISSIONS, DocumentKind.SUPPORT_LETTER,
    DocumentKind.CLIENT_CARE_LETTER, DocumentKind.COMPENSATION_SUMMARY)})

_BUILDERS: dict[type, Callable[[Any], bytes]] = {
    WitnessStatementInput: build_witness_statement,
    ChronologyInput: build_chronology,
    LetterInput: build_letter,
    CompensationSummaryInput: build_compensation_summary,
    ChildrenReportInput: build_children_report,
    ClientCareLetterInput: build_client_care_letter,
    CaseSummaryInput: build_case_summary,
    ConflictCheckRecordInput: build_conflict_check_record,
    RecoverySheetInput: build_recovery_sheet,
    BundleInput: build_bundle,
}

_KIND_OF: dict[type, DocumentKind] = {
    WitnessStatementInput: DocumentKind.WITNESS_STATEMENT,
    ChronologyInput: DocumentKind.CHRONOLOGY,
    CompensationSummaryInput: DocumentKind.COMPENSATION_SUMMARY,
    ChildrenReportInput: DocumentKind.CHILDREN_REPORT,
    ClientCareLetterInput: DocumentKind.CLIENT_CARE_LETTER,
    CaseSummaryInput: DocumentKind.CASE_SUMMARY,
    ConflictCheckRecordInput: DocumentKind.CONFLICT_CHECK,
    RecoverySheetInput: DocumentKind.RECOVERY_SHEET,
    BundleInput: DocumentKind.BUNDLE,
}
_LETTER_KINDS = {"representations": DocumentKind.REPRESENTATIONS,
                 "further_submissions": DocumentKind.FURTHER_SUBMISSIONS,
                 "support": DocumentKind.SUPPORT_LETTER}


def kind_of(data: Any) -> DocumentKind:
    """The document kind an input builds (letters by their LetterKind)."""
    if isinstance(data, LetterInput):
        return _LETTER_KINDS[data.kind.value]
    try:
        return _KIND_OF[type(data)]
    except KeyError:
        raise TypeError(f"no document builder for {type(data).__name__}") from None


def build(data: Any, *, draft: bool = False) -> bytes:
    """Build the PDF for any input dataclass; returns the PDF bytes. A draft carries a
    DRAFT watermark on every page (documents.draft.remove_draft_mark takes it off)."""
    builder = _BUILDERS.get(type(data))
    if builder is None:
        raise TypeError(f"no document builder for {type(data).__name__}")
    if draft:
        with draft_mark():
            return builder(data)
    return builder(data)
