"""A PDF read from memory and shown page after page at the width of the pane (documents and
attachments): the bytes never touch the disk, and Print… sends the pages to a printer from
memory (gui/printing.py)."""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from assist_desktop.gui.messages import show_error


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
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.print_button = QPushButton(self.tr("&Print…"), pane)
        self.print_button.setAccessibleName(self.tr("Print the document shown"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_shown)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self._pane, self._title = pane, accessible_name
        self._buffer: QBuffer | None = None

    def show(self, data: bytes) -> None:
        self.clear()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.print_button.setEnabled(self.document.pageCount() > 0)

    def clear(self) -> None:
        self.print_button.setEnabled(False)
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def page_count(self) -> int:
        return self.document.pageCount()

    def print_shown(self) -> int:
        """The print dialog for the PDF shown; the pages printed (0: cancelled or nothing)."""
        from assist_desktop.gui.printing import ask_and_print
        if self.document.pageCount() == 0:
            return 0
        try:
            return ask_and_print(self._pane, self.document, self._title)
        except Exception as error:  # noqa: BLE001 - a printer fault is shown, never a crash
            show_error(self._pane, error)
            return 0
