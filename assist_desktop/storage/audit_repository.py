"""SQL for the append-only audit log (the hashing is done by the caller, security/audit_chain)."""
from __future__ import annotations

from typing import Callable, Iterator

_COLUMNS = "seq, at, actor, action, entity, entity_id, detail, prev_hash, hash"

# The append-only triggers exactly as migration 1 made them (`check` compares the schema's
# text with these, so a dropped trigger, or one recreated to let rows through, is reported).
EXPECTED_TRIGGERS = {
    "audit_log_no_update": "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\n"
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "audit_log_no_delete": "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n"
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
}


class AuditRepository:
    def last(self, conn) -> tuple[int, str] | None:
        row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else None

    def insert(self, conn, seq: int, at: str, actor: str, action: str, entity: str,
               entity_id: str, detail: str, prev_hash: str, hash_: str) -> None:
        conn.execute(f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash_))

    def insert_many(self, conn, rows: list[tuple]) -> None:
        """Rows of (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash)."""
        conn.executemany(f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         rows)

    def link_at(self, conn, seq: int) -> str | None:
        row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
        return row[0] if row else None

    def triggers(self, conn) -> dict[str, str]:
        """{name: SQL} of every trigger on the audit log, as the schema holds them."""
        return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                 "AND tbl_name = 'audit_log' COLLATE NOCASE").fetchall())

    def relink(self, conn, new_links: Callable[[Iterator[tuple]], Iterator[tuple[int, str, str]]]
               ) -> int:
        """Re-link the whole chain once (keying an older chain), inside the caller's
        transaction: the append-only triggers are dropped, every row gets the (prev_hash,
        hash) that new_links yields for it as (seq, prev_hash, hash), and the triggers are
        made again as migration 1 made them. All or nothing with the transaction. Returns
        how many rows were re-linked."""
        for name in EXPECTED_TRIGGERS:
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        count = 0
        # Old links out first, so that no new link can meet an old one in the UNIQUE index
        # midway; new_links reads only the rows' fields (their old links are gone by then).
        conn.execute("UPDATE audit_log SET hash = 'relinking:' || seq")
        for seq, prev, link in new_links(self.iter_rows(conn)):
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?",
                         (prev, link, seq))
            count += 1
        for sql in EXPECTED_TRIGGERS.values():
            conn.execute(sql)
        return count

    def by_seq(self, conn, seq: int) -> tuple | None:
        return conn.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE seq = ?", (seq,)).fetchone()

    def iter_rows(self, conn, batch: int = 2000) -> Iterator[tuple]:
        """All rows in order, fetched in batches so a long log does not sit in memory."""
        after = 0
        while True:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq "
                                f"LIMIT ?", (after, batch)).fetchall()
            if not rows:
                return
            yield from rows
            after = rows[-1][0]

    def page(self, conn, offset: int, limit: int, entity: str | None = None,
             actor: str | None = None) -> list[tuple]:
        where, args = [], []
        if entity:
            where.append("entity = ?")
            args.append(entity)
        if actor:
            where.append("actor = ?")
            args.append(actor)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return conn.execute(f"SELECT {_COLUMNS} FROM audit_log {clause} ORDER BY seq DESC "
                            f"LIMIT ? OFFSET ?", (*args, limit, offset)).fetchall()

    def count(self, conn) -> int:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]

    # --- the administrator's viewer: filters, choices, references --------------------
    @staticmethod
    def _where(actor=None, action=None, client_id=None, since=None, until=None):
        """WHERE clause for the viewer's filters; times are UTC ISO strings, until exclusive.
        A client's rows: her own record's, and every row whose detail names her file."""
        where, args = [], []
        for column, value in (("actor", actor), ("action", action)):
            if value:
                where.append(f"{column} = ?")
                args.append(value)
        if client_id is not None:
            where.append("((entity = 'client' AND entity_id = ?) OR detail = ? OR detail LIKE ?)")
            args += [str(client_id), f"client:{client_id}", f"client:{client_id} %"]
        if since:
            where.append("at >= ?")
            args.append(since)
        if until:
            where.append("at < ?")
            args.append(until)
        return (f"WHERE {' AND '.join(where)}" if where else ""), args

    def filtered(self, conn, offset: int, limit: int, **filters) -> list[tuple]:
        clause, args = self._where(**filters)
        return conn.execute(f"SELECT {_COLUMNS} FROM audit_log {clause} ORDER BY seq DESC "
                            f"LIMIT ? OFFSET ?", (*args, limit, offset)).fetchall()

    def filtered_count(self, conn, **filters) -> int:
        clause, args = self._where(**filters)
        return conn.execute(f"SELECT count(*) FROM audit_log {clause}", args).fetchone()[0]

    def distinct(self, conn, column: str) -> list[str]:
        if column not in ("actor", "action"):
            raise ValueError(column)
        return [r[0] for r in conn.execute(
            f"SELECT DISTINCT {column} FROM audit_log ORDER BY {column}").fetchall()]

    def usernames(self, conn, user_ids) -> dict:
        """{user id: username} (usernames are what the log's "who" column shows)."""
        found = {}
        for chunk in _chunks(sorted(set(user_ids))):
            marks = ",".join("?" * len(chunk))
            found.update(conn.execute(f"SELECT id, username FROM users WHERE id IN ({marks})",
                                      chunk).fetchall())
        return found

    def references(self, conn, client_ids, matter_ids) -> tuple[dict, dict]:
        """{client id: reference}, {matter id: (reference, client id)} (deleted ones too)."""
        clients, matters = {}, {}
        for chunk in _chunks(sorted(set(client_ids))):
            marks = ",".join("?" * len(chunk))
            clients.update(conn.execute(f"SELECT id, reference FROM clients WHERE id IN "
                                        f"({marks})", chunk).fetchall())
        for chunk in _chunks(sorted(set(matter_ids))):
            marks = ",".join("?" * len(chunk))
            matters.update((r[0], (r[1], r[2])) for r in conn.execute(
                f"SELECT id, reference, client_id FROM matters WHERE id IN ({marks})",
                chunk).fetchall())
        return clients, matters

    def client_by_reference(self, conn, reference: str) -> int | None:
        row = conn.execute("SELECT id FROM clients WHERE reference = ? COLLATE NOCASE",
                           (reference.strip(),)).fetchone()
        return row[0] if row else None


def _chunks(ids: list, size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]
