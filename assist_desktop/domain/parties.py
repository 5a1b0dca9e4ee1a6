"""Other people in a client's matters: traffickers and associates (searched for conflicts and
safety), employers, witnesses, interpreters, experts, the other side.

A party belongs to one client's file: the same trafficker in two files is two records, so a
restricted file never leaks through a shared party (the conflict check finds both)."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from assist_desktop.domain.records import ClientRecord, check_enum, check_text

NAME_LIMIT = 500


class PartyRole(StrEnum):
    TRAFFICKER = "trafficker"
    ASSOCIATE = "associate"   # of the trafficker (includes "madams", recruiters, drivers)
    EMPLOYER = "employer"
    WITNESS = "witness"
    INTERPRETER = "interpreter"
    EXPERT = "expert"
    OTHER_SIDE = "other_side"
    OTHER = "other"

    @property
    def is_adverse_to_safety(self) -> bool:
        return self in (PartyRole.TRAFFICKER, PartyRole.ASSOCIATE)


@dataclass(frozen=True)
class PartyPhone:
    number: str
    label: str = ""


@dataclass(frozen=True, kw_only=True)
class Party(ClientRecord):
    role: PartyRole
    name: str
    organisation: str = ""
    aliases: tuple[str, ...] = ()
    phones: tuple[PartyPhone, ...] = ()
    addresses: tuple[str, ...] = ()
    do_not_disclose: bool = False
    notes: str = ""

    def validate(self) -> None:
        check_enum("role", self.role, PartyRole)
        check_text("name", self.name, required=True, limit=NAME_LIMIT)
        check_text("organisation", self.organisation, limit=NAME_LIMIT)
        for alias in self.aliases:
            check_text("aliases", alias, required=True, limit=NAME_LIMIT)
        for phone in self.phones:
            check_text("phones", phone.number, required=True, limit=100)
            check_text("phones", phone.label, limit=100)
        for address in self.addresses:
            check_text("addresses", address, required=True, limit=2000)
        check_text("notes", self.notes)
