"""How tables look everywhere: compact rows that follow the font size, columns sized to what
they hold (within sensible maxima) and sized again when rows arrive, one column that takes the
spare width, long text wrapped (short tables, up to three lines) or elided with the whole of it
in a tooltip (the models give it), and the
widths a user sets by dragging kept for that user (gui/prefs.py) and restored next time.

Widths are stored per user and per table (the view's objectName, else its column headers):
never anything from the rows.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

SAMPLE_ROWS = 50         # rows measured when sizing a column (the first ones, on screen)
MAX_CHARS = 48           # no column grows past this many average characters by itself
PADDING = 18             # cell margins, in pixels
WRAP_ROWS = 150          # tables up to this many rows wrap long text in their stretching column
WRAP_LINES = 3           # ... over at most this many lines (then elided, whole in the tooltip)

_store = None            # object with column_widths(user, table) / set_column_widths(...)
_user: int | None = None


def remember_widths(store, user_id: int | None) -> None:
    """Where the signed-in user's column widths are kept (None: signed out, keep nothing)."""
    global _store, _user
    _store, _user = (store, user_id) if user_id is not None else (None, None)


def tidy_table(view: QTableView, stretch: int | None = None, widths: tuple = (),
               wrap_rows: int = WRAP_ROWS) -> None:
    """Rows as tall as the text needs; columns sized to their header and content (``widths``,
    the first columns' old fixed widths in average characters, apply only until the first
    fit); ``stretch`` takes the rest. A table of up to ``wrap_rows`` rows wraps long text:
    each of its rows is then measured (every cell, every role) at each layout, so a table
    refilled as the person types keeps this low."""
    metrics = view.fontMetrics()
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(metrics.height() + 10)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(metrics.averageCharWidth() * 4)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, chars in enumerate(widths):
        view.setColumnWidth(column, int(metrics.averageCharWidth() * chars))
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fitter = view.findChild(ColumnFitter)
    if fitter is None:
        fitter = ColumnFitter(view)
    fitter.stretch = stretch
    fitter.wrap_rows = wrap_rows
    fitter.fit_soon()


class ColumnFitter(QObject):
    """Sizes a view's columns to their content whenever its rows change, keeps the widths
    a user drags, and restores them for that user."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.setObjectName("columnFitter")
        self.view = view
        self.stretch: int | None = None
        self.wrap_rows = WRAP_ROWS
        self._model = None
        self._fitting = False
        self._user_set: dict[str, int] = {}
        self._loaded_for: tuple | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        self._pressing = False
        self._stale = True          # rows or model changed since the last fit
        self._dragged: dict[int, int] = {}
        view.horizontalHeader().sectionResized.connect(self._resized)
        view.horizontalHeader().viewport().installEventFilter(self)
        view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        kind = event.type()
        if watched is self.view and kind == QEvent.Type.Show:
            # shown again with the rows it was last fitted to (the caseload behind the
            # search results): nothing to measure again
            if self._stale or self.view.model() is not self._model:
                self.fit_soon()
        elif watched is not self.view and kind == QEvent.Type.MouseButtonPress:
            self._pressing, self._dragged = True, {}
        elif watched is not self.view and kind == QEvent.Type.MouseButtonRelease:
            self._pressing = False
            for column, width in self._dragged.items():
                self.keep_width(column, width)
            self._dragged = {}
        return False

    def fit_soon(self) -> None:
        self._stale = True
        self._hook()
        self._timer.start()

    def _hook(self) -> None:
        model = self.view.model()
        if model is self._model:
            return
        if self._model is not None:
            for signal, slot in self._signals(self._model):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self._model = model
        if model is not None:
            for signal, slot in self._signals(model):
                signal.connect(slot)

    def _signals(self, model):
        return ((model.rowsInserted, self._rows_inserted), (model.modelReset, self._reset),
                (model.layoutChanged, self.fit_soon), (model.dataChanged, self.fit_soon))

    def _reset(self) -> None:
        """New rows: wrapped or one line decided at once, before the view lays them out (in
        the wrong mode, a long table refilled as the person types measured every row)."""
        self._wrap(self.view.model().rowCount(), self.view.fontMetrics())
        self.fit_soon()

    def _rows_inserted(self, _parent, first: int, _last: int) -> None:
        """Rows fetched below the ones measured (a caseload's next page) change no width.
        The first rows of an empty table on screen are measured at once, so the view paints
        them once, at their widths (after a timer, they were painted twice: a caseload's
        first page after unlock)."""
        if first == 0 and self.view.isVisible() and not self._fitting:
            self._timer.stop()
            headers = (self.view.horizontalHeader(), self.view.verticalHeader())
            # the view told of no resized column or row: it would repaint them after a
            # timer (the whole table, again); it is laid out afresh below instead
            blocked = [h.blockSignals(True) for h in headers]
            try:
                self.fit()
            finally:
                for h, was in zip(headers, blocked):
                    h.blockSignals(was)
            # and laid out now (the delayed layout, then the scroll bar it may show): else
            # they come after the first paint, and the rows are painted again
            self.view.doItemsLayout()
            QCoreApplication.sendEvent(self.view, QEvent(QEvent.Type.LayoutRequest))
        elif first < SAMPLE_ROWS:
            self.fit_soon()

    # --- names --------------------------------------------------------------------------
    def table_name(self) -> str:
        if self.view.objectName():
            return self.view.objectName()
        model = self.view.model()
        if model is None:
            return ""
        return "|".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                        for c in range(model.columnCount()))

    def _column_key(self, column: int) -> str:
        model = self.view.model()
        text = model.headerData(column, Qt.Orientation.Horizontal) if model else None
        return f"{column}:{text or ''}"

    def _load(self) -> None:
        key = (_store, _user, self.table_name())
        if key == self._loaded_for:
            return
        self._loaded_for = key
        self._user_set = {}
        if _store is not None and key[2]:
            self._user_set = dict(_store.column_widths(_user, key[2]))

    # --- sizing -------------------------------------------------------------------------
    def fit(self) -> None:
        """Each column as wide as its header and its (first) rows need, within the maxima;
        a width the user set wins."""
        self._hook()
        model = self.view.model()
        if model is None or self._fitting:
            return
        self._load()
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        self._wrap(model.rowCount(), metrics)
        most = metrics.averageCharWidth() * MAX_CHARS
        self._fitting = True
        try:
            for column in range(model.columnCount()):
                if header.isSectionHidden(column) or column == self.stretch:
                    continue
                saved = self._user_set.get(self._column_key(column))
                if saved:
                    header.resizeSection(column, int(saved))
                    continue
                need = max(header.sectionSizeHint(column), self._content_width(column, metrics))
                header.resizeSection(column, min(need, most))
            self._stale = False
        finally:
            self._fitting = False

    def _wrap(self, rows: int, metrics) -> None:
        """A short table whose long text sits in the stretching column wraps it over up to
        WRAP_LINES lines (rows as tall as they need); a long table keeps one-line rows."""
        vertical = self.view.verticalHeader()
        wrap = self.stretch is not None and rows <= self.wrap_rows
        line = metrics.height() + 10
        # one-line rows fixed before anything else changes: each change below lays the table
        # out again, and in the wrapping mode that measures every row
        if not wrap:
            vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setMinimumSectionSize(line)
        vertical.setMaximumSectionSize(metrics.lineSpacing() * WRAP_LINES + 10 if wrap else line)
        if self.view.wordWrap() != wrap:
            self.view.setWordWrap(wrap)
        if wrap:
            vertical.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _content_width(self, column: int, metrics) -> int:
        model = self.view.model()
        widest = 0
        icon = self.view.iconSize().width()
        if icon <= 0:
            icon = self.view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        rows = min(model.rowCount(), SAMPLE_ROWS)
        measure_cells = getattr(model, "measure_cells", None)
        if measure_cells is not None:        # our table models: the cells in one call
            return self._measured_width(model, column, measure_cells(column, rows), icon,
                                        metrics)
        # A column either has check boxes or not: asked of its first row only (each data()
        # call is a Python call, and this runs as the first page of a caseload arrives).
        check = rows and model.data(model.index(0, column),
                                    Qt.ItemDataRole.CheckStateRole) is not None
        # the roles looked up once: Qt.ItemDataRole.X costs microseconds each time
        display, font_role = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole
        decoration = Qt.ItemDataRole.DecorationRole
        data, index_of, advance = model.data, model.index, metrics.horizontalAdvance
        for row in range(rows):
            index = index_of(row, column)
            text = data(index, display)
            font = data(index, font_role)
            measure = QFontMetrics(font).horizontalAdvance if isinstance(font, QFont) \
                else advance
            width = measure(str(text)) if text not in (None, "") else 0
            if data(index, decoration) is not None:
                width += icon + 8
            widest = max(widest, width)
        if check and widest:
            widest += metrics.height() + 8
        return widest + PADDING if widest else 0

    def _measured_width(self, model, column: int, cells, icon: int, metrics) -> int:
        """The widest of (text, font, has icon) cells; each text measured once per font."""
        widths: dict = {}
        widest = 0
        advance = metrics.horizontalAdvance
        for text, font, has_icon in cells:
            key = (text, font.key() if isinstance(font, QFont) else None)
            width = widths.get(key)
            if width is None:
                if not text:
                    width = 0
                elif isinstance(font, QFont):
                    width = QFontMetrics(font).horizontalAdvance(text)
                else:
                    width = advance(text)
                widths[key] = width
            if has_icon:
                width += icon + 8
            widest = max(widest, width)
        if cells and widest and model.data(model.index(0, column),
                                           Qt.ItemDataRole.CheckStateRole) is not None:
            widest += metrics.height() + 8
        return widest + PADDING if widest else 0

    def _resized(self, column: int, _old: int, new: int) -> None:
        """A width the user drags on the header: kept for them when the button is let go."""
        header = self.view.horizontalHeader()
        follows = header.stretchLastSection() and column == header.count() - 1 or \
            header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
        if self._pressing and not self._fitting and column != self.stretch and not follows:
            self._dragged[column] = new

    def keep_width(self, column: int, width: int) -> None:
        self._load()
        self._user_set[self._column_key(column)] = int(width)
        if _store is not None and self.table_name():
            _store.set_column_widths(_user, self.table_name(), self._user_set)

