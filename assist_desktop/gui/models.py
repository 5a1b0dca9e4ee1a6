"""Table models over DTOs: columns described as data, rows fetched lazily a page at a time.

``PagedTableModel`` asks its ``fetch(offset, limit)`` (a service call) on the task runner when
the view scrolls near the end (``canFetchMore``/``fetchMore``); answers to an older request
(after ``reload``) are dropped. Models hold DTOs, never SQL. ``ListTableModel`` is the same
over a list already in hand.

A model made with ``cache_cells=True`` works out each row's cells (every role of every column)
the first time any of them is asked for, and answers from that afterwards: a table's view asks
seven roles of each cell it paints and its column fitter three of the first rows, each a Python
call into the Columns' functions (dates formatted, phrases translated), which made most of a
caseload's first paint. The cells are worked out again when their row changes, when the colour
scheme changes (colours, icons) and after midnight (phrases such as "in 3 days").
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Callable, Sequence

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer,
                            Signal)

from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.qtcompat import emit

ROW_ROLE = Qt.ItemDataRole.UserRole + 1      # the DTO of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2     # a value to sort by
_DISPLAY, _ACCESSIBLE = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole
_TOOLTIP, _CHECK = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.CheckStateRole
_ALIGN, _FOREGROUND = Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole
_FONT, _DECORATION = Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
_HORIZONTAL, _VERTICAL = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable    # asked of every cell painted
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
# the roles as plain ints: the keys of a cached cell (a view asks with ints)
_K_DISPLAY, _K_ACCESSIBLE, _K_TOOLTIP = int(_DISPLAY), int(_ACCESSIBLE), int(_TOOLTIP)
_K_CHECK, _K_ALIGN, _K_FOREGROUND = int(_CHECK), int(_ALIGN), int(_FOREGROUND)
_K_FONT, _K_DECORATION, _K_ROW, _K_SORT = int(_FONT), int(_DECORATION), int(ROW_ROLE), \
    int(SORT_ROLE)


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]                          # DTO -> text (or number)
    key: str = ""                                        # sort key passed to fetch, '' = no sort
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[Any], str] | None = None
    foreground: Callable[[Any], Any] | None = None      # DTO -> QColor | None
    font: Callable[[Any], Any] | None = None            # DTO -> QFont | None
    icon: Callable[[Any], Any] | None = None            # DTO -> QIcon | None
    check: Callable[[Any], bool] | None = None          # DTO -> checked (a yes/no column)


class ListTableModel(QAbstractTableModel):
    """Rows in hand: a list of DTOs shown through Columns."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[Any] = (), parent=None, *,
                 cache_cells: bool = False):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = list(rows)
        # per row: None (not worked out yet) or a dict {role: value} per column
        self._cells: list | None = [None] * len(self._rows) if cache_cells else None
        self._aligns: tuple = (None, [])
        if cache_cells:
            from assist_desktop.gui import theme
            theme.scheme_changes().changed.connect(self.forget_cells)
            self._midnight = QTimer(self)
            self._midnight.setSingleShot(True)
            self._midnight.timeout.connect(self.forget_cells)
            self._at_midnight()

    # --- Qt model API ---------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802
        if orientation == _HORIZONTAL and 0 <= section < len(self.columns):
            if role == _DISPLAY or role == _ACCESSIBLE:
                return self.columns[section].header
        if orientation == _VERTICAL and role == _DISPLAY:
            return section + 1
        return None

    def data(self, index, role=_DISPLAY):
        # Called for every role of every cell painted (and by column fitting): kept lean.
        # Roles are compared with module constants, since looking up Qt.ItemDataRole.X costs
        # a few microseconds each time, which made up most of a caseload's first paint.
        row_number, column_number = index.row(), index.column()
        if row_number < 0 or column_number < 0 or row_number >= len(self._rows) or \
                column_number >= len(self.columns):
            return None                       # also an invalid index (row and column -1)
        cells = self._cells
        if cells is not None:
            if role == _K_ROW:
                return self._rows[row_number]
            row_cells = cells[row_number]
            if row_cells is None:
                row_cells = cells[row_number] = self._work_out(self._rows[row_number])
            return row_cells[column_number].get(role)
        row = self._rows[row_number]
        column = self.columns[column_number]
        if role == _DISPLAY or role == _ACCESSIBLE or role == _TOOLTIP:
            if role == _TOOLTIP and column.tooltip is not None:
                return column.tooltip(row)
            if column.check is not None:
                if role == _DISPLAY:
                    return None
                return self.tr("yes") if column.check(row) else self.tr("no")
            value = column.value(row)
            return "" if value is None else str(value)
        if role == _CHECK:
            if column.check is None:
                return None
            return _CHECKED if column.check(row) else _UNCHECKED
        if role == _ALIGN:
            align = column.align
            return int(align.value) if hasattr(align, "value") else int(align)
        if role == _FOREGROUND:
            return column.foreground(row) if column.foreground is not None else None
        if role == _FONT:
            return column.font(row) if column.font is not None else None
        if role == _DECORATION:
            return column.icon(row) if column.icon is not None else None
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return column.value(row)
        return None

    def _work_out(self, row) -> list[dict]:
        """Every role of every column of one row, as data() would answer them one by one."""
        out = []
        yes_no = None
        if self._aligns[0] is not self.columns:        # worked out once per set of columns
            self._aligns = (self.columns, [int(c.align.value) if hasattr(c.align, "value")
                                           else int(c.align) for c in self.columns])
        for column, align in zip(self.columns, self._aligns[1]):
            value = column.value(row)
            cell = {_K_ALIGN: align, _K_SORT: value}
            if column.check is not None:
                checked = column.check(row)
                if yes_no is None:
                    yes_no = (self.tr("yes"), self.tr("no"))
                cell[_K_CHECK] = _CHECKED if checked else _UNCHECKED
                cell[_K_ACCESSIBLE] = cell[_K_TOOLTIP] = yes_no[0] if checked else yes_no[1]
            else:
                text = "" if value is None else str(value)
                cell[_K_DISPLAY] = cell[_K_ACCESSIBLE] = cell[_K_TOOLTIP] = text
            if column.tooltip is not None:
                cell[_K_TOOLTIP] = column.tooltip(row)
            for key, make in ((_K_FOREGROUND, column.foreground), (_K_FONT, column.font),
                              (_K_DECORATION, column.icon)):
                if make is not None:
                    made = make(row)
                    if made is not None:
                        cell[key] = made
            out.append(cell)
        return out

    def measure_cells(self, column: int, count: int) -> list[tuple]:
        """(text, font or None, has an icon) of the first `count` rows of a column, for the
        column fitter: one call instead of three data() calls (and an index()) per cell.
        A yes/no column gives no text (its check box is measured by the fitter)."""
        if not 0 <= column < len(self.columns):
            return []
        rows = self._rows[:max(0, count)]
        if self._cells is not None:
            cells = self._cells
            out = []
            for number, row in enumerate(rows):
                row_cells = cells[number]
                if row_cells is None:
                    row_cells = cells[number] = self._work_out(row)
                cell = row_cells[column]
                out.append((cell.get(_K_DISPLAY), cell.get(_K_FONT),
                            cell.get(_K_DECORATION) is not None))
            return out
        spec = self.columns[column]
        out = []
        for row in rows:
            if spec.check is not None:
                text = None
            else:
                value = spec.value(row)
                text = "" if value is None else str(value)
            out.append((text, spec.font(row) if spec.font is not None else None,
                        spec.icon is not None and spec.icon(row) is not None))
        return out

    def forget_cells(self) -> None:
        """Cached cells are worked out again when next asked for (and repainted now)."""
        if self._cells is None:
            return
        self._cells = [None] * len(self._rows)
        if self._rows:
            emit(self.dataChanged, self.index(0, 0),
                 self.index(len(self._rows) - 1, len(self.columns) - 1))
        self._at_midnight()

    def _at_midnight(self) -> None:
        now = datetime.now()
        midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        self._midnight.start(int((midnight - now).total_seconds() * 1000) + 1000)

    def flags(self, index):
        if not index.isValid():
            return _NO_FLAGS
        return _FLAGS

    # --- rows -----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._cells is not None:
            self._cells = [None] * len(self._rows)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self._rows[index]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def replace(self, match: Callable[[Any], bool], new: Any) -> bool:
        """A mutation returned ``new``: show it in place of the row it replaces."""
        for i, row in enumerate(self._rows):
            if match(row):
                self._rows[i] = new
                if self._cells is not None:
                    self._cells[i] = None
                emit(self.dataChanged, self.index(i, 0), self.index(i, len(self.columns) - 1))
                return True
        return False

    def append(self, new: Any) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(new)
        if self._cells is not None:
            self._cells.append(None)
        self.endInsertRows()

    def remove(self, match: Callable[[Any], bool]) -> None:
        for i, row in enumerate(self._rows):
            if match(row):
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                if self._cells is not None:
                    del self._cells[i]
                self.endRemoveRows()
                return


class PagedTableModel(ListTableModel):
    """Rows fetched a page at a time from ``fetch(offset, limit, sort_key, descending)``."""

    loading_changed = Signal(bool)
    failed = Signal(object)
    page_loaded = Signal(int)       # total rows now held

    def __init__(self, runner: TaskRunner, fetch: Callable[..., list], columns: Sequence[Column],
                 page_size: int = 200, parent=None, *, cache_cells: bool = False):
        super().__init__(columns, (), parent, cache_cells=cache_cells)
        self._runner = runner
        self._fetch = fetch
        self.page_size = page_size
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self._sort_key = ""
        self._descending = False

    def set_fetch(self, fetch: Callable[..., list]) -> None:
        """New filters or search: a new fetch function, and start again from the first page."""
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        if self._cells is not None:
            self._cells = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        if isinstance(parent, QPersistentModelIndex):
            parent = QModelIndex(parent)
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        self._loading = True
        emit(self.loading_changed, True)
        generation, offset, limit = self._generation, len(self._rows), self.page_size
        fetch, key, descending = self._fetch, self._sort_key, self._descending
        self._runner.run(lambda: fetch(offset, limit, key, descending),
                         lambda rows: self._arrived(generation, rows),
                         lambda error: self._error(generation, error), owner=self)

    def _arrived(self, generation: int, rows: list) -> None:
        if generation != self._generation:
            return
        self._loading = False
        rows = list(rows)
        if len(rows) < self.page_size:
            self._exhausted = True
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            if self._cells is not None:
                self._cells.extend([None] * len(rows))
            self.endInsertRows()
        emit(self.loading_changed, False)
        emit(self.page_loaded, len(self._rows))

    def _error(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        emit(self.loading_changed, False)
        emit(self.failed, error)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)) or not self.columns[column].key:
            return
        key = self.columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending):
            return
        self._sort_key, self._descending = key, descending
        self.reload()
