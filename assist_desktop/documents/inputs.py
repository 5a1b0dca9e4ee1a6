"""What the document builders take: plain frozen dataclasses, no database records.

A service maps the stored records to these inputs. All text fields are plain text exactly
as a person typed it (the builders escape it); dates are `datetime.date`; money is integer
minor units. Empty strings and empty tuples mean "not given" and the line is left out.
The client is always named as she chooses (`name`); an official name appears only where a
field asks for it.

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
    "StatementPurpose", "HowTaken", "StatementParagraph", "InterpreterDetails",
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
    """Chooses the default tribunal/court heading from the jurisdiction's wording."""
    ASYLUM = "asylum"
    IDENTIFICATION = "identification"  # NRM / trafficking identification
    COMPENSATION = "compensation"
    CRIMINAL_INJURIES = "criminal_injuries"


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
class InterpreterDetails:
    """The interpreter who read the statement back to the witness in her language."""
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
    witness_name: str
    statement_date: date
    paragraphs: tuple[StatementParagraph, ...]
    purpose: StatementPurpose = StatementPurpose.ASYLUM
    tribunal: str = ""  # empty: the jurisdiction's default heading for `purpose`
    parties: tuple[Party, ...] = ()
    references: tuple[Reference, ...] = ()
    on_behalf_of: str = ""  # the party the statement is made for, e.g. "Appellant"
    statement_number: int = 1
    exhibits: tuple[str, ...] = ()  # exhibit marks, e.g. ("FA1", "FA2")
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
    client_name: str
    prepared_date: date
    events: tuple[ChronologyEvent, ...]  # printed in the order given
    title: str = ""  # empty: the wording's default title
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
    term: str = ""
    extra: dict[str, str] = field(default_factory=dict)  # more placeholders for the wording
