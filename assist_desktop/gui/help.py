"""Help: keyboard shortcuts and About."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from assist_desktop import __version__ as VERSION  # noqa: N812


def tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


SHORTCUTS = (
    ("Ctrl+F", "Search the caseload"),
    ("Ctrl+Shift+N", "New client (intake)"),
    ("Ctrl+N", "New note for the open client"),
    ("Ctrl+S", "Save"),
    ("Ctrl+L", "Lock now"),
    ("Ctrl+1 / Ctrl+2 / Ctrl+3", "Caseload / My week / Administration"),
    ("Ctrl+W", "Close the client tab"),
    ("Ctrl+Tab", "Next tab"),
    ("F1", "This list"),
    ("Ctrl+Q", "Quit"),
)


def show_shortcuts(parent: QWidget) -> None:
    rows = "".join(f"<tr><td><b>{key}</b>&nbsp;&nbsp;&nbsp;</td><td>{tr(what)}</td></tr>"
                   for key, what in SHORTCUTS)
    box = QMessageBox(QMessageBox.Icon.NoIcon, tr("Keyboard shortcuts"),
                      f"<table cellpadding='3'>{rows}</table>", QMessageBox.StandardButton.Close,
                      parent)
    box.setAccessibleName(tr("Keyboard shortcuts"))
    box.exec()


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, tr("About ASSIST Desktop"), tr(
        "<p><b>ASSIST Desktop</b> %1</p><p>Encrypted case notes and case management for law "
        "centres assisting survivors of trafficking. Everything stays on this computer, in "
        "one encrypted database.</p><p>Licence: AGPL-3.0-or-later.</p>").replace("%1", VERSION))
