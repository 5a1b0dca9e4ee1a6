"""Tables are readable: columns sized to what they hold (again when rows arrive after an empty
table), long text elided with the whole of it in the tooltip, and the widths a user drags kept
for that user and restored when the table is opened again."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

from assist_desktop.gui import views
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.prefs import UiPrefs
from assist_desktop.gui.views import ColumnFitter, tidy_table


@dataclass(frozen=True)
class Row:
    reference: str
    amount: str
    note: str


COLUMNS = [Column("Ref", lambda r: r.reference), Column("Amount", lambda r: r.amount),
           Column("Note", lambda r: r.note)]
ROW = Row("C-2026-0001", "£22,000.00", "Called the Home Office about the reasonable grounds")


@pytest.fixture(autouse=True)
def no_store():
    yield
    views.remember_widths(None, None)


def open_table(qtbot, rows=()):
    view = QTableView()
    view.resize(900, 300)
    model = ListTableModel(COLUMNS, rows, parent=view)
    view.setModel(model)
    tidy_table(view, stretch=2, widths=(4, 4))      # the old, too narrow starting widths
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view, model


def fits(view, column, text):
    return view.columnWidth(column) >= view.fontMetrics().horizontalAdvance(text) + 8


def test_a_row_added_to_an_empty_table_gets_columns_that_fit_it(qtbot):
    view, model = open_table(qtbot)
    model.append(ROW)
    qtbot.waitUntil(lambda: fits(view, 0, ROW.reference) and fits(view, 1, ROW.amount))
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole) == ROW.note  # whole text


def test_rows_set_at_once_fit_too_and_a_huge_value_stays_within_the_maximum(qtbot):
    view, model = open_table(qtbot)
    model.set_rows([ROW, Row("x" * 500, "1", "")])
    qtbot.waitUntil(lambda: fits(view, 1, ROW.amount))
    assert view.columnWidth(0) <= view.fontMetrics().averageCharWidth() * views.MAX_CHARS
    assert view.textElideMode() == Qt.TextElideMode.ElideRight


def drag_border(qtbot, view, column, by):
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    port = header.viewport()
    QTest.mouseMove(port, QPoint(x, y))
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, y))
    for step in range(1, 5):
        spot = QPointF(x + by * step / 4, y)
        move = QMouseEvent(QEvent.Type.MouseMove, spot, port.mapToGlobal(spot),
                           Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(port, move)
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(x + by, y))


def test_a_width_the_user_sets_is_restored_for_her_and_not_for_a_colleague(qtbot, tmp_path):
    prefs = UiPrefs(tmp_path)
    views.remember_widths(prefs, 7)
    view, model = open_table(qtbot, [ROW])
    qtbot.waitUntil(lambda: fits(view, 0, ROW.reference))
    before = view.columnWidth(0)
    drag_border(qtbot, view, 0, 120)
    wanted = view.columnWidth(0)
    assert wanted > before + 60
    view.close()
    prefs.sync()

    again, _ = open_table(qtbot, [ROW])                 # reopened (same user)
    qtbot.waitUntil(lambda: again.columnWidth(0) == wanted)
    again.findChild(ColumnFitter).fit()                 # rows arriving keep her width
    assert again.columnWidth(0) == wanted

    views.remember_widths(UiPrefs(tmp_path), 8)         # a colleague on the same computer
    other, _ = open_table(qtbot, [ROW])
    qtbot.waitUntil(lambda: fits(other, 0, ROW.reference))
    assert other.columnWidth(0) < wanted


def test_long_text_wraps_in_a_short_table_and_short_rows_stay_one_line(qtbot):
    long = Row("C-1", "1", "She described the journey from Lagos in detail. " * 6)
    view, model = open_table(qtbot, [ROW, long])
    one_line = view.fontMetrics().height() + 10
    qtbot.waitUntil(lambda: view.rowHeight(1) > one_line)
    assert view.rowHeight(0) == one_line
    assert view.rowHeight(1) <= view.fontMetrics().lineSpacing() * views.WRAP_LINES + 10
