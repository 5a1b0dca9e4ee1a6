"""From the stored record to the document builders' inputs: what the caller chooses
(DocumentOptions), what was read from her file (CaseFile), and the pieces every document
shares (letterhead, references, who signs, labels).

The mappings themselves are in document_inputs_legal.py and document_inputs_support.py; they
are pure functions of (CaseFile, DocumentOptions), so they run outside the database thread.
Documents for a court, tribunal or the Home Office name her by her legal name
(CaseFile.legal_name) with the name she uses (CaseFile.known_as); everything else names her
as she chooses (CaseFile.name). The word for her is the wording's default for the document
unless the caller sets `term`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Mapping

from assist_desktop.documents import Party as TribunalParty
from assist_desktop.documents import (
    Addressee, CentreLetterhead, ChildrenReportPurpose, Exhibit, HowTaken, InterpreterDetails,
    Reference,
    Signatory, StatementParagraph, StatementPurpose, SummarySection, TranslationDetails,
)
from assist_desktop.documents.formatting import long_date
from assist_desktop.domain.asylum import AgeAssessment, AsylumEvent
from assist_desktop.domain.checks import ConflictCheck
from assist_desktop.domain.children import Child
from assist_desktop.domain.clients import Client
from assist_desktop.domain.compensation import CompensationClaim, ScheduleOfLossItem
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.identification import IdentificationRecord
from assist_desktop.domain.matters import Matter, MatterSummary, MatterType
from assist_desktop.domain.notes import CaseNote
from assist_desktop.domain.parties import Party
from assist_desktop.security.roles import Role
from assist_desktop.domain.records import Jurisdiction, check_count, check_text
from assist_desktop.domain.staff import CentreInfo, StaffUser
from assist_desktop.domain.support import NeedsAssessment, Referral, SupportPlanAction
from assist_desktop.domain.tasks import Task

__all__ = ["DocumentOptions", "CaseFile", "letterhead", "references", "signatory_for",
           "role_label", "long_date", "split_paragraphs"]

_BLANK_LINES = re.compile(r"\n\s*\n")
MAX_PARAGRAPHS = 5000


@dataclass(frozen=True)
class DocumentOptions:
    """What the person generating a document chooses. Every field has a default, so
    DocumentOptions() builds each kind from the record alone (a witness statement needs
    paragraphs or notes). Text is plain, as typed; the builders escape it."""
    title: str = ""                    # the stored title; empty: the kind's name
    date: date | None = None           # the document's date; None: today
    term: str = ""                     # "survivor" / "victim"; empty: the wording's default
    privileged: bool | None = None     # None: the kind's default, or privileged if any source is
    paragraphs: tuple[str | StatementParagraph, ...] = ()  # body text, in order ...
    note_ids: tuple[int, ...] = ()     # ... followed by these notes' text (letters; a witness
    #                                    statement refuses notes: they are sources, not text)
    # letters
    recipient: Addressee | None = None  # None: the authority for the kind and matter
    subject: str = ""
    salutation: str = ""
    enclosures: tuple[str, ...] = ()
    # witness statement
    purpose: StatementPurpose | None = None  # None: from the matter type
    tribunal: str = ""
    statement_number: int = 0          # 0: her approved statements in the matter + 1
    exhibits: tuple[str | Exhibit, ...] = ()  # descriptions (numbered BOI/1...) or Exhibit
    witness_description: str = ""      # her occupation or description (PD 32 para 18.1)
    how_taken: HowTaken = HowTaken.IN_PERSON
    how_taken_details: str = ""
    interpreter: InterpreterDetails | None = None  # None: the matter's interpreter, if any
    translation: TranslationDetails | None = None
    statement_language: str = "English"
    # compensation summary
    claim_id: int | None = None        # None: the matter's (or her) most recent claim
    circumstances: str = ""
    # children's needs report
    child_ids: tuple[int, ...] = ()    # empty: every child on her file
    children_purpose: ChildrenReportPurpose = ChildrenReportPurpose.BEST_INTERESTS
    summary: str = ""
    # client care letter
    matter_description: str = ""       # empty: from the matter type, in plain words
    funding: str = ""                  # "legal_aid", "pro_bono", "fixed_fee", or free text
    funding_detail: str = ""           # e.g. the fixed fee and what it covers
    next_steps: tuple[str, ...] = ()
    retention_years: int = 0           # 0: the wording's default (or from her majority)
    complaints_contact: str = ""
    # case summary
    sections: tuple[SummarySection, ...] = ()  # added after the sections made from the record
    # conflict-check record
    check_id: int | None = None        # None: the most recent check on her file

    def validate(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                check_text(f.name, value, limit=2_000_000)
        check_text("title", self.title, limit=500)
        if len(self.paragraphs) + len(self.note_ids) > MAX_PARAGRAPHS:
            raise ValidationError("paragraphs", f"at most {MAX_PARAGRAPHS} at once")
        for item in self.paragraphs:
            text = item.text if isinstance(item, StatementParagraph) else item
            if not isinstance(text, str):
                raise ValidationError("paragraphs", "must be text")
            check_text("paragraphs", text)
        for name in ("enclosures", "exhibits", "next_steps"):
            for item in getattr(self, name):
                if isinstance(item, Exhibit):
                    check_text(name, item.reference, required=True, limit=50)
                    item = item.description
                check_text(name, item, limit=5000)
        for name in ("note_ids", "child_ids"):
            if any(isinstance(i, bool) or not isinstance(i, int) for i in getattr(self, name)):
                raise ValidationError(name, "must be record numbers")
        check_count("statement_number", self.statement_number, minimum=0, maximum=99,
                    optional=False)
        check_count("retention_years", self.retention_years, maximum=100, optional=False)
        if self.date is not None and not isinstance(self.date, date):
            raise ValidationError("date", "must be a date")


@dataclass(frozen=True)
class CaseFile:
    """What was read from her file for one document, as the person generating it may see it
    (matters, claims and privileged notes only for solicitors)."""
    client: Client
    centre: CentreInfo
    author: Signatory
    today: date
    matter: Matter | None = None              # full details: solicitors only
    matter_summary: MatterSummary | None = None
    matters: tuple[Matter, ...] = ()
    parties: tuple[Party, ...] = ()
    identification: tuple[IdentificationRecord, ...] = ()
    asylum: tuple[AsylumEvent, ...] = ()     # support workers: no bodies, references, notes
    age_assessments: tuple[AgeAssessment, ...] = ()
    claims: tuple[CompensationClaim, ...] = ()
    loss_items: Mapping[int, tuple[ScheduleOfLossItem, ...]] = field(default_factory=dict)
    children: tuple[Child, ...] = ()
    notes: tuple[CaseNote, ...] = ()          # the notes chosen, in the order chosen
    chronology_notes: tuple[CaseNote, ...] = ()
    tasks: tuple[Task, ...] = ()
    needs: tuple[NeedsAssessment, ...] = ()
    actions: tuple[SupportPlanAction, ...] = ()
    referrals: tuple[Referral, ...] = ()
    staff: Mapping[int, StaffUser] = field(default_factory=dict)
    conflict_check: ConflictCheck | None = None
    earlier_statements: int = 0  # her approved witness statements in the matter

    @property
    def name(self) -> str:
        """She is named as she chooses."""
        return self.client.display_name

    @property
    def legal_name(self) -> str:
        """Her given and family names as recorded (the name she uses if none is)."""
        return self.client.full_name or self.client.display_name

    @property
    def known_as(self) -> str:
        """The name she uses, where it is not her legal name."""
        chosen = self.client.preferred_name.strip()
        return chosen if chosen and chosen != self.legal_name else ""

    @property
    def jurisdiction(self) -> Jurisdiction:
        if self.matter is not None:
            return Jurisdiction(self.matter.jurisdiction)
        if self.matter_summary is not None:
            return Jurisdiction(self.matter_summary.jurisdiction)
        return Jurisdiction(self.client.jurisdiction)

    @property
    def uses_privileged(self) -> bool:
        """Whether any note the document is built from is legally privileged."""
        return any(n.privileged for n in (*self.notes, *self.chronology_notes))

    @property
    def note_sources(self) -> frozenset[int]:
        """The ids of every note read for the document (its text may be in it)."""
        return frozenset(n.id for n in (*self.notes, *self.chronology_notes))

    def staff_name(self, user_id: int | None) -> str:
        user = self.staff.get(user_id) if user_id is not None else None
        return user.full_name if user else ""

    def staff_signatory(self, user_id: int | None) -> Signatory | None:
        user = self.staff.get(user_id) if user_id is not None else None
        return Signatory(user.full_name, role_label(user.roles)) if user else None


def role_label(roles) -> str:
    """The casework role a document is signed in (solicitor first); "" for neither."""
    names = {str(r) for r in roles}
    return next((role.label for role in (Role.SOLICITOR, Role.SUPPORT_WORKER)
                 if role.value in names), "")


def is_appeal(case: CaseFile) -> bool:
    return case.matter is not None and case.matter.matter_type == MatterType.APPEAL


def appeal_parties(case: CaseFile) -> tuple[TribunalParty, ...]:
    """The parties a tribunal document names in her appeal (outside Ireland): she, the
    Appellant, and the Home Secretary, the Respondent. None otherwise."""
    if not is_appeal(case) or case.jurisdiction == Jurisdiction.IRELAND:
        return ()
    return (TribunalParty(case.legal_name, "Appellant"),
            TribunalParty("Secretary of State for the Home Department", "Respondent"))


def signatory_for(session) -> Signatory:
    return Signatory(session.full_name or session.username, role_label(session.roles))


def address_lines(address: str) -> tuple[str, ...]:
    """A stored address as letterhead lines: its own lines, or its comma-separated parts."""
    lines = [line.strip() for line in (address or "").splitlines() if line.strip()]
    if len(lines) == 1 and "," in lines[0]:
        lines = [part.strip() for part in lines[0].split(",") if part.strip()]
    return tuple(lines)


def letterhead(centre: CentreInfo) -> CentreLetterhead:
    """The centre's name, address, contacts and regulator line (on every letter's footer)."""
    return CentreLetterhead(name=centre.name, address_lines=address_lines(centre.address),
                            phone=centre.phone, email=centre.email, website=centre.website,
                            regulatory_note=centre.regulator_note)


_AUTHORITY_REF = {Jurisdiction.IRELAND: "IPO ref"}


def references(case: CaseFile, *, legal: bool = True) -> tuple[Reference, ...]:
    """Our reference (her file and the matter) and, for legal documents, the authority's,
    the tribunal's and the police's references on the matter."""
    ours = case.client.reference
    matter_ref = (case.matter.reference if case.matter else
                  case.matter_summary.reference if case.matter_summary else "")
    if matter_ref:
        ours = f"{ours} / {matter_ref}" if ours else matter_ref
    refs = [Reference("Our ref", ours)] if ours else []
    if legal and case.matter is not None:
        m = case.matter
        for label, value in ((_AUTHORITY_REF.get(case.jurisdiction, "Home Office ref"),
                              m.home_office_ref),
                             ("Tribunal ref", m.tribunal_ref), ("Crime ref", m.police_ref)):
            if value:
                refs.append(Reference(label, value))
    return tuple(refs)


def split_paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs of a note, without empty ones."""
    return [p.strip() for p in _BLANK_LINES.split(text or "") if p.strip()]


def option_texts(options: DocumentOptions) -> list[str]:
    return [p.text if isinstance(p, StatementParagraph) else p for p in options.paragraphs
            if (p.text if isinstance(p, StatementParagraph) else p).strip()]


def body_paragraphs(case: CaseFile, options: DocumentOptions) -> tuple[str, ...]:
    """The caller's paragraphs, then the chosen notes' text (each note's paragraphs)."""
    body = option_texts(options)
    for note in case.notes:
        body += split_paragraphs(note.body)
    return tuple(body)


def when(case: CaseFile, options: DocumentOptions) -> date:
    return options.date or case.today


def nonempty(*parts: str, sep: str = "\n\n") -> str:
    return sep.join(p.strip() for p in parts if p and p.strip())
