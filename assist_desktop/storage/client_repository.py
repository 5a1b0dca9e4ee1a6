"""Clients: the profile row plus its lists (aliases, languages, safety flags, restrictions).

`visible_client_sql` is the one place the restriction rule is written in SQL; every query that
lists clients or their records across files (caseload, due tasks, search) must use it.

The `safety_alert` flag is the server's: it is set exactly while the client has open safety
alerts (recompute_safety_alert, called by safety screening when an alert is raised or resolved).
A profile save keeps it as stored whatever the form sends; a new client never has it. Other
flags raised or cleared outside a profile save bump the client's version, so a colleague's
save over the older version is an EditConflict rather than a silent overwrite.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timezone

from assist_desktop.domain.clients import (Alias, AliasKind, Client, DeletedClient, Language,
                                           SafetyFlag)
from assist_desktop.domain.records import sort_key
from assist_desktop.storage.child_rows import load_children, load_children_for, replace_children
from assist_desktop.storage.record_table import RecordTable, utc_now
from assist_desktop.storage.references import next_reference

_LISTS = ("aliases", "languages", "safety_flags", "restricted_to")
SERVER_FLAGS = frozenset({SafetyFlag.SAFETY_ALERT})  # never taken from a caller's record


def visible_client_sql(alias: str = "c", user_param: str = ":me") -> str:
    """SQL true for a live client the user may see: unrestricted, or restricted to them.

    Written as NOT IN over the (small) set of files hidden from this user, which SQLite
    computes once per query, rather than a correlated EXISTS per client row.
    """
    return (f"({alias}.deleted_at IS NULL AND {alias}.id NOT IN (SELECT r.client_id FROM "
            f"client_restrictions r WHERE r.client_id NOT IN (SELECT m.client_id FROM "
            f"client_restrictions m WHERE m.user_id = {user_param})))")


@dataclass(frozen=True)
class ClientAccess:
    """What a permission check needs to know about a client, and nothing else."""
    id: int
    reference: str
    restricted_to: frozenset[int]
    deleted: bool


class ClientRepository:
    table = RecordTable("clients", Client, what="client record", skip=_LISTS,
                        immutable=("reference",))

    # --- writing ------------------------------------------------------------------------
    def create(self, conn, client: Client, *, year: int | None = None,
               by: int | None = None) -> Client:
        year = year or datetime.now(timezone.utc).year
        reference = next_reference(conn, "C", year)
        stored = self.table.insert(conn, _with_reference(client, reference),
                                   sort_name=sort_key(client.display_name))
        self._write_lists(conn, stored.id, client, server_flags=frozenset(),  # no alerts yet
                          by=by)
        return self.get(conn, stored.id)

    def update(self, conn, client: Client, *, by: int | None = None) -> Client:
        """Save over `client.version` (EditConflict if it moved on); the server-owned flags
        stay as stored, whatever `client.safety_flags` says about them."""
        kept = self._flags(conn, client.id) & SERVER_FLAGS
        self.table.update(conn, client, sort_name=sort_key(client.display_name))
        self._write_lists(conn, client.id, client, server_flags=kept, by=by)
        return self.get(conn, client.id)

    @staticmethod
    def _write_flags(conn, client_id: int, flags, by: int | None) -> None:
        """Flags kept keep when and by whom they were raised; new ones are stamped now."""
        have = {row[0] for row in conn.execute(
            "SELECT flag FROM client_safety_flags WHERE client_id = ?", (client_id,))}
        wanted = {SafetyFlag(f).value for f in flags}
        for gone in sorted(have - wanted):
            conn.execute("DELETE FROM client_safety_flags WHERE client_id = ? AND flag = ?",
                         (client_id, gone))
        for new in sorted(wanted - have):
            conn.execute("INSERT INTO client_safety_flags (client_id, flag, added_at, added_by) "
                         "VALUES (?, ?, ?, ?)", (client_id, new, utc_now(), by))

    def flag_marks(self, conn, client_id: int) -> list[tuple[str, str | None, int | None]]:
        """(flag, raised at, raised by) of each flag on her file."""
        return conn.execute("SELECT flag, added_at, added_by FROM client_safety_flags WHERE "
                            "client_id = ? ORDER BY flag", (client_id,)).fetchall()

    def _write_lists(self, conn, client_id: int, client: Client, *,
                     server_flags: frozenset[SafetyFlag], by: int | None = None) -> None:
        flags = ({SafetyFlag(f) for f in client.safety_flags} - SERVER_FLAGS) | server_flags
        replace_children(conn, "client_aliases", "client_id", client_id, ("name", "kind", "note"),
                         [(a.name, AliasKind(a.kind).value, a.note) for a in client.aliases])
        replace_children(conn, "client_languages", "client_id", client_id,
                         ("language", "dialect", "main"),
                         [(lang.language, lang.dialect, int(lang.main))
                          for lang in client.languages])
        self._write_flags(conn, client_id, flags, by)
        replace_children(conn, "client_restrictions", "client_id", client_id, ("user_id",),
                         [(user_id,) for user_id in sorted(client.restricted_to)],
                         ordered=False)

    def soft_delete(self, conn, client_id: int, expected_version: int) -> Client:
        self.table.soft_delete(conn, client_id, expected_version)
        return self.get(conn, client_id, include_deleted=True)

    def restore(self, conn, client_id: int, expected_version: int) -> Client:
        self.table.restore(conn, client_id, expected_version)
        return self.get(conn, client_id)

    def purge(self, conn, client_id: int) -> bool:
        """Every table of her file cascades from the client row."""
        return self.table.purge(conn, client_id)

    def add_safety_flag(self, conn, client_id: int, flag: SafetyFlag, *,
                        by: int | None = None) -> bool:
        """Raise one flag without a profile save. If it was not already set, the client's
        version moves on, so a form opened before it cannot save over it unnoticed.
        True when it changed. Not for `safety_alert` (see recompute_safety_alert)."""
        return self._bump_if(conn, client_id, self._set_flag(conn, client_id, _own_flag(flag),
                                                             True, by))

    def recompute_safety_alert(self, conn, client_id: int, *, by: int | None = None) -> bool:
        """Set `safety_alert` while the client has an open safety alert, clear it when she has
        none. Profile saves keep it, so the version is left alone. True when it is set."""
        has_open = bool(conn.execute(
            "SELECT EXISTS (SELECT 1 FROM safety_alerts WHERE client_id = ? AND status = 'open')",
            (client_id,)).fetchone()[0])
        self._set_flag(conn, client_id, SafetyFlag.SAFETY_ALERT, has_open, by)
        return has_open

    @staticmethod
    def _set_flag(conn, client_id: int, flag: SafetyFlag, raised: bool,
                  by: int | None = None) -> bool:
        """Raise or clear one flag row (stamped with when and by whom); True when that
        changed it."""
        if raised:
            cursor = conn.execute("INSERT INTO client_safety_flags (client_id, flag, added_at, "
                                  "added_by) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                                  (client_id, flag.value, utc_now(), by))
        else:
            cursor = conn.execute("DELETE FROM client_safety_flags WHERE client_id = ? "
                                  "AND flag = ?", (client_id, flag.value))
        return cursor.rowcount == 1

    def _bump_if(self, conn, client_id: int, changed: bool) -> bool:
        if changed:
            conn.execute("UPDATE clients SET version = version + 1, updated_at = ? WHERE id = ?",
                         (utc_now(), client_id))
        return changed

    def _flags(self, conn, client_id: int) -> frozenset[SafetyFlag]:
        return frozenset(SafetyFlag(row[0]) for row in conn.execute(
            "SELECT flag FROM client_safety_flags WHERE client_id = ?", (client_id,)))

    # --- reading ------------------------------------------------------------------------
    def get(self, conn, client_id: int, *, include_deleted: bool = False) -> Client | None:
        client = self.table.get(conn, client_id, include_deleted=include_deleted)
        if client is None:
            return None
        lists = {
            "aliases": load_children(conn, "client_aliases", "client_id", client_id,
                                     ("name", "kind", "note")),
            "languages": load_children(conn, "client_languages", "client_id", client_id,
                                       ("language", "dialect", "main")),
            "safety_flags": load_children(conn, "client_safety_flags", "client_id", client_id,
                                          ("flag",), ordered=False),
            "restricted_to": load_children(conn, "client_restrictions", "client_id", client_id,
                                           ("user_id",), ordered=False),
        }
        return _with_lists(client, lists)

    def get_many(self, conn, client_ids: list[int]) -> list[Client]:
        """Several clients with their lists, in the order asked (missing ones left out)."""
        if not client_ids:
            return []
        marks = ", ".join("?" for _ in client_ids)
        found = {c.id: c for c in self.table.select(
            conn, f"id IN ({marks}) AND deleted_at IS NULL", tuple(client_ids))}
        ids = list(found)
        lists = {
            "aliases": load_children_for(conn, "client_aliases", "client_id", ids,
                                         ("name", "kind", "note")),
            "languages": load_children_for(conn, "client_languages", "client_id", ids,
                                           ("language", "dialect", "main")),
            "safety_flags": load_children_for(conn, "client_safety_flags", "client_id", ids,
                                              ("flag",), ordered=False),
            "restricted_to": load_children_for(conn, "client_restrictions", "client_id", ids,
                                               ("user_id",), ordered=False),
        }
        return [_with_lists(found[i], {k: v[i] for k, v in lists.items()})
                for i in client_ids if i in found]

    def restrictions_of(self, conn, client_ids) -> dict[int, frozenset[int]]:
        """client id -> the user ids named on her restricted file, for those of client_ids
        that are restricted (an unrestricted file is absent)."""
        ids = sorted({int(i) for i in client_ids})
        found: dict[int, set[int]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for client_id, user_id in conn.execute(
                    "SELECT client_id, user_id FROM client_restrictions WHERE client_id IN "
                    f"({','.join('?' * len(chunk))})", chunk):
                found.setdefault(client_id, set()).add(user_id)
        return {k: frozenset(v) for k, v in found.items()}

    def access(self, conn, client_id: int) -> ClientAccess | None:
        row = conn.execute("SELECT id, reference, deleted_at FROM clients WHERE id = ?",
                           (client_id,)).fetchone()
        if row is None:
            return None
        users = conn.execute("SELECT user_id FROM client_restrictions WHERE client_id = ?",
                             (client_id,)).fetchall()
        return ClientAccess(row[0], row[1], frozenset(u[0] for u in users), row[2] is not None)

    def list_deleted(self, conn) -> list[DeletedClient]:
        """Soft-deleted clients, by reference only: for the purge screen."""
        return [DeletedClient(*row) for row in conn.execute(
            "SELECT id, reference, deleted_at, version FROM clients WHERE deleted_at IS NOT NULL "
            "ORDER BY deleted_at, id")]


def _own_flag(flag: SafetyFlag) -> SafetyFlag:
    flag = SafetyFlag(flag)
    if flag in SERVER_FLAGS:
        raise ValueError("safety_alert follows the client's open safety alerts: "
                         "use recompute_safety_alert")
    return flag


def _with_reference(client: Client, reference: str) -> Client:
    return replace(client, reference=reference)


def _with_lists(client: Client, lists: dict[str, list[tuple]]) -> Client:
    return replace(
        client,
        aliases=tuple(Alias(name, AliasKind(kind), note) for name, kind, note in lists["aliases"]),
        languages=tuple(Language(language, dialect, bool(main))
                        for language, dialect, main in lists["languages"]),
        safety_flags=frozenset(SafetyFlag(row[0]) for row in lists["safety_flags"]),
        restricted_to=frozenset(row[0] for row in lists["restricted_to"]))
