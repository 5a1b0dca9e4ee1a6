"""PDF documents: builders take plain frozen dataclasses (documents.inputs*) and return bytes.

The only package that imports reportlab and pypdf. No SQL, no Qt. Use from a worker
thread; ReportLab keeps font state per process, so builds are not run in parallel threads
(callers serialise them, e.g. the GUI's single background runner).

    from assist_desktop.documents import build, samples
    pdf = build(samples.witness_statement())
"""
from assist_desktop.documents.inputs import *  # noqa: F401,F403
from assist_desktop.documents.inputs_admin import (  # noqa: F401
    BundleInput, BundleItem, BundleSection, ClientCareLetterInput, ConflictCheckRecordInput,
    ConflictHit, RecoverySheetInput,
)
from assist_desktop.documents.inputs_cases import (  # noqa: F401
    CaseSummaryInput, ChildAction, ChildEntry, ChildrenReportInput, ChildrenReportPurpose,
    CompensationSummaryInput, Contact, KeyDate, LossPeriod, ScheduleItem, SummarySection,
)
from assist_desktop.documents.registry import (  # noqa: F401
    TEMPLATE_VERSIONS, DocumentKind, build, kind_of,
)
from assist_desktop.documents.bundle import build_bundle  # noqa: F401
from assist_desktop.documents.case_summary import build_case_summary  # noqa: F401
from assist_desktop.documents.children import build_children_report  # noqa: F401
from assist_desktop.documents.chronology import build_chronology  # noqa: F401
from assist_desktop.documents.client_care import build_client_care_letter  # noqa: F401
from assist_desktop.documents.compensation import (  # noqa: F401
    build_compensation_summary, item_value, totals,
)
from assist_desktop.documents.conflict_check import build_conflict_check_record  # noqa: F401
from assist_desktop.documents.draft import has_draft_mark, remove_draft_mark  # noqa: F401
from assist_desktop.documents.letters import build_letter  # noqa: F401
from assist_desktop.documents.protect import protect  # noqa: F401
from assist_desktop.documents.recovery_sheet import build_recovery_sheet  # noqa: F401
from assist_desktop.documents.witness_statement import build_witness_statement  # noqa: F401
