"""Deleted notes and attachments (administrators): a note or an attachment a caseworker
deleted stays restorable in her file until purged here. Purging asks first, then erases it
for good (a note with its versions, drafts, attachments and the documents built from it;
see NoteService.purge), audited by id. References, kinds and dates only: no content."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from assist_desktop.gui import theme
from assist_desktop.gui.formatting import fmt_timestamp
from assist_desktop.gui.messages import confirm, describe
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.views import tidy_table


class DeletedRecordsPanel(QWidget):
    def __init__(self, retention, notes, attachments, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._retention, self._notes, self._attachments = retention, notes, attachments
        self._runner, self._busy = runner, False
        self.setAccessibleName(self.tr("Deleted notes and attachments"))   # titled by its group
        self.model = ListTableModel([
            Column(self.tr("Client"), lambda r: r.client_reference),
            Column(self.tr("Kind"), lambda r: self.tr("Note") if r.kind == "note"
                   else self.tr("Attachment")),
            Column(self.tr("Number"), lambda r: str(r.id)),
            Column(self.tr("Deleted"), lambda r: fmt_timestamp(r.deleted_at))], parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        tidy_table(self.view, stretch=3)
        self.purgeButton = QPushButton(theme.icon("close"), self.tr("&Purge for good…"), self)
        self.refreshButton = QPushButton(theme.icon("refresh"), self.tr("Refresh"), self)
        self.statusLabel = QLabel(self)
        self.statusLabel.setWordWrap(True)
        row = QHBoxLayout()            # below the list, as on the other deleted lists
        row.addWidget(self.purgeButton)
        row.addWidget(self.refreshButton)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.statusLabel)
        layout.addLayout(row)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.purgeButton.clicked.connect(self.purge)
        self.refreshButton.clicked.connect(lambda: self.reload())
        self._update()
        self.reload()

    def reload(self, keep_message: bool = False) -> None:
        self._busy = True
        self._update()
        if not keep_message:
            theme.say(self.statusLabel, "")
        self._runner.run(self._retention.deleted_records, self._loaded, self._failed,
                         owner=self)

    def records_changed(self, kinds) -> None:
        if kinds & {"note", "attachment"}:
            self.reload(keep_message=True)

    def _loaded(self, rows) -> None:
        self._busy = False
        self.model.set_rows(rows)
        self._update()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        theme.say(self.statusLabel, describe(error), True)
        self._update()

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update(self) -> None:
        self.purgeButton.setEnabled(self.selected() is not None and not self._busy)
        self.refreshButton.setEnabled(not self._busy)

    def purge(self) -> None:
        row = self.selected()
        if row is None or self._busy:
            return
        what = self.tr("note %1").replace("%1", str(row.id)) if row.kind == "note" \
            else self.tr("attachment %1").replace("%1", str(row.id))
        extra = self.tr(" with its earlier versions, drafts and attachments, and every "
                        "document built from it") if row.kind == "note" else ""
        if not confirm(self, self.tr("Purge for good"), self.tr(
                "This erases %1 in the file %2%3, forever. It cannot be undone, and no backup "
                "made from now on will hold it.\n\nPurge it?").replace("%1", what)
                .replace("%2", row.client_reference).replace("%3", extra),
                self.tr("Purge for good"), destructive=True):
            return
        purge = self._notes.purge if row.kind == "note" else self._attachments.purge
        self._busy = True
        self._update()
        self._runner.run(lambda: purge(row.id),
                         lambda _r: (theme.say(self.statusLabel, self.tr("Purged %1.")
                                               .replace("%1", what)),
                                     self.reload(keep_message=True)),
                         lambda e: (self._failed(e), self.reload(keep_message=True)),
                         owner=self)
