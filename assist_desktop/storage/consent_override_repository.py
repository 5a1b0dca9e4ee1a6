"""consent_overrides: a solicitor went ahead without her consent in force, and why."""
from __future__ import annotations

from assist_desktop.platform.clock import utc_now


class ConsentOverrideRepository:
    def add(self, conn, client_id: int, record_kind: str, record_id: int | None, kind: str,
            reason: str, user_id: int | None) -> int:
        return conn.execute(
            "INSERT INTO consent_overrides (client_id, record_kind, record_id, kind, reason, "
            "decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (client_id, record_kind, record_id, kind, reason, user_id, utc_now())).lastrowid

    def for_client(self, conn, client_id: int) -> list[tuple]:
        return conn.execute("SELECT record_kind, record_id, kind, reason, decided_at FROM "
                            "consent_overrides WHERE client_id = ? ORDER BY id",
                            (client_id,)).fetchall()
