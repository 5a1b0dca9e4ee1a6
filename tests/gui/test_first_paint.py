"""The caseload's first paint after unlock: its model works each row's cells out once (the
same answers as before, every role), the column fitter measures them in one call per column,
and the first rows into a table on screen are fitted and laid out before it paints them, so
they are never painted at the widths they had before (and painted again)."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTableView

from assist_desktop.gui import theme, views
from assist_desktop.gui.models import ROW_ROLE, SORT_ROLE, Column, ListTableModel
from assist_desktop.gui.views import ColumnFitter, tidy_table

ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
         Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.CheckStateRole,
         Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
         Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole, ROW_ROLE, SORT_ROLE,
         Qt.ItemDataRole.BackgroundRole]


@dataclass(frozen=True)
class File:
    reference: str
    name: str
    late: bool
    restricted: bool


def columns(calls):
    def counted(fn):
        def wrapper(row):
            calls.append(row.reference)
            return fn(row)
        return wrapper
    bold = QFont()
    bold.setBold(True)
    return [Column("Reference", counted(lambda f: f.reference), key="reference"),
            Column("Name", lambda f: f.name, tooltip=lambda f: f"Whole name: {f.name}",
                   icon=lambda f: theme.icon("restricted") if f.restricted else None),
            Column("Deadline", lambda f: "overdue" if f.late else "",
                   foreground=lambda f: QColor("#b3261e") if f.late else None,
                   font=lambda f: bold if f.late else None,
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column("Restricted", lambda f: f.restricted, check=lambda f: f.restricted)]


FILES = [File(f"C-2026-{n:04d}", "Ana María Pérez" if n % 2 else "Lyudmila Koval",
              n % 3 == 0, n % 4 == 0) for n in range(1, 13)]


@pytest.fixture(autouse=True)
def no_store():
    yield
    views.remember_widths(None, None)


def answers(model):
    out = []
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in ROLES:
                value = model.data(model.index(r, c), role)
                out.append(value.cacheKey() if hasattr(value, "cacheKey") else value)
    return out


def test_cached_cells_answer_as_the_columns_do_and_are_worked_out_once(qtbot):
    plain_calls, cached_calls = [], []
    plain = ListTableModel(columns(plain_calls), FILES)
    cached = ListTableModel(columns(cached_calls), FILES, cache_cells=True)
    assert answers(cached) == answers(plain)
    assert answers(cached) == answers(plain)          # asked again: the same
    assert len(plain_calls) > 2 * len(FILES)           # the plain model asks at every call
    assert sorted(cached_calls) == sorted(f.reference for f in FILES)   # once a row
    assert cached.data(cached.index(0, 0), int(Qt.ItemDataRole.DisplayRole)) == "C-2026-0001"
    assert cached.data(cached.index(99, 0)) is None and cached.data(cached.index(0, 9)) is None


def test_cached_cells_follow_changes_to_their_rows_and_the_colour_scheme(qtbot):
    calls = []
    model = ListTableModel(columns(calls), FILES[:3], cache_cells=True)
    answers(model)
    renamed = File("C-2026-0002", "Grace Mensah", True, False)
    model.replace(lambda f: f.reference == "C-2026-0002", renamed)
    assert model.data(model.index(1, 1)) == "Grace Mensah"
    assert model.data(model.index(1, 2)) == "overdue"
    model.append(FILES[5])
    model.remove(lambda f: f.reference == "C-2026-0001")
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == \
        ["C-2026-0002", "C-2026-0003", "C-2026-0006"]
    model.set_rows(FILES[6:8])
    assert model.data(model.index(1, 0)) == "C-2026-0008"
    changed = []
    model.dataChanged.connect(lambda *_a: changed.append(True))
    before = len(calls)
    theme.set_scheme("dark")
    try:
        assert changed                               # repainted with the new colours
        model.data(model.index(0, 0))
        assert len(calls) == before + 1              # worked out again when next asked
    finally:
        theme.set_scheme("light")


class PaintCounter(QObject):
    def __init__(self):
        super().__init__()
        self.widths = []

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            view = watched.parent()
            self.widths.append(tuple(view.columnWidth(c) for c in range(4)))
        return False


def test_the_first_rows_of_a_table_on_screen_are_painted_only_at_their_fitted_widths(qtbot):
    view = QTableView()
    view.resize(900, 200)
    model = ListTableModel(columns([]), (), parent=view, cache_cells=True)
    view.setModel(model)
    tidy_table(view, widths=(4, 4, 4, 4))            # the narrow widths before the first fit
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    model.beginInsertRows(model.index(-1, -1), 0, len(FILES) - 1)   # a first page arriving
    model._rows.extend(FILES)
    model._cells.extend([None] * len(FILES))
    model.endInsertRows()
    fitted = tuple(view.columnWidth(c) for c in range(4))
    assert fitted[0] >= view.fontMetrics().horizontalAdvance("C-2026-0001")   # at once
    assert view.verticalScrollBar().isVisible()       # laid out at once (12 rows, 200 px)
    qtbot.wait(200)
    assert counter.widths and set(counter.widths) == {fitted}   # only at those widths


def test_the_fitter_measures_cells_as_it_did_cell_by_cell(qtbot):
    view = QTableView()
    model = ListTableModel(columns([]), FILES, parent=view, cache_cells=True)
    view.setModel(model)
    tidy_table(view)
    qtbot.addWidget(view)
    fitter = view.findChild(ColumnFitter)
    batch = [fitter._content_width(c, view.fontMetrics()) for c in range(4)]
    model.measure_cells = None                       # the data() path, as other models take
    one_by_one = [fitter._content_width(c, view.fontMetrics()) for c in range(4)]
    assert batch == one_by_one and all(batch[:3])


def test_the_sealed_notes_index_is_built_once_the_caseload_is_on_screen(qtbot, make_shell,
                                                                         team):
    from tests.gui.gui_helpers import OTHER_PASSPHRASE as PASSPHRASE, unlock_as
    shell = make_shell(vault=team)
    assert team.warm_at_unlock is False              # the desktop starts it itself
    at_open = []
    shell.session_opened.connect(lambda centre: at_open.append(centre._warm_started))
    unlock_as(qtbot, shell, "sol", PASSPHRASE)
    assert at_open == [False]                        # not while the caseload is being made
    caseload = shell.workspace.page("caseload")
    qtbot.waitUntil(lambda: caseload.model.exhausted or caseload.model.rowCount(), timeout=10000)
    assert shell.centre.sealed_search_ready.result(timeout=60) in (True, False)
    assert shell.centre._warm_started
