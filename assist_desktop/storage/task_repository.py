"""Tasks and deadlines of a client's file, and the cross-file queries for "due this week" and
"overdue" (which respect restrictions through visible_client_sql)."""
from __future__ import annotations

from datetime import date

from assist_desktop.domain.tasks import Task
from assist_desktop.storage.client_owned_repository import ClientOwnedRepository
from assist_desktop.storage.client_repository import visible_client_sql
from assist_desktop.storage.record_table import RecordTable


class TaskRepository(ClientOwnedRepository[Task]):
    table = RecordTable("tasks", Task, what="task")
    order_by = "done_on IS NOT NULL, due_on, id"

    def list_for_matter(self, conn, matter_id: int) -> list[Task]:
        return self.table.select(conn, "matter_id = ? AND deleted_at IS NULL", (matter_id,),
                                 self.order_by)

    def open_due(self, conn, user_id: int, *, due_from: date | None, due_to: date,
                 assigned_to: int | None = None, limit: int = 1000) -> list[Task]:
        """Open tasks due in [due_from, due_to] (no lower bound when due_from is None) in
        files the user may see, soonest first."""
        return [task for task, _reference in self.open_due_with_references(
            conn, user_id, due_from=due_from, due_to=due_to, assigned_to=assigned_to,
            limit=limit)]

    def open_due_with_references(self, conn, user_id: int, *, due_from: date | None,
                                 due_to: date, assigned_to: int | None = None,
                                 limit: int = 1000) -> list[tuple[Task, str]]:
        """As open_due, each task with its client's reference (joined here: no profile is
        read or decrypted)."""
        columns = ", ".join(f"t.{name}" for name in self.table.column_names)
        clauses = ["t.done_on IS NULL", "t.deleted_at IS NULL", "t.due_on <= :to",
                   visible_client_sql("c", ":me")]
        params: dict = {"me": user_id, "to": due_to.isoformat(), "limit": int(limit)}
        if due_from is not None:
            clauses.append("t.due_on >= :from")
            params["from"] = due_from.isoformat()
        if assigned_to is not None:
            clauses.append("t.assigned_to = :assigned")
            params["assigned"] = assigned_to
        rows = conn.execute(
            f"SELECT {columns}, c.reference FROM tasks t JOIN clients c ON c.id = t.client_id "
            f"WHERE {' AND '.join(clauses)} ORDER BY t.due_on, t.id LIMIT :limit",
            params).fetchall()
        last = len(self.table.column_names)
        return [(self.table.from_row(row), row[last]) for row in rows]
