"""Look and feel: light/dark colour scheme, SVG icons recoloured to the palette, accents.

Icons are line drawings with ``currentColor``; they are rendered at several sizes (high DPI)
in the palette's text colour, so the same files serve light and dark palettes.
"""
from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleFactory

from assist_desktop.platform.paths import resource

log = logging.getLogger(__name__)

SCHEMES = ("system", "light", "dark")
_SIZES = (16, 20, 24, 32, 48, 64)

# Accents chosen to read in both palettes (contrast >= 4.5:1 on their own backgrounds).
ACCENT = "#2f6f73"          # calm teal: the application's colour
SAFETY_LIGHT = ("#fff4e5", "#7a4100", "#e0a458")   # background, text, border
SAFETY_DARK = ("#3b2a12", "#ffd8a8", "#a86b1f")
OVERDUE_LIGHT = "#b3261e"
OVERDUE_DARK = "#ff8a80"
SOON_LIGHT = "#8a5a00"
SOON_DARK = "#ffcc80"


def apply(app: QApplication, scheme: str = "system") -> None:
    """Fusion where the platform has no native style worth keeping; light/dark as asked."""
    if QGuiApplication.platformName() in ("offscreen", "xcb", "wayland", "minimal") or \
            app.style().name().lower() in ("windows",):
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
    set_scheme(scheme)


def set_scheme(scheme: str) -> None:
    hints = QGuiApplication.styleHints()
    wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        scheme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(wanted)
    icon.cache_clear()


def is_dark() -> bool:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def safety_colours() -> tuple[str, str, str]:
    return SAFETY_DARK if is_dark() else SAFETY_LIGHT


def overdue_colour() -> QColor:
    return QColor(OVERDUE_DARK if is_dark() else OVERDUE_LIGHT)


def soon_colour() -> QColor:
    return QColor(SOON_DARK if is_dark() else SOON_LIGHT)


def banner_style(kind: str = "safety") -> str:
    """Stylesheet for a banner frame (safety warnings, notices)."""
    if kind == "safety":
        bg, fg, border = safety_colours()
    else:
        palette = QGuiApplication.palette()
        bg = palette.color(QPalette.ColorRole.AlternateBase).name()
        fg = palette.color(QPalette.ColorRole.WindowText).name()
        border = palette.color(QPalette.ColorRole.Mid).name()
    return (f"QFrame#{{name}} {{{{ background: {bg}; border: 1px solid {border}; "
            f"border-radius: 6px; }}}} QFrame#{{name}} QLabel {{{{ color: {fg}; }}}}")


def style_banner(frame, kind: str = "safety") -> None:
    frame.setStyleSheet(banner_style(kind).format(name=frame.objectName()))


def _svg(name: str) -> bytes:
    return resource("icons", f"{name}.svg").read_bytes()


@lru_cache(maxsize=128)
def icon(name: str, colour: str | None = None) -> QIcon:
    """An SVG icon from resources/icons, drawn in the palette's text colour."""
    try:
        data = _svg(name)
    except FileNotFoundError:
        log.warning("missing icon")
        return QIcon()
    if colour is None:
        colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    data = data.replace(b"currentColor", colour.encode("ascii"))
    renderer = QSvgRenderer(QByteArray(data))
    result = QIcon()
    ratio = max(1.0, QGuiApplication.primaryScreen().devicePixelRatio()
                if QGuiApplication.primaryScreen() else 1.0)
    for size in _SIZES:
        pixels = int(size * ratio)
        pixmap = QPixmap(QSize(pixels, pixels))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        result.addPixmap(pixmap)
    return result


def app_icon() -> QIcon:
    return icon("app", colour="#000000")
