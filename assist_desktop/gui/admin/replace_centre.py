"""Restoring ANOTHER centre's backup over this one needs the confirmation the command line
asks for (``--replace-centre NAME``): the administrator types the name of the centre in the
backup, or the first 8 characters of its database id, which this dialog shows. A database
number is checked here at once; a name is checked by the restore itself (against the centre
inside the backup) before anything in the data folder is touched."""
from __future__ import annotations

import re

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from assist_desktop.gui import theme

_HEX8 = re.compile(r"[0-9a-fA-F]{8}")


class ReplaceCentreDialog(QDialog):
    def __init__(self, here_name: str, here_id: str, backup_id: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._backup_id = backup_id[:8].casefold()
        self.setWindowTitle(self.tr("Replace this centre with another centre"))
        self.setAccessibleName(self.tr("Replace this centre with another centre"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "This backup is of ANOTHER centre (database %1), not of \u201c%2\u201d (database "
            "%3). Restoring it replaces \u201c%2\u201d on this computer, every file and staff "
            "account in it, with that other centre. \u201c%2\u201d as it is now is kept for a "
            "while in a safety copy.").replace("%1", backup_id[:8]).replace("%2", here_name)
            .replace("%3", here_id[:8]), self)
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("What this restore replaces"))
        layout.addWidget(self.intro)
        ask = QLabel(self.tr("To replace \u201c%1\u201d with the centre in this backup, type "
                             "that centre's &name (or its database number, %2):")
                     .replace("%1", here_name).replace("%2", backup_id[:8]), self)
        ask.setWordWrap(True)
        self.nameEdit = QLineEdit(self)
        self.nameEdit.setAccessibleName(self.tr("The name of the centre in the backup"))
        self.nameEdit.setMaxLength(200)
        ask.setBuddy(self.nameEdit)
        layout.addWidget(ask)
        layout.addWidget(self.nameEdit)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.messageLabel)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttonBox.addButton(
            self.tr("Replace %1").replace("%1", here_name),
            QDialogButtonBox.ButtonRole.DestructiveRole)
        self.ok_button.setEnabled(False)
        layout.addWidget(self.buttonBox)
        self.nameEdit.textChanged.connect(self._changed)
        self.ok_button.clicked.connect(self.submit)
        self.buttonBox.rejected.connect(self.reject)
        self.resize(560, self.sizeHint().height())

    def typed(self) -> str:
        return " ".join(self.nameEdit.text().split())

    def _changed(self, _text: str) -> None:
        theme.say(self.messageLabel, "")
        self.ok_button.setEnabled(bool(self.typed()))

    def submit(self) -> None:
        typed = self.typed()
        if not typed:
            return
        if _HEX8.fullmatch(typed) and typed.casefold() != self._backup_id:
            theme.say(self.messageLabel, self.tr(
                "That is not this backup's database number (%1). Nothing was changed.")
                .replace("%1", self._backup_id), True)
            return
        self.accept()
