"""A PDF read from memory and shown page after page at the width of the pane (documents and
attachments): the bytes never touch the disk."""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget


class PdfPreview(QObject):
    """A QPdfView added to ``layout`` (its parent ``pane``), showing the bytes given to show()."""

    def __init__(self, pane: QWidget, layout, accessible_name: str,
                 parent: QObject | None = None):
        super().__init__(parent or pane)
        self.document = QPdfDocument(self)
        self.view = QPdfView(pane)
        self.view.setAccessibleName(accessible_name)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view)
        self._buffer: QBuffer | None = None

    def show(self, data: bytes) -> None:
        self.clear()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def page_count(self) -> int:
        return self.document.pageCount()
