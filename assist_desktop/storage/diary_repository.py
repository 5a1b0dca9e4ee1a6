"""The dated things of the diary other than tasks: hearings (a matter's next hearing), support
plan actions still to do, and need reviews, in the files a user may see (visible_client_sql).
Each comes with its client's reference (and matter's) joined here: no profile is read."""
from __future__ import annotations

from datetime import date

from assist_desktop.domain.diary import DiaryEntry, DiaryKind
from assist_desktop.storage.client_repository import visible_client_sql


def _range(column: str, due_from: date | None, due_to: date, params: dict) -> str:
    params["to"] = due_to.isoformat()
    clause = f"{column} IS NOT NULL AND {column} <= :to"
    if due_from is not None:
        params["from"] = due_from.isoformat()
        clause += f" AND {column} >= :from"
    return clause


class DiaryRepository:
    def task_matter_references(self, conn, matter_ids) -> dict[int, str]:
        ids = sorted({m for m in matter_ids if m is not None})
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return dict(conn.execute(f"SELECT id, reference FROM matters WHERE id IN ({marks})",
                                 ids).fetchall())

    def hearings(self, conn, user_id: int, *, due_from: date | None, due_to: date,
                 mine: bool = False) -> list[DiaryEntry]:
        """Open matters with a next hearing in the range; mine: I am the fee earner or
        supervisor."""
        params: dict = {"me": user_id}
        where = [_range("m.next_hearing_on", due_from, due_to, params), "m.deleted_at IS NULL",
                 "m.status <> 'closed'", visible_client_sql("c", ":me")]
        if mine:
            where.append("(m.fee_earner_id = :me OR m.supervisor_id = :me)")
        rows = conn.execute(
            "SELECT m.id, m.client_id, c.reference, m.reference, m.next_hearing_on, m.title "
            "FROM matters m JOIN clients c ON c.id = m.client_id WHERE "
            + " AND ".join(where), params).fetchall()
        return [DiaryEntry(kind=DiaryKind.HEARING, on=date.fromisoformat(on),
                           title=title or "Hearing", client_id=client_id,
                           client_reference=ref, record_id=mid, matter_reference=mref)
                for mid, client_id, ref, mref, on, title in rows]

    def plan_actions(self, conn, user_id: int, *, due_from: date | None, due_to: date,
                     mine: bool = False) -> list[DiaryEntry]:
        """Support plan actions not done or cancelled, due in the range; mine: I own it."""
        params: dict = {"me": user_id}
        where = [_range("a.due_on", due_from, due_to, params), "a.deleted_at IS NULL",
                 "a.completed_on IS NULL", "a.status NOT IN ('done', 'cancelled')",
                 visible_client_sql("c", ":me")]
        if mine:
            where.append("a.owner_id = :me")
        rows = conn.execute(
            "SELECT a.id, a.client_id, c.reference, a.due_on, a.action, a.owner_id "
            "FROM support_plan_actions a JOIN clients c ON c.id = a.client_id WHERE "
            + " AND ".join(where), params).fetchall()
        return [DiaryEntry(kind=DiaryKind.PLAN_ACTION, on=date.fromisoformat(on), title=action,
                           client_id=client_id, client_reference=ref, record_id=aid,
                           assigned_to=owner)
                for aid, client_id, ref, on, action, owner in rows]

    def need_reviews(self, conn, user_id: int, *, due_from: date | None, due_to: date,
                     mine: bool = False) -> list[DiaryEntry]:
        """The latest needs assessment of each domain of a file with a review date in the
        range (an assessment made since replaces the review); mine: I assessed it."""
        params: dict = {"me": user_id}
        where = [_range("n.review_on", due_from, due_to, params), "n.deleted_at IS NULL",
                 visible_client_sql("c", ":me"),
                 "NOT EXISTS (SELECT 1 FROM needs_assessments l WHERE l.client_id = n.client_id "
                 "AND l.domain = n.domain AND l.deleted_at IS NULL AND "
                 "(l.assessed_on > n.assessed_on OR (l.assessed_on = n.assessed_on "
                 "AND l.id > n.id)))"]
        if mine:
            where.append("n.assessed_by = :me")
        rows = conn.execute(
            "SELECT n.id, n.client_id, c.reference, n.review_on, n.domain, n.assessed_by "
            "FROM needs_assessments n JOIN clients c ON c.id = n.client_id WHERE "
            + " AND ".join(where), params).fetchall()
        return [DiaryEntry(kind=DiaryKind.NEED_REVIEW, on=date.fromisoformat(on),
                           title=domain, client_id=client_id, client_reference=ref,
                           record_id=nid, assigned_to=by)
                for nid, client_id, ref, on, domain, by in rows]
