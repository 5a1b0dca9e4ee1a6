"""Statistics for funders that identify nobody: runs a report definition over a period and
returns aggregates only (domain/statistics.py's StatReport), small cells suppressed.

Who: administrators and solicitors. Support workers do not see the statistics screen: the
figures cover every file in the centre, including restricted ones and legal matters they have
no need to know about (docs/ARCHITECTURE.md). Running a report and changing the threshold are
audited (the report and the period, never a figure).
"""
from __future__ import annotations

import json
import logging
from datetime import date

from assist_desktop.domain import statistics as st
from assist_desktop.domain.errors import PermissionDenied, ValidationError
from assist_desktop.domain.report_definitions import (AGE_BANDS, FREE_TEXT, MEASURES, MULTI_VALUED, OTHER,
                                                      NOT_RECORDED, UNMAPPED,
                                                      ReportDefinition,
                                                      TableDefinition, label,
                                                      parse_definition)
from assist_desktop.platform.paths import resource
from assist_desktop.services import permissions as perm
from assist_desktop.storage.centre_repository import SettingsRepository
from assist_desktop.storage.statistics_repository import StatisticsRepository

log = logging.getLogger(__name__)
THRESHOLD_SETTING = "statistics_threshold"


def load_regions() -> dict[str, str]:
    data = json.loads(resource("reports", "regions.json").read_text(encoding="utf-8"))
    return {str(k).strip().lower(): str(v) for k, v in data.get("regions", {}).items()}


def load_definitions(folder=None) -> tuple[list[ReportDefinition], list[str]]:
    """Every report definition shipped or added by the centre, and a message for each file
    that could not be used (the others still work)."""
    folder = folder or resource("reports")
    found, problems, seen = [], [], set()
    for path in sorted(folder.glob("*.json")):
        if path.name == "regions.json":
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            definition = parse_definition(data, path.name)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(f"{path.name}: not readable JSON ({exc.__class__.__name__})")
            continue
        except ValidationError as exc:
            problems.append(str(exc).removeprefix("report definition: "))
            continue
        if definition.report_id in seen:
            problems.append(f"{path.name}: the id {definition.report_id!r} is used twice")
            continue
        seen.add(definition.report_id)
        found.append(definition)
    return found, problems


def _order(codes: set[str], free_text: bool, totals: dict[str, int],
           fixed: tuple[str, ...] = ()) -> list[str]:
    last = (UNMAPPED, OTHER, NOT_RECORDED)
    tail = [c for c in last if c in codes]
    body = [c for c in codes if c not in last]
    if fixed:          # bands in their natural order
        body.sort(key=lambda c: (fixed.index(c) if c in fixed else len(fixed), c))
    elif free_text:      # largest first, as a funder reads a nationality table
        body.sort(key=lambda c: (-totals.get(c, 0), c))
    else:
        body.sort(key=lambda c: label(c))
    return body + tail


def build_table(definition: TableDefinition, rows, periods, threshold: int,
                hidden_totals: frozenset[int] = frozenset()) -> tuple[st.StatTable, set[int]]:
    """The grid of one table from its aggregate rows: categories x periods, totals, then
    suppression. `hidden_totals`: periods (-1: the whole range) whose all-categories figure
    another table of the same measure hides; returns the ones this table hides."""
    unit = MEASURES[definition.measure][0]
    values: dict[tuple, int] = {}
    people: dict[tuple, int] = {}
    for row in rows:
        values[(row.bucket, row.category)] = row.value
        people[(row.bucket, row.category)] = row.contributors
    free = definition.by in FREE_TEXT
    codes = {r.category for r in rows if r.category is not None}
    if definition.by == "total":
        codes = {"total"}
    whole = {c: values.get((-1, c), 0) for c in codes}
    order = _order(codes, free, whole, AGE_BANDS if definition.by == "age_band" else ())
    buckets = list(range(len(periods)))
    total_column = len(periods) > 1
    total_row = definition.by != "total" and unit is not st.Unit.MONEY
    if total_column:
        buckets.append(-1)
    cats: list[str | None] = list(order) + ([None] if total_row else [])
    grid = [[values.get((b, c), 0) for b in buckets] for c in cats]
    who = [[people.get((b, c), 0) for b in buckets] for c in cats]
    # the all-categories figures: the total row, or the one row of a "total" table
    all_row = len(cats) - 1 if (total_row or definition.by == "total") else None
    forced = [(all_row, k) for k, b in enumerate(buckets) if b in hidden_totals] \
        if all_row is not None else []
    hidden = st.suppress(grid, who, threshold, total_row=total_row, total_column=total_column,
                         forced=forced)
    shown_totals = set() if all_row is None else \
        {b for k, b in enumerate(buckets) if hidden[all_row][k]}
    cells = tuple(tuple(None if hidden[r][k] else grid[r][k] for k in range(len(buckets)))
                  for r in range(len(cats)))
    row_labels = tuple("Total" if c is None else
                       (c if free and not c.startswith("~") else label(c)) for c in cats)
    if definition.by == "total":
        row_labels = ("All",)
    col_labels = tuple(p.label for p in periods) + (("Total",) if total_column else ())
    note = MEASURES[definition.measure][2]
    if total_row and definition.by in MULTI_VALUED:
        note += " A woman may be counted in more than one row; the total counts her once."
    return st.StatTable(definition.title, unit, row_labels, col_labels, cells, total_row,
                        total_column, note), shown_totals


def build_tables(definitions, results, periods, threshold: int) -> tuple[st.StatTable, ...]:
    """Every table of a report. Tables of the same measure show the same all-categories
    figures (women newly supported, by month, are the total row of every new_clients table):
    a figure one of them hides is hidden in all of them, repeated until nothing changes, so
    one table never gives back what another hides."""
    hidden: dict[str, set[int]] = {}
    while True:
        built = [build_table(d, rows, periods, threshold, frozenset(hidden.get(d.measure, ())))
                 for d, rows in zip(definitions, results)]
        grown = False
        for d, (_table, totals) in zip(definitions, built):
            if not totals <= hidden.setdefault(d.measure, set()):
                hidden[d.measure] |= totals
                grown = True
        if not grown:
            return tuple(table for table, _totals in built)


def may_see_statistics(session) -> bool:
    """Administrators and solicitors see the centre's statistics (also what a laptop on a
    centre server asks, to show the screen or not)."""
    return perm.is_administrator(session) or perm.is_solicitor(session)


class StatisticsService:
    def __init__(self, db, session, audit, repository: StatisticsRepository | None = None,
                 definitions_folder=None):
        self._db, self._session, self._audit = db, session, audit
        self._repo = repository or StatisticsRepository()
        self._settings = SettingsRepository()
        self._folder = definitions_folder

    # --- who ------------------------------------------------------------------------
    @property
    def allowed(self) -> bool:
        return may_see_statistics(self._session)

    def _require(self) -> None:
        if not self.allowed:
            raise PermissionDenied("Only administrators and solicitors can see the centre's "
                                   "statistics.")

    # --- the threshold --------------------------------------------------------------
    def threshold(self) -> int:
        def read(conn):
            text = self._settings.all(conn).get(THRESHOLD_SETTING)
            return int(text) if text and text.isdigit() else st.DEFAULT_THRESHOLD
        return self._db.read(read)

    def set_threshold(self, value: int) -> int:
        if not perm.is_administrator(self._session):
            raise PermissionDenied("Only an administrator can change the smallest number "
                                   "shown in statistics.")
        value = st.check_threshold(value)

        def write(conn):
            self._settings.set(conn, THRESHOLD_SETTING, str(value))
            self._audit.record(conn, "change_setting", "settings", THRESHOLD_SETTING,
                               f"to:{value}")
            return value
        return self._db.write(write)

    # --- reports --------------------------------------------------------------------
    def definitions(self) -> tuple[list[ReportDefinition], list[str]]:
        self._require()
        return load_definitions(self._folder)

    def run(self, report_id: str, start: date, end: date,
            breakdown: st.Breakdown | str = st.Breakdown.MONTH) -> st.StatReport:
        self._require()
        found, _problems = load_definitions(self._folder)
        definition = next((d for d in found if d.report_id == report_id), None)
        if definition is None:
            raise ValidationError("report", "is not one of the centre's report definitions")
        breakdown = st.Breakdown(breakdown)
        periods = st.periods(start, end, breakdown)
        spans = [(p.start, p.end) for p in periods]
        needs_regions = any(t.by == "region" for t in definition.tables)
        regions = load_regions() if needs_regions else None
        threshold = self.threshold()

        step = {st.Breakdown.MONTH: 1, st.Breakdown.QUARTER: 3,
                st.Breakdown.YEAR: 12}.get(breakdown)

        def read(conn):  # one read transaction; a measure's all-rows figures counted once
            shared: dict = {}
            return [self._repo.aggregate(conn, t.measure, t.by, spans, threshold, regions,
                                         step, shared)
                    for t in definition.tables]
        results = self._db.read(read)
        tables = build_tables(definition.tables, results, periods, threshold)
        self._db.write(lambda conn: self._audit.record(
            conn, "run_report", "statistics", definition.report_id,
            f"{start.isoformat()}..{end.isoformat()} {breakdown.value}"))
        log.info("statistics report run")
        return st.StatReport(definition.report_id, definition.title, definition.description,
                             start, end, breakdown, threshold, tables)

    # --- leaving the store ----------------------------------------------------------
    def export(self, report: st.StatReport, path, fmt: str) -> str:
        """The report's aggregates as CSV, XLSX or PDF at `path`; the export is audited
        (format, report and period) before the file is written. Returns the warning."""
        from pathlib import Path

        from assist_desktop.services.statistics_export import export_report
        self._require()
        return export_report(report, Path(path), fmt, self.export_bytes,
                             lambda: self.export_failed(report.report_id))

    def export_bytes(self, report: st.StatReport, fmt: str) -> bytes:
        """The file's bytes, audited as an export before they are returned (a laptop on a
        centre server writes them itself)."""
        from assist_desktop.services.statistics_export import report_bytes
        from assist_desktop.storage.centre_repository import CentreRepository
        self._require()
        info = self._db.read(CentreRepository().get)
        data, detail = report_bytes(report, fmt, info.name if info else "")
        self._db.write(lambda conn: self._audit.record(
            conn, "export", "statistics", report.report_id, detail))
        return data

    def export_failed(self, report_id: str) -> None:
        """The file could not be written: the audit says so after its export row."""
        self._db.write(lambda conn: self._audit.record(
            conn, "export_failed", "statistics", report_id, "file not written"))
