"""Dated figures read off indexes, cell by cell, without sorting every row (schema 19).

Time by funder, activity and matter type; matters opened and closed by type; referrals by
area of support; women assessed as needing support, by area. The general query
(statistics_repository) groups the rows of the range by period and category, by category,
and by period: on a big centre each grouping is a sort of every row (about 150,000 time
entries over five years), and the legal-aid report has three time tables. Here each
(period, category) cell is one range of an index ordered by category and date, so a cell's
figure is summed as the index is read, with nothing sorted:

- a cell's minutes (or count): SUM (COUNT) over its index range; a category's whole range
  and a period's all-categories figure are the sums of the cells (each row is in one period
  and one category; the periods follow each other without a gap);
- the women behind a figure are only compared with the threshold (domain/statistics.py's
  suppress: a figure from 1 to threshold-1 women is hidden), so they are counted up to the
  threshold and no further: min(women, threshold), the same suppression. A distinct count
  that stops at `threshold` women reads a few index entries for a big cell, and a figure made
  of cells one of which already has `threshold` women has at least as many;
- where the figure itself is women (support needs), each cell, category, period and the
  whole range is counted exactly, off an index by area and date or one by date;
- time by matter type: one pass over the live matters by type (an index), each with its
  entries by date (another), grouped by period and type.

Returns what StatisticsRepository.aggregate returns for the same measure and dimension, with
contributors capped at the threshold (tests/unit/test_statistics_fast_queries.py compares,
and compares every shipped report's tables after suppression).
"""
from __future__ import annotations

from datetime import date, timedelta

from assist_desktop.domain.report_definitions import NOT_RECORDED, OTHER

# (measure, dimension) -> (table, index: category, date, ... of the rows counted, category,
# date, value of a cell, the rows counted besides live ones: the index's own condition)
_COLUMNS = {
    ("time", "funder"): ("time_entries", "time_entries_stats_funder", "trim(t.funder)",
                         "t.worked_on", "SUM(t.minutes)", ""),
    ("time", "activity"): ("time_entries", "time_entries_stats_activity", "t.activity",
                           "t.worked_on", "SUM(t.minutes)", ""),
    ("matters_opened", "matter_type"): ("matters", "matters_stats_opened", "t.matter_type",
                                        "t.opened_on", "COUNT(*)", ""),
    ("matters_closed", "matter_type"): ("matters", "matters_stats_closed", "t.matter_type",
                                        "t.closed_on", "COUNT(*)", ""),
    ("referrals", "support_area"): ("referrals", "referrals_stats_area", "t.domain",
                                    "t.referred_on", "COUNT(*)", " AND t.status <> 'planned'"),
}
# Figures that are women (each counted once, exactly): (table, index by category and date,
# index by date, category, date, the rows counted besides live ones)
_PEOPLE = {
    ("support_needs", "support_area"): (
        "needs_assessments", "needs_assessments_stats_area", "needs_assessments_stats_day",
        "t.domain", "t.assessed_on", " AND t.level <> 'none'"),
}


def covers(measure: str, dimension: str, buckets, step_months: int | None) -> bool:
    """This way applies: time by funder, activity or matter type over periods that follow
    each other (calendar periods of `step_months`, or one custom range)."""
    return ((measure, dimension) in _COLUMNS or (measure, dimension) in _PEOPLE
            or (measure, dimension) in (("time", "matter_type"),
                                        ("nrm_decisions", "nrm_decision"),
                                        ("matters_opened", "jurisdiction"))) \
        and bool(buckets) \
        and (len(buckets) == 1 or bool(step_months)) and all(
            buckets[i + 1][0] == buckets[i][1] + timedelta(days=1)
            for i in range(len(buckets) - 1))


def _live_filter(conn, matters_too: bool = True) -> tuple[str, list]:
    """The entries of files and matters in Deleted files are left out, as the general query's
    joins leave them out; the clause is only written when there are any (most of the time
    there are none, and each entry read would pay for the test)."""
    clients = [r[0] for r in conn.execute("SELECT id FROM clients WHERE deleted_at IS NOT NULL")]
    matters = [r[0] for r in conn.execute(
        "SELECT id FROM matters WHERE deleted_at IS NOT NULL")] if matters_too else []
    clause, params = "", []
    if clients:
        clause += " AND t.client_id NOT IN (SELECT value FROM json_each(?))"
        params.append("[" + ",".join(str(int(i)) for i in clients) + "]")
    if matters:
        clause += (" AND (t.matter_id IS NULL OR t.matter_id NOT IN "
                   "(SELECT value FROM json_each(?)))")
        params.append("[" + ",".join(str(int(i)) for i in matters) + "]")
    return clause, params


_MONTH = ("(CAST(substr({0}, 1, 4) AS INTEGER) * 12 + "
          "CAST(substr({0}, 6, 2) AS INTEGER) - 1)")


def _bucket(column: str, buckets, step_months) -> tuple[str, list]:
    """The period of a date: arithmetic on its month for calendar periods (as the general
    query does), 0 for one custom range."""
    if len(buckets) == 1:
        return "0", []
    origin = buckets[0][0].year * 12 + buckets[0][0].month - 1
    origin -= origin % step_months
    return f"({_MONTH.format(column)} - ?) / ?", [origin, step_months]


class TimeCells:
    """The figures of one (measure, dimension) that `covers` accepts."""
    def aggregate(self, conn, measure: str, dimension: str,
                  buckets: list[tuple[date, date]], threshold: int, row_type,
                  step_months: int | None = None) -> list:
        """Rows as StatisticsRepository.aggregate gives them (`row_type`: its AggregateRow),
        the women behind each figure counted up to `threshold`."""
        if (measure, dimension) == ("nrm_decisions", "nrm_decision"):
            return self._nrm(conn, buckets, threshold, row_type)
        if (measure, dimension) in _PEOPLE:
            return self._people(conn, _PEOPLE[(measure, dimension)], buckets, threshold,
                                row_type)
        spec = _COLUMNS.get((measure, dimension))
        table, day, only = (spec[0], spec[3], spec[5]) if spec \
            else ("matters", "t.opened_on", "") if measure == "matters_opened" \
            else ("time_entries", "t.worked_on", "")
        live, live_params = _live_filter(conn, matters_too=table == "time_entries")
        first, last = buckets[0][0].isoformat(), buckets[-1][1].isoformat()
        if (measure, dimension) == ("matters_opened", "jurisdiction"):
            cells, whole = self._by_jurisdiction(conn, buckets, threshold, step_months)
        elif spec is None:
            cells, whole = self._by_matter_type(conn, buckets, threshold, step_months, live,
                                                live_params)
        else:
            cells, whole = self._by_column(conn, dimension, spec, buckets, threshold, live,
                                           live_params)

        def everyone(lo: str, hi: str) -> int:
            return conn.execute(
                f"SELECT COUNT(*) FROM (SELECT DISTINCT t.client_id FROM {table} t "
                f"WHERE t.deleted_at IS NULL{only} AND {day} BETWEEN ? AND ?{live} LIMIT ?)",
                [lo, hi] + live_params + [threshold]).fetchone()[0]

        out = []
        per_bucket: dict[int, list[int]] = {}     # bucket -> [minutes, most women in a cell]
        whole_minutes, whole_women = 0, 0
        for code, found in cells.items():
            minutes_all, most = 0, 0
            for idx, minutes, n in found:
                if not minutes:
                    continue
                out.append(row_type(idx, code, int(minutes), n))
                minutes_all += minutes
                most = max(most, n)
                pair = per_bucket.setdefault(idx, [0, 0])
                pair[0] += minutes
                pair[1] = max(pair[1], n)
            if minutes_all:
                n = most if most >= threshold else whole(code)
                out.append(row_type(-1, code, int(minutes_all), n))
                whole_minutes += minutes_all
                whole_women = max(whole_women, n)
        for idx, (minutes, most) in sorted(per_bucket.items()):
            lo, hi = buckets[idx]
            n = most if most >= threshold else everyone(lo.isoformat(), hi.isoformat())
            out.append(row_type(idx, None, int(minutes), n))
        if whole_minutes:
            n = whole_women if whole_women >= threshold else everyone(first, last)
            out.append(row_type(-1, None, int(whole_minutes), n))
        return out

    # --- a category that is a column of the entry: one index range per cell ----------------
    def _by_column(self, conn, dimension, spec, buckets, threshold, live, live_params):
        table, index, expr, day, value, only = spec
        first, last = buckets[0][0].isoformat(), buckets[-1][1].isoformat()
        source = f"{table} t INDEXED BY {index} WHERE t.deleted_at IS NULL{only}"

        def women(members: list[str]) -> int:
            """Distinct women over the range, up to the threshold (stops reading there)."""
            return conn.execute(
                f"SELECT COUNT(*) FROM (SELECT DISTINCT t.client_id FROM {source} AND {expr} "
                f"IN ({', '.join('?' for _ in members)}) AND {day} BETWEEN ? AND ?"
                f"{live} LIMIT ?)",
                list(members) + [first, last] + live_params + [threshold]).fetchone()[0]

        # the categories in the range, as written in the index; a funder left empty is "not
        # recorded" (as the general query's NULLIF(trim(funder), '') does), as is one typed
        # as that code
        raw = [r[0] for r in conn.execute(
            f"SELECT DISTINCT {expr} FROM {source} AND {day} BETWEEN ? AND ?",
            [first, last])]
        groups: dict[str, list[str]] = {}
        for written in raw:
            code = NOT_RECORDED if written in ("", None) else written
            groups.setdefault(code, []).append(written)
        if dimension == "funder":   # free text: a funder fewer women share counts as "Other"
            shown: dict[str, list[str]] = {}
            for code, members in groups.items():
                keep = code == NOT_RECORDED or women(members) >= threshold
                shown.setdefault(code if keep else OTHER, []).extend(members)
            groups = shown
        spans = ", ".join("(?, ?, ?)" for _ in buckets)
        span_params = [v for i, (lo, hi) in enumerate(buckets)
                       for v in (i, lo.isoformat(), hi.isoformat())]
        cells = {}
        for code, members in groups.items():
            marks = ", ".join("?" for _ in members)
            cell = (f"{source} AND {expr} IN ({marks}) AND {day} BETWEEN b.lo AND b.hi"
                    f"{live}")
            sql = (f"WITH b(idx, lo, hi) AS (VALUES {spans}) SELECT b.idx, "
                   f"(SELECT {value} FROM {cell}), "
                   f"(SELECT COUNT(*) FROM (SELECT DISTINCT t.client_id FROM {cell} LIMIT ?)) "
                   "FROM b")
            params = span_params + members + live_params + members + live_params + [threshold]
            cells[code] = conn.execute(sql, params).fetchall()
        return cells, lambda code: women(groups[code])

    # --- the matter's type: one pass over the live matters, by type ----------------------------
    def _by_matter_type(self, conn, buckets, threshold, step_months, live, live_params):
        first, last = buckets[0][0].isoformat(), buckets[-1][1].isoformat()
        bucket, params = _bucket("t.worked_on", buckets, step_months)
        joined = ("matters m INDEXED BY matters_stats_opened JOIN time_entries t INDEXED BY "
                  "time_entries_stats_matter ON t.matter_id = m.id WHERE m.deleted_at IS NULL "
                  "AND t.deleted_at IS NULL")
        loose = ("time_entries t INDEXED BY time_entries_stats_matter WHERE t.deleted_at IS "
                 "NULL AND t.matter_id IS NULL")      # time on no particular matter
        sql = (f"SELECT {bucket}, m.matter_type, SUM(t.minutes), COUNT(DISTINCT t.client_id) "
               f"FROM {joined} AND t.worked_on BETWEEN ? AND ?{live} GROUP BY 1, 2 UNION ALL "
               f"SELECT {bucket}, NULL, SUM(t.minutes), COUNT(DISTINCT t.client_id) "
               f"FROM {loose} AND t.worked_on BETWEEN ? AND ?{live} GROUP BY 1")
        cells: dict[str, list] = {}
        for idx, code, minutes, n in conn.execute(
                sql, params + [first, last] + live_params + params + [first, last]
                + live_params):
            cells.setdefault(NOT_RECORDED if code is None else code, []).append(
                (idx, minutes, min(n, threshold)))

        def whole(code: str) -> int:
            if code == NOT_RECORDED:
                source, where, args = loose, "", []
            else:
                source, where, args = joined, " AND m.matter_type = ?", [code]
            return conn.execute(
                f"SELECT COUNT(*) FROM (SELECT DISTINCT t.client_id FROM {source}{where} AND "
                f"t.worked_on BETWEEN ? AND ?{live} LIMIT ?)",
                args + [first, last] + live_params + [threshold]).fetchone()[0]
        return cells, whole

    # --- the woman's jurisdiction: one pass over the live matters by date ----------------------
    def _by_jurisdiction(self, conn, buckets, threshold, step_months):
        first, last = buckets[0][0].isoformat(), buckets[-1][1].isoformat()
        bucket, params = _bucket("t.opened_on", buckets, step_months)
        joined = ("matters t INDEXED BY matters_stats_day JOIN clients c ON c.id = t.client_id "
                  "WHERE t.deleted_at IS NULL AND c.deleted_at IS NULL AND t.opened_on "
                  "BETWEEN ? AND ?")
        cells: dict[str, list] = {}
        for idx, code, count, n in conn.execute(
                f"SELECT {bucket}, c.jurisdiction, COUNT(*), COUNT(DISTINCT t.client_id) "
                f"FROM {joined} GROUP BY 1, 2", params + [first, last]):
            cells.setdefault(NOT_RECORDED if code is None else code, []).append(
                (idx, count, min(n, threshold)))

        def whole(code: str) -> int:
            where = "c.jurisdiction IS NULL" if code == NOT_RECORDED else "c.jurisdiction = ?"
            return conn.execute(
                f"SELECT COUNT(*) FROM (SELECT DISTINCT t.client_id FROM {joined} AND {where} "
                "LIMIT ?)", [first, last] + ([] if code == NOT_RECORDED else [code])
                + [threshold]).fetchone()[0]
        return cells, whole

    # --- women, each once: exact distinct counts, one index range a cell ------------------------
    def _people(self, conn, spec, buckets, threshold, row_type) -> list:
        table, by_category, by_day, expr, day, only = spec
        live, live_params = _live_filter(conn, matters_too=False)
        first, last = buckets[0][0].isoformat(), buckets[-1][1].isoformat()
        spans = ", ".join("(?, ?, ?)" for _ in buckets)
        span_params = [v for i, (lo, hi) in enumerate(buckets)
                       for v in (i, lo.isoformat(), hi.isoformat())]
        rows = f"{table} t INDEXED BY {{}} WHERE t.deleted_at IS NULL{only}"
        codes = [r[0] for r in conn.execute(
            f"SELECT DISTINCT {expr} FROM {rows.format(by_category)} AND {day} BETWEEN ? AND ?",
            [first, last])]
        out = []

        def women(where: str, args: list, index: str, lo, hi) -> int:
            return conn.execute(
                f"SELECT COUNT(DISTINCT t.client_id) FROM {rows.format(index)}{where} AND "
                f"{day} BETWEEN ? AND ?{live}", args + [lo, hi] + live_params).fetchone()[0]
        for code in codes:
            cell = (f"{rows.format(by_category)} AND {expr} = ? AND {day} BETWEEN b.lo AND b.hi"
                    f"{live}")
            for idx, n in conn.execute(
                    f"WITH b(idx, lo, hi) AS (VALUES {spans}) SELECT b.idx, (SELECT "
                    f"COUNT(DISTINCT t.client_id) FROM {cell}) FROM b",
                    span_params + [code] + live_params):
                if n:
                    out.append(row_type(idx, NOT_RECORDED if code is None else code, n,
                                        min(n, threshold)))
            n = women(f" AND {expr} = ?", [code], by_category, first, last)
            if n:
                out.append(row_type(-1, NOT_RECORDED if code is None else code, n,
                                    min(n, threshold)))
        for idx, n in conn.execute(
                f"WITH b(idx, lo, hi) AS (VALUES {spans}) SELECT b.idx, (SELECT "
                f"COUNT(DISTINCT t.client_id) FROM {rows.format(by_day)} AND {day} BETWEEN "
                f"b.lo AND b.hi{live}) FROM b", span_params + live_params):
            if n:
                out.append(row_type(idx, None, n, min(n, threshold)))
        n = women("", [], by_day, first, last)
        if n:
            out.append(row_type(-1, None, n, min(n, threshold)))
        return out

    # --- NRM decisions: three kinds of decision on one record, women counted exactly --------
    def _nrm(self, conn, buckets, threshold, row_type) -> list:
        live, live_params = _live_filter(conn, matters_too=False)
        first, last = buckets[0][0].isoformat(), buckets[-1][1].isoformat()
        spans = ", ".join("(?, ?, ?)" for _ in buckets)
        span_params = [v for i, (lo, hi) in enumerate(buckets)
                       for v in (i, lo.isoformat(), hi.isoformat())]

        def rows(kind: str, outcomes: tuple[str, ...], lo: str, hi: str) -> str:
            index, outcome, day = _NRM[kind]
            return (f"SELECT t.client_id FROM identification_records t INDEXED BY {index} "
                    f"WHERE t.deleted_at IS NULL AND t.{outcome} IN "
                    f"({', '.join(repr(o) for o in outcomes)}) AND t.{day} BETWEEN {lo} AND "
                    f"{hi}{live}")

        def women(parts: list[tuple[str, tuple[str, ...]]], lo: str, hi: str) -> str:
            """Distinct women over the decisions of `parts` dated from lo to hi (SQL); its
            parameters: for each part, lo and hi if they are "?", then the live clause's."""
            union = " UNION ALL ".join(rows(kind, outcomes, lo, hi) for kind, outcomes in parts)
            return f"(SELECT COUNT(DISTINCT client_id) FROM ({union}))"

        out = []
        every = [(kind, ("positive", "negative")) for kind in _NRM]
        for kind in _NRM:
            for outcome in ("positive", "negative"):
                code, part = f"{kind}:{outcome}", [(kind, (outcome,))]
                expr = women(part, "b.lo", "b.hi")
                for idx, n in conn.execute(
                        f"WITH b(idx, lo, hi) AS (VALUES {spans}) SELECT b.idx, {expr} FROM b",
                        span_params + live_params):
                    if n:
                        out.append(row_type(idx, code, n, min(n, threshold)))
                expr = women(part, "?", "?")
                n = conn.execute(f"SELECT {expr}", [first, last] + live_params).fetchone()[0]
                if n:
                    out.append(row_type(-1, code, n, min(n, threshold)))
        expr = women(every, "b.lo", "b.hi")
        for idx, n in conn.execute(
                f"WITH b(idx, lo, hi) AS (VALUES {spans}) SELECT b.idx, {expr} FROM b",
                span_params + live_params * len(every)):
            if n:
                out.append(row_type(idx, None, n, min(n, threshold)))
        n = conn.execute(f"SELECT {women(every, '?', '?')}",
                         [v for _ in every for v in [first, last] + live_params]).fetchone()[0]
        if n:
            out.append(row_type(-1, None, n, min(n, threshold)))
        return out


# kind -> (index: outcome, date, woman, of live records; the outcome; its date)
_NRM = {
    "rg": ("identification_stats_rg", "reasonable_grounds", "reasonable_grounds_on"),
    "cg": ("identification_stats_cg", "conclusive_grounds", "conclusive_grounds_on"),
    "rc": ("identification_stats_rc", "reconsideration_outcome", "reconsideration_decided_on"),
}
