"""Schedule-of-loss items of a compensation claim. The amount column is stored for totals in
SQL, and always written from the item's exact multiplicand x multiplier."""
from __future__ import annotations

from assist_desktop.domain.compensation import ScheduleOfLossItem
from assist_desktop.storage.record_table import RecordTable


class ScheduleOfLossRepository:
    table = RecordTable("schedule_of_loss_items", ScheduleOfLossItem,
                        what="schedule of loss item", immutable=("claim_id",))

    def get(self, conn, item_id: int, *, include_deleted: bool = False) -> ScheduleOfLossItem | None:
        return self.table.get(conn, item_id, include_deleted=include_deleted)

    def list_for_claim(self, conn, claim_id: int, *,
                       include_deleted: bool = False) -> list[ScheduleOfLossItem]:
        where = "claim_id = ?" + ("" if include_deleted else " AND deleted_at IS NULL")
        return self.table.select(conn, where, (claim_id,), "position, id")

    def create(self, conn, item: ScheduleOfLossItem) -> ScheduleOfLossItem:
        return self.table.insert(conn, item, amount=item.amount)

    def update(self, conn, item: ScheduleOfLossItem) -> ScheduleOfLossItem:
        return self.table.update(conn, item, amount=item.amount)

    def soft_delete(self, conn, item_id: int, expected_version: int) -> ScheduleOfLossItem:
        return self.table.soft_delete(conn, item_id, expected_version)

    def purge(self, conn, item_id: int) -> bool:
        return self.table.purge(conn, item_id)

    def total(self, conn, claim_id: int) -> int:
        return conn.execute("SELECT coalesce(sum(amount), 0) FROM schedule_of_loss_items "
                            "WHERE claim_id = ? AND deleted_at IS NULL", (claim_id,)).fetchone()[0]
