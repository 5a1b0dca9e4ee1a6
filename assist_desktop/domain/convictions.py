"""Criminal convictions (special-category, Article 10 UK GDPR data): seen by solicitors only.

Often relevant because trafficked women are prosecuted for offences they were compelled to
commit (s.45 Modern Slavery Act defence), and for CICA's unspent-convictions rule.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from assist_desktop.domain.records import ClientRecord, check_date, check_text


@dataclass(frozen=True, kw_only=True)
class Conviction(ClientRecord):
    offence: str
    convicted_on: date | None = None
    court: str = ""
    country: str = ""
    sentence: str = ""
    spent: bool | None = None  # None: not yet established
    compelled_by_trafficking: bool = False
    notes: str = ""

    def validate(self) -> None:
        check_text("offence", self.offence, required=True, limit=2000)
        check_date("convicted_on", self.convicted_on)
        for name in ("court", "country", "sentence"):
            check_text(name, getattr(self, name), limit=2000)
        check_text("notes", self.notes)
