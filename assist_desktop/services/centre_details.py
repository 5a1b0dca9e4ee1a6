"""The centre's own details as they appear on every letterhead and footer: name, address,
phone, email, website, the regulator line and the complaints contact. Anyone signed in may
read them (documents need them); only an administrator may change them (audited)."""
from __future__ import annotations

import dataclasses
import re

from assist_desktop.domain.errors import NotFound, ValidationError
from assist_desktop.domain.records import check_text
from assist_desktop.domain.staff import CentreInfo
from assist_desktop.services import permissions as perm
from assist_desktop.storage.centre_repository import CentreRepository

# What a centre edits, with the longest text each may hold.
FIELDS = {"name": 200, "address": 1000, "phone": 100, "email": 200, "website": 200,
          "regulator_note": 500, "complaints_contact": 500}
ONE_LINE = ("name", "phone", "email", "website")
_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")
_PHONE = re.compile(r"^[0-9+() .\-/]*(ext\.? ?[0-9]+)?$", re.IGNORECASE)

# A starting point for the regulator line, per jurisdiction (the centre fills in its number).
REGULATOR_EXAMPLES = {
    "england-wales": ("Authorised and regulated by the Solicitors Regulation Authority, "
                      "SRA number 000000",
                      "Regulated by the Office of the Immigration Services Commissioner, "
                      "OISC reference F000000000"),
    "scotland": ("Regulated by the Law Society of Scotland",),
    "ireland": ("Regulated by the Law Society of Ireland and the Legal Services Regulatory "
                "Authority",),
}


def check_details(info: CentreInfo) -> None:
    for name, limit in FIELDS.items():
        value = getattr(info, name)
        check_text(name, value, required=name == "name", limit=limit)
        if any(ord(c) < 32 and c not in "\n\r\t" for c in value):
            raise ValidationError(name, "contains control characters")
        if name in ONE_LINE and ("\n" in value or "\r" in value):
            raise ValidationError(name, "must be on one line")
    if info.email and not _EMAIL.match(info.email):
        raise ValidationError("email", "is not an email address (name@example.org)")
    if info.phone and not _PHONE.match(info.phone):
        raise ValidationError("phone", "may hold only digits, spaces, + ( ) - . / and ext")
    if info.website and (" " in info.website or "<" in info.website or '"' in info.website):
        raise ValidationError("website", "is not a web address (www.example.org)")


class CentreDetailsService:
    def __init__(self, db, session, audit, repository: CentreRepository | None = None):
        self._db, self._session, self._audit = db, session, audit
        self._repo = repository or CentreRepository()

    def get(self) -> CentreInfo:
        found = self._db.read(self._repo.get)
        if found is None:
            raise NotFound("centre record")
        return found

    def update(self, **changes: str) -> CentreInfo:
        """Change some of FIELDS (administrators only); returns the centre as saved."""
        perm.require_administrator(self._session, "change the centre's details")
        for key, value in changes.items():
            if key not in FIELDS:
                raise ValidationError(key, "is not one of the centre's details")
            if not isinstance(value, str):
                raise ValidationError(key, "must be text")
        cleaned = {k: v.strip() for k, v in changes.items()}

        def write(conn):
            current = self._repo.get(conn)
            if current is None:
                raise NotFound("centre record")
            wanted = dataclasses.replace(current, **cleaned)
            check_details(wanted)
            changed = sorted(k for k in cleaned if getattr(current, k) != getattr(wanted, k))
            if changed:
                self._repo.update_details(conn, wanted)
                self._audit.record(conn, "change_centre", "centre", 1,
                                   "fields:" + ",".join(changed))
            return self._repo.get(conn)
        return self._db.write(write)
