"""Who is signed in. Services take a Session and check it; the GUI only reads it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Session:
    user_id: int
    username: str
    full_name: str
    roles: frozenset  # of security.roles.Role (str values), kept as strings here: domain is Qt- and security-free

    def has(self, role) -> bool:
        return str(role) in {str(r) for r in self.roles}

    @property
    def is_administrator(self) -> bool:
        return self.has("administrator")

    @property
    def is_solicitor(self) -> bool:
        return self.has("solicitor")

    @property
    def is_support_worker(self) -> bool:
        return self.has("support_worker")

    @property
    def has_casework_role(self) -> bool:
        return self.is_solicitor or self.is_support_worker
