"""Chronology events from her asylum claim and appeal steps and her age assessments
(domain/asylum.py). Pure functions of the CaseFile; the reader (document_sources.py) gives a
support worker's file steps without bodies, references or notes."""
from __future__ import annotations

from datetime import date

from assist_desktop.domain.asylum import AgeAssessor, AgeOutcome, AsylumOutcome, AsylumStep
from assist_desktop.domain.records import Jurisdiction

Event = tuple[date, str, str]

_STEPS = {
    AsylumStep.CLAIM: "Asylum claim made",
    AsylumStep.SCREENING_INTERVIEW: "Asylum screening interview",
    AsylumStep.SUBSTANTIVE_INTERVIEW: "Substantive asylum interview",
    AsylumStep.DECISION: "Decision on the asylum claim",
    AsylumStep.APPEAL_LODGED: "Appeal lodged",
    AsylumStep.HEARING: "Appeal hearing",
    AsylumStep.DETERMINATION: "Appeal determined",
    AsylumStep.ONWARD_APPEAL: "Onward appeal",
}
_IRELAND = {
    AsylumStep.CLAIM: "International protection application made",
    AsylumStep.SCREENING_INTERVIEW: "Preliminary interview",
    AsylumStep.SUBSTANTIVE_INTERVIEW: "Substantive (section 35) interview",
    AsylumStep.DECISION: "Decision on the international protection application",
}
_OUTCOMES = {
    AsylumOutcome.GRANTED_REFUGEE: "refugee status granted",
    AsylumOutcome.GRANTED_HUMANITARIAN: "humanitarian or subsidiary protection granted",
    AsylumOutcome.GRANTED_OTHER: "other leave granted",
    AsylumOutcome.REFUSED: "refused",
    AsylumOutcome.REFUSED_CERTIFIED: "refused and certified",
    AsylumOutcome.WITHDRAWN: "withdrawn",
    AsylumOutcome.ALLOWED: "allowed",
    AsylumOutcome.DISMISSED: "dismissed",
    AsylumOutcome.REMITTED: "remitted",
    AsylumOutcome.PERMISSION_GRANTED: "permission to appeal granted",
    AsylumOutcome.PERMISSION_REFUSED: "permission to appeal refused",
}
_ASSESSORS = {
    AgeAssessor.LOCAL_AUTHORITY: "the local authority",
    AgeAssessor.HOME_OFFICE: "the Home Office",
    AgeAssessor.NATIONAL_AGE_ASSESSMENT_BOARD: "the National Age Assessment Board",
    AgeAssessor.TUSLA: "Tusla",
    AgeAssessor.TRIBUNAL_OR_COURT: "the tribunal or court",
    AgeAssessor.OTHER: "",
}
_AGE_OUTCOMES = {
    AgeOutcome.PENDING: "",
    AgeOutcome.ACCEPTED_AS_CHILD: "accepted as a child",
    AgeOutcome.ASSESSED_AS_ADULT: "assessed as an adult",
    AgeOutcome.ASSESSED_OTHER_AGE: "assessed as a child of a different age",
    AgeOutcome.BENEFIT_OF_DOUBT: "given the benefit of the doubt as a child",
}


def asylum_events(case, in_scope) -> list[Event]:
    events: list[Event] = []
    ireland = str(case.jurisdiction) == Jurisdiction.IRELAND.value
    for e in case.asylum:
        if not in_scope(case, e.matter_id):
            continue
        text = (_IRELAND.get(e.step) if ireland else None) or _STEPS[AsylumStep(e.step)]
        outcome = _OUTCOMES.get(e.outcome, "")
        if outcome:
            text += f": {outcome}"
        if e.body:
            text += f" ({e.body})"
        if e.recording_requested:
            text += "; a copy of the recording was requested"
        source = "Asylum record" + (f", reference {e.reference}" if e.reference else "")
        events.append((e.dated, text, source))
    for a in case.age_assessments:
        if not in_scope(case, a.matter_id):
            continue
        by = a.assessing_body or _ASSESSORS.get(a.assessor, "")
        text = "Age assessed" + (f" by {by}" if by else "")
        found = _AGE_OUTCOMES.get(a.outcome, "")
        if found:
            text += f": {found}"
        if a.assessed_age is not None:
            text += f" (age {a.assessed_age})"
        events.append((a.assessed_on, text, "Age assessment"))
        if a.challenged_on:
            challenge = "Age assessment challenged"
            if a.challenge_outcome:
                challenge += f": {a.challenge_outcome}"
            events.append((a.challenged_on, challenge, "Age assessment"))
    return events
