"""Statistics that identify nobody: periods, the result types of a report, and small-cell
suppression (pure; the SQL that counts is in storage/statistics_repository.py).

A report's result holds period labels, dimension labels and numbers, never a row about a
person: `StatTable` cells are whole numbers or None (suppressed). See docs/ARCHITECTURE.md,
"Statistics that identify nobody", for the suppression method.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from assist_desktop.domain.errors import ValidationError

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD, MAX_THRESHOLD = 2, 50
MAX_PERIODS = 60          # five years of months: more columns than any report page holds


class Breakdown(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    WHOLE = "whole"       # one column: the custom range as a whole


@dataclass(frozen=True)
class Period:
    label: str
    start: date
    end: date             # inclusive


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _month_end(day: date) -> date:
    first_next = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def _bucket_start(day: date, breakdown: Breakdown) -> date:
    if breakdown is Breakdown.MONTH:
        return date(day.year, day.month, 1)
    if breakdown is Breakdown.QUARTER:
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return date(day.year, 1, 1)


def _bucket_end(start: date, breakdown: Breakdown) -> date:
    if breakdown is Breakdown.MONTH:
        return _month_end(start)
    if breakdown is Breakdown.QUARTER:
        return _month_end(date(start.year, start.month + 2, 1))
    return date(start.year, 12, 31)


def _label(start: date, breakdown: Breakdown) -> str:
    if breakdown is Breakdown.MONTH:
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if breakdown is Breakdown.QUARTER:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    return str(start.year)


def periods(start: date, end: date, breakdown: Breakdown | str) -> tuple[Period, ...]:
    """The columns of a report from `start` to `end` (inclusive). A first or last period cut by
    the range is labelled with its dates, so a column never claims more than it counts."""
    breakdown = Breakdown(breakdown)
    if end < start:
        raise ValidationError("period", "ends before it starts")
    if breakdown is Breakdown.WHOLE:
        return (Period(f"{start.isoformat()} to {end.isoformat()}", start, end),)
    out: list[Period] = []
    cursor = _bucket_start(start, breakdown)
    while cursor <= end:
        full_end = _bucket_end(cursor, breakdown)
        lo, hi = max(cursor, start), min(full_end, end)
        label = _label(cursor, breakdown) if (lo, hi) == (cursor, full_end) \
            else f"{lo.isoformat()} to {hi.isoformat()}"
        out.append(Period(label, lo, hi))
        if len(out) > MAX_PERIODS:
            raise ValidationError("period", f"has more than {MAX_PERIODS} columns; choose a "
                                            f"longer breakdown or a shorter range")
        cursor = full_end + timedelta(days=1)
    return tuple(out)


class Unit(StrEnum):
    PEOPLE = "people"     # women counted once each
    ITEMS = "items"       # referrals, matters, children
    MINUTES = "minutes"
    MONEY = "money"       # minor units; the row label names the currency


@dataclass(frozen=True)
class StatTable:
    """One table of a report. `cells[r][c]` for each row label and column label; the last
    row is the total row when `total_row`, the last column the total column when
    `total_column`. None: suppressed (fewer than the threshold of women behind it, or
    hidden so that such a cell cannot be worked out from the others)."""
    title: str
    unit: Unit
    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    cells: tuple[tuple[int | None, ...], ...]
    total_row: bool
    total_column: bool
    note: str = ""

    @property
    def suppressed(self) -> int:
        return sum(v is None for row in self.cells for v in row)


@dataclass(frozen=True)
class StatReport:
    report_id: str
    title: str
    description: str
    period_from: date
    period_to: date
    breakdown: Breakdown
    threshold: int
    tables: tuple[StatTable, ...]


def check_threshold(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) \
            or not MIN_THRESHOLD <= value <= MAX_THRESHOLD:
        raise ValidationError("threshold", f"must be a whole number from {MIN_THRESHOLD} to "
                                           f"{MAX_THRESHOLD}")
    return value


# --- suppression -------------------------------------------------------------------------------

def _lines(rows: int, cols: int, total_row: bool, total_column: bool):
    """Every set of cells that adds up to a total shown: a row with its total column, a
    column with its total row (the grid's last row/column are the totals)."""
    if total_column:
        for r in range(rows):
            yield [(r, c) for c in range(cols)]
    if total_row:
        for c in range(cols):
            yield [(r, c) for r in range(rows)]


_PRIME = (1 << 61) - 1   # the sums' coefficients are 0 and +-1: exact modulo a large prime


def _determined(hidden, lines) -> list[tuple[int, int]]:
    """Hidden cells whose value follows from the cells shown by adding and subtracting whole
    rows and columns: cell i is determined when every solution of the homogeneous system
    has 0 at i (row reduction of the line equations restricted to the hidden cells; the
    coefficients are 0 and +-1, so working modulo a large prime gives the ranks exact
    fractions give unless a determinant is a multiple of 2^61-1, and is fast)."""
    cells = sorted({cell for line in lines for cell in line if hidden[cell[0]][cell[1]]})
    if not cells:
        return []
    index = {cell: k for k, cell in enumerate(cells)}
    matrix = []
    for line in lines:
        row = [0] * len(cells)
        *parts, total = line
        for cell in parts:
            if cell in index:
                row[index[cell]] += 1
        if total in index:
            row[index[total]] -= 1
        if any(row):
            matrix.append([v % _PRIME for v in row])
    pivots: list[int] = []
    r = 0
    for col in range(len(cells)):
        pivot = next((i for i in range(r, len(matrix)) if matrix[i][col]), None)
        if pivot is None:
            continue
        matrix[r], matrix[pivot] = matrix[pivot], matrix[r]
        inverse = pow(matrix[r][col], _PRIME - 2, _PRIME)
        lead = matrix[r] = [v * inverse % _PRIME for v in matrix[r]]
        for i in range(len(matrix)):
            factor = matrix[i][col]
            if i != r and factor:
                matrix[i] = [(a - factor * b) % _PRIME for a, b in zip(matrix[i], lead)]
        pivots.append(col)
        r += 1
    free = [f for f in range(len(cells)) if f not in set(pivots)]
    return [cells[col] for row_no, col in enumerate(pivots)
            if not any(matrix[row_no][f] for f in free)]


def suppress(values, contributors, threshold: int, *, total_row: bool,
             total_column: bool, forced=()) -> list[list[bool]]:
    """Which cells of the grid to hide. `values` and `contributors` (women behind each cell)
    are full grids, totals included.

    Primary: a cell counting 1 to threshold-1 women is hidden (0 is shown: nobody).
    Secondary, in two passes repeated until neither changes anything:
    1. a row or column that adds up to a total shown and has exactly one hidden cell (which
       subtraction would give back) gets one more: the smallest non-zero inner cell, else an
       inner zero, else the smallest total;
    2. a hidden cell that can still be worked out by combining several rows and columns
       (row reduction of the table's sums) gets one more hidden cell beside it,
       chosen the same way among the rows and columns it is in.
    `forced`: cells hidden whatever their count (a total hidden in another table of the same
    report, which this table must not give away)."""
    rows, cols = len(values), len(values[0]) if values else 0
    hidden = [[0 < contributors[r][c] < threshold for c in range(cols)] for r in range(rows)]
    for r, c in forced:
        hidden[r][c] = True
    last_r = rows - 1 if total_row else rows
    last_c = cols - 1 if total_column else cols
    lines = list(_lines(rows, cols, total_row, total_column))

    def margin(cell):
        return cell[0] >= last_r or cell[1] >= last_c

    def rank(cell):
        v = values[cell[0]][cell[1]]
        return (margin(cell), v == 0, v, cell)

    while True:
        changed = True
        while changed:
            changed = False
            for line in lines:
                shown = [cell for cell in line if not hidden[cell[0]][cell[1]]]
                if len(line) - len(shown) == 1 and shown:
                    r, c = min(shown, key=rank)
                    hidden[r][c] = True
                    changed = True
        exposed = _determined(hidden, lines)
        if not exposed:
            return hidden
        grew = False
        for cell in exposed:
            near = [other for line in lines if cell in line for other in line
                    if not hidden[other[0]][other[1]]]
            if near:
                r, c = min(near, key=rank)
                hidden[r][c] = grew = True
            # else: everything around it is hidden already
        if not grew:
            return hidden
