"""The centre and its staff accounts."""
from __future__ import annotations

import re
from dataclasses import dataclass

JURISDICTIONS = ("england-wales", "scotland", "ireland")
JURISDICTION_LABELS = {"england-wales": "England & Wales", "scotland": "Scotland",
                       "ireland": "Republic of Ireland"}   # the state, not Northern Ireland
USERNAME_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")


@dataclass(frozen=True)
class CentreInfo:
    database_id: str
    name: str
    jurisdiction: str
    address: str
    created_at: str
    phone: str = ""
    email: str = ""
    website: str = ""
    regulator_note: str = ""      # e.g. "Authorised and regulated by the SRA, SRA number ..."
    complaints_contact: str = ""  # who handles complaints, for the client care letter

    @property
    def currency(self) -> str:
        return "EUR" if self.jurisdiction == "ireland" else "GBP"


@dataclass(frozen=True)
class StaffUser:
    id: int
    username: str
    full_name: str
    roles: frozenset[str]
    disabled: bool
    created_at: str
    updated_at: str
    temporary_passphrase: bool = False  # set by an administrator; changed at next sign-in
    # compartment keys she is entitled to that are not sealed to her yet (administrators'
    # staff list): the privilege key, and how many restricted files' keys
    waiting_privilege_key: bool = False
    waiting_file_keys: int = 0


def username_problem(username: str) -> str | None:
    """None when the username is acceptable, else a sentence saying why not."""
    if not USERNAME_PATTERN.match(username):
        return ("A username is 2-32 characters: lower-case letters, digits, dot, dash or "
                "underscore, starting with a letter.")
    return None
