"""The address book: organisations (and people in them) that letters are sent to, e.g. the
Home Office's further submissions unit, the CICA or a tribunal, per jurisdiction."""
from __future__ import annotations

from dataclasses import dataclass

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.records import check_text
from assist_desktop.domain.staff import JURISDICTIONS

# What a recipient is typically used for; a letter's kind picks the likely ones first.
USES = ("representations", "further_submissions", "support_letter", "compensation", "appeal",
        "other")


@dataclass(frozen=True)
class Recipient:
    jurisdiction: str
    organisation: str
    department: str = ""   # e.g. "Further Submissions Unit"
    person: str = ""       # a named person; letters to one say "Dear ..." / "Yours sincerely"
    address: str = ""      # one line per line of the address
    email: str = ""
    used_for: str = ""     # comma-separated USES
    source: str = ""       # where the address came from; "[VERIFY]" until checked
    id: int | None = None
    version: int = 1
    created_at: str = ""
    updated_at: str = ""

    @property
    def address_lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.address.splitlines() if line.strip())

    @property
    def label(self) -> str:
        """How a picker lists it: "Home Office - Further Submissions Unit"."""
        return " - ".join(p for p in (self.organisation, self.department, self.person) if p)

    def uses(self) -> tuple[str, ...]:
        return tuple(u.strip() for u in self.used_for.split(",") if u.strip())

    def validate(self) -> None:
        if self.jurisdiction not in JURISDICTIONS:
            raise ValidationError("jurisdiction", "is not England & Wales, Scotland or Ireland")
        check_text("organisation", self.organisation, required=True, limit=200)
        for name in ("department", "person", "email"):
            check_text(name, getattr(self, name), limit=200)
        check_text("address", self.address, limit=1000)
        check_text("source", self.source, limit=1000)
        if len(self.address_lines) > 10:
            raise ValidationError("address", "has more than 10 lines")
        for name in ("organisation", "department", "person", "email"):
            if "\n" in getattr(self, name) or "\r" in getattr(self, name):
                raise ValidationError(name, "must be on one line")
        for use in self.uses():
            if use not in USES:
                raise ValidationError("used_for", f"'{use}' is not a kind of letter")
        if _control(self.organisation + self.department + self.person + self.address
                    + self.email + self.source):
            raise ValidationError("address", "contains control characters")


def _control(text: str) -> bool:
    return any(ord(c) < 32 and c not in "\n\r\t" for c in text)
