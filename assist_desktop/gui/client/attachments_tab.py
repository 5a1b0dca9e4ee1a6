"""Attachments: add by dialog or drag and drop (stored encrypted in the database), read in
memory (PDF, images, text), save a copy outside only on an explicit request, with a warning."""
from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.formatting import fmt_timestamp, human_size
from assist_desktop.gui.forms.ui_attachments_tab import Ui_AttachmentsTab
from assist_desktop.gui.messages import confirm, describe, show_error
from assist_desktop.gui.pdf_preview import PdfPreview
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.views import tidy_table
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.platform.atomic import atomic_write_bytes
from assist_desktop.services.permissions import Area, can


def attachment_columns(tr) -> list[Column]:
    return [Column(tr("Name"), lambda a: a.name,
                   icon=lambda a: theme.icon("privileged") if a.privileged else
                   theme.icon("attachment")),
            Column(tr("Size"), lambda a: human_size(a.size)),
            Column(tr("Added"), lambda a: fmt_timestamp(a.created_at)),
            Column(tr("Description"), lambda a: a.description)]


class AttachmentsTab(QWidget):
    def __init__(self, attachments, client_id: int, session, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.ui = Ui_AttachmentsTab()
        self.ui.setupUi(self)
        self._attachments, self._client_id, self._runner = attachments, client_id, runner
        self.model = ListTableModel(attachment_columns(self.tr), parent=self)
        view = self.ui.filesView
        view.setModel(self.model)
        tidy_table(view, stretch=0, widths=(30, 10, 18))
        view.selectionModel().selectionChanged.connect(self._update)
        view.activated.connect(lambda _i: self.open_selected())
        view.doubleClicked.connect(lambda _i: self.open_selected())
        self._pdf = PdfPreview(self.ui.pdfPreview, self.ui.pdfLayout, self.tr("PDF document"),
                               self)
        writable = can(session, Area.ATTACHMENT, write=True)
        ui = self.ui
        ui.addButton.setVisible(writable)
        ui.removeButton.setVisible(writable)
        ui.privilegedCheck.setVisible(session.is_solicitor)
        ui.addButton.setIcon(theme.icon("attachment"))
        ui.addButton.clicked.connect(self.add_files)
        ui.openButton.clicked.connect(self.open_selected)
        ui.exportButton.clicked.connect(self.export_selected)
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.splitter.setSizes([420, 580])
        self.setAcceptDrops(writable)
        self._update()
        self.reload()

    def reload(self) -> None:
        cid = self._client_id
        self._runner.run(lambda: self._attachments.list(cid), self.model.set_rows,
                         lambda e: show_error(self, e), owner=self)

    def records_changed(self, kinds: set) -> None:
        if "attachment" in kinds:
            self.reload()

    def selected(self):
        rows = self.ui.filesView.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update(self, *_args) -> None:
        chosen = self.selected() is not None
        for button in (self.ui.openButton, self.ui.exportButton, self.ui.removeButton):
            button.setEnabled(chosen)

    # --- adding ---------------------------------------------------------------------
    def add_files(self) -> None:
        paths, _f = QFileDialog.getOpenFileNames(self, self.tr("Add files to her file"))
        self.add_paths([Path(p) for p in paths])

    def add_paths(self, paths: list[Path]) -> None:
        if not paths:
            return
        privileged = self.ui.privilegedCheck.isChecked()
        cid, attachments = self._client_id, self._attachments

        def work():
            added = []
            for path in paths:
                if not path.is_file():      # a dropped folder (checked here, not on the GUI)
                    continue
                mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                added.append(attachments.add(cid, path.name, mime, path.read_bytes(),
                                             privileged=privileged))
            return added
        self._message(self.tr("Adding %n file(s)…", "", len(paths)))
        self._runner.run(work, self._added, lambda e: self._message(describe(e), True),
                         owner=self)

    def _added(self, added) -> None:
        if not added:
            self._message("")
            return
        for attachment in added:
            self.model.append(attachment)
        self._message(self.tr("%n file(s) added. The originals are not changed; delete them "
                              "from this computer if they should not stay there.", "",
                              len(added)))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_paths(paths)
        event.acceptProposedAction()

    # --- reading --------------------------------------------------------------------
    def open_selected(self) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        self._runner.run(lambda: self._attachments.open(attachment.id),
                         lambda data: self.show_bytes(attachment, data),
                         lambda e: show_error(self, e), owner=self)

    def show_bytes(self, attachment, data: bytes) -> None:
        ui, mime = self.ui, attachment.mime_type
        self._clear_preview()
        if mime == "application/pdf":
            self._pdf.show(data)
            ui.previewStack.setCurrentWidget(ui.pdfPreview)
        elif mime.startswith("image/"):
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            ui.imageLabel.setPixmap(pixmap)
            ui.previewStack.setCurrentWidget(ui.imagePreview)
        elif mime.startswith("text/") or attachment.name.lower().endswith((".txt", ".md", ".csv")):
            ui.textPreview.setPlainText(data.decode("utf-8", errors="replace"))
            ui.previewStack.setCurrentWidget(ui.textPreview)
        else:
            ui.emptyPreview.setText(self.tr("This kind of file cannot be shown here. Save a copy "
                                            "to open it with another program."))
            ui.previewStack.setCurrentWidget(ui.emptyPreview)

    def _clear_preview(self) -> None:
        self._pdf.clear()
        self.ui.imageLabel.clear()
        self.ui.textPreview.clear()

    def preview_kind(self) -> str:
        return self.ui.previewStack.currentWidget().objectName()

    # --- export and removal ---------------------------------------------------------
    def export_selected(self) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        if not confirm(self, self.tr("Save a copy"), self.tr(
                "The copy will not be encrypted. Anyone who can open that folder can read it. "
                "Save it only where it is safe, and delete it when it is no longer needed."),
                self.tr("Choose where…")):
            return
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), attachment.name)
        if not path:
            return
        self._runner.run(lambda: atomic_write_bytes(path, self._attachments.open(attachment.id)),
                         lambda _r: self._message(self.tr("Copy saved.")),
                         lambda e: self._message(describe(e), True), owner=self)

    def remove_selected(self) -> None:
        attachment = self.selected()
        if attachment is None or not confirm(
                self, self.tr("Remove"), self.tr("Remove this file from her file?"),
                self.tr("Remove"), destructive=True):
            return
        self._runner.run(lambda: self._attachments.delete(attachment.id, attachment.version),
                         lambda _r: self.model.remove(lambda a: a.id == attachment.id),
                         lambda e: show_error(self, e), owner=self)

    def _message(self, text: str, error: bool = False) -> None:
        theme.say(self.ui.messageLabel, text, error)
