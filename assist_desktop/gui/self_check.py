"""The Qt half of `assist-desktop --self-test`: prove the bundled Qt can run here.

Creates (or reuses) the QApplication, loads a PDF from memory with QtPdf and renders its
first page, renders the application icon from SVG and reports which platform plugins are
installed. A frozen build that lost a Qt plugin or library fails here, with a sentence that
says which, instead of when a solicitor first opens a document preview.

Nothing is written to disk and no window is shown.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLibraryInfo, QSize
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from assist_desktop.platform.paths import resource

LOAD_TIMEOUT_SECONDS = 10.0
# The platform plugin a desktop session of each OS needs (besides "offscreen" for tests).
NATIVE_PLATFORM = {"linux": "xcb", "darwin": "cocoa", "win32": "windows"}


class QtCheckFailed(RuntimeError):
    """A Qt part needed by the application is missing or does not work."""


@dataclass(frozen=True)
class QtReport:
    platform: str            # the platform plugin in use, e.g. "offscreen"
    plugins: tuple[str, ...]  # platform plugins installed, e.g. ("offscreen", "wayland", "xcb")
    pdf_pages: int
    pdf_text: str            # text of the first page, as QtPdf extracts it

    def summary(self) -> str:
        return (f"Qt {QLibraryInfo.version().toString()} on '{self.platform}'; "
                f"platform plugins: {', '.join(self.plugins)}; QtPdf opened and rendered "
                f"{self.pdf_pages} page(s); SVG icon rendered")


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "assist-desktop"])
    return app


def installed_platform_plugins() -> tuple[str, ...]:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    names = set()
    if folder.is_dir():
        for path in folder.iterdir():  # libqxcb.so, qwindows.dll, libqcocoa.dylib
            stem = path.name.split(".")[0].removeprefix("lib").removeprefix("q")
            names.add(stem)
    return tuple(sorted(names))


def check_plugins() -> tuple[str, ...]:
    plugins = installed_platform_plugins()
    needed = {"offscreen", NATIVE_PLATFORM.get(sys.platform, "xcb")}
    missing = sorted(needed - set(plugins))
    if missing:
        raise QtCheckFailed(f"Qt platform plugin(s) missing: {', '.join(missing)}")
    return plugins


def check_pdf(pdf: bytes) -> tuple[int, str]:
    """Open `pdf` from memory with QtPdf, render page 1; returns (pages, text of page 1)."""
    app = application()
    document = QPdfDocument()
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    deadline = time.monotonic() + LOAD_TIMEOUT_SECONDS
    while document.status() == QPdfDocument.Status.Loading and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if document.status() != QPdfDocument.Status.Ready:
        raise QtCheckFailed(f"QtPdf could not open the PDF ({document.error().name})")
    pages = document.pageCount()
    if pages < 1:
        raise QtCheckFailed("QtPdf found no pages in the PDF")
    size = document.pagePointSize(0).toSize()
    image = document.render(0, QSize(max(size.width(), 1), max(size.height(), 1)))
    if image.isNull():
        raise QtCheckFailed("QtPdf could not render the first page")
    text = document.getAllText(0).text()
    document.close()
    buffer.close()
    return pages, text


def check_svg_icon(name: str = "app.svg") -> None:
    if b"svg" not in {bytes(f.data()) for f in QImageReader.supportedImageFormats()}:
        raise QtCheckFailed("the Qt SVG image plugin is missing")
    renderer = QSvgRenderer(str(resource("icons", name)))
    if not renderer.isValid():
        raise QtCheckFailed(f"the icon {name} could not be read")
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if image.pixel(32, 32) == 0:
        raise QtCheckFailed(f"the icon {name} rendered empty")


def run_checks(pdf: bytes) -> QtReport:
    """All Qt checks; raises QtCheckFailed (or a Qt error) on the first failure."""
    app = application()
    plugins = check_plugins()
    pages, text = check_pdf(pdf)
    check_svg_icon()
    app.processEvents()
    return QtReport(QGuiApplication.platformName(), plugins, pages, text)
