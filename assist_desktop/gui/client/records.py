"""A list of one kind of record in her file with Add / Edit / Remove, and the generic dialog
that edits one record through its form (widgets bound by field name, see gui/binding.py)."""
from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QScrollArea, QSplitter, QVBoxLayout, QWidget

from assist_desktop.gui import binding, theme
from assist_desktop.gui.dialogs import ServiceDialog
from assist_desktop.gui.forms.ui_records_tab import Ui_RecordsTab
from assist_desktop.gui.forms.ui_sections_tab import Ui_SectionsTab
from assist_desktop.gui.messages import confirm, for_people, show_error
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.views import tidy_table
from assist_desktop.gui.tasks import TaskRunner


class RecordDialog(ServiceDialog):
    def __init__(self, ui_class, record, save: Callable[[Any], Any], runner: TaskRunner,
                 parent: QWidget | None = None, *, setup: Callable | None = None,
                 item_types: dict | None = None):
        super().__init__(runner, parent)
        self.ui = ui_class()
        self.ui.setupUi(self)
        self._record, self._save, self._item_types = record, save, item_types
        binding.prepare(self.ui, type(record))
        if setup is not None:
            setup(self.ui)
        binding.write(self.ui, record)
        self.bind_buttons(self.ui.buttonBox, self.ui.messageLabel)

    def record(self):
        return binding.read(self.ui, self._record, self._item_types)

    def work(self):
        record = self.record()
        return lambda: self._save(record)


class RecordsPanel(QWidget):
    """Rows from ``load()``; Add makes ``new_record()`` and edits it in a RecordDialog."""

    changed = Signal()
    selection_changed = Signal(object)

    def __init__(self, runner: TaskRunner, *, load: Callable[[], Sequence], columns: list[Column],
                 dialog_ui, new_record: Callable[[], Any] | None, create: Callable | None,
                 update: Callable | None, delete: Callable | None, writable: bool = True,
                 setup: Callable | None = None, item_types: dict | None = None,
                 summary: Callable[[list], str] | None = None,
                 sort_key: Callable | None = None, what: str = "", stretch: int | None = None,
                 unpack: Callable[[Any], Sequence] | None = None, parent=None):
        """``unpack(result)``, when given, runs on the GUI thread with what ``load()`` returned
        (on the worker) and gives the rows: the place to keep anything else load() fetched."""
        super().__init__(parent)
        self.ui = Ui_RecordsTab()
        self.ui.setupUi(self)
        self._runner, self._load, self._dialog_ui = runner, load, dialog_ui
        self._new, self._create, self._update, self._delete = new_record, create, update, delete
        self._setup, self._item_types, self._summary = setup, item_types, summary
        self._sort_key, self._unpack = sort_key, unpack
        self.model = ListTableModel(columns, parent=self)
        view = self.ui.recordsView
        view.setModel(self.model)
        view.setAccessibleName(what)
        tidy_table(view, stretch=stretch)
        self._stretch = stretch
        view.selectionModel().selectionChanged.connect(self._selected)
        view.doubleClicked.connect(lambda _i: self.edit())
        ui = self.ui
        ui.addButton.setIcon(theme.icon("add"))
        ui.addButton.setVisible(writable and create is not None)
        ui.editButton.setVisible(update is not None)
        ui.removeButton.setVisible(writable and delete is not None)
        if not writable:
            ui.editButton.setText(self.tr("&View…"))
        self._writable = writable
        ui.addButton.clicked.connect(self.add)
        ui.editButton.clicked.connect(self.edit)
        ui.removeButton.clicked.connect(self.remove)
        self._selected()
        self.reload()

    def set_load(self, load: Callable[[], Sequence]) -> None:
        self._load = load
        self.reload()

    def reload(self) -> None:
        if self._load is None:
            self.model.set_rows([])
            return
        self._runner.run(self._load, self._loaded, lambda e: show_error(self, e), owner=self)

    def _loaded(self, result) -> None:
        rows = list(self._unpack(result) if self._unpack is not None else result)
        if self._sort_key is not None:
            rows.sort(key=self._sort_key)
        keep = getattr(self.selected(), "id", None)     # a reload keeps her place
        view = self.ui.recordsView
        view.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        view.selectionModel().blockSignals(False)
        found = [i for i, r in enumerate(rows) if keep is not None and getattr(r, "id", None)
                 == keep]
        if found:
            view.selectRow(found[0])
        self._fit_columns()
        self._refresh_summary()
        self._selected()

    def _fit_columns(self) -> None:
        view = self.ui.recordsView
        for column in range(self.model.columnCount()):
            if column != self._stretch:
                view.resizeColumnToContents(column)

    def _refresh_summary(self) -> None:
        if self._summary is not None:
            self.ui.summaryLabel.setText(self._summary(self.model.rows()))

    def selected(self):
        rows = self.ui.recordsView.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selected(self, *_args) -> None:
        record = self.selected()
        self.ui.editButton.setEnabled(record is not None)
        self.ui.removeButton.setEnabled(record is not None)
        emit(self.selection_changed, record)

    def _dialog(self, record, save) -> RecordDialog:
        dialog = RecordDialog(self._dialog_ui, record, save, self._runner, self,
                              setup=self._setup, item_types=self._item_types)
        if not self._writable or save is None:
            dialog.ok_button.setVisible(False)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def add(self) -> RecordDialog | None:
        if self._new is None or self._create is None:
            return None
        try:
            record = self._new()
        except ValueError as error:
            self.ui.summaryLabel.setText(for_people(error))
            return None
        return self._dialog(record, self._create)

    def edit(self) -> RecordDialog | None:
        record = self.selected()
        if record is None:
            return None
        return self._dialog(record, self._update if self._writable else None)

    def _saved(self, record) -> None:
        if record is None:
            self.reload()
            return
        if not self.model.replace(lambda r: r.id == record.id, record):
            self.model.append(record)
        self._refresh_summary()
        emit(self.changed)

    def remove(self) -> None:
        record = self.selected()
        if record is None or self._delete is None:
            return
        if not confirm(self, self.tr("Remove"), self.tr("Remove this entry from her file? It is "
                                                        "kept in the history and an "
                                                        "administrator can restore it."),
                       self.tr("Remove"), destructive=True):
            return
        self._runner.run(lambda: self._delete(record.id, record.version),
                         lambda _r: self._removed(record), lambda e: show_error(self, e),
                         owner=self)

    def _removed(self, record) -> None:
        self.model.remove(lambda r: r.id == record.id)
        self._refresh_summary()
        emit(self.changed)


class SectionsTab(QWidget):
    """Several RecordsPanels one above the other, each in a titled box."""

    def __init__(self, intro: str = "", parent=None):
        super().__init__(parent)
        self.ui = Ui_SectionsTab()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(intro)
        self.ui.introLabel.setVisible(bool(intro))
        self.panels: dict[str, QWidget] = {}
        # The sections scroll when the window is short, rather than make every client's file
        # (a tab widget is as tall as its tallest tab) taller than a 1366x768 screen.
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        self.ui.layout.replaceWidget(self.ui.splitter, scroll)
        scroll.setWidget(self.ui.splitter)

    def add_section(self, key: str, title: str, panel: QWidget) -> QWidget:
        box = QGroupBox(title, self)
        box.setAccessibleName(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(panel)
        self.ui.splitter.addWidget(box)
        self.panels[key] = panel
        return panel

    def side_by_side(self, *keys: str) -> QSplitter:
        """Put the sections ``keys`` next to each other in one row (short lists: the tab
        stays readable at 1366x768 with four sections)."""
        boxes = [self.panels[key].parentWidget() for key in keys]
        index = self.ui.splitter.indexOf(boxes[0])
        row = QSplitter(Qt.Orientation.Horizontal, self)
        for box in boxes:
            row.addWidget(box)
        self.ui.splitter.insertWidget(index, row)
        return row

    def panel(self, key: str):
        return self.panels.get(key)
