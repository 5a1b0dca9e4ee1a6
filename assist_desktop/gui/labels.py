"""Words for the codes the services use (roles, enums), translatable.

The English text of each code is marked with QT_TRANSLATE_NOOP so lupdate finds it, and
looked up through QCoreApplication.translate at run time. Unknown codes fall back to a
readable version of the code itself.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

_CONTEXT = "labels"

LABELS: dict[str, str] = {
    # subject access requests
    "subject_access": QT_TRANSLATE_NOOP("labels", "Subject access"),
    "received": QT_TRANSLATE_NOOP("labels", "Received from her"),
    "made": QT_TRANSLATE_NOOP("labels", "Made for her"),
    # roles
    "administrator": QT_TRANSLATE_NOOP("labels", "Administrator"),
    "solicitor": QT_TRANSLATE_NOOP("labels", "Solicitor"),
    "support_worker": QT_TRANSLATE_NOOP("labels", "Support worker"),
    # jurisdictions
    "england-wales": QT_TRANSLATE_NOOP("labels", "England & Wales"),
    "scotland": QT_TRANSLATE_NOOP("labels", "Scotland"),
    "ireland": QT_TRANSLATE_NOOP("labels", "Republic of Ireland"),
    # safety flags
    "trafficker_has_contact": QT_TRANSLATE_NOOP("labels", "Trafficker has contact with her"),
    "re_trafficking_risk": QT_TRANSLATE_NOOP("labels", "Risk of re-trafficking"),
    "address_known_to_trafficker": QT_TRANSLATE_NOOP("labels", "Address known to trafficker"),
    "children_used_as_leverage": QT_TRANSLATE_NOOP("labels", "Children used as leverage"),
    "family_threatened": QT_TRANSLATE_NOOP("labels", "Family threatened"),
    "debt_bondage": QT_TRANSLATE_NOOP("labels", "Debt bondage"),
    "self_harm_risk": QT_TRANSLATE_NOOP("labels", "Risk of self-harm"),
    "safety_alert": QT_TRANSLATE_NOOP("labels", "Safety alert from screening"),
    # safe contact
    "phone_call": QT_TRANSLATE_NOOP("labels", "Phone call"),
    "text_message": QT_TRANSLATE_NOOP("labels", "Text message"),
    "email": QT_TRANSLATE_NOOP("labels", "Email"),
    "letter": QT_TRANSLATE_NOOP("labels", "Letter"),
    "in_person": QT_TRANSLATE_NOOP("labels", "In person"),
    "via_key_worker": QT_TRANSLATE_NOOP("labels", "Only through her key worker"),
    "via_named_person": QT_TRANSLATE_NOOP("labels", "Through a named person"),
    "no_contact": QT_TRANSLATE_NOOP("labels", "Do not contact"),
    # matter types and status
    "identification": QT_TRANSLATE_NOOP("labels", "Identification (NRM)"),
    "asylum_claim": QT_TRANSLATE_NOOP("labels", "Asylum claim"),
    "fresh_claim": QT_TRANSLATE_NOOP("labels", "Fresh claim"),
    "appeal": QT_TRANSLATE_NOOP("labels", "Appeal"),
    "judicial_review": QT_TRANSLATE_NOOP("labels", "Judicial review"),
    "criminal_proceedings_witness": QT_TRANSLATE_NOOP("labels", "Criminal proceedings (witness)"),
    "compensation": QT_TRANSLATE_NOOP("labels", "Compensation"),
    "employment": QT_TRANSLATE_NOOP("labels", "Employment"),
    "civil_claim": QT_TRANSLATE_NOOP("labels", "Civil claim"),
    "family_children": QT_TRANSLATE_NOOP("labels", "Family and children"),
    "age_assessment": QT_TRANSLATE_NOOP("labels", "Age assessment"),
    "housing_welfare": QT_TRANSLATE_NOOP("labels", "Housing and welfare"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
    "open": QT_TRANSLATE_NOOP("labels", "Open"),
    "on_hold": QT_TRANSLATE_NOOP("labels", "On hold"),
    "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
    # notes and tasks
    "meeting": QT_TRANSLATE_NOOP("labels", "Meeting"),
    "phone": QT_TRANSLATE_NOOP("labels", "Phone call"),
    "hearing": QT_TRANSLATE_NOOP("labels", "Hearing"),
    "task": QT_TRANSLATE_NOOP("labels", "Task"),
    "deadline": QT_TRANSLATE_NOOP("labels", "Deadline"),
    # immigration status
    "unknown": QT_TRANSLATE_NOOP("labels", "Not known"),
    "no_status": QT_TRANSLATE_NOOP("labels", "No status"),
    "asylum_seeker": QT_TRANSLATE_NOOP("labels", "Asylum seeker"),
    "appeal_pending": QT_TRANSLATE_NOOP("labels", "Appeal pending"),
    "refugee": QT_TRANSLATE_NOOP("labels", "Refugee"),
    "humanitarian_protection": QT_TRANSLATE_NOOP("labels", "Humanitarian protection"),
    "temporary_permission_victim": QT_TRANSLATE_NOOP("labels", "Temporary permission (survivor)"),
    "other_limited_leave": QT_TRANSLATE_NOOP("labels", "Other limited leave"),
    "pre_settled": QT_TRANSLATE_NOOP("labels", "Pre-settled status"),
    "settled": QT_TRANSLATE_NOOP("labels", "Settled"),
    "citizen": QT_TRANSLATE_NOOP("labels", "Citizen"),
    # gender preference
    "none": QT_TRANSLATE_NOOP("labels", "No preference"),
    "female": QT_TRANSLATE_NOOP("labels", "Woman"),
    "male": QT_TRANSLATE_NOOP("labels", "Man"),
    # conflict decisions
    "pending": QT_TRANSLATE_NOOP("labels", "Not decided"),
    "proceed": QT_TRANSLATE_NOOP("labels", "Proceed"),
    "decline": QT_TRANSLATE_NOOP("labels", "Decline"),
    "refer": QT_TRANSLATE_NOOP("labels", "Refer"),
    # words whose readable fallback would be wrong
    "NeedLevel.none": QT_TRANSLATE_NOOP("labels", "No need"),
    "ActionStatus.done": QT_TRANSLATE_NOOP("labels", "Done"),
    "sca": QT_TRANSLATE_NOOP("labels", "Single Competent Authority (SCA)"),
    "ieca": QT_TRANSLATE_NOOP("labels", "Immigration Enforcement Competent Authority (IECA)"),
    "garda": QT_TRANSLATE_NOOP("labels", "An Garda Síochána"),
    "uk_nrm": QT_TRANSLATE_NOOP("labels", "UK National Referral Mechanism"),
    "ireland_legacy": QT_TRANSLATE_NOOP("labels", "Republic of Ireland (before the 2024 Act)"),
    "ireland_2024_act": QT_TRANSLATE_NOOP("labels", "Republic of Ireland (2024 Act NRM)"),
    "cica": QT_TRANSLATE_NOOP("labels", "CICA (Criminal Injuries Compensation Scheme 2012)"),
    "irish_cict": QT_TRANSLATE_NOOP(
        "labels", "Criminal Injuries Compensation Tribunal (Republic of Ireland)"),
    "wrc": QT_TRANSLATE_NOOP("labels", "Workplace Relations Commission"),
    "with_client": QT_TRANSLATE_NOOP("labels", "With her"),
    "in_care": QT_TRANSLATE_NOOP("labels", "In care"),
    "country_of_origin": QT_TRANSLATE_NOOP("labels", "In the country of origin"),
    "not_yet": QT_TRANSLATE_NOOP("labels", "Not yet decided"),
    "slavery_servitude_forced_labour": QT_TRANSLATE_NOOP("labels",
                                                         "Slavery, servitude or forced labour"),
    # asylum claim steps and outcomes, age assessments, exploitation (domain/asylum.py)
    "AsylumStep.claim": QT_TRANSLATE_NOOP("labels", "Claim made"),
    "AsylumStep.decision": QT_TRANSLATE_NOOP("labels", "Decision (Home Office / IPO)"),
    "AsylumStep.determination": QT_TRANSLATE_NOOP("labels", "Tribunal determination"),
    "AsylumStep.onward_appeal": QT_TRANSLATE_NOOP("labels", "Onward appeal (permission)"),
    "AsylumOutcome.none": QT_TRANSLATE_NOOP("labels", "—"),
    "AsylumOutcome.granted_refugee": QT_TRANSLATE_NOOP("labels", "Granted: refugee status"),
    "AsylumOutcome.granted_humanitarian": QT_TRANSLATE_NOOP("labels",
                                                            "Granted: humanitarian protection"),
    "AsylumOutcome.granted_other": QT_TRANSLATE_NOOP("labels", "Granted: other leave"),
    "AsylumOutcome.refused_certified": QT_TRANSLATE_NOOP("labels", "Refused and certified"),
    "AgeAssessor.naab": QT_TRANSLATE_NOOP("labels", "National Age Assessment Board"),
    "AgeAssessor.tusla": QT_TRANSLATE_NOOP("labels", "Tusla (Ireland)"),
    "AgeAssessor.tribunal_or_court": QT_TRANSLATE_NOOP("labels", "Tribunal or court"),
    "AgeOutcome.pending": QT_TRANSLATE_NOOP("labels", "Not decided yet"),
    "AgeOutcome.assessed_other_age": QT_TRANSLATE_NOOP("labels", "A child, of another age"),
    "AgeOutcome.benefit_of_doubt": QT_TRANSLATE_NOOP("labels", "Benefit of the doubt (child)"),
    "RouteToCentre.unknown": QT_TRANSLATE_NOOP("labels", "Not recorded"),
    "RouteToCentre.outreach": QT_TRANSLATE_NOOP("labels", "Outreach"),
    "RouteToCentre.self_referral": QT_TRANSLATE_NOOP("labels", "Self-referral"),
    "RouteToCentre.agency": QT_TRANSLATE_NOOP("labels", "Referred by an agency"),
    "ExploitationForm.sexual": QT_TRANSLATE_NOOP("labels", "Sexual exploitation"),
    "ExploitationForm.labour": QT_TRANSLATE_NOOP("labels", "Labour exploitation"),
    "ExploitationForm.criminal": QT_TRANSLATE_NOOP("labels", "Forced criminality"),
    "ExploitationForm.financial": QT_TRANSLATE_NOOP("labels", "Financial"),
}


def label(code) -> str:
    """The translated word for a code; a readable fallback for codes not listed.

    An enum member is looked up as "EnumName.value" first, so the same value in two enums
    (NeedLevel.none, GenderPreference.none) can read differently."""
    key = str(code)
    text = None
    if hasattr(code, "value") and hasattr(type(code), "__name__"):
        text = LABELS.get(f"{type(code).__name__}.{code.value}")
    text = text or LABELS.get(key)
    if text is None:
        readable = key.replace("_", " ").replace("-", " ").strip()
        return readable[:1].upper() + readable[1:]
    return QCoreApplication.translate(_CONTEXT, text)


def role_label(role) -> str:
    return label(role)


def fill_combo(combo, codes, current=None) -> None:
    """Fill a combo box with (label, code) pairs; select ``current``."""
    combo.clear()
    for code in codes:
        combo.addItem(label(code), str(code))
    if current is not None:
        index = combo.findData(str(current))
        if index >= 0:
            combo.setCurrentIndex(index)


def matter_label(matter) -> str:
    """How a matter is named in a list or a choice: "M-2026-0003 · Asylum appeal"."""
    return f"{matter.reference} · {label(matter.matter_type)}"


def register(table: dict[str, str]) -> None:
    """Screens add their own marked tables (matter types, statuses …)."""
    LABELS.update(table)
