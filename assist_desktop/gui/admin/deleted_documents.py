"""Deleted documents (administrators): restore one a caseworker deleted. The list shows her
file's reference, the kind of document and dates only, never a title or any content."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.client.documents_tab import title
from assist_desktop.gui.formatting import fmt_timestamp
from assist_desktop.gui.forms.ui_admin_deleted_documents import Ui_DeletedDocumentsPanel
from assist_desktop.gui.messages import describe
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.views import tidy_table


def deleted_document_columns(tr) -> list[Column]:
    return [Column(tr("Her file"), lambda d: d.reference + (tr(" (file deleted)")
                                                              if d.file_deleted else "")),
            Column(tr("Document"), lambda d: title(d.kind)),
            Column(tr("Made"), lambda d: fmt_timestamp(d.created_at)),
            Column(tr("Deleted"), lambda d: fmt_timestamp(d.deleted_at))]


class DeletedDocumentsPanel(QWidget):
    def __init__(self, deleted_documents, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DeletedDocumentsPanel()
        self.ui.setupUi(self)
        self._service, self._runner = deleted_documents, runner
        self._busy = False
        self.model = ListTableModel(deleted_document_columns(self.tr), parent=self)
        view = self.ui.deletedView
        view.setModel(self.model)
        tidy_table(view, stretch=3, widths=(24, 30, 18))
        view.selectionModel().selectionChanged.connect(self._update)
        self.ui.restoreButton.setIcon(theme.icon("refresh"))
        self.ui.restoreButton.clicked.connect(self.restore)
        self.ui.refreshButton.clicked.connect(self.reload)
        self._update()
        self.reload()

    def reload(self, *_args, keep_message: bool = False) -> None:
        self._set_busy(True)
        if not keep_message:
            self._status("")
        self._runner.run(self._service.list, self._loaded, self._failed, owner=self)

    def _loaded(self, rows) -> None:
        self._set_busy(False)
        self.model.set_rows(list(rows))
        if not rows and not self.ui.statusLabel.text():
            self._status(self.tr("No deleted documents."))
        self._update()

    def selected(self):
        rows = self.ui.deletedView.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update(self, *_args) -> None:
        self.ui.restoreButton.setEnabled(self.selected() is not None and not self._busy)
        self.ui.refreshButton.setEnabled(not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def _status(self, text: str, error: bool = False) -> None:
        theme.say(self.ui.statusLabel, text, error)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._status(describe(error), error=True)

    def restore(self) -> None:
        row = self.selected()
        if row is None or self._busy:
            return
        self._set_busy(True)
        self._status(self.tr("Restoring…"))
        service = self._service
        self._runner.run(lambda: service.restore(row.id, row.version),
                         lambda _r: self._restored(row), self._failed, owner=self)

    def _restored(self, row) -> None:
        self._set_busy(False)
        self.model.set_rows([r for r in self.model.rows() if r.id != row.id])
        self._status(self.tr("The %1 is back in her file %2.").replace(
            "%1", title(row.kind).lower()).replace("%2", row.reference))
        self._update()
