"""The subject access log (sar_requests): one client's requests, the centre's log across the
files a user may see (with each file's reference joined, no profile read), and the open
requests' due dates for the diary."""
from __future__ import annotations

from datetime import date

from assist_desktop.domain.diary import DiaryEntry, DiaryKind
from assist_desktop.domain.subject_access import SarDirection, SarRequest
from assist_desktop.storage.client_owned_repository import ClientOwnedRepository
from assist_desktop.storage.client_repository import visible_client_sql
from assist_desktop.storage.record_table import RecordTable


class SarRequestRepository(ClientOwnedRepository[SarRequest]):
    table = RecordTable("sar_requests", SarRequest, what="subject access request",
                        immutable=("recorded_by",))
    order_by = "received_on, id"

    def log(self, conn, user_id: int, *, open_only: bool) -> list[tuple[SarRequest, str]]:
        """(request, her reference) in the files this user may see, due date first."""
        where = ["s.deleted_at IS NULL", visible_client_sql("c", ":me")]
        if open_only:
            where.append("s.sent_on IS NULL")
        cols = ", ".join(f"s.{name}" for name in self.table.column_names)
        rows = conn.execute(
            f"SELECT {cols}, c.reference FROM sar_requests s JOIN clients c "
            f"ON c.id = s.client_id WHERE {' AND '.join(where)} "
            f"ORDER BY s.sent_on IS NOT NULL, s.due_on, s.id", {"me": user_id}).fetchall()
        return [(self.table.from_row(row[:-1]), row[-1]) for row in rows]

    def open_received(self, conn, client_id: int) -> int:
        """How many requests she made are not yet answered (her copy not sent)."""
        return conn.execute(
            "SELECT count(*) FROM sar_requests WHERE client_id = ? AND deleted_at IS NULL "
            "AND sent_on IS NULL AND direction = ?",
            (client_id, SarDirection.RECEIVED.value)).fetchone()[0]

    def diary(self, conn, user_id: int, *, due_to: date) -> list[DiaryEntry]:
        """Open requests due by `due_to` (overdue included), for the diary."""
        rows = conn.execute(
            "SELECT s.id, s.client_id, c.reference, s.due_on, s.direction, s.organisation, "
            "s.recorded_by FROM sar_requests s JOIN clients c ON c.id = s.client_id "
            "WHERE s.deleted_at IS NULL AND s.sent_on IS NULL AND s.due_on IS NOT NULL "
            f"AND s.due_on <= :to AND {visible_client_sql('c', ':me')}",
            {"me": user_id, "to": due_to.isoformat()}).fetchall()
        return [DiaryEntry(kind=DiaryKind.SUBJECT_ACCESS, on=date.fromisoformat(on),
                           title=("Subject access: her copy due" if direction ==
                                  SarDirection.RECEIVED.value
                                  else f"Subject access made for her: reply due from "
                                       f"{organisation}"),
                           client_id=client_id, client_reference=ref, record_id=sid,
                           assigned_to=by)
                for sid, client_id, ref, on, direction, organisation, by in rows]
