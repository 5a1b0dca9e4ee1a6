"""Time recorded, by funder or by activity, without sorting every entry (schema 19's indexes).

The general query (statistics_repository) groups the time entries of the range by period and
category, by category, and by period: on a big centre each grouping is a sort of every entry
(about 150,000 over five years), and the legal-aid report has three such tables. Here each
(period, category) cell is one range of an index ordered by category and date, so a cell's
minutes are summed as the index is read, with nothing sorted:

- a cell's minutes: SUM over its index range; a category's whole range and a period's
  all-categories figure are the sums of the cells (each entry is in one period and one
  category; the periods follow each other without a gap);
- the women behind a figure are only compared with the threshold (domain/statistics.py's
  suppress: a figure from 1 to threshold-1 women is hidden), so they are counted up to the
  threshold and no further: min(women, threshold), the same suppression. A distinct count
  that stops at `threshold` women reads a few index entries for a big cell, and a figure made
  of cells one of which already has `threshold` women has at least as many.

Returns what StatisticsRepository.aggregate returns for the same measure and dimension, with
contributors capped at the threshold (tests/unit/test_statistics_fast_queries.py compares).
"""
from __future__ import annotations

from datetime import date, timedelta

from assist_desktop.domain.report_definitions import NOT_RECORDED, OTHER

# dimension -> (the indexed category expression, the index: category, date, ... for live entries)
_INDEXES = {
    "funder": ("trim(t.funder)", "time_entries_stats_funder"),
    "activity": ("t.activity", "time_entries_stats_activity"),
}


def covers(measure: str, dimension: str, buckets) -> bool:
    """This way applies: time by funder or activity over periods that follow each other."""
    return measure == "time" and dimension in _INDEXES and bool(buckets) and all(
        buckets[i + 1][0] == buckets[i][1] + timedelta(days=1) for i in range(len(buckets) - 1))


def _live_filter(conn) -> tuple[str, list]:
    """The entries of files and matters in Deleted files are left out, as the general query's
    joins leave them out; the clause is only written when there are any (most of the time
    there are none, and each entry read would pay for the test)."""
    clients = [r[0] for r in conn.execute("SELECT id FROM clients WHERE deleted_at IS NOT NULL")]
    matters = [r[0] for r in conn.execute("SELECT id FROM matters WHERE deleted_at IS NOT NULL")]
    clause, params = "", []
    if clients:
        clause += " AND t.client_id NOT IN (SELECT value FROM json_each(?))"
        params.append("[" + ",".join(str(int(i)) for i in clients) + "]")
    if matters:
        clause += (" AND (t.matter_id IS NULL OR t.matter_id NOT IN "
                   "(SELECT value FROM json_each(?)))")
        params.append("[" + ",".join(str(int(i)) for i in matters) + "]")
    return clause, params


class TimeCells:
    def aggregate(self, conn, dimension: str, buckets: list[tuple[date, date]],
                  threshold: int, row_type) -> list:
        expr, index = _INDEXES[dimension]
        live, live_params = _live_filter(conn)
        first, last = buckets[0][0].isoformat(), buckets[-1][1].isoformat()
        source = f"time_entries t INDEXED BY {index} WHERE t.deleted_at IS NULL"

        def women(members: list[str], lo: str, hi: str, by_category: bool = True) -> int:
            """Distinct women up to the threshold (stops reading there)."""
            where = (f"{expr} IN ({', '.join('?' for _ in members)}) AND " if by_category
                     else "")
            sql = (f"SELECT COUNT(*) FROM (SELECT DISTINCT t.client_id FROM "
                   f"{source if by_category else 'time_entries t WHERE t.deleted_at IS NULL'} "
                   f"AND {where}t.worked_on BETWEEN ? AND ?{live} LIMIT ?)")
            params = (list(members) if by_category else []) + [lo, hi] + live_params \
                + [threshold]
            return conn.execute(sql, params).fetchone()[0]

        # the categories in the range, as written in the index; a funder left empty is "not
        # recorded" (as the general query's NULLIF(trim(funder), '') does), as is one typed
        # as that code
        raw = [r[0] for r in conn.execute(
            f"SELECT DISTINCT {expr} FROM {source} AND t.worked_on BETWEEN ? AND ?",
            [first, last])]
        groups: dict[str, list[str]] = {}
        for value in raw:
            code = NOT_RECORDED if value in ("", None) else value
            groups.setdefault(code, []).append(value)
        if dimension == "funder":   # free text: a funder fewer women share counts as "Other"
            shown: dict[str, list[str]] = {}
            for code, members in groups.items():
                keep = code == NOT_RECORDED or women(members, first, last) >= threshold
                shown.setdefault(code if keep else OTHER, []).extend(members)
            groups = shown
        spans = ", ".join("(?, ?, ?)" for _ in buckets)
        span_params = [v for i, (lo, hi) in enumerate(buckets)
                       for v in (i, lo.isoformat(), hi.isoformat())]
        out = []
        per_bucket: dict[int, list[int]] = {}     # bucket -> [minutes, women so far]
        whole_minutes, whole_women = 0, 0
        for code, members in groups.items():
            marks = ", ".join("?" for _ in members)
            cell = (f"{source} AND {expr} IN ({marks}) AND t.worked_on BETWEEN b.lo AND b.hi"
                    f"{live}")
            sql = (f"WITH b(idx, lo, hi) AS (VALUES {spans}) SELECT b.idx, "
                   f"(SELECT SUM(t.minutes) FROM {cell}), "
                   f"(SELECT COUNT(*) FROM (SELECT DISTINCT t.client_id FROM {cell} LIMIT ?)) "
                   "FROM b")
            params = span_params + members + live_params + members + live_params + [threshold]
            minutes_all, most = 0, 0
            for idx, minutes, n in conn.execute(sql, params).fetchall():
                if not minutes:
                    continue
                out.append(row_type(idx, code, int(minutes), n))
                minutes_all += minutes
                most = max(most, n)
                pair = per_bucket.setdefault(idx, [0, 0])
                pair[0] += minutes
                pair[1] = max(pair[1], n)
            if minutes_all:
                n = most if most >= threshold else women(members, first, last)
                out.append(row_type(-1, code, int(minutes_all), n))
                whole_minutes += minutes_all
                whole_women = max(whole_women, n)
        for idx, (minutes, most) in sorted(per_bucket.items()):
            lo, hi = buckets[idx]
            n = most if most >= threshold else women([], lo.isoformat(), hi.isoformat(), False)
            out.append(row_type(idx, None, int(minutes), n))
        if whole_minutes:
            n = whole_women if whole_women >= threshold else women([], first, last, False)
            out.append(row_type(-1, None, int(whole_minutes), n))
        return out
