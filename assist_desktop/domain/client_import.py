"""Clients coming in from a spreadsheet: which column holds which field, and each row read
into a Client (plus the text of her first note), with every problem found named by row and
column.

Nothing here is evaluated: a cell is text, whatever it looks like (a formula, markup, SQL).
Control characters and the invisible direction overrides are taken out (they are never part
of a name and can disguise one); letters of every script, right-to-left ones and emoji are
kept as written. A problem either blocks the row (it cannot be imported until fixed, or
skipped) or is a warning (the row is imported and the warning says what was done).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Sequence

from assist_desktop.domain.clients import (NAME_LIMIT, Alias, Client, ContactDetails,
                                           ImmigrationStatus, Language, SafeContact)
from assist_desktop.domain.dates import DatePrecision, parse_day, parse_partial
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.nationalities import known_nationality
from assist_desktop.domain.notes import MAX_NOTE_CHARS
from assist_desktop.domain.records import GenderPreference, Jurisdiction

MAX_ROWS = 20_000
MAX_COLUMNS = 200
MAX_OTHER_NAMES = 18


class ImportField(StrEnum):
    GIVEN_NAMES = "given_names"
    FAMILY_NAME = "family_name"
    FULL_NAME = "full_name"            # "Given Family": the last word is the family name
    PREFERRED_NAME = "preferred_name"
    OTHER_NAMES = "other_names"        # aliases, spellings: separated by ; or new lines
    DATE_OF_BIRTH = "date_of_birth"
    AGE_DISPUTED = "age_disputed"
    NATIONALITY = "nationality"
    LANGUAGES = "languages"            # "Tigrinya; Arabic (Sudanese)": the first is the main one
    INTERPRETER_NEEDED = "interpreter_needed"
    INTERPRETER_GENDER = "interpreter_gender"
    IMMIGRATION_STATUS = "immigration_status"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    SAFE_TIMES = "safe_times"
    CONTACT_INSTRUCTIONS = "contact_instructions"
    OPENED_ON = "opened_on"
    NOTE = "note"                      # becomes her first case note


FIELD_LABELS = {
    ImportField.GIVEN_NAMES: "Given names", ImportField.FAMILY_NAME: "Family name",
    ImportField.FULL_NAME: "Full name (given then family)",
    ImportField.PREFERRED_NAME: "Name she wants used",
    ImportField.OTHER_NAMES: "Other names and spellings",
    ImportField.DATE_OF_BIRTH: "Date of birth", ImportField.AGE_DISPUTED: "Age disputed",
    ImportField.NATIONALITY: "Nationality", ImportField.LANGUAGES: "Languages",
    ImportField.INTERPRETER_NEEDED: "Interpreter needed",
    ImportField.INTERPRETER_GENDER: "Interpreter's gender",
    ImportField.IMMIGRATION_STATUS: "Immigration status", ImportField.PHONE: "Phone",
    ImportField.EMAIL: "Email", ImportField.ADDRESS: "Address",
    ImportField.SAFE_TIMES: "Safe times to contact",
    ImportField.CONTACT_INSTRUCTIONS: "Contact instructions",
    ImportField.OPENED_ON: "File opened on", ImportField.NOTE: "Notes (her first case note)",
}

# Header words a spreadsheet uses for each field (compared folded: case, spaces, punctuation).
_HEADER_WORDS = {
    ImportField.GIVEN_NAMES: ("given names", "given name", "first name", "first names",
                              "forename", "forenames", "christian name"),
    ImportField.FAMILY_NAME: ("family name", "surname", "last name", "lastname"),
    ImportField.FULL_NAME: ("name", "full name", "client name", "client", "names"),
    ImportField.PREFERRED_NAME: ("preferred name", "known as", "name used", "preferred"),
    ImportField.OTHER_NAMES: ("other names", "aliases", "alias", "aka", "also known as",
                              "other spellings", "spellings"),
    ImportField.DATE_OF_BIRTH: ("date of birth", "dob", "d o b", "birth date", "birthday",
                                "born", "year of birth"),
    ImportField.AGE_DISPUTED: ("age disputed", "age dispute", "disputed age"),
    ImportField.NATIONALITY: ("nationality", "citizenship", "country of origin", "country"),
    ImportField.LANGUAGES: ("languages", "language", "main language", "first language"),
    ImportField.INTERPRETER_NEEDED: ("interpreter", "interpreter needed", "needs interpreter",
                                     "interpreter required"),
    ImportField.INTERPRETER_GENDER: ("interpreter gender", "interpreter sex"),
    ImportField.IMMIGRATION_STATUS: ("immigration status", "status", "leave"),
    ImportField.PHONE: ("phone", "telephone", "mobile", "phone number", "tel", "contact number"),
    ImportField.EMAIL: ("email", "e mail", "email address"),
    ImportField.ADDRESS: ("address", "home address", "postal address"),
    ImportField.SAFE_TIMES: ("safe times", "safe time", "when to call"),
    ImportField.CONTACT_INSTRUCTIONS: ("contact instructions", "how to contact",
                                       "safe contact", "contact notes"),
    ImportField.OPENED_ON: ("opened", "opened on", "date opened", "file opened", "start date",
                            "referral date", "date referred"),
    ImportField.NOTE: ("notes", "note", "comments", "comment", "case notes", "remarks"),
}

_LIMITS = {ImportField.OTHER_NAMES: NAME_LIMIT, ImportField.NATIONALITY: 200,
           ImportField.LANGUAGES: 2000, ImportField.PHONE: 100, ImportField.EMAIL: 2000,
           ImportField.ADDRESS: 2000, ImportField.SAFE_TIMES: 5000,
           ImportField.CONTACT_INSTRUCTIONS: 5000, ImportField.NOTE: MAX_NOTE_CHARS}
_UNSEEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069"
                     "\ufeff\ufff9-\ufffb]")
_YES = {"yes", "y", "true", "1", "x", "✓", "✔", "ja", "oui", "si", "sí"}
_NO = {"no", "n", "false", "0", "", "-", "non", "nein"}
_LANGUAGE = re.compile(r"^\s*(?P<name>[^()]+?)\s*(\((?P<dialect>[^)]*)\))?\s*$")


def _fold_header(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def suggest_mapping(header: Sequence[str]) -> list[ImportField | None]:
    """A field for each column whose header names one (None: leave the column out). Each
    field is suggested for one column at most (the first)."""
    taken: set[ImportField] = set()
    mapping: list[ImportField | None] = []
    for title in header:
        folded = _fold_header(title or "")
        chosen = None
        for field, words in _HEADER_WORDS.items():
            if field not in taken and folded in words:
                chosen = field
                break
        if chosen is not None:
            taken.add(chosen)
        mapping.append(chosen)
    return mapping


def check_mapping(mapping: Sequence[ImportField | None]) -> None:
    fields = [f for f in mapping if f is not None]
    twice = sorted({str(f) for f in fields if fields.count(f) > 1})
    if twice:
        raise ValidationError("mapping", "gives more than one column to "
                              + ", ".join(FIELD_LABELS[ImportField(f)] for f in twice))
    if not set(fields) & {ImportField.GIVEN_NAMES, ImportField.FAMILY_NAME,
                          ImportField.FULL_NAME, ImportField.PREFERRED_NAME}:
        raise ValidationError("mapping", "needs a column for her name (given, family, full or "
                                         "preferred name)")


@dataclass(frozen=True)
class CellIssue:
    row: int            # the row in the file, counting the header as row 1
    column: int         # 1-based; 0 when the problem is the row as a whole
    field: str
    message: str
    blocking: bool = True


@dataclass(frozen=True)
class ImportRow:
    row: int
    client: Client | None          # None when a blocking problem stops the row
    note: str
    issues: tuple[CellIssue, ...]

    @property
    def blocked(self) -> bool:
        return any(issue.blocking for issue in self.issues)

    @property
    def names(self) -> tuple[str, ...]:
        if self.client is None:
            return ()
        names = [self.client.full_name, self.client.preferred_name,
                 *(a.name for a in self.client.aliases)]
        return tuple(dict.fromkeys(n for n in names if n.strip()))


def clean_cell(text: str) -> tuple[str, bool]:
    """The cell as stored: trimmed, without control characters and direction overrides.
    Returns (text, whether anything unseen was taken out)."""
    cleaned = _UNSEEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return cleaned.strip(), len(cleaned) != len(text.replace("\r\n", "\n").replace("\r", "\n"))


def _flag(text: str) -> bool | None:
    folded = text.strip().lower()
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    return None


def _languages(text: str) -> tuple[Language, ...]:
    parts = [p for p in re.split(r"[;,\n]", text) if p.strip()]
    found = []
    for index, part in enumerate(parts):
        match = _LANGUAGE.match(part)
        name = (match.group("name") if match else part).strip()
        dialect = ((match.group("dialect") or "") if match else "").strip()
        found.append(Language(name, dialect, main=index == 0))
    return tuple(found)


def _status(text: str) -> ImmigrationStatus | None:
    folded = "_".join(_fold_header(text).split())
    for status in ImmigrationStatus:
        if folded == status.value or folded == status.value.replace("_", ""):
            return status
    return {"asylum": ImmigrationStatus.ASYLUM_SEEKER, "appeal": ImmigrationStatus.APPEAL_PENDING,
            "ilr": ImmigrationStatus.SETTLED, "indefinite_leave": ImmigrationStatus.SETTLED,
            "settled_status": ImmigrationStatus.SETTLED, "british": ImmigrationStatus.CITIZEN,
            "hp": ImmigrationStatus.HUMANITARIAN_PROTECTION, "none": ImmigrationStatus.NO_STATUS,
            "": ImmigrationStatus.UNKNOWN}.get(folded)


def _gender(text: str) -> GenderPreference | None:
    folded = text.strip().lower()
    if folded in ("f", "female", "woman", "women"):
        return GenderPreference.FEMALE
    if folded in ("m", "male", "man", "men"):
        return GenderPreference.MALE
    if folded in ("", "any", "none", "no preference", "either"):
        return GenderPreference.NONE
    return None


def parse_row(row: int, cells: Sequence[str], mapping: Sequence[ImportField | None],
              jurisdiction: Jurisdiction, today: date) -> ImportRow:
    """One data row (`row` is its number in the file) read into a Client."""
    issues: list[CellIssue] = []
    values: dict[ImportField, tuple[int, str]] = {}
    if len(cells) > len(mapping) and any(c.strip() for c in cells[len(mapping):]):
        issues.append(CellIssue(row, len(mapping) + 1, "", "has more cells than the header "
                                "has columns; the extra cells are left out", blocking=False))
    for column, field in enumerate(mapping, start=1):
        if field is None:
            continue
        raw = cells[column - 1] if column - 1 < len(cells) else ""
        text, unseen = clean_cell(raw)
        if unseen:
            issues.append(CellIssue(row, column, field, "had control or direction characters; "
                                    "they were taken out", blocking=False))
        limit = _LIMITS.get(field, NAME_LIMIT if "name" in field else 2000)
        if len(text) > limit:
            issues.append(CellIssue(row, column, field, f"is too long ({len(text):,} "
                                    f"characters; at most {limit:,})"))
            continue
        values[field] = (column, text)

    def value(field: ImportField) -> str:
        return values.get(field, (0, ""))[1]

    def problem(field: ImportField, message: str, blocking: bool = True) -> None:
        issues.append(CellIssue(row, values.get(field, (0, ""))[0], field, message, blocking))

    given, family = value(ImportField.GIVEN_NAMES), value(ImportField.FAMILY_NAME)
    if value(ImportField.FULL_NAME) and not (given or family):
        words = " ".join(value(ImportField.FULL_NAME).split()).split(" ")
        given, family = " ".join(words[:-1]), words[-1]
    elif value(ImportField.FULL_NAME) and value(ImportField.FULL_NAME) not in (
            f"{given} {family}".strip(), given, family):
        problem(ImportField.FULL_NAME, "differs from the given and family names; it is kept "
                "as another name", blocking=False)
    aliases = [Alias(n.strip()) for n in re.split(r"[;\n]", value(ImportField.OTHER_NAMES))
               if n.strip()]
    if value(ImportField.FULL_NAME) and (given or family) and value(ImportField.FULL_NAME) \
            not in (f"{given} {family}".strip(), given, family):
        aliases.append(Alias(value(ImportField.FULL_NAME)))
    if len(aliases) > MAX_OTHER_NAMES:
        problem(ImportField.OTHER_NAMES, f"has {len(aliases)} names; at most "
                f"{MAX_OTHER_NAMES} (the conflict check takes 20 names in all)")
    if not (given or family or value(ImportField.PREFERRED_NAME)):
        issues.append(CellIssue(row, 0, "name", "has no name: a name is required"))

    birth = None
    try:
        birth = parse_partial(value(ImportField.DATE_OF_BIRTH), "date_of_birth")
        if birth is not None and birth.day > today:
            problem(ImportField.DATE_OF_BIRTH, "is in the future")
    except ValidationError as error:
        problem(ImportField.DATE_OF_BIRTH, error.reason)
    opened = None
    try:
        opened = parse_day(value(ImportField.OPENED_ON), "opened_on")
    except ValidationError as error:
        problem(ImportField.OPENED_ON, error.reason)
    flags = {}
    for field in (ImportField.AGE_DISPUTED, ImportField.INTERPRETER_NEEDED):
        flags[field] = _flag(value(field))
        if flags[field] is None:
            problem(field, "is not yes or no")
    gender = _gender(value(ImportField.INTERPRETER_GENDER))
    if gender is None:
        problem(ImportField.INTERPRETER_GENDER, "is not female, male or no preference")
    status, detail = _status(value(ImportField.IMMIGRATION_STATUS)), ""
    if status is None:
        status, detail = ImmigrationStatus.OTHER, value(ImportField.IMMIGRATION_STATUS)
        problem(ImportField.IMMIGRATION_STATUS, "is not a status the application lists; "
                "stored as \"other\" with the text as detail", blocking=False)
    nationality = value(ImportField.NATIONALITY)
    if nationality and not known_nationality(nationality):
        problem(ImportField.NATIONALITY, "is not a nationality in the list; it is kept as "
                "written", blocking=False)
    if any(i.blocking for i in issues):
        return ImportRow(row, None, value(ImportField.NOTE), tuple(issues))
    client = Client(
        jurisdiction=jurisdiction, given_names=given, family_name=family,
        preferred_name=value(ImportField.PREFERRED_NAME), aliases=tuple(aliases),
        date_of_birth=birth.day if birth else None,
        date_of_birth_precision=birth.precision if birth else DatePrecision.DAY,
        age_disputed=bool(flags[ImportField.AGE_DISPUTED]), nationality=nationality,
        languages=_languages(value(ImportField.LANGUAGES)),
        interpreter_needed=bool(flags[ImportField.INTERPRETER_NEEDED]),
        interpreter_gender=gender, immigration_status=status,
        immigration_status_detail=detail,
        contact=ContactDetails(value(ImportField.PHONE), value(ImportField.EMAIL),
                               value(ImportField.ADDRESS)),
        safe_contact=replace(SafeContact(), safe_times=value(ImportField.SAFE_TIMES),
                             instructions=value(ImportField.CONTACT_INSTRUCTIONS)),
        opened_on=opened or today)
    try:
        client.validate()
    except ValidationError as error:
        field = error.field.split(".")[-1]
        column = next((c for f, (c, _t) in values.items() if f.value == field), 0)
        issues.append(CellIssue(row, column, field, error.reason))
        return ImportRow(row, None, value(ImportField.NOTE), tuple(issues))
    return ImportRow(row, client, value(ImportField.NOTE), tuple(issues))
