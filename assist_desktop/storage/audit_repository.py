"""SQL for the append-only audit log (the hashing is done by the caller, security/audit_chain)."""
from __future__ import annotations

from typing import Iterator

_COLUMNS = "seq, at, actor, action, entity, entity_id, detail, prev_hash, hash"


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
