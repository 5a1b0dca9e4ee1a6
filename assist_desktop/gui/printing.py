"""Printing a PDF held in memory: each page rendered by QtPdf into an image in memory and drawn
on the printer, so a document (or the recovery sheet) is printed without ever being written to
disk unencrypted. The print dialog chooses the printer, copies and page range."""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from assist_desktop.domain.errors import AssistError
from assist_desktop.gui.messages import tr

_MAX_DPI = 300          # enough for text on paper; bounds the memory of one page image


_chosen_printer = None     # tests: a callable giving the printer, instead of the dialog


def choose_printer_with(factory) -> None:
    """Tests: skip the print dialog and print on ``factory()`` (None: ask again)."""
    global _chosen_printer
    _chosen_printer = factory


class PrintError(AssistError):
    """The document could not be sent to the printer."""


def load_pdf(data: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading ``data`` from memory (keep the buffer alive while printing)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def _pages(document: QPdfDocument, printer: QPrinter) -> list[int]:
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:                 # no range chosen: every page
        return list(range(count))
    return [p for p in range(first - 1, min(last, count))]


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page (or the range chosen) of ``document``; returns the pages printed."""
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintError("There is no document to print.")
    pages = _pages(document, printer)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("The printer could not be started. Check it is switched on and "
                         "try again.")
    try:
        dpi = min(printer.resolution(), _MAX_DPI)
        for n, page in enumerate(pages):
            if n and not printer.newPage():
                raise PrintError("The printer stopped before the last page.")
            area = QRectF(painter.viewport())
            points = document.pagePointSize(page)          # 1/72 inch
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRectF(area.x(), area.y(), points.width() * scale,
                            points.height() * scale)
            image = document.render(page, QSize(round(points.width() * dpi / 72),
                                                round(points.height() * dpi / 72)))
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print PDF ``data`` (bytes in memory) on ``printer``; returns the pages printed."""
    document, buffer = load_pdf(data)
    try:
        return print_document(document, printer)
    finally:
        document.close()
        buffer.close()


def ask_printer(parent: QWidget, document: QPdfDocument, title: str) -> QPrinter | None:
    """The print dialog for ``document``: the printer (pages chosen) or None (cancelled)."""
    if _chosen_printer is not None:
        return _chosen_printer()
    if not QPrinterInfo.availablePrinters():
        raise PrintError("No printer is set up on this computer. Ask whoever looks after the "
                         "computers to add one, then try again.")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)                      # a kind of document, never her name
    printer.setFromTo(1, max(1, document.pageCount()))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print"))
    dialog.setMinMax(1, max(1, document.pageCount()))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)   # never a file here
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        printer.setFromTo(0, 0)
    return printer


def print_waiting(document: QPdfDocument, printer: QPrinter) -> int:
    """print_document with the wait cursor shown (rendering is on the GUI thread)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return print_document(document, printer)
    finally:
        QGuiApplication.restoreOverrideCursor()


def ask_and_print(parent: QWidget, document: QPdfDocument, title: str) -> int:
    """Show the print dialog for ``document``; print if the person says so. Returns the pages
    printed (0 when cancelled). Rendering happens here, on the GUI thread: QtPdf documents are
    not shared between threads."""
    printer = ask_printer(parent, document, title)
    return 0 if printer is None else print_waiting(document, printer)


def ask_and_print_bytes(parent: QWidget, data: bytes, title: str) -> int:
    """ask_and_print for PDF bytes held in memory (the recovery sheet)."""
    document, buffer = load_pdf(data)
    try:
        return ask_and_print(parent, document, title)
    finally:
        document.close()
        buffer.close()
