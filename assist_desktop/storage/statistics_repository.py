"""The SQL behind the statistics: every query groups in SQL and returns counts and sums only.

`aggregate` returns `AggregateRow`s: a period index, a category code and two numbers. No
column of a person's row (a name, a date, a reference, a note) is ever selected out of the
grouping; a free-text category (nationality, funder) leaves the store only when at least
`threshold` women share it, otherwise as "~other".
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from assist_desktop.domain.report_definitions import (AGE_BANDS, FREE_TEXT, NOT_RECORDED,
                                                      OTHER, UNMAPPED)
from assist_desktop.storage import statistics_time


@dataclass(frozen=True)
class AggregateRow:
    bucket: int            # index of the period; -1: the whole range
    category: str | None   # None: all categories together (each woman / item once)
    value: int
    contributors: int      # distinct women behind the value


@dataclass(frozen=True)
class _Measure:
    source: str            # FROM ... (alias c is the client)
    day: str               # the date that puts a row in a period (or the first day of a span)
    where: str
    item: str = "c.id"
    amount: str = "1"
    kind: str = "people"   # people | items | sum
    until: str = ""        # a span: the last day (the row counts in every period it overlaps)
    # each source row is a different woman (per category): counting rows counts women
    one_row_per_woman: bool = False


_OPENED = "COALESCE(c.opened_on, substr(c.created_at, 1, 10))"
_UNTIL = "COALESCE(c.closed_on, '9999-12-31')"
_LIVE = "c.deleted_at IS NULL"

_MEASURES: dict[str, _Measure] = {
    "new_clients": _Measure("clients c", _OPENED, _LIVE, one_row_per_woman=True),
    "clients_supported": _Measure("clients c", _OPENED, _LIVE, until=_UNTIL,
                                  one_row_per_woman=True),
    "nrm_referrals": _Measure(
        "identification_records x JOIN clients c ON c.id = x.client_id",
        "x.referral_date", f"{_LIVE} AND x.deleted_at IS NULL"),
    "nrm_decisions": _Measure(
        "identification_records x JOIN clients c ON c.id = x.client_id "
        "JOIN (VALUES ('rg'), ('cg'), ('rc')) AS s",
        "(CASE s.column1 WHEN 'rg' THEN x.reasonable_grounds_on WHEN 'cg' "
        "THEN x.conclusive_grounds_on ELSE x.reconsideration_decided_on END)",
        f"{_LIVE} AND x.deleted_at IS NULL AND (CASE s.column1 WHEN 'rg' THEN "
        "x.reasonable_grounds WHEN 'cg' THEN x.conclusive_grounds ELSE "
        "x.reconsideration_outcome END) IN ('positive', 'negative')"),
    "asylum_decisions": _Measure(
        "asylum_events e JOIN clients c ON c.id = e.client_id",
        "e.dated",
        f"{_LIVE} AND e.deleted_at IS NULL AND e.outcome <> 'none'"),
    "compensation_awards": _Measure(
        "compensation_claims k JOIN clients c ON c.id = k.client_id",
        "COALESCE(k.review_decision_on, k.decision_on)",
        f"{_LIVE} AND k.deleted_at IS NULL AND k.status IN ('accepted', 'paid')"),
    "compensation_amount": _Measure(
        "compensation_claims k JOIN clients c ON c.id = k.client_id",
        "COALESCE(k.review_decision_on, k.decision_on)",
        f"{_LIVE} AND k.deleted_at IS NULL AND k.status IN ('accepted', 'paid') "
        "AND COALESCE(k.amount_paid, k.amount_offered) IS NOT NULL",
        item="k.id", amount="COALESCE(k.amount_paid, k.amount_offered)", kind="sum"),
    "children_supported": _Measure(
        "children ch JOIN clients c ON c.id = ch.client_id", _OPENED,
        f"{_LIVE} AND ch.deleted_at IS NULL", item="ch.id", kind="items", until=_UNTIL),
    "support_needs": _Measure(
        "needs_assessments n JOIN clients c ON c.id = n.client_id",
        "n.assessed_on",
        f"{_LIVE} AND n.deleted_at IS NULL AND n.level <> 'none'"),
    "referrals": _Measure(
        "referrals f JOIN clients c ON c.id = f.client_id",
        "f.referred_on",
        f"{_LIVE} AND f.deleted_at IS NULL AND f.status <> 'planned'", item="f.id",
        kind="items"),
    "time": _Measure(
        # an entry belongs to her file, with or without a matter (schema 16): the woman
        # behind time on no particular matter counts towards the threshold too
        "time_entries t JOIN clients c ON c.id = t.client_id "
        "LEFT JOIN matters m ON m.id = t.matter_id",
        "t.worked_on",
        f"{_LIVE} AND t.deleted_at IS NULL AND (m.id IS NULL OR m.deleted_at IS NULL)",
        item="t.id", amount="t.minutes", kind="sum"),
    "matters_opened": _Measure(
        "matters m JOIN clients c ON c.id = m.client_id",
        "m.opened_on", f"{_LIVE} AND m.deleted_at IS NULL",
        item="m.id", kind="items"),
    "matters_closed": _Measure(
        "matters m JOIN clients c ON c.id = m.client_id",
        "m.closed_on", f"{_LIVE} AND m.deleted_at IS NULL",
        item="m.id", kind="items"),
}

# The age she was when her file was opened; a partial date of birth is kept as its first
# possible day (1 January, or the 1st of the month), so a band may be a year off at its edge.
# Both are ISO dates (the schema checks date(x) IS x; created_at starts with one), so the
# year and the month-day are read with substr, far cheaper than strftime on every file.
_AGE = (f"(CAST(substr({_OPENED}, 1, 4) AS INTEGER) - "
        "CAST(substr(c.date_of_birth, 1, 4) AS INTEGER) - "
        f"(substr({_OPENED}, 6, 5) < substr(c.date_of_birth, 6, 5)))")
_AGE_BAND = (f"CASE WHEN c.date_of_birth IS NULL THEN NULL WHEN {_AGE} < 18 THEN '{AGE_BANDS[0]}' "
             f"WHEN {_AGE} < 25 THEN '{AGE_BANDS[1]}' WHEN {_AGE} < 35 THEN '{AGE_BANDS[2]}' "
             f"WHEN {_AGE} < 45 THEN '{AGE_BANDS[3]}' WHEN {_AGE} < 55 THEN '{AGE_BANDS[4]}' "
             f"ELSE '{AGE_BANDS[5]}' END")
_PROFILE = ("LEFT JOIN exploitation_profiles p ON p.client_id = c.id "
            "AND p.deleted_at IS NULL")

# dimension -> (expression, extra joins)
_DIMENSIONS: dict[str, tuple[str, str]] = {
    "total": ("'total'", ""),
    "nationality": ("NULLIF(trim(c.nationality), '')", ""),
    "region": ("CASE WHEN trim(c.nationality) = '' THEN NULL ELSE COALESCE(rg.column2, "
               f"'{UNMAPPED}') END",
               "LEFT JOIN regions rg ON rg.column1 = lower(trim(c.nationality))"),
    "age_band": (_AGE_BAND, ""),
    # forms are codes kept one a line (checked against ExploitationForm on save): read as a
    # JSON array, one row per form (far faster than testing each form against the text)
    "exploitation_form": ("ef.value", f"{_PROFILE} LEFT JOIN json_each(CASE WHEN "
                          "COALESCE(p.forms, '') = '' THEN '[]' ELSE '[\"' || "
                          "replace(p.forms, char(10), '\",\"') || '\"]' END) AS ef"),
    "route": ("COALESCE(p.route, 'unknown')", _PROFILE),
    "jurisdiction": ("c.jurisdiction", ""),
    "immigration_status": ("c.immigration_status", ""),
    "nrm_process": ("x.process", ""),
    "nrm_decision": ("s.column1 || ':' || (CASE s.column1 WHEN 'rg' THEN x.reasonable_grounds "
                     "WHEN 'cg' THEN x.conclusive_grounds ELSE x.reconsideration_outcome END)",
                     ""),
    "asylum_outcome": ("e.outcome", ""),
    "compensation_scheme": ("k.scheme || ':' || k.currency", ""),
    "compensation_currency": ("k.currency", ""),
    "child_location": ("ch.location", ""),
    "support_area": ("{area}", ""),
    "referral_status": ("f.status", ""),
    "funder": ("NULLIF(trim(t.funder), '')", ""),
    "matter_type": ("m.matter_type", ""),
    "activity": ("t.activity", ""),
}
_AREA = {"support_needs": "n.domain", "referrals": "f.domain"}

# A woman's own attributes: one category each, so a period's all-rows figures (women, items
# and sums alike) are the sums of its rows. Any other dimension (a record's type, a funder) may
# put one woman in several rows, and its all-rows figures are counted in SQL.
_ONE_PER_WOMAN = frozenset({"total", "nationality", "region", "age_band", "route",
                            "jurisdiction", "immigration_status"})

_VALUE = {"people": "COUNT(DISTINCT client_id)", "items": "COUNT(DISTINCT item)",
          "sum": "COALESCE(SUM(amount), 0)"}


def covers(measure: str, dimension: str) -> bool:
    return measure in _MEASURES and dimension in _DIMENSIONS


def _month_number(column: str) -> str:
    return (f"(CAST(substr({column}, 1, 4) AS INTEGER) * 12 + "
            f"CAST(substr({column}, 6, 2) AS INTEGER) - 1)")


def _span_counts(m: _Measure, category: str) -> tuple[str, str, str]:
    """For a span measure counted by first and last period: (value, women, inner query).
    Within one category a row is one woman (one_row_per_woman) or one item of one woman
    whose span is her file's, so her rows share their periods: grouping by woman first
    makes the women's count a row count."""
    if m.one_row_per_woman:
        return "COUNT(*)", "COUNT(*)", (f"SELECT b_from, b_to, {category} AS category "
                                        "FROM shaped WHERE b_from <= b_to")
    n = "COUNT(DISTINCT item)" if category == "NULL" else "COUNT(*)"
    value = "SUM(n)" if m.kind == "items" else "COUNT(*)"
    keys = "client_id" if category == "NULL" else "category, client_id"
    return value, "COUNT(*)", (f"SELECT b_from, b_to, {category} AS category, {n} AS n "
                               f"FROM shaped WHERE b_from <= b_to GROUP BY {keys}")


class StatisticsRepository:
    def aggregate(self, conn, measure: str, dimension: str,
                  buckets: list[tuple[date, date]], threshold: int,
                  regions: dict[str, str] | None = None,
                  step_months: int | None = None,
                  shared: dict | None = None) -> list[AggregateRow]:
        """Counts (or sums) per period and category, plus each period's all-categories row
        (category None) and the whole range (bucket -1). `buckets` are consecutive calendar
        periods of `step_months` months (the first and last may be cut by the range), or one
        custom range (step_months None).

        One pass over the source rows (`base`, materialised): each row's category and its
        period, found by arithmetic on the month for a dated row, by a join on the periods
        for a span (a file open over several periods counts in each).

        `shared` (a dict kept for the tables of one report run) holds each measure's
        all-categories rows once counted, so the next table of the same measure by another
        dimension does not count them again (they do not depend on the dimension: its joins
        can only repeat a row, which distinct counts ignore, and a sum is shared only when
        the dimension joins nothing). Aggregates only, dropped with the run."""
        if statistics_time.covers(measure, dimension, buckets, step_months):
            # each cell read off an index; women counted up to the threshold (see there)
            return statistics_time.TimeCells().aggregate(conn, measure, dimension, buckets,
                                                         threshold, AggregateRow, step_months)
        m = _MEASURES[measure]
        expr, joins = _DIMENSIONS[dimension]
        expr = expr.replace("{area}", _AREA.get(measure, "NULL"))
        first, last = buckets[0][0].isoformat(), buckets[-1][1].isoformat()
        params: list = []
        ctes = []
        if dimension == "region":
            pairs = sorted((regions or {}).items()) or [("", UNMAPPED)]
            ctes.append("regions(column1, column2) AS (VALUES "
                        + ", ".join("(?, ?)" for _ in pairs) + ")")
            for nat, region in pairs:
                params += [nat.lower().strip(), region]
        until = m.until or m.day
        calendar = step_months is not None and len(buckets) > 1
        origin = buckets[0][0].year * 12 + buckets[0][0].month - 1
        origin -= origin % step_months if calendar else 0
        # a span over calendar periods: the first and last period it overlaps, by arithmetic
        # on the month (clamped to the range), instead of a join with every period
        arithmetic = bool(m.until) and calendar and (m.one_row_per_woman or (
            m.kind != "sum" and (m.day, m.until) == (_OPENED, _UNTIL)))
        span_cols = ""
        if arithmetic:
            span_cols = (f", MAX(0, ({_month_number(m.day)} - ?) / ?) AS b_from, "
                         f"MIN(?, ({_month_number(until)} - ?) / ?) AS b_to")
            params += [origin, step_months, len(buckets) - 1, origin, step_months]
        ctes.append(
            f"base AS MATERIALIZED (SELECT COALESCE({expr}, '{NOT_RECORDED}') AS category, "
            f"c.id AS client_id, {m.item} AS item, {m.amount} AS amount, {m.day} AS d_from, "
            f"{until} AS d_to{span_cols} FROM {m.source} {joins} "
            f"WHERE ({m.where}) AND {m.day} <= ? AND {until} >= ?)")
        params += [last, first]
        value = _VALUE[m.kind]
        people = "COUNT(DISTINCT client_id)"
        # within one category a row is one item (or one woman): no DISTINCT needed (faster)
        row_value = "COUNT(*)" if m.kind == "items" or m.one_row_per_woman else value
        row_people = "COUNT(*)" if m.one_row_per_woman else people
        free_text = dimension in FREE_TEXT
        if free_text:  # each typed value's whole-range figures, and who shares it
            ctes.append(
                f"per_text AS MATERIALIZED (SELECT category, {row_value} AS v, {row_people} "
                "AS n, COUNT(DISTINCT client_id) AS women FROM base GROUP BY category)")
            ctes.append("kept AS MATERIALIZED (SELECT category FROM per_text WHERE women >= ?)")
            params.append(threshold)
            ctes.append(
                f"shaped AS MATERIALIZED (SELECT CASE WHEN category = '{NOT_RECORDED}' OR "
                f"category IN (SELECT category FROM kept) THEN category ELSE '{OTHER}' END "
                "AS category, client_id, item, amount, d_from, d_to"
                + (", b_from, b_to" if arithmetic else "") + " FROM base)")
        else:
            ctes.append("shaped AS (SELECT * FROM base)")
        if arithmetic:
            pass
        elif m.until or not calendar:
            spans = ", ".join("(?, ?, ?)" for _ in buckets)
            ctes.append(f"b(idx, start, finish) AS (VALUES {spans})")
            for i, (lo, hi) in enumerate(buckets):
                params += [i, lo.isoformat(), hi.isoformat()]
            ctes.append("facts AS MATERIALIZED (SELECT b.idx AS bucket, s.* FROM shaped s "
                        "JOIN b ON s.d_from <= b.finish AND s.d_to >= b.start)")
        else:   # not materialised: the period is worked out as each GROUP BY reads a row
            # (a copy of every row first cost 5-10 ms a table on 20,000 files)
            ctes.append(f"facts AS (SELECT ({_month_number('d_from')} - ?) / ? "
                        "AS bucket, * FROM shaped)")
            params += [origin, step_months]
        multi = dimension not in _ONE_PER_WOMAN
        reuse = multi and m.one_row_per_woman      # all-rows = the same count by "total"
        if arithmetic:
            # rows counted per (first period, last period): a period's figure is the sum over
            # the pairs that cover it (added up below, from these aggregates)
            parts = [f"SELECT 1, b_from, b_to, category, {s_value}, {s_people} FROM ({inner}) "
                     "GROUP BY b_from, b_to, category"
                     for s_value, s_people, inner in [_span_counts(m, "category")]]
        else:
            parts = [f"SELECT 0, bucket, NULL, category, {row_value}, {row_people} FROM facts "
                     "GROUP BY bucket, category"]
        if free_text:  # a value kept as itself has its figures already; "Other" is counted
            parts.append(f"SELECT 0, -1, NULL, category, v, n FROM per_text WHERE (category = "
                         f"'{NOT_RECORDED}' OR women >= ?) AND category <> '{OTHER}'")
            params.append(threshold)
            parts.append(f"SELECT 0, -1, NULL, category, {row_value}, {row_people} FROM shaped "
                         f"WHERE category = '{OTHER}' GROUP BY category")
        else:
            parts.append(f"SELECT 0, -1, NULL, category, {row_value}, {row_people} "
                         "FROM shaped GROUP BY category")
        key = (measure, tuple(buckets), step_months)
        shareable = shared is not None and (m.kind != "sum" or not joins)
        known = shared.get(key) if shareable and multi and not reuse else None
        if multi and not reuse and known is None:
            # a woman in several rows: the all-rows figures count her once
            if arithmetic:
                s_value, s_people, inner = _span_counts(m, "NULL")
                parts.append(f"SELECT 1, b_from, b_to, NULL, {s_value}, {s_people} "
                             f"FROM ({inner}) GROUP BY b_from, b_to")
            else:
                parts.append(f"SELECT 0, bucket, NULL, NULL, {value}, {people} FROM facts "
                             "GROUP BY bucket")
            parts.append(f"SELECT 0, -1, NULL, NULL, {value}, {people} FROM shaped")
        sql = f"WITH {', '.join(ctes)} " + " UNION ALL ".join(parts)
        found: dict[tuple[int, str | None], list[int]] = {}
        for spread, b, b_to, cat, v, n in conn.execute(sql, params).fetchall():
            for bucket in (range(b, b_to + 1) if spread else (b,)):
                pair = found.setdefault((bucket, cat), [0, 0])
                pair[0] += v or 0
                pair[1] += n
        out = [AggregateRow(b, cat, int(v), int(n)) for (b, cat), (v, n) in found.items()
               if cat is not None or n or v]       # an empty range: no all-rows figure
        if reuse:
            known = shared.get(("total",) + key) if shared is not None else None
            if known is None:
                known = [r for r in self.aggregate(conn, measure, "total", buckets, threshold,
                                                   regions, step_months) if r.category is None]
                if shared is not None:
                    shared[("total",) + key] = known
            out += known
        elif multi:
            if known is not None:
                out += known
            elif shareable:
                shared[key] = [r for r in out if r.category is None]
        else:  # one category per woman: the all-rows figures are the sums
            totals: dict[int, list[int]] = {}
            for row in out:
                pair = totals.setdefault(row.bucket, [0, 0])
                pair[0] += row.value
                pair[1] += row.contributors
            out += [AggregateRow(b, None, v, n) for b, (v, n) in totals.items()]
            if dimension == "total" and shared is not None:
                shared[("total",) + key] = [r for r in out if r.category is None]
        return out
