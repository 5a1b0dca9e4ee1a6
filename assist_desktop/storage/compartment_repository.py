"""The compartments (schema 16) and their sealed key copies; who is entitled to each."""
from __future__ import annotations

from dataclasses import dataclass

from assist_desktop.platform.clock import utc_now
from assist_desktop.storage.sealed_records import PRIVILEGE, client_compartment


@dataclass(frozen=True)
class KeyCopy:
    compartment: str
    generation: int
    slot_id: str
    username: str | None
    sealed: str


class CompartmentRepository:
    def all(self, conn) -> dict[str, tuple[int | None, int]]:
        """name -> (client id or None, current generation)."""
        return {name: (client_id, gen) for name, client_id, gen in conn.execute(
            "SELECT name, client_id, generation FROM compartments")}

    def create(self, conn, name: str, client_id: int | None) -> int:
        conn.execute("INSERT INTO compartments (name, client_id, generation, created_at) "
                     "VALUES (?, ?, 1, ?)", (name, client_id, utc_now()))
        return 1

    def next_generation(self, conn, name: str) -> int:
        conn.execute("UPDATE compartments SET generation = generation + 1 WHERE name = ?", (name,))
        return conn.execute("SELECT generation FROM compartments WHERE name = ?",
                            (name,)).fetchone()[0]

    def delete(self, conn, name: str) -> None:
        conn.execute("DELETE FROM compartments WHERE name = ?", (name,))

    def copies(self, conn) -> list[KeyCopy]:
        return [KeyCopy(*row) for row in conn.execute(
            "SELECT compartment, generation, slot_id, username, sealed FROM compartment_keys")]

    def held(self, conn) -> set[tuple[str, int, str]]:
        """(compartment, generation, slot id) of every key copy (without the sealed keys)."""
        return set(conn.execute("SELECT compartment, generation, slot_id FROM compartment_keys"))

    def copy_for(self, conn, name: str, generation: int, slot_id: str) -> str | None:
        row = conn.execute("SELECT sealed FROM compartment_keys WHERE compartment = ? AND "
                           "generation = ? AND slot_id = ?", (name, generation, slot_id)).fetchone()
        return row[0] if row else None

    def add_copy(self, conn, copy: KeyCopy) -> None:
        conn.execute("INSERT OR REPLACE INTO compartment_keys (compartment, generation, slot_id, "
                     "username, sealed) VALUES (?, ?, ?, ?, ?)",
                     (copy.compartment, copy.generation, copy.slot_id, copy.username,
                      copy.sealed))

    def remove_copy(self, conn, name: str, generation: int, slot_id: str) -> None:
        conn.execute("DELETE FROM compartment_keys WHERE compartment = ? AND generation = ? AND "
                     "slot_id = ?", (name, generation, slot_id))

    def remove_older(self, conn, name: str, generation: int) -> None:
        conn.execute("DELETE FROM compartment_keys WHERE compartment = ? AND generation < ?",
                     (name, generation))

    # --- who is entitled -----------------------------------------------------------------
    def restricted_clients(self, conn) -> dict[int, set[str]]:
        """client id -> usernames (of live accounts) named on her restricted file."""
        found: dict[int, set[str]] = {}
        for client_id, username, disabled in conn.execute(
                "SELECT r.client_id, u.username, u.disabled FROM client_restrictions r "
                "JOIN users u ON u.id = r.user_id"):
            names = found.setdefault(client_id, set())
            if not disabled:
                names.add(username.casefold())
        return found

    def solicitors(self, conn) -> set[str]:
        return {name.casefold() for (name,) in conn.execute(
            "SELECT u.username FROM users u JOIN user_roles r ON r.user_id = u.id "
            "WHERE r.role = 'solicitor' AND u.disabled = 0")}

    def has_unsealed_privileged(self, conn) -> bool:
        return conn.execute(
            "SELECT EXISTS (SELECT 1 FROM case_notes WHERE privileged = 1 AND sealed_with IS NULL)"
            " OR EXISTS (SELECT 1 FROM attachments a LEFT JOIN case_notes n ON n.id = a.note_id "
            "WHERE (a.privileged = 1 OR coalesce(n.privileged, 0) = 1) AND a.sealed_with IS NULL)"
            " OR EXISTS (SELECT 1 FROM generated_documents WHERE privileged = 1 AND "
            "sealed_with IS NULL)").fetchone()[0] == 1


__all__ = ["CompartmentRepository", "KeyCopy", "PRIVILEGE", "client_compartment"]
