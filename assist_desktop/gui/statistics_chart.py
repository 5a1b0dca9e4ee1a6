"""The chart of one statistics table (QtCharts): bars per period for each row, or bars per
row when there is one period. Hidden figures ([c]) are not drawn (a bar of 0 would say
"nobody"); the caption says so. Totals are not drawn (they would dwarf the rows)."""
from __future__ import annotations

import re

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView,
                              QValueAxis)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter

MAX_SERIES = 10       # more bars than this per period cannot be told apart


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatisticsChart", text)


def plotted(value, unit: str) -> float | None:
    if value is None:
        return None
    if unit == "minutes":
        return round(value / 60, 1)
    if unit == "money":
        return value / 100
    return float(value)


def make_view(parent=None) -> QChartView:
    view = QChartView(QChart(), parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    view.setAccessibleName(_tr("Chart of the table"))
    return view


def show_table(view: QChartView, table) -> None:
    """Draw `table` (a domain StatTable) in `view`, replacing what was there."""
    chart = QChart()
    chart.setTitle(table.title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    unit = str(table.unit)
    rows = list(zip(table.row_labels, table.cells))
    if table.total_row:
        rows = rows[:-1]
    columns = list(table.column_labels)
    if table.total_column:
        columns = columns[:-1]
    series = QBarSeries()
    hidden = False
    top = 0.0
    by_period = [cells[k] for _label, cells in rows for k in range(len(columns))]
    mostly_hidden = len(columns) > 1 and table.total_column and \
        sum(v is None for v in by_period) * 2 > len(by_period)
    if mostly_hidden:              # most periods hidden: the whole period per row says more
        columns = [table.column_labels[-1]]
        rows = [(label, cells[-1:]) for label, cells in rows]
    if len(columns) == 1:          # one period: a bar per row
        bar = QBarSet(columns[0])
        for _label, cells in rows:
            value = plotted(cells[0], unit)
            hidden |= value is None
            top = max(top, value or 0.0)
            bar.append(value or 0.0)
        series.append(bar)
        categories = [label for label, _cells in rows]
    else:
        for label, cells in rows[:MAX_SERIES]:
            bar = QBarSet(label)
            for k in range(len(columns)):
                value = plotted(cells[k], unit)
                hidden |= value is None
                top = max(top, value or 0.0)
                bar.append(value or 0.0)
            series.append(bar)
        categories = columns
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    if len(columns) > 1:      # "Dec 2025" -> "Dec '25", so a year of months fits
        categories = [re.sub(r" 20(\d\d)$", r" '\1", c) for c in categories]
    axis_x.append(categories)
    if len(categories) > 6:
        axis_x.setLabelsAngle(-45)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    axis_y.setRange(0, max(top, 5.0))
    axis_y.applyNiceNumbers()
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    chart.legend().setVisible(len(columns) > 1 and len(rows) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    notes = []
    if mostly_hidden:
        notes.append(_tr("Most figures by period are hidden: the chart shows the totals."))
    if hidden and not top:
        notes.append(_tr("Every figure here is hidden or zero: choose longer periods."))
    elif hidden:
        notes.append(_tr("Hidden figures are not drawn."))
    if len(columns) > 1 and len(rows) > MAX_SERIES:
        notes.append(_tr("The first %1 rows are drawn; all are in the table.").replace(
            "%1", str(MAX_SERIES)))
    if notes:
        chart.setTitle(f"{table.title}<br><small>{' '.join(notes)}</small>")
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()
