"""Small-cell suppression: a hidden cell cannot be worked out from what is shown.

The attacker below knows every shown cell, that counts are whole numbers >= 0, and that rows
and columns add up to their totals; she solves for the hidden cells by exhaustive search. For
every hidden cell she must find at least two possible values."""
from __future__ import annotations

import random
from datetime import date

import pytest

from assist_desktop.domain import statistics as st
from assist_desktop.domain.errors import ValidationError


def _grid(inner):
    """Interior counts -> full grid with a total column and a total row."""
    rows = [list(r) + [sum(r)] for r in inner]
    rows.append([sum(col) for col in zip(*rows)])
    return rows


def _lines(n_rows, n_cols):
    for r in range(n_rows):
        yield [(r, c) for c in range(n_cols - 1)], (r, n_cols - 1)
    for c in range(n_cols):
        yield [(r, c) for r in range(n_rows - 1)], (n_rows - 1, c)


def possible_values(grid, hidden, limit=2):
    """Every hidden cell -> the set of values consistent with what is shown (search stops
    once each has `limit` values)."""
    n_rows, n_cols = len(grid), len(grid[0])
    unknown = [(r, c) for r in range(n_rows) for c in range(n_cols) if hidden[r][c]]
    bound = grid[-1][-1]
    lines = list(_lines(n_rows, n_cols))
    found = {cell: set() for cell in unknown}
    known = {(r, c): grid[r][c] for r in range(n_rows) for c in range(n_cols)
             if not hidden[r][c]}

    # a cell is at most any total shown of a row or column it adds into
    bounds = {cell: min([grid[t[0]][t[1]] for parts, t in lines
                         if cell in parts and not hidden[t[0]][t[1]]] or [bound])
              for cell in unknown}

    def consistent(values):
        for parts, total in lines:
            cells = parts + [total]
            if all(cell in values for cell in cells):
                if sum(values[p] for p in parts) != values[total]:
                    return False
            elif total in values and sum(values.get(p, 0) for p in parts) > values[total]:
                return False
        return True

    def forced(values):
        for parts, total in lines:
            open_cells = [cell for cell in parts + [total] if cell not in values]
            if len(open_cells) == 1:
                cell = open_cells[0]
                if cell == total:
                    return cell, sum(values[p] for p in parts)
                return cell, values[total] - sum(values[p] for p in parts if p != cell)
        return None

    def search(values):
        if all(len(v) >= limit for v in found.values()):
            return True
        todo = [cell for cell in unknown if cell not in values]
        if not todo:
            for cell in unknown:
                found[cell].add(values[cell])
            return False
        step = forced(values)
        choices = [step] if step else [(todo[0], v) for v in range(bounds[todo[0]] + 1)]
        for cell, v in choices:
            if not 0 <= v <= bounds[cell]:
                continue
            values[cell] = v
            if consistent(values) and search(values):
                return True
            del values[cell]
        return False
    search(dict(known))
    return found


def test_primary_hides_one_to_threshold_minus_one_and_shows_zero():
    grid = _grid([[0, 3, 9], [7, 8, 6]])
    who = grid
    hidden = st.suppress(grid, who, 5, total_row=True, total_column=True)
    assert hidden[0][1] and not hidden[0][0]
    # the 3 alone in its row and column would be given back by subtraction: more are hidden
    assert sum(map(sum, hidden)) >= 4


def test_a_line_never_has_a_single_hidden_cell():
    rng = random.Random(7)
    for _ in range(300):
        inner = [[rng.choice((0, 1, 2, 3, 4, 5, 6, 8, 12)) for _c in range(rng.randint(1, 5))]]
        inner += [[rng.choice((0, 1, 3, 6, 9)) for _c in inner[0]]
                  for _r in range(rng.randint(0, 4))]
        grid = _grid(inner)
        hidden = st.suppress(grid, grid, 5, total_row=True, total_column=True)
        for parts, total in _lines(len(grid), len(grid[0])):
            cells = parts + [total]
            assert sum(hidden[r][c] for r, c in cells) != 1, (inner, hidden)


@pytest.mark.parametrize("seed", range(80))
def test_a_hidden_cell_cannot_be_recovered_from_what_is_shown(seed):
    rng = random.Random(seed)
    n_rows, n_cols = (3, 3) if seed < 40 else (rng.randint(2, 4), rng.randint(2, 4))
    inner = [[rng.choice((0, 1, 2, 4, 5, 7, 9)) for _c in range(n_cols)]
             for _r in range(n_rows)]
    grid = _grid(inner)
    hidden = st.suppress(grid, grid, 5, total_row=True, total_column=True)
    found = possible_values(grid, hidden)
    for cell, values in found.items():
        assert len(values) >= 2, (inner, cell, values)


def test_the_recovery_check_catches_primary_suppression_alone():
    # The check above is not vacuous: hiding only the small cell gives it back at once.
    grid = _grid([[2, 9], [8, 7]])
    hidden = [[v < 5 for v in row] for row in grid]
    assert possible_values(grid, hidden)[(0, 0)] == {2}


def test_table_without_totals_needs_no_secondary_suppression():
    grid = [[3, 9, 12]]
    assert st.suppress(grid, grid, 5, total_row=False, total_column=False) == \
        [[True, False, False]]


def test_periods_by_month_quarter_year_and_custom():
    months = st.periods(date(2025, 1, 1), date(2025, 12, 31), "month")
    assert [p.label for p in months][:2] == ["Jan 2025", "Feb 2025"] and len(months) == 12
    assert months[1].end == date(2025, 2, 28)
    quarters = st.periods(date(2025, 2, 10), date(2025, 12, 31), "quarter")
    assert quarters[0].label == "2025-02-10 to 2025-03-31" and quarters[1].label == "Q2 2025"
    assert [p.label for p in st.periods(date(2024, 1, 1), date(2025, 12, 31), "year")] == \
        ["2024", "2025"]
    whole = st.periods(date(2025, 3, 5), date(2025, 4, 9), "whole")
    assert len(whole) == 1 and whole[0].start == date(2025, 3, 5)
    with pytest.raises(ValidationError):
        st.periods(date(2025, 3, 5), date(2025, 1, 1), "month")
    with pytest.raises(ValidationError):
        st.periods(date(2000, 1, 1), date(2025, 1, 1), "month")


@pytest.mark.parametrize("bad", [1, 51, "5", True, 4.5])
def test_threshold_must_be_a_sensible_whole_number(bad):
    with pytest.raises(ValidationError):
        st.check_threshold(bad)


def _known_zeros(grid, hidden):
    """Hidden inner zeros beside a row or column total shown as 0: anyone can tell they are
    0, so hiding them protects nothing and loses a figure."""
    last_r, last_c = len(grid) - 1, len(grid[0]) - 1
    return [(r, c) for r in range(last_r) for c in range(last_c)
            if hidden[r][c] and grid[r][c] == 0
            and ((not hidden[r][last_c] and grid[r][last_c] == 0)
                 or (not hidden[last_r][c] and grid[last_r][c] == 0))]


def test_a_zero_beside_a_zero_total_is_not_hidden_needlessly():
    # The 2 needs company in its row and column; a 0 in the empty first row would "protect"
    # nothing (its row total shows 0) and lose two figures.
    grid = _grid([[0, 0], [6, 2], [0, 6]])
    hidden = st.suppress(grid, grid, 5, total_row=True, total_column=True)
    assert _known_zeros(grid, hidden) == []
    assert not hidden[0][0] and not hidden[0][1]
    assert sum(map(sum, hidden)) == 4
    assert all(len(v) >= 2 for v in possible_values(grid, hidden).values())


def test_a_hidden_zero_beside_a_zero_total_does_not_stand_in_for_protection():
    # Zeros hidden in an empty row do not hide the 1s: row 0 shows a total of 0, so the
    # zeros are known, and the 1 in column 0 follows by subtraction. Every hidden figure
    # must still have two possible values.
    grid = _grid([[0, 0, 0], [1, 0, 9], [1, 9, 0]])
    hidden = st.suppress(grid, grid, 5, total_row=True, total_column=True)
    found = possible_values(grid, hidden)
    assert hidden[1][0] and hidden[2][0]
    assert all(len(values) >= 2 for values in found.values()), found
    assert _known_zeros(grid, hidden) == []


@pytest.mark.parametrize("seed", range(40))
def test_many_zeros_nothing_recoverable_and_no_known_zero_hidden(seed):
    rng = random.Random(1000 + seed)
    inner = [[rng.choice((0, 0, 0, 1, 2, 6, 9)) for _c in range(rng.randint(2, 4))]]
    inner += [[rng.choice((0, 0, 0, 1, 2, 6, 9)) for _c in inner[0]]
              for _r in range(rng.randint(1, 3))]
    grid = _grid(inner)
    hidden = st.suppress(grid, grid, 5, total_row=True, total_column=True)
    assert _known_zeros(grid, hidden) == [], inner
    for cell, values in possible_values(grid, hidden).items():
        assert len(values) >= 2, (inner, cell, values)


def test_only_a_total_column_or_only_a_total_row():
    # One sum per row (or column): a lone small figure gets a partner in its line, and a
    # zero beside a total of 0 is left alone.
    grid = [[3, 9, 12], [0, 0, 0], [6, 7, 13]]
    hidden = st.suppress(grid, grid, 5, total_row=False, total_column=True)
    assert hidden[0] == [True, True, False] and hidden[1] == [False] * 3
    assert hidden[2] == [False] * 3
    columns = [list(col) for col in zip(*grid)]
    hidden = st.suppress(columns, columns, 5, total_row=True, total_column=False)
    assert [list(col) for col in zip(*hidden)] == [[True, True, False], [False] * 3,
                                                   [False] * 3]
