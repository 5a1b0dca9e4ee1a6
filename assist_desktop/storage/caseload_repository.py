"""The caseload table: one page of client summaries, filtered and sorted in SQL, and the count
of the same filter. Restricted clients not naming the user are excluded from both."""
from __future__ import annotations

from datetime import date, timedelta

from assist_desktop.domain.dates import DatePrecision
from assist_desktop.domain.clients import CaseloadQuery, CaseloadSort, ClientSummary, SafetyFlag
from assist_desktop.storage.client_repository import visible_client_sql

# Earliest open task of each client on the page: a lookup per returned row is cheapest when
# the page is ordered by an index; ordering by the deadline itself needs it for every client,
# so then it is aggregated once and joined.
_NEXT_DEADLINE = ("(SELECT min(t.due_on) FROM tasks t WHERE t.client_id = c.id "
                  "AND t.done_on IS NULL AND t.deleted_at IS NULL)")
_NEXT_DEADLINE_JOIN = ("LEFT JOIN (SELECT t.client_id, min(t.due_on) AS due FROM tasks t "
                       "WHERE t.done_on IS NULL AND t.deleted_at IS NULL GROUP BY t.client_id) "
                       "nd ON nd.client_id = c.id")
_ORDER = {
    CaseloadSort.REFERENCE: "c.id {dir}",
    CaseloadSort.CREATED: "c.id {dir}",  # order of entry into this database
    CaseloadSort.NAME: "c.sort_name {dir}, c.id {dir}",
    CaseloadSort.UPDATED: "c.updated_at {dir}, c.id {dir}",
    # clients with no open deadline go last either way
    CaseloadSort.NEXT_DEADLINE: "next_deadline IS NULL, next_deadline {dir}, c.id {dir}",
}


def _where(query: CaseloadQuery, user_id: int, today: date) -> tuple[str, dict]:
    clauses = [visible_client_sql("c", ":me")]
    params: dict = {"me": user_id}
    if query.mine:
        clauses.append("(c.key_worker_id = :me OR c.solicitor_id = :me)")
    if query.open_only:
        clauses.append("c.closed_on IS NULL")
    if query.restricted_only:
        clauses.append("EXISTS (SELECT 1 FROM client_restrictions r WHERE r.client_id = c.id)")
    if query.deadline_within_days is not None:
        clauses.append("EXISTS (SELECT 1 FROM tasks t WHERE t.client_id = c.id AND "
                       "t.done_on IS NULL AND t.deleted_at IS NULL AND t.due_on <= :horizon)")
        horizon = today + timedelta(days=max(0, query.deadline_within_days))
        params["horizon"] = horizon.isoformat()
    return " AND ".join(clauses), params


class CaseloadRepository:
    def page(self, conn, user_id: int, query: CaseloadQuery, today: date) -> list[ClientSummary]:
        where, params = _where(query, user_id, today)
        order = _ORDER[CaseloadSort(query.sort)].format(dir="DESC" if query.descending else "ASC")
        params.update(limit=max(0, int(query.limit)), offset=max(0, int(query.offset)))
        by_deadline = CaseloadSort(query.sort) == CaseloadSort.NEXT_DEADLINE
        deadline = "nd.due" if by_deadline else _NEXT_DEADLINE
        join = _NEXT_DEADLINE_JOIN if by_deadline else ""
        rows = conn.execute(
            f"SELECT c.id, c.reference, c.given_names, c.family_name, c.preferred_name, "
            f"c.date_of_birth, c.age_disputed, c.nationality, c.key_worker_id, c.solicitor_id, "
            f"EXISTS (SELECT 1 FROM client_restrictions r WHERE r.client_id = c.id), "
            f"c.closed_on, {deadline} AS next_deadline, c.updated_at, "
            f"(SELECT group_concat(f.flag) FROM client_safety_flags f WHERE f.client_id = c.id), "
            f"c.date_of_birth_precision FROM clients c {join} WHERE {where} "
            f"ORDER BY {order} LIMIT :limit OFFSET :offset",
            params).fetchall()
        return [_summary(row) for row in rows]

    def count(self, conn, user_id: int, query: CaseloadQuery, today: date) -> int:
        where, params = _where(query, user_id, today)
        return conn.execute(f"SELECT count(*) FROM clients c WHERE {where}", params).fetchone()[0]


def _summary(row) -> ClientSummary:
    (client_id, reference, given, family, preferred, dob, disputed, nationality, key_worker,
     solicitor, restricted, closed_on, next_deadline, updated_at, flags, precision) = row
    full = " ".join(part for part in (given, family) if part)
    return ClientSummary(
        id=client_id, reference=reference, display_name=preferred or full,
        date_of_birth=date.fromisoformat(dob) if dob else None, age_disputed=bool(disputed),
        date_of_birth_precision=DatePrecision(precision or "day"),
        nationality=nationality,
        safety_flags=frozenset(SafetyFlag(f) for f in flags.split(",")) if flags else frozenset(),
        key_worker_id=key_worker, solicitor_id=solicitor, restricted=bool(restricted),
        closed_on=date.fromisoformat(closed_on) if closed_on else None,
        next_deadline=date.fromisoformat(next_deadline) if next_deadline else None,
        updated_at=updated_at)
