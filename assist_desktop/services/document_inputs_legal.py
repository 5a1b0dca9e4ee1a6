"""Legal documents from the record: witness statement, chronology, representations and
further-submissions letters. Pure functions of (CaseFile, DocumentOptions)."""
from __future__ import annotations

import re
from datetime import date

from assist_desktop.documents import (
    ChronologyEvent, ChronologyInput, Exhibit, InterpreterDetails, LetterInput, LetterKind,
    StatementParagraph, StatementPurpose, WitnessStatementInput, wording,
)
from assist_desktop.documents import Party as TribunalParty
from assist_desktop.documents.witness_statement import letters_initials
from assist_desktop.domain.clients import AliasKind
from assist_desktop.domain.compensation import CompensationScheme
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.identification import GroundsOutcome, IdentificationProcess
from assist_desktop.domain.matters import MatterType
from assist_desktop.domain.parties import PartyRole
from assist_desktop.services import document_labels as labels
from assist_desktop.services.document_inputs_asylum import asylum_events
from assist_desktop.services.document_inputs import (
    CaseFile, DocumentOptions, body_paragraphs, is_appeal, letterhead, long_date,
    nonempty, references, split_paragraphs, when,
)

_TARIFF_SCHEMES = (CompensationScheme.CICA, CompensationScheme.IRISH_CICT)


# Witness statement -------------------------------------------------------------------------
_FORUMS = {MatterType.ASYLUM_CLAIM: StatementPurpose.HOME_OFFICE,
           MatterType.FRESH_CLAIM: StatementPurpose.FRESH_CLAIM,
           MatterType.JUDICIAL_REVIEW: StatementPurpose.JUDICIAL_REVIEW,
           MatterType.CRIMINAL_PROCEEDINGS_WITNESS: StatementPurpose.CRIMINAL,
           MatterType.EMPLOYMENT: StatementPurpose.EMPLOYMENT,
           MatterType.CIVIL_CLAIM: StatementPurpose.CIVIL,
           MatterType.IDENTIFICATION: StatementPurpose.IDENTIFICATION}
_HEADING = re.compile(r"^#{1,3}\s+(\S.*)$")
NO_INTERPRETER_WARNING = (
    "She needs an interpreter but none is recorded on the matter: the interpreter's "
    "declaration has blank lines for the interpreter's name and the read-back date. Fill "
    "them in by hand at the read-back, or add the interpreter to the matter and generate the "
    "statement again.")
NOTES_ARE_SOURCES = (
    "A witness statement is her own account in the first person: write its paragraphs (or "
    "give a text file with --body-from). File notes are sources to draw on, not statement "
    "text, so they are not pasted in.")


def _upper_tribunal(case: CaseFile) -> bool:
    """An appeal now in the Upper Tribunal: its reference (UI-..., [VERIFY] the UT (IAC)
    format since 2022) or its title says so."""
    m = case.matter
    return m is not None and (m.tribunal_ref.strip().upper().startswith("UI-")
                              or "upper tribunal" in m.title.lower())


def _purpose(case: CaseFile) -> StatementPurpose:
    """The forum the statement is for, from the matter (no matter: a plain statement)."""
    matter = case.matter
    if matter is None:
        return StatementPurpose.PLAIN
    if matter.matter_type == MatterType.APPEAL:
        return (StatementPurpose.UPPER_TRIBUNAL if _upper_tribunal(case)
                else StatementPurpose.ASYLUM)
    if matter.matter_type == MatterType.COMPENSATION:
        schemes = {c.scheme for c in case.claims if c.matter_id in (None, matter.id)}
        return (StatementPurpose.CRIMINAL_INJURIES if schemes & set(_TARIFF_SCHEMES)
                else StatementPurpose.COMPENSATION)
    return _FORUMS.get(matter.matter_type, StatementPurpose.PLAIN)


def _other_side(case: CaseFile, purpose: StatementPurpose) -> str:
    """The other party named on the matter (employer / other side), if any."""
    wanted = ((PartyRole.EMPLOYER, PartyRole.OTHER_SIDE) if purpose == StatementPurpose.EMPLOYMENT
              else (PartyRole.OTHER_SIDE,))
    linked = case.matter.party_ids if case.matter else frozenset()
    for party in case.parties:
        if party.role in wanted and (not linked or party.id in linked):
            return party.organisation or party.name
    return ""


def _forum_parties(case: CaseFile, purpose: StatementPurpose,
                   w: wording.Wording) -> tuple[tuple[TribunalParty, ...], str]:
    """The title of proceedings and the party she is (the wording's "parties" for the
    forum; an unknown other side prints as a line to fill in)."""
    key = f"parties.{purpose.value}"
    if not w.has(key):
        return (), ""
    roles = w.raw(key)
    other = roles.get("other_name") or _other_side(case, purpose) or "." * 40
    return ((TribunalParty(case.legal_name, roles["her"]), TribunalParty(other, roles["other"])),
            roles["her"])


def _language_of(case: CaseFile):
    languages = sorted(case.client.languages, key=lambda lang: not lang.main)
    return languages[0] if languages else None


def _interpreter(case: CaseFile) -> InterpreterDetails | None:
    """If she needs an interpreter: the matter's interpreter (a party), in her main language
    and dialect; with none recorded, blanks to fill in by hand. None if she does not."""
    if not case.client.interpreter_needed:
        return None
    interpreters = [p for p in case.parties if p.role == PartyRole.INTERPRETER]
    language = _language_of(case)
    used = next((n.interpreter_language for n in reversed(case.notes)
                 if n.interpreter_used and n.interpreter_language), "")
    return InterpreterDetails(name=interpreters[0].name if interpreters else "",
                              language=language.language if language else used,
                              dialect=language.dialect if language else "")


def statement_paragraphs(items) -> tuple[StatementParagraph, ...]:
    """Numbered paragraphs from what was written: each blank-line-separated block is one
    paragraph; a block that is one line starting with "## " is the heading of the next."""
    out: list[StatementParagraph] = []
    heading = ""
    for item in items:
        if isinstance(item, StatementParagraph):
            if item.text.strip():
                out.append(StatementParagraph(item.text.strip(), item.heading or heading))
                heading = ""
            continue
        for block in split_paragraphs(item):
            match = _HEADING.match(block) if "\n" not in block else None
            if match:
                heading = match.group(1).strip()
                continue
            out.append(StatementParagraph(block, heading))
            heading = ""
    return tuple(out)


def _exhibit_prefix(case: CaseFile) -> str:
    """Initials in Latin letters, as exhibit references are written: from her legal name, or
    else a recorded Latin spelling of it (alias of kind "spelling"), else "EX"."""
    names = [case.legal_name] + [a.name for a in case.client.aliases
                                 if a.kind == AliasKind.SPELLING]
    for name in names:
        found = letters_initials(name)
        if found and found.isascii():
            return found
    return "EX"


def _exhibits(case: CaseFile, options: DocumentOptions) -> tuple[Exhibit, ...]:
    """The register: references from the initials of her legal name (BOI/1, BOI/2...)."""
    prefix = _exhibit_prefix(case)
    out, number = [], 0
    for item in options.exhibits:
        number += 1
        out.append(item if isinstance(item, Exhibit)
                   else Exhibit(f"{prefix}/{number}", item.strip()))
    return tuple(out)


def witness_statement(case: CaseFile, options: DocumentOptions) -> WitnessStatementInput:
    if case.notes:
        raise ValidationError("notes", NOTES_ARE_SOURCES)
    paragraphs = statement_paragraphs(options.paragraphs)
    if not paragraphs:
        raise ValidationError("paragraphs", "write the paragraphs of her statement (each "
                                            "blank-line-separated block is one numbered "
                                            "paragraph)")
    purpose = options.purpose or _purpose(case)
    w = wording.load(case.jurisdiction, "witness_statement")
    parties, her_role = _forum_parties(case, purpose, w)
    centre = letterhead(case.centre)
    address = ", ".join((centre.name, *centre.address_lines))
    return WitnessStatementInput(
        jurisdiction=case.jurisdiction, witness_name=case.legal_name, known_as=case.known_as,
        statement_date=when(case, options), paragraphs=paragraphs,
        purpose=purpose, tribunal=options.tribunal, parties=parties,
        references=references(case), on_behalf_of=her_role,
        statement_number=options.statement_number or case.earlier_statements + 1,
        exhibits=_exhibits(case, options),
        witness_address=f"c/o {address}",  # never her own address
        witness_description=options.witness_description,
        statement_language=options.statement_language or "English",
        how_taken=options.how_taken, how_taken_details=options.how_taken_details,
        interpreter=options.interpreter or _interpreter(case), translation=options.translation,
        prepared_by=centre, term=options.term)


def warnings(data) -> tuple[str, ...]:
    """What the person generating the document should know before it is used."""
    out = []
    if isinstance(data, WitnessStatementInput):
        if data.interpreter is not None and not data.interpreter.name:
            out.append(NO_INTERPRETER_WARNING)
        if not data.witness_description:
            out.append("Her occupation or description (CPR PD 32 para 18.1) is not given: "
                       "add it before the statement is filed.")
    if isinstance(data, LetterInput) and data.kind == LetterKind.FURTHER_SUBMISSIONS \
            and not data.enclosures:
        out.append("Further submissions must identify the new evidence (Immigration Rules "
                   "para 353; in Ireland IPA 2015 s.22): list it as enclosures.")
    return tuple(out)


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
        what = labels.MATTER_EVENT.get(m.matter_type) or labels.MATTER_TYPES.get(
            m.matter_type, "matter")
        source = "Matter record"
        if m.decision_sent_on:
            events.append((m.decision_sent_on, f"Decision sent in the {what}", source))
        if m.next_hearing_on:
            events.append((m.next_hearing_on, f"Hearing listed in the {what}", source))
        if m.closed_on and m.outcome:
            events.append((m.closed_on, f"{what[0].upper()}{what[1:]} closed: {m.outcome}",
                           source))
    return events


def _claim_events(case: CaseFile) -> list[Event]:
    events: list[Event] = []
    for c in case.claims:
        if not _in_scope(case, c.matter_id):
            continue
        source = "Compensation claim"
        if c.incident_from:
            events.append((c.incident_from, "Period of abuse begins" if c.period_of_abuse
                           else "Incident", source))
        if c.incident_to and c.incident_to != c.incident_from:
            events.append((c.incident_to, "Period of abuse ends" if c.period_of_abuse
                           else "Last incident", source))
        if c.police_report_on:
            ref = f" (crime reference {c.crime_reference})" if c.crime_reference else ""
            events.append((c.police_report_on, f"Reported to the police{ref}", source))
        for on, text in ((c.application_on, labels.CLAIM_STARTED.get(c.scheme,
                                                                      "Claim made")),
                         (c.decision_on, "Decision on the compensation claim"),
                         (c.review_requested_on, "Review of the decision requested"),
                         (c.review_decision_on, "Review decision")):
            if on:
                events.append((on, text, source))
    return events


_SENTENCE = re.compile(r"(.+?[.!?])(?:\s|$)", re.S)
EVENT_LIMIT = 300


def note_event(title: str, body: str) -> str:
    """The dated fact a note marked as a chronology event records: the first sentence of
    its text (or its title), never the whole note."""
    first = split_paragraphs(body)[:1]
    text = first[0] if first else ""
    match = _SENTENCE.match(text)
    event = " ".join((match.group(1) if match else text).split()) or title.strip()
    if len(event) > EVENT_LIMIT:
        event = event[:EVENT_LIMIT].rsplit(" ", 1)[0] + " …"
    return event


def _note_events(case: CaseFile) -> list[Event]:
    return [(n.chronology_date or n.note_date, note_event(n.title, n.body),
             f"File note, {long_date(n.note_date)}")
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
    heading = ""
    if is_appeal(case):
        purpose = _purpose(case)
        heading = wording.load(case.jurisdiction, "witness_statement").text(
            f"tribunal.{purpose.value}")
    return ChronologyInput(jurisdiction=case.jurisdiction, client_name=case.legal_name,
                           known_as=case.known_as, tribunal=heading,
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
        client_name=case.legal_name, client_known_as=case.known_as,
        paragraphs=body_paragraphs(case, options),
        signatory=case.author, subject=options.subject, references=references(case),
        salutation=options.salutation, enclosures=options.enclosures,
        client_date_of_birth=client.birth, client_nationality=client.nationality,
        term=options.term)


def representations(case: CaseFile, options: DocumentOptions) -> LetterInput:
    return legal_letter(case, options, LetterKind.REPRESENTATIONS)


def further_submissions(case: CaseFile, options: DocumentOptions) -> LetterInput:
    return legal_letter(case, options, LetterKind.FURTHER_SUBMISSIONS)
