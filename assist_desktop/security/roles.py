"""Staff roles. A person may hold several (a director may be administrator and solicitor)."""
from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    SOLICITOR = "solicitor"
    SUPPORT_WORKER = "support_worker"

    @property
    def label(self) -> str:
        return {"administrator": "Administrator", "solicitor": "Solicitor",
                "support_worker": "Support worker"}[self.value]

    @classmethod
    def parse(cls, text: str) -> "Role":
        """Accept 'support-worker', 'Support worker', 'support_worker'."""
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return cls(key)
        except ValueError:
            raise ValueError(f"unknown role {text.strip()[:40]!r}: use administrator, solicitor "
                             f"or support-worker") from None


CASEWORK_ROLES = frozenset({Role.SOLICITOR, Role.SUPPORT_WORKER})
