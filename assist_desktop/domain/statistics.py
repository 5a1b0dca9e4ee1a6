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

def _arcs(rows: int, cols: int, total_row: bool, total_column: bool):
    """The table's sums as a flow network: cell -> (tail, head). Each row (with its total
    column) and each column (with its total row) is a node where what flows in equals what
    flows out: an inner cell flows from its row to its column, a row total into its row from
    the node of the total column, a column total out of its column into the node of the total
    row, and the grand total from the total row's node back to the total column's. Every
    line of the table that adds up to a total shown is then one node's balance, so a set of
    hidden cells can change together, keeping every sum, exactly when they lie on a cycle."""
    last_r = rows - 1 if total_row else rows
    last_c = cols - 1 if total_column else cols
    out = {}
    for r in range(rows):
        for c in range(cols):
            row_node = ("r", r) if total_column else ("z",)
            col_node = ("c", c) if total_row else ("z",)
            if r < last_r and c < last_c:
                out[(r, c)] = (row_node, col_node)
            elif r < last_r:                          # a row total
                out[(r, c)] = (("c", c) if total_row else ("z",), ("r", r))
            elif c < last_c:                          # a column total
                out[(r, c)] = (("c", c), ("r", r) if total_column else ("z",))
            else:                                     # the grand total
                out[(r, c)] = (("r", r), ("c", c))
    return out


def _determined(hidden, values, arcs, cap: int | None = None) -> list[tuple[int, int]]:
    """Hidden cells whose value follows from what is shown, knowing that figures are never
    negative. The hidden cells can change (every sum kept, none below 0) only by moving the
    same amount round a cycle of hidden cells: forward through any of them, backward only
    through one above 0, and (`cap`: the grand total, which is often published elsewhere,
    so taken as known) forward only through one below it. A cell is determined when no such
    cycle passes through it; this is exact (a hidden 0 next to a total shown as 0 is known
    to be 0, so it hides nothing)."""
    cells = [cell for cell in arcs if hidden[cell[0]][cell[1]]]
    steps: dict = {}
    for cell in cells:
        tail, head = arcs[cell]
        if cap is None or values[cell[0]][cell[1]] < cap:
            steps.setdefault(tail, []).append((head, cell))
        if values[cell[0]][cell[1]] > 0:
            steps.setdefault(head, []).append((tail, cell))

    def reaches(start, goal, without) -> bool:
        seen, todo = {start}, [start]
        while todo:
            node = todo.pop()
            if node == goal:
                return True
            for nxt, cell in steps.get(node, ()):
                if cell != without and nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return False

    both = [cell for cell in cells if 0 < values[cell[0]][cell[1]]
            and (cap is None or values[cell[0]][cell[1]] < cap)]
    on_cycle = _not_bridges(both, arcs)    # a cycle of cells that can go up or down: quick
    out = []
    for cell in cells:
        if cell in on_cycle:
            continue
        tail, head = arcs[cell]
        up = (cap is None or values[cell[0]][cell[1]] < cap) and \
            (tail == head or reaches(head, tail, cell))
        down = values[cell[0]][cell[1]] > 0 and (tail == head or reaches(tail, head, cell))
        if not (up or down):
            out.append(cell)
    return out


def _not_bridges(cells, arcs) -> set:
    """The cells (edges between their two nodes) that lie on a cycle of these cells, taken
    as undirected: no bridge of that graph (Tarjan's low-link, without recursion)."""
    joined: dict = {}
    for cell in cells:
        tail, head = arcs[cell]
        joined.setdefault(tail, []).append((head, cell))
        joined.setdefault(head, []).append((tail, cell))
    order: dict = {}
    low: dict = {}
    bridges = set()
    for root in joined:
        if root in order:
            continue
        order[root] = low[root] = len(order)
        stack = [(root, None, iter(joined[root]))]
        while stack:
            node, via, edges = stack[-1]
            step = next(edges, None)
            if step is None:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > order[parent]:
                        bridges.add(via)
                continue
            nxt, cell = step
            if cell == via:
                continue
            if nxt in order:
                low[node] = min(low[node], order[nxt])
            else:
                order[nxt] = low[nxt] = len(order)
                stack.append((nxt, cell, iter(joined[nxt])))
    return set(cells) - bridges


def suppress(values, contributors, threshold: int, *, total_row: bool,
             total_column: bool, forced=()) -> list[list[bool]]:
    """Which cells of the grid to hide. `values` and `contributors` (women behind each cell)
    are full grids, totals included.

    Primary: a cell counting 1 to threshold-1 women is hidden (0 is shown: nobody).
    Secondary: while a hidden cell can be worked out from what is shown (`_determined`:
    from the rows' and columns' sums and figures never being negative), one more cell in its
    row or column is hidden: the smallest non-zero inner cell, else an inner zero, else the
    smallest total (further away when its lines have nothing left); never a 0 beside a total
    shown as 0 (everyone can tell it is 0: it would protect nothing and lose a figure).
    Then every cell hidden in that way is shown again, totals and the largest first, where
    the table stays safe without it (with any other such cells that showing it would give
    away), so no figure is hidden needlessly.
    `forced`: cells hidden whatever their count (a total hidden in another table of the same
    report, which this table must not give away)."""
    rows, cols = len(values), len(values[0]) if values else 0
    primary = [[0 < contributors[r][c] < threshold for c in range(cols)] for r in range(rows)]
    for r, c in forced:
        primary[r][c] = True
    hidden = [list(row) for row in primary]
    if not (total_row or total_column) or not rows or not cols:
        return hidden
    last_r = rows - 1 if total_row else rows
    last_c = cols - 1 if total_column else cols
    arcs = _arcs(rows, cols, total_row, total_column)
    cap = values[rows - 1][cols - 1] if total_row and total_column else None

    def rank(cell):
        v = values[cell[0]][cell[1]]
        return (cell[0] >= last_r or cell[1] >= last_c, v == 0, v, cell)

    def known_zero(cell):
        """A 0 beside a total shown as 0: everyone can tell it is 0, so hiding it would
        protect nothing and lose a figure."""
        r, c = cell
        if values[r][c] != 0:
            return False
        totals = ([(r, cols - 1)] if total_column and c < last_c else []) + \
            ([(rows - 1, c)] if total_row and r < last_r else [])
        return any(not hidden[t[0]][t[1]] and values[t[0]][t[1]] == 0 for t in totals)

    def neighbours(cell):
        r, c = cell
        line = [(r, k) for k in range(cols)] if total_column else []
        line += [(k, c) for k in range(rows)] if total_row else []
        return [o for o in line if not hidden[o[0]][o[1]] and not known_zero(o)]

    while True:
        exposed = _determined(hidden, values, arcs, cap)
        if not exposed:
            break
        near = next((found for found in map(neighbours, exposed) if found), None) or \
            [(r, c) for r in range(rows) for c in range(cols)     # further away, then
             if not hidden[r][c] and not known_zero((r, c))]
        if not near:
            break
        r, c = min(near, key=rank)
        hidden[r][c] = True
    if exposed:              # nothing left to hide beside them: keep all that is hidden
        return hidden
    secondary = sorted(((r, c) for r in range(rows) for c in range(cols)
                        if hidden[r][c] and not primary[r][c]), key=rank, reverse=True)
    for cell in secondary:                  # show again what the table is safe without
        if not hidden[cell[0]][cell[1]]:
            continue
        shown_again = [cell]
        hidden[cell[0]][cell[1]] = False
        while True:
            exposed = _determined(hidden, values, arcs, cap)
            if not exposed or any(primary[r][c] for r, c in exposed):
                break
            for r, c in exposed:          # only other secondary cells: show them too
                hidden[r][c] = False
                shown_again.append((r, c))
        if exposed:
            for r, c in shown_again:
                hidden[r][c] = True
    return hidden
