"""Time recorded for a client, on one of her matters or on none."""
from __future__ import annotations

from assist_desktop.domain.time_entries import TimeEntry
from assist_desktop.storage.record_table import RecordTable


class TimeEntryRepository:
    table = RecordTable("time_entries", TimeEntry, what="time entry",
                        immutable=("client_id", "user_id"))

    def get(self, conn, entry_id: int, *, include_deleted: bool = False) -> TimeEntry | None:
        return self.table.get(conn, entry_id, include_deleted=include_deleted)

    def list_for_client(self, conn, client_id: int, *,
                        user_id: int | None = None) -> list[TimeEntry]:
        """All her live entries, with or without a matter (``user_id``: that person's only)."""
        if user_id is None:
            return self.table.select(conn, "client_id = ? AND deleted_at IS NULL", (client_id,),
                                     "worked_on, id")
        return self.table.select(conn, "client_id = ? AND user_id = ? AND deleted_at IS NULL",
                                 (client_id, user_id), "worked_on, id")

    def list_for_matter(self, conn, matter_id: int, *,
                        user_id: int | None = None) -> list[TimeEntry]:
        if user_id is None:
            return self.table.select(conn, "matter_id = ? AND deleted_at IS NULL", (matter_id,),
                                     "worked_on, id")
        return self.table.select(conn, "matter_id = ? AND user_id = ? AND deleted_at IS NULL",
                                 (matter_id, user_id), "worked_on, id")

    def total_minutes(self, conn, matter_id: int, *, user_id: int | None = None) -> int:
        sql = "SELECT coalesce(sum(minutes), 0) FROM time_entries WHERE matter_id = ? " \
              "AND deleted_at IS NULL"
        params: tuple = (matter_id,)
        if user_id is not None:
            sql += " AND user_id = ?"
            params += (user_id,)
        return conn.execute(sql, params).fetchone()[0]

    def create(self, conn, entry: TimeEntry) -> TimeEntry:
        return self.table.insert(conn, entry)

    def update(self, conn, entry: TimeEntry) -> TimeEntry:
        return self.table.update(conn, entry)

    def soft_delete(self, conn, entry_id: int, expected_version: int) -> TimeEntry:
        return self.table.soft_delete(conn, entry_id, expected_version)

    def purge(self, conn, entry_id: int) -> bool:
        return self.table.purge(conn, entry_id)
