"""Client care letter, case summary (handover) and conflict-check record from the record."""
from __future__ import annotations

from datetime import date

from assist_desktop.documents import (
    CaseSummaryInput, ClientCareLetterInput, ConflictCheckRecordInput, ConflictHit, Contact,
    KeyDate, Signatory, SummarySection, wording,
)
from assist_desktop.domain.checks import ConflictDecision
from assist_desktop.domain.clients import SafeContactMethod
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.matters import Matter, MatterStatus, RetentionCategory
from assist_desktop.domain.support import NeedLevel, ReferralStatus
from assist_desktop.domain.tasks import TaskKind
from assist_desktop.domain.working_days import add_months
from assist_desktop.platform.clock import stamp_date
from assist_desktop.services import document_labels as labels
from assist_desktop.services.document_inputs import (
    CaseFile, DocumentOptions, address_lines, letterhead, long_date, nonempty, references, when,
)


# Client care letter ------------------------------------------------------------------------
def _matters_in_view(case: CaseFile) -> list[Matter]:
    if case.matter is not None:
        return [case.matter]
    return [m for m in case.matters if m.status != MatterStatus.CLOSED]


def _plain_description(matters: list[Matter]) -> str:
    if not matters:
        return "We will advise you and help you with your case."
    parts = []
    for m in matters:
        plain = labels.MATTER_PLAIN.get(m.matter_type, "your case")
        parts.append(plain if plain != "your case" or not m.title else m.title)
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"We will help you with {joined}."


def _retain_until(case: CaseFile, matters: list[Matter], years: int) -> date | None:
    """Files of a minor are kept `years` after her 18th birthday."""
    born = case.client.date_of_birth
    if born and any(m.retention_category == RetentionCategory.MINOR for m in matters):
        return add_months(born, 12 * (18 + years))  # 29 Feb -> 28 Feb
    return None


def _client_address(case: CaseFile) -> tuple[str, ...]:
    """Her address only when she agreed to letters there; else the letter is handed over."""
    client = case.client
    safe = client.safe_contact
    if safe.method == SafeContactMethod.LETTER and not safe.do_not_disclose_address:
        return address_lines(client.contact.address)
    return ()


def client_care_letter(case: CaseFile, options: DocumentOptions) -> ClientCareLetterInput:
    matters = _matters_in_view(case)
    main = matters[0] if matters else None
    caseworker = (case.staff_signatory(main.fee_earner_id) if main else None) or case.author
    years = options.retention_years or int(
        wording.load(case.jurisdiction, "client_care").raw("retention_years"))
    supervisor = _supervisor(case, main, caseworker)
    return ClientCareLetterInput(
        jurisdiction=case.jurisdiction, letterhead=letterhead(case.centre),
        date=when(case, options), client_name=case.name,
        matter_description=options.matter_description or _plain_description(matters),
        caseworker=caseworker, client_address_lines=_client_address(case),
        supervisor=supervisor.name if supervisor else "",
        supervisor_role=supervisor.role if supervisor else "",
        funding=options.funding, funding_detail=options.funding_detail,
        next_steps=options.next_steps,
        retention_years=years, retain_until=_retain_until(case, matters, years),
        complaints_contact=options.complaints_contact or case.centre.complaints_contact,
        references=references(case, legal=False), term=options.term)


def _supervisor(case: CaseFile, main: Matter | None, caseworker: Signatory):
    """The matter's supervisor, if recorded and not the person doing the work."""
    if main is None or main.supervisor_id is None or main.supervisor_id == main.fee_earner_id:
        return None
    found = case.staff_signatory(main.supervisor_id)
    if found is None or found.name.casefold() == caseworker.name.casefold():
        return None
    return found


def client_care_warnings(case: CaseFile, options: DocumentOptions) -> list[str]:
    """What the person making a client care letter must put right before it is sent."""
    matters = _matters_in_view(case)
    main = matters[0] if matters else None
    caseworker = (case.staff_signatory(main.fee_earner_id) if main else None) or case.author
    out = []
    if main is None or main.fee_earner_id is None:
        out.append("No fee earner is recorded on the matter: the letter names you as the "
                   "person doing the work.")
    if main is None or main.supervisor_id is None:
        out.append("No supervisor is recorded on the matter. The letter must name a "
                   "supervisor who is not the fee earner: record one on the matter and make "
                   "the letter again.")
    elif _supervisor(case, main, caseworker) is None:
        out.append("The matter's supervisor is the same person as the fee earner. The letter "
                   "must name a different supervisor: change it on the matter and make the "
                   "letter again.")
    if not (options.complaints_contact or case.centre.complaints_contact):
        out.append("The centre has no complaints contact: an administrator adds it under "
                   "Administration, Centre details.")
    if not case.centre.regulator_note:
        out.append("The centre has no regulator line (e.g. its SRA number): an administrator "
                   "adds it under Administration, Centre details.")
    return out


# Case summary ------------------------------------------------------------------------------
def _about(case: CaseFile) -> str:
    c = case.client
    languages = ", ".join(nonempty(lang.language, lang.dialect, sep=" (") +
                          (")" if lang.dialect else "") for lang in c.languages)
    lines = [
        f"Date of birth: {long_date(c.birth)}" + (" (disputed)" if c.age_disputed
                                                          else "") if c.date_of_birth else "",
        f"Nationality: {c.nationality}" if c.nationality else "",
        f"Languages: {languages}" if languages else "",
        "She needs an interpreter." if c.interpreter_needed else "",
        "Immigration status: " + nonempty(labels.IMMIGRATION.get(c.immigration_status, ""),
                                          c.immigration_status_detail, sep="; "),
    ]
    return nonempty(*lines, sep="\n")


def _safety(case: CaseFile) -> str:
    c, safe = case.client, case.client.safe_contact
    flags = sorted(labels.SAFETY_FLAGS.get(f, labels.words(f)) for f in c.safety_flags)
    lines = [*flags,
             f"Safe contact: {labels.CONTACT_METHODS.get(safe.method, '')}",
             f"Safe times: {safe.safe_times}" if safe.safe_times else "",
             "Do not disclose her address." if safe.do_not_disclose_address else "",
             safe.instructions]
    return nonempty(*lines, sep="\n")


def _matters(case: CaseFile) -> str:
    rows = []
    for m in ((case.matter,) if case.matter else case.matters):
        parts = [f"{m.reference}: {labels.MATTER_TYPES.get(m.matter_type, '')}", m.title,
                 labels.MATTER_STATUS.get(m.status, ""), f"opened {long_date(m.opened_on)}",
                 f"next hearing {long_date(m.next_hearing_on)}" if m.next_hearing_on else "",
                 f"outcome: {m.outcome}" if m.outcome else ""]
        rows.append(nonempty(*parts, sep="; "))
    return "\n".join(rows)


def _other_sections(case: CaseFile) -> list[SummarySection]:
    sections = []
    ident = [nonempty(f"Referred {long_date(r.referral_date)}" if r.referral_date else "",
                      f"reasonable grounds: {labels.OUTCOMES.get(r.reasonable_grounds) or 'awaited'}",
                      f"conclusive grounds: {labels.OUTCOMES.get(r.conclusive_grounds) or 'awaited'}",
                      sep="; ") for r in case.identification]
    claims = [nonempty(labels.SCHEMES.get(c.scheme, ""),
                       labels.CLAIM_STATUS.get(c.status, ""), sep=": ") for c in case.claims]
    children = [nonempty(nonempty(ch.given_names, ch.family_name, sep=" "),
                         long_date(ch.date_of_birth),
                         labels.CHILD_LOCATIONS.get(ch.location, ""), sep="; ")
                for ch in case.children]
    needs = [nonempty(labels.DOMAINS.get(n.domain, ""), labels.NEED_LEVELS.get(n.level, ""),
                      n.needs, sep=": ") for n in case.needs
             if n.level in (NeedLevel.MEDIUM, NeedLevel.HIGH, NeedLevel.URGENT)]
    for heading, rows in (("Identification", ident), ("Compensation", claims),
                          ("Children", children), ("Support needs", needs)):
        if rows:
            sections.append(SummarySection(heading, "\n".join(rows)))
    return sections


def case_summary(case: CaseFile, options: DocumentOptions) -> CaseSummaryInput:
    sections = [SummarySection("About her", _about(case))]
    safety = _safety(case)
    if safety:
        sections.append(SummarySection("Safety", safety))
    if case.matter or case.matters:
        sections.append(SummarySection("Matters", _matters(case)))
    sections += _other_sections(case) + list(options.sections)
    open_tasks = [t for t in case.tasks if not t.done]
    key_dates = [KeyDate(m.reference + " hearing", m.next_hearing_on)
                 for m in ((case.matter,) if case.matter else case.matters) if m.next_hearing_on]
    key_dates += [KeyDate(t.title, t.due_on) for t in open_tasks if t.kind == TaskKind.DEADLINE]
    contacts = [Contact(role, case.staff_name(uid)) for role, uid in
                (("Key worker", case.client.key_worker_id),
                 ("Solicitor", case.client.solicitor_id)) if case.staff_name(uid)]
    contacts += [Contact(f"Referral: {labels.DOMAINS.get(r.domain, '')}", r.organisation,
                         r.contact) for r in case.referrals
                 if r.status in (ReferralStatus.SENT, ReferralStatus.ACCEPTED,
                                 ReferralStatus.WAITING_LIST)]
    return CaseSummaryInput(
        jurisdiction=case.jurisdiction, letterhead=letterhead(case.centre),
        client_name=case.name, prepared_date=when(case, options), sections=tuple(sections),
        references=references(case), key_dates=tuple(key_dates),
        open_tasks=tuple(f"{t.title} (due {long_date(t.due_on)})" for t in open_tasks
                         if t.kind != TaskKind.DEADLINE),
        contacts=tuple(contacts), prepared_by=case.author, term=options.term)


# Conflict-check record ---------------------------------------------------------------------
_DECISIONS = {ConflictDecision.PENDING: "Not yet decided",
              ConflictDecision.PROCEED: "No conflict found: proceed",
              ConflictDecision.DECLINE: "Conflict: matter declined",
              ConflictDecision.REFER: "Referred for a decision"}


def conflict_check_record(case: CaseFile, options: DocumentOptions) -> ConflictCheckRecordInput:
    check = case.conflict_check
    if check is None:
        raise ValidationError("conflict check", "no conflict check is recorded on her file")
    hits = []
    for m in check.matches:
        if m.restricted:  # the reader may not see that file: no names, no roles
            hits.append(ConflictHit(name_searched="", matched_name=m.where,
                                    score=int(round(m.score))))
            continue
        matched = m.matched_name or m.party_name or m.client_name
        hits.append(ConflictHit(
            name_searched=m.query_name or (check.subject_names[0] if check.subject_names
                                           else ""),
            matched_name=matched, matched_role=m.where, score=int(round(m.score)),
            disposition=nonempty(m.reason, m.dob_note, sep="; ")))
    matter = (nonempty(case.matter.reference, labels.MATTER_TYPES.get(case.matter.matter_type,
                                                                      ""), sep=": ")
              if case.matter else
              "New client" if check.subject_kind == "client" else "A party added to her file")
    checker = case.staff_signatory(check.checked_by) or Signatory("")
    return ConflictCheckRecordInput(
        letterhead=letterhead(case.centre), checked_date=(stamp_date(check.checked_at)
                                                                 or case.today),
        checked_by=checker, client_name=case.name, matter_description=matter,
        names_searched=tuple(check.subject_names), hits=tuple(hits),
        outcome=_DECISIONS.get(check.decision, labels.words(check.decision)),
        decided_by=case.staff_signatory(check.decided_by), notes=check.decision_note,
        jurisdiction=case.jurisdiction)
