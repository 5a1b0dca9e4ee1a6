"""Table models over DTOs: columns described as data, rows fetched lazily a page at a time.

``PagedTableModel`` asks its ``fetch(offset, limit)`` (a service call) on the task runner when
the view scrolls near the end (``canFetchMore``/``fetchMore``); answers to an older request
(after ``reload``) are dropped. Models hold DTOs, never SQL. ``ListTableModel`` is the same
over a list already in hand.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

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

    def __init__(self, columns: Sequence[Column], rows: Sequence[Any] = (), parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = list(rows)

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

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- rows -----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
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
                emit(self.dataChanged, self.index(i, 0), self.index(i, len(self.columns) - 1))
                return True
        return False

    def append(self, new: Any) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(new)
        self.endInsertRows()

    def remove(self, match: Callable[[Any], bool]) -> None:
        for i, row in enumerate(self._rows):
            if match(row):
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
                return


class PagedTableModel(ListTableModel):
    """Rows fetched a page at a time from ``fetch(offset, limit, sort_key, descending)``."""

    loading_changed = Signal(bool)
    failed = Signal(object)
    page_loaded = Signal(int)       # total rows now held

    def __init__(self, runner: TaskRunner, fetch: Callable[..., list], columns: Sequence[Column],
                 page_size: int = 200, parent=None):
        super().__init__(columns, (), parent)
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
