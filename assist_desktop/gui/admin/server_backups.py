"""Administration > Backups on a laptop working against a centre server: backups are made
and restored on the server machine (docs/SERVER.md), so this says where, instead of
offering a backup of a database this laptop does not hold."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel


class ServerBackupsNote(QLabel):
    backup_made = Signal()
    restore_requested = Signal(object, object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setText(self.tr("This laptop works on the centre server and keeps no copy of the "
                             "records. Backups are made, checked and restored on the server "
                             "machine with 'assist-desktop backup' (see the server guide)."))

    def has_unsaved(self) -> bool:
        return False

    def save(self) -> None:
        return None
