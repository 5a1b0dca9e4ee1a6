"""What the document builders take: plain frozen dataclasses, no database records.

A service maps the stored records to these inputs. All text fields are plain text exactly
as a person typed it (the builders escape it); dates are `datetime.date`; money is integer
minor units. Empty strings and empty tuples mean "not given" and the line is left out.
Documents for a court, tribunal or the Home Office name her by her legal name (given and
family names as recorded) with the name she uses in `known_as`; letters to her use the name
she chooses.

This module holds the shared pieces, the witness statement, the chronology and letters;
`inputs_cases` and `inputs_admin` hold the rest.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from assist_desktop.domain.dates import PartialDate
from assist_desktop.domain.records import Jurisdiction

__all__ = [
    "Jurisdiction", "CentreLetterhead", "Reference", "Party", "Signatory", "Addressee",
    "StatementPurpose", "HowTaken", "StatementParagraph", "Exhibit", "InterpreterDetails",
    "TranslationDetails", "WitnessStatementInput", "ChronologyEvent", "ChronologyInput",
    "LetterKind", "LetterInput",
]


@dataclass(frozen=True)
class CentreLetterhead:
    """The law centre as it appears at the top of letters and in footers."""
    name: str
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    website: str = ""
    regulatory_note: str = ""  # e.g. "Authorised and regulated by the SRA (no. 123456)"

    def contact_lines(self) -> list[str]:
        """Address and contacts as every letterhead prints them (PDF and Word alike); an
        address of more than four lines runs on in one, to stay legible."""
        address = self.address_lines if len(self.address_lines) <= 4 else (
            ", ".join(self.address_lines),)
        lines = [*address, f"Tel: {self.phone}" if self.phone else "",
                 f"Email: {self.email}" if self.email else "", self.website]
        return [line for line in lines if line]


@dataclass(frozen=True)
class Reference:
    """A labelled reference, e.g. Reference("Home Office ref", "A1234567")."""
    label: str
    value: str


@dataclass(frozen=True)
class Party:
    """A party in the title of proceedings, e.g. Party("Fatima A.", "Appellant")."""
    name: str
    role: str


@dataclass(frozen=True)
class Signatory:
    name: str
    role: str = ""  # e.g. "Solicitor", "Support worker"


@dataclass(frozen=True)
class Addressee:
    """Who a letter goes to."""
    organisation: str
    name: str = ""  # a person, if known: the letter is then "Dear ..." / "Yours sincerely"
    address_lines: tuple[str, ...] = ()
    department: str = ""  # e.g. "Further Submissions Unit"


# Witness statement -------------------------------------------------------------------------
class StatementPurpose(StrEnum):
    """The forum: chooses the heading and title from the jurisdiction's wording
    (witness_statement.json "tribunal" and "titles"; in Ireland "asylum" is the IPAT)."""
    ASYLUM = "asylum"              # appeal in the First-tier Tribunal (IAC) / IPAT
    IDENTIFICATION = "identification"  # NRM / trafficking identification
    COMPENSATION = "compensation"  # a compensation claim with no more specific forum
    CRIMINAL_INJURIES = "criminal_injuries"
    PLAIN = "plain"                # no matter: "Statement of ..."
    HOME_OFFICE = "home_office"    # protection claim still with the Home Office / the IPO
    FRESH_CLAIM = "fresh_claim"    # further submissions to the Home Office
    UPPER_TRIBUNAL = "upper_tribunal"
    JUDICIAL_REVIEW = "judicial_review"
    CRIMINAL = "criminal"          # she is a witness in criminal proceedings
    EMPLOYMENT = "employment"
    CIVIL = "civil"


class HowTaken(StrEnum):
    """How the statement was taken (required since April 2020); wording per jurisdiction."""
    IN_PERSON = "in_person"
    TELEPHONE = "telephone"
    VIDEO = "video"


@dataclass(frozen=True)
class StatementParagraph:
    """One numbered paragraph; `heading` (optional) prints above it, unnumbered."""
    text: str
    heading: str = ""


@dataclass(frozen=True)
class Exhibit:
    """One entry of the exhibit register, e.g. Exhibit("BOI/1", "Letter from the SCA")."""
    reference: str
    description: str


@dataclass(frozen=True)
class InterpreterDetails:
    """The interpreter who read the statement back to the witness in her language. An empty
    name (or language) prints a line to fill in by hand: she needs an interpreter but none is
    on the file yet."""
    name: str
    language: str
    dialect: str = ""
    read_back_date: date | None = None


@dataclass(frozen=True)
class TranslationDetails:
    """The translator who certifies the English translation of a foreign-language original."""
    name: str
    from_language: str
    to_language: str = "English"
    qualification: str = ""
    date: date | None = None


@dataclass(frozen=True)
class WitnessStatementInput:
    jurisdiction: Jurisdiction
    witness_name: str  # her legal name (given and family names as recorded)
    statement_date: date
    paragraphs: tuple[StatementParagraph, ...]
    purpose: StatementPurpose = StatementPurpose.ASYLUM
    tribunal: str = ""  # empty: the jurisdiction's default heading for `purpose`
    title: str = ""     # empty: the jurisdiction's title for `purpose`
    known_as: str = ""  # the name she uses, if not her legal name
    parties: tuple[Party, ...] = ()
    references: tuple[Reference, ...] = ()
    on_behalf_of: str = ""  # the party the statement is made for, e.g. "Appellant"
    statement_number: int = 1
    exhibits: tuple[Exhibit, ...] = ()  # the register, listed at the end
    witness_address: str = ""
    witness_description: str = ""  # occupation or description
    statement_language: str = "English"  # the language the statement is written in
    how_taken: HowTaken = HowTaken.IN_PERSON
    how_taken_details: str = ""  # free text added to the standard sentence
    interpreter: InterpreterDetails | None = None
    translation: TranslationDetails | None = None
    prepared_by: CentreLetterhead | None = None
    term: str = ""  # "survivor" / "victim"; empty: the wording's default for this document


# Chronology --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChronologyEvent:
    """A dated fact. `date_text` overrides the printed date (e.g. "Summer 2019")."""
    date: date | None
    description: str
    source: str = ""  # e.g. "Screening interview record, p. 4"
    date_text: str = ""


@dataclass(frozen=True)
class ChronologyInput:
    jurisdiction: Jurisdiction
    client_name: str  # her legal name
    prepared_date: date
    events: tuple[ChronologyEvent, ...]  # printed in the order given
    title: str = ""  # empty: the wording's default title
    known_as: str = ""
    tribunal: str = ""  # the forum's heading, for an appeal
    references: tuple[Reference, ...] = ()
    letterhead: CentreLetterhead | None = None
    prepared_by: Signatory | None = None
    term: str = ""


# Letters -----------------------------------------------------------------------------------
class LetterKind(StrEnum):
    REPRESENTATIONS = "representations"
    FURTHER_SUBMISSIONS = "further_submissions"
    SUPPORT = "support"


@dataclass(frozen=True)
class LetterInput:
    """Representations, further submissions or a support letter on the centre's letterhead.

    `paragraphs` is the body, one item per paragraph (blank lines inside an item also start
    a new paragraph). The wording file supplies the opening and closing for each kind.
    Representations and further submissions number every paragraph; `client_name` is then
    her legal name and `client_known_as` the name she uses.
    """
    kind: LetterKind
    jurisdiction: Jurisdiction
    letterhead: CentreLetterhead
    date: date
    recipient: Addressee
    client_name: str
    paragraphs: tuple[str, ...]
    signatory: Signatory
    subject: str = ""  # empty: the wording's default subject line for the kind
    references: tuple[Reference, ...] = ()
    salutation: str = ""  # empty: the wording's default ("Dear Sir or Madam")
    enclosures: tuple[str, ...] = ()
    client_date_of_birth: date | PartialDate | None = None  # PartialDate: known in part
    client_nationality: str = ""
    client_known_as: str = ""
    term: str = ""
    extra: dict[str, str] = field(default_factory=dict)  # more placeholders for the wording
