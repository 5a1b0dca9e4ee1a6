"""Deleted client files (administrators): restore a file a solicitor deleted, or purge it for
good. The list shows references and dates only, never case content."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.formatting import fmt_timestamp
from assist_desktop.gui.forms.ui_admin_deleted import Ui_DeletedPanel
from assist_desktop.gui.messages import confirm, describe
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.views import tidy_table


def deleted_columns(tr) -> list[Column]:
    return [Column(tr("Reference"), lambda d: d.reference),
            Column(tr("Deleted"), lambda d: fmt_timestamp(d.deleted_at))]


class DeletedPanel(QWidget):
    def __init__(self, clients, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DeletedPanel()
        self.ui.setupUi(self)
        self._clients, self._runner = clients, runner
        self._busy = False
        self.model = ListTableModel(deleted_columns(self.tr), parent=self)
        view = self.ui.deletedView
        view.setModel(self.model)
        tidy_table(view, stretch=1, widths=(30,))
        view.selectionModel().selectionChanged.connect(self._update)
        self.ui.restoreButton.setIcon(theme.icon("refresh"))
        self.ui.purgeButton.setIcon(theme.icon("close"))
        self.ui.restoreButton.clicked.connect(self.restore)
        self.ui.purgeButton.clicked.connect(self.purge)
        self.ui.refreshButton.clicked.connect(self.reload)
        self._update()
        self.reload()

    def reload(self, *_args, keep_message: bool = False) -> None:
        self._set_busy(True)
        if not keep_message:
            self._status("")
        self._runner.run(self._clients.list_deleted, self._loaded, self._failed, owner=self)

    def _loaded(self, rows) -> None:
        self._set_busy(False)
        self.model.set_rows(sorted(rows, key=lambda d: d.deleted_at, reverse=True))
        if not rows and not self.ui.statusLabel.text():
            self._status(self.tr("No deleted files."))
        self._update()

    def selected(self):
        rows = self.ui.deletedView.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update(self, *_args) -> None:
        chosen = self.selected() is not None and not self._busy
        self.ui.restoreButton.setEnabled(chosen)
        self.ui.purgeButton.setEnabled(chosen)
        self.ui.refreshButton.setEnabled(not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def _status(self, text: str, error: bool = False) -> None:
        theme.say(self.ui.statusLabel, text, error)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._status(describe(error), error=True)

    def _gone(self, row, text: str) -> None:
        self._set_busy(False)
        self.model.set_rows([r for r in self.model.rows() if r.id != row.id])
        self._status(text)
        self._update()

    # --- actions --------------------------------------------------------------------
    def restore(self) -> None:
        row = self.selected()
        if row is None or self._busy:
            return
        self._set_busy(True)
        self._status(self.tr("Restoring…"))
        clients = self._clients
        self._runner.run(lambda: clients.restore(row.id, row.version),
                         lambda _r: self._gone(row, self.tr(
                             "The file %1 is back in the caseload.").replace("%1", row.reference)),
                         self._failed, owner=self)

    def purge_question(self, reference: str) -> str:
        return self.tr("This erases the file %1 and everything in it, forever: her details, "
                       "notes, matters, documents, attachments and their history. It cannot be "
                       "undone, and no backup made from now on will hold it.\n\nPurge it?"
                       ).replace("%1", reference)

    def purge(self) -> None:
        row = self.selected()
        if row is None or self._busy:
            return
        if not confirm(self, self.tr("Purge for good"), self.purge_question(row.reference),
                       self.tr("Purge for good"), destructive=True):
            return
        self._set_busy(True)
        self._status(self.tr("Purging…"))
        clients = self._clients
        self._runner.run(lambda: clients.purge(row.id),
                         lambda _r: self._gone(row, self.tr(
                             "The file %1 was purged.").replace("%1", row.reference)),
                         self._purge_failed, owner=self)

    def _purge_failed(self, error: BaseException) -> None:
        # A StoreError after a purge says it is done but the write-ahead log still holds the
        # erased text: the message stays and the list is fetched again.
        self._failed(error)
        self.reload(keep_message=True)
