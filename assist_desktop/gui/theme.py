"""Look and feel: light/dark colour scheme, SVG icons recoloured to the palette, accents.

Icons are line drawings with ``currentColor``; they are rendered at several sizes (high DPI)
in the palette's text colour, so the same files serve light and dark palettes.
"""
from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtCore import QByteArray, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleFactory

from assist_desktop.gui.qtcompat import emit
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


class _SchemeNotice(QObject):
    changed = Signal()


_notice: _SchemeNotice | None = None


def scheme_changes() -> _SchemeNotice:
    """Its ``changed`` signal is emitted after the colour scheme changed (for what keeps
    colours or icons made from the palette, such as a table model's cells)."""
    global _notice
    if _notice is None:
        _notice = _SchemeNotice()
    return _notice


def set_scheme(scheme: str) -> None:
    """Light, dark, or as the system says. Palettes are set explicitly (not every platform
    theme follows a requested colour scheme), with the application's calm teal for selection."""
    hints = QGuiApplication.styleHints()
    wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        scheme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(wanted)
    app = QApplication.instance()
    if app is not None:
        dark = scheme == "dark" or (scheme == "system" and
                                    hints.colorScheme() == Qt.ColorScheme.Dark)
        app.setPalette(dark_palette() if dark else light_palette(app))
    icon.cache_clear()
    if _notice is not None:
        emit(_notice.changed)


def light_palette(app) -> QPalette:
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    return palette


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2a2c2f", QPalette.ColorRole.WindowText: "#e8e8e6",
        QPalette.ColorRole.Base: "#1e1f22", QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e8e8e6", QPalette.ColorRole.Button: "#34373b",
        QPalette.ColorRole.ButtonText: "#e8e8e6", QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#3e8c91", QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#34373b", QPalette.ColorRole.ToolTipText: "#e8e8e6",
        QPalette.ColorRole.Link: "#7cc4c9", QPalette.ColorRole.PlaceholderText: "#9b9d9f",
        QPalette.ColorRole.Light: "#4a4d52", QPalette.ColorRole.Midlight: "#3d4044",
        QPalette.ColorRole.Mid: "#2f3235", QPalette.ColorRole.Dark: "#18191b",
        QPalette.ColorRole.Shadow: "#0c0c0d",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d7f82"))
    return palette


def is_dark() -> bool:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def safety_colours() -> tuple[str, str, str]:
    return SAFETY_DARK if is_dark() else SAFETY_LIGHT


def overdue_colour() -> QColor:
    return QColor(OVERDUE_DARK if is_dark() else OVERDUE_LIGHT)


def say(label, text: str, error: bool = False) -> None:
    """Put text in a message label, in the warning colour when it reports a problem."""
    label.setText(text)
    label.setStyleSheet(f"color: {overdue_colour().name()};" if error else "")


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
    """An SVG icon from assist_desktop/resources/icons, drawn in the palette's text colour."""
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
