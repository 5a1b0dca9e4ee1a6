"""The statistics SQL as first shipped (one straightforward query per table: a file open over
several periods is joined with each of them; every grouping counts distinct women), kept
only as the reference the faster queries of storage/statistics_repository.py must match
exactly (tests/unit/test_statistics_fast_queries.py). Not used by the application.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from assist_desktop.domain.report_definitions import (AGE_BANDS, FREE_TEXT, NOT_RECORDED,
                                                      OTHER, UNMAPPED)


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
_AGE = (f"(CAST(strftime('%Y', {_OPENED}) AS INTEGER) - "
        "CAST(strftime('%Y', c.date_of_birth) AS INTEGER) - "
        f"(strftime('%m-%d', {_OPENED}) < strftime('%m-%d', c.date_of_birth)))")
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


class ReferenceStatisticsRepository:
    def aggregate(self, conn, measure: str, dimension: str,
                  buckets: list[tuple[date, date]], threshold: int,
                  regions: dict[str, str] | None = None,
                  step_months: int | None = None,
                  shared: dict | None = None) -> list[AggregateRow]:   # shared: unused
        """Counts (or sums) per period and category, plus each period's all-categories row
        (category None) and the whole range (bucket -1). `buckets` are consecutive calendar
        periods of `step_months` months (the first and last may be cut by the range), or one
        custom range (step_months None).

        One pass over the source rows (`base`, materialised): each row's category and its
        period, found by arithmetic on the month for a dated row, by a join on the periods
        for a span (a file open over several periods counts in each)."""
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
        ctes.append(
            f"base AS MATERIALIZED (SELECT COALESCE({expr}, '{NOT_RECORDED}') AS category, "
            f"c.id AS client_id, {m.item} AS item, {m.amount} AS amount, {m.day} AS d_from, "
            f"{until} AS d_to FROM {m.source} {joins} "
            f"WHERE ({m.where}) AND {m.day} <= ? AND {until} >= ?)")
        params += [last, first]
        if dimension in FREE_TEXT:
            ctes.append(
                "kept AS MATERIALIZED (SELECT category FROM base GROUP BY category "
                "HAVING COUNT(DISTINCT client_id) >= ?)")
            params.append(threshold)
            ctes.append(
                f"shaped AS MATERIALIZED (SELECT CASE WHEN category = '{NOT_RECORDED}' OR "
                f"category IN (SELECT category FROM kept) THEN category ELSE '{OTHER}' END "
                "AS category, client_id, item, amount, d_from, d_to FROM base)")
        else:
            ctes.append("shaped AS (SELECT * FROM base)")
        if m.until or step_months is None or len(buckets) == 1:
            spans = ", ".join("(?, ?, ?)" for _ in buckets)
            ctes.append(f"b(idx, start, finish) AS (VALUES {spans})")
            for i, (lo, hi) in enumerate(buckets):
                params += [i, lo.isoformat(), hi.isoformat()]
            ctes.append("facts AS MATERIALIZED (SELECT b.idx AS bucket, s.* FROM shaped s "
                        "JOIN b ON s.d_from <= b.finish AND s.d_to >= b.start)")
        else:
            origin = buckets[0][0].year * 12 + buckets[0][0].month - 1
            origin -= origin % step_months
            ctes.append(f"facts AS MATERIALIZED (SELECT ({_month_number('d_from')} - ?) / ? "
                        "AS bucket, * FROM shaped)")
            params += [origin, step_months]
        value = _VALUE[m.kind]
        people = "COUNT(DISTINCT client_id)"
        # within one category a row is one item (or one woman): no DISTINCT needed (faster)
        row_value = "COUNT(*)" if m.kind == "items" or m.one_row_per_woman else value
        row_people = "COUNT(*)" if m.one_row_per_woman else people
        parts = [f"SELECT bucket, category, {row_value}, {row_people} FROM facts "
                 "GROUP BY bucket, category",
                 f"SELECT -1, category, {row_value}, {row_people} FROM shaped GROUP BY category"]
        multi = dimension not in _ONE_PER_WOMAN
        reuse = multi and m.one_row_per_woman      # all-rows = the same count by "total"
        if multi and not reuse:  # a woman in several rows: the all-rows figures count her once
            parts += [f"SELECT bucket, NULL, {value}, {people} FROM facts GROUP BY bucket",
                      f"SELECT -1, NULL, {value}, {people} FROM shaped"]
        sql = f"WITH {', '.join(ctes)} " + " UNION ALL ".join(parts)
        out = [AggregateRow(int(b), cat, int(v or 0), int(n))
               for b, cat, v, n in conn.execute(sql, params).fetchall()
               if cat is not None or n or v]       # an empty range: no all-rows figure
        if reuse:
            out += [r for r in self.aggregate(conn, measure, "total", buckets, threshold,
                                              regions, step_months) if r.category is None]
        elif not multi:  # one category per woman: the all-rows figures are the sums
            totals: dict[int, list[int]] = {}
            for row in out:
                pair = totals.setdefault(row.bucket, [0, 0])
                pair[0] += row.value
                pair[1] += row.contributors
            out += [AggregateRow(b, None, v, n) for b, (v, n) in totals.items()]
        return out
