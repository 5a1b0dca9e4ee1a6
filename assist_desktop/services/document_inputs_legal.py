"""Legal documents from the record: witness statement, chronology, representations and
further-submissions letters. Pure functions of (CaseFile, DocumentOptions)."""
from __future__ import annotations

from datetime import date

from assist_desktop.documents import (
    ChronologyEvent, ChronologyInput, InterpreterDetails, LetterInput, LetterKind,
    StatementParagraph, StatementPurpose, WitnessStatementInput,
)
from assist_desktop.domain.compensation import CompensationScheme
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.identification import GroundsOutcome, IdentificationProcess
from assist_desktop.domain.matters import MatterType
from assist_desktop.domain.parties import PartyRole
from assist_desktop.services import document_labels as labels
from assist_desktop.services.document_inputs_asylum import asylum_events
from assist_desktop.services.document_inputs import (
    CaseFile, DocumentOptions, appeal_parties, body_paragraphs, is_appeal, letterhead, long_date,
    nonempty, references, split_paragraphs, when,
)

_PURPOSES = {MatterType.IDENTIFICATION: StatementPurpose.IDENTIFICATION,
             MatterType.EMPLOYMENT: StatementPurpose.COMPENSATION,
             MatterType.CIVIL_CLAIM: StatementPurpose.COMPENSATION}
_TARIFF_SCHEMES = (CompensationScheme.CICA, CompensationScheme.IRISH_CICT)


# Witness statement -------------------------------------------------------------------------
def _purpose(case: CaseFile) -> StatementPurpose:
    matter = case.matter
    if matter is None:
        return StatementPurpose.ASYLUM
    if matter.matter_type == MatterType.COMPENSATION:
        schemes = {c.scheme for c in case.claims if c.matter_id in (None, matter.id)}
        return (StatementPurpose.CRIMINAL_INJURIES if schemes & set(_TARIFF_SCHEMES)
                else StatementPurpose.COMPENSATION)
    return _PURPOSES.get(matter.matter_type, StatementPurpose.ASYLUM)


def _interpreter(case: CaseFile) -> InterpreterDetails | None:
    """The matter's interpreter (a party), in her main language, if she needs one."""
    if not case.client.interpreter_needed:
        return None
    interpreters = [p for p in case.parties if p.role == PartyRole.INTERPRETER]
    languages = sorted(case.client.languages, key=lambda lang: not lang.main)
    if not interpreters or not languages:
        return None
    return InterpreterDetails(name=interpreters[0].name, language=languages[0].language,
                              dialect=languages[0].dialect)


def _statement_paragraphs(case: CaseFile, options: DocumentOptions
                          ) -> tuple[StatementParagraph, ...]:
    out: list[StatementParagraph] = []
    for item in options.paragraphs:
        paragraph = item if isinstance(item, StatementParagraph) else StatementParagraph(item)
        if paragraph.text.strip():
            out.append(paragraph)
    for note in case.notes:
        out += [StatementParagraph(text) for text in split_paragraphs(note.body)]
    if not out:
        raise ValidationError("paragraphs", "choose the notes or write the paragraphs the "
                                            "statement is made of")
    return tuple(out)


def witness_statement(case: CaseFile, options: DocumentOptions) -> WitnessStatementInput:
    appeal, parties = is_appeal(case), appeal_parties(case)
    centre = letterhead(case.centre)
    address = ", ".join((centre.name, *centre.address_lines))
    return WitnessStatementInput(
        jurisdiction=case.jurisdiction, witness_name=case.name,
        statement_date=when(case, options), paragraphs=_statement_paragraphs(case, options),
        purpose=options.purpose or _purpose(case), tribunal=options.tribunal, parties=parties,
        references=references(case), on_behalf_of="Appellant" if appeal else "",
        statement_number=options.statement_number, exhibits=options.exhibits,
        witness_address=f"c/o {address}",  # never her own address
        statement_language=options.statement_language or "English",
        how_taken=options.how_taken, how_taken_details=options.how_taken_details,
        interpreter=options.interpreter or _interpreter(case), translation=options.translation,
        prepared_by=centre, term=options.term)


# Chronology --------------------------------------------------------------------------------
Event = tuple[date, str, str]


def _in_scope(case: CaseFile, matter_id: int | None) -> bool:
    return case.matter is None or matter_id in (None, case.matter.id)


def _identification_events(case: CaseFile) -> list[Event]:
    events: list[Event] = []
    for r in case.identification:
        if not _in_scope(case, r.matter_id):
            continue
        source = "Identification record"
        authority = labels.AUTHORITIES.get(r.competent_authority, "")
        by = f" by {r.referring_organisation}" if r.referring_organisation else ""
        if r.referral_date:
            if r.duty_to_notify_only:
                text = f"Notified to the Home Office under the duty to notify{by}"
            elif r.process == IdentificationProcess.UK_NRM:
                text = f"Referred to the National Referral Mechanism{by}"
            else:
                text = f"Referred for formal identification{by}"
            events.append((r.referral_date, text, source))
        for on, outcome, what in ((r.reasonable_grounds_on, r.reasonable_grounds,
                                   "reasonable grounds decision"),
                                  (r.conclusive_grounds_on, r.conclusive_grounds,
                                   "conclusive grounds decision")):
            if on:
                text = nonempty(labels.OUTCOMES.get(outcome, ""), what, sep=" ").capitalize()
                finding = labels.FINDINGS.get(r.finding, "")
                if what.startswith("conclusive") and outcome == GroundsOutcome.POSITIVE \
                        and finding:
                    text += f" ({finding})"
                if authority:
                    text += f", {authority}"
                events.append((on, text, source))
        for on, text in ((r.recovery_period_start, "Recovery period begins"),
                         (r.recovery_period_end, "Recovery period ends"),
                         (r.reconsideration_requested_on, "Reconsideration requested"),
                         (r.appeal_lodged_on, "Appeal against the identification decision "
                                              "lodged")):
            if on:
                events.append((on, text, source))
        if r.reconsideration_decided_on:
            outcome = labels.OUTCOMES.get(r.reconsideration_outcome, "")
            events.append((r.reconsideration_decided_on,
                           "Reconsideration decided" + (f": {outcome.lower()}" if outcome
                                                        else ""), source))
    return events


def _matter_events(case: CaseFile) -> list[Event]:
    events: list[Event] = []
    matters = (case.matter,) if case.matter is not None else case.matters
    for m in matters:
        what = nonempty(labels.MATTER_TYPES.get(m.matter_type, ""), m.title, sep=": ")
        source = f"Matter {m.reference}"
        if m.decision_sent_on:
            events.append((m.decision_sent_on, f"Decision sent ({what})", source))
        if m.next_hearing_on:
            events.append((m.next_hearing_on, f"Hearing listed ({what})", source))
        if m.closed_on and m.outcome:
            events.append((m.closed_on, f"Outcome ({what}): {m.outcome}", source))
    return events


def _claim_events(case: CaseFile) -> list[Event]:
    events: list[Event] = []
    for c in case.claims:
        if not _in_scope(case, c.matter_id):
            continue
        forum = labels.SCHEMES.get(c.scheme, "")
        source = f"Compensation claim ({forum})"
        if c.incident_from:
            events.append((c.incident_from, "Period of abuse begins" if c.period_of_abuse
                           else "Incident", source))
        if c.incident_to and c.incident_to != c.incident_from:
            events.append((c.incident_to, "Period of abuse ends" if c.period_of_abuse
                           else "Last incident", source))
        if c.police_report_on:
            ref = f" (crime reference {c.crime_reference})" if c.crime_reference else ""
            events.append((c.police_report_on, f"Reported to the police{ref}", source))
        for on, text in ((c.application_on, f"Application made to the {forum}"),
                         (c.decision_on, "Decision on the compensation claim"),
                         (c.review_requested_on, "Review of the decision requested"),
                         (c.review_decision_on, "Review decision")):
            if on:
                events.append((on, text, source))
    return events


def _note_events(case: CaseFile) -> list[Event]:
    return [(n.chronology_date or n.note_date, nonempty(n.title, n.body, sep="\n"),
             f"File note of {long_date(n.note_date)}")
            for n in case.chronology_notes if _in_scope(case, n.matter_id)]


def chronology_events(case: CaseFile) -> tuple[ChronologyEvent, ...]:
    events = (_identification_events(case) + asylum_events(case, _in_scope)
              + _matter_events(case) + _claim_events(case) + _note_events(case))
    events.sort(key=lambda e: e[0])  # stable: same-day events keep the order above
    return tuple(ChronologyEvent(on, text, source) for on, text, source in events)


def chronology(case: CaseFile, options: DocumentOptions) -> ChronologyInput:
    events = chronology_events(case)
    if not events:
        raise ValidationError("chronology", "her file has no dated events yet (decisions, "
                                            "matter dates, claims or notes marked as "
                                            "chronology events)")
    return ChronologyInput(jurisdiction=case.jurisdiction, client_name=case.name,
                           prepared_date=when(case, options), events=events,
                           references=references(case), letterhead=letterhead(case.centre),
                           prepared_by=case.author, term=options.term)


# Letters -----------------------------------------------------------------------------------
def _recipient(case: CaseFile, kind: LetterKind):
    j = case.jurisdiction
    if kind == LetterKind.FURTHER_SUBMISSIONS:
        return labels.further_submissions_authority(j)
    matter = case.matter
    if matter is None:
        return labels.home_authority(j)
    if matter.matter_type == MatterType.IDENTIFICATION:
        records = [r for r in case.identification if r.matter_id in (None, matter.id)]
        return labels.identification_authority(
            j, records[-1].competent_authority if records else None)
    schemes = [c.scheme for c in case.claims if c.matter_id == matter.id]
    return (labels.matter_authority(j, matter.matter_type, schemes[-1] if schemes else None)
            or labels.home_authority(j))


def legal_letter(case: CaseFile, options: DocumentOptions, kind: LetterKind) -> LetterInput:
    client = case.client
    return LetterInput(
        kind=kind, jurisdiction=case.jurisdiction, letterhead=letterhead(case.centre),
        date=when(case, options), recipient=options.recipient or _recipient(case, kind),
        client_name=case.name, paragraphs=body_paragraphs(case, options),
        signatory=case.author, subject=options.subject, references=references(case),
        salutation=options.salutation, enclosures=options.enclosures,
        client_date_of_birth=client.date_of_birth, client_nationality=client.nationality,
        term=options.term)


def representations(case: CaseFile, options: DocumentOptions) -> LetterInput:
    return legal_letter(case, options, LetterKind.REPRESENTATIONS)


def further_submissions(case: CaseFile, options: DocumentOptions) -> LetterInput:
    return legal_letter(case, options, LetterKind.FURTHER_SUBMISSIONS)
