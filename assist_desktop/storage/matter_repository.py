"""Matters (with the parties linked to them) and parties (with aliases, phones, addresses)."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.matters import Matter
from assist_desktop.domain.parties import Party, PartyPhone
from assist_desktop.storage.child_rows import load_children, load_children_for, replace_children
from assist_desktop.storage.client_owned_repository import ClientOwnedRepository
from assist_desktop.storage.record_table import RecordTable
from assist_desktop.storage.references import next_reference


class MatterRepository(ClientOwnedRepository[Matter]):
    table = RecordTable("matters", Matter, what="matter", skip=("party_ids",),
                        immutable=("reference",))
    order_by = "opened_on, id"

    def create(self, conn, matter: Matter, *, year: int | None = None) -> Matter:
        year = year or datetime.now(timezone.utc).year
        stored = self.table.insert(conn, replace(matter, reference=next_reference(conn, "M", year)))
        self._write_parties(conn, stored, matter.party_ids)
        return self.get(conn, stored.id)

    def update(self, conn, matter: Matter) -> Matter:
        self.table.update(conn, matter)
        stored = self.get(conn, matter.id)
        self._write_parties(conn, stored, matter.party_ids)
        return self.get(conn, matter.id)

    def id_by_reference(self, conn, client_id: int, reference: str) -> int | None:
        """The live matter of this client with this reference (M-2026-0001), or None."""
        row = conn.execute("SELECT id FROM matters WHERE reference = ? AND client_id = ? AND "
                           "deleted_at IS NULL", (reference, client_id)).fetchone()
        return None if row is None else row[0]

    def _write_parties(self, conn, matter: Matter, party_ids) -> None:
        wanted = sorted(set(party_ids))
        if wanted:
            marks = ", ".join("?" for _ in wanted)
            found = conn.execute(f"SELECT count(*) FROM parties WHERE client_id = ? AND "
                                 f"deleted_at IS NULL AND id IN ({marks})",
                                 (matter.client_id, *wanted)).fetchone()[0]
            if found != len(wanted):
                raise ValidationError("party_ids", "a linked party is not in this client's file")
        replace_children(conn, "matter_parties", "matter_id", matter.id, ("party_id",),
                         [(pid,) for pid in wanted], ordered=False)

    def get(self, conn, record_id: int, *, include_deleted: bool = False) -> Matter | None:
        matter = self.table.get(conn, record_id, include_deleted=include_deleted)
        if matter is None:
            return None
        rows = load_children(conn, "matter_parties", "matter_id", record_id, ("party_id",),
                             ordered=False)
        return replace(matter, party_ids=frozenset(r[0] for r in rows))

    def list_for_client(self, conn, client_id: int, *, include_deleted: bool = False):
        matters = super().list_for_client(conn, client_id, include_deleted=include_deleted)
        links = load_children_for(conn, "matter_parties", "matter_id", [m.id for m in matters],
                                  ("party_id",), ordered=False)
        return [replace(m, party_ids=frozenset(r[0] for r in links[m.id])) for m in matters]

    def soft_delete(self, conn, record_id: int, expected_version: int) -> Matter:
        self.table.soft_delete(conn, record_id, expected_version)
        return self.get(conn, record_id, include_deleted=True)


_PARTY_LISTS = ("aliases", "phones", "addresses")


class PartyRepository(ClientOwnedRepository[Party]):
    table = RecordTable("parties", Party, what="party", skip=_PARTY_LISTS)
    order_by = "role, name, id"

    def create(self, conn, party: Party) -> Party:
        stored = self.table.insert(conn, party)
        self._write_lists(conn, stored.id, party)
        return self.get(conn, stored.id)

    def update(self, conn, party: Party) -> Party:
        self.table.update(conn, party)
        self._write_lists(conn, party.id, party)
        return self.get(conn, party.id)

    def _write_lists(self, conn, party_id: int, party: Party) -> None:
        replace_children(conn, "party_aliases", "party_id", party_id, ("name",),
                         [(a,) for a in party.aliases])
        replace_children(conn, "party_phones", "party_id", party_id, ("number", "label"),
                         [(p.number, p.label) for p in party.phones])
        replace_children(conn, "party_addresses", "party_id", party_id, ("address",),
                         [(a,) for a in party.addresses])

    def get(self, conn, record_id: int, *, include_deleted: bool = False) -> Party | None:
        party = self.table.get(conn, record_id, include_deleted=include_deleted)
        return None if party is None else self._with_lists(conn, [party])[0]

    def list_for_client(self, conn, client_id: int, *, include_deleted: bool = False):
        return self._with_lists(conn, super().list_for_client(
            conn, client_id, include_deleted=include_deleted))

    def list_for_matter(self, conn, matter_id: int) -> list[Party]:
        parties = self.table.select(
            conn, "deleted_at IS NULL AND id IN (SELECT party_id FROM matter_parties "
                  "WHERE matter_id = ?)", (matter_id,), self.order_by)
        return self._with_lists(conn, parties)

    def soft_delete(self, conn, record_id: int, expected_version: int) -> Party:
        self.table.soft_delete(conn, record_id, expected_version)
        return self.get(conn, record_id, include_deleted=True)

    def _with_lists(self, conn, parties: list[Party]) -> list[Party]:
        ids = [p.id for p in parties]
        aliases = load_children_for(conn, "party_aliases", "party_id", ids, ("name",))
        phones = load_children_for(conn, "party_phones", "party_id", ids, ("number", "label"))
        addresses = load_children_for(conn, "party_addresses", "party_id", ids, ("address",))
        return [replace(p, aliases=tuple(r[0] for r in aliases[p.id]),
                        phones=tuple(PartyPhone(n, label) for n, label in phones[p.id]),
                        addresses=tuple(r[0] for r in addresses[p.id])) for p in parties]
