"""How tables look everywhere: compact rows that follow the font size, sensible column widths,
one column that takes the spare width."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def tidy_table(view: QTableView, stretch: int | None = None, widths: tuple = ()) -> None:
    """Rows as tall as the text needs; ``widths`` fixes the first columns' widths (in units
    of the average character width, so they scale with the font); ``stretch`` takes the rest."""
    metrics = view.fontMetrics()
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(metrics.height() + 10)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(metrics.averageCharWidth() * 6)
    if widths:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, chars in enumerate(widths):
            view.setColumnWidth(column, int(metrics.averageCharWidth() * chars))
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
