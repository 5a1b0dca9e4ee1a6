"""Every earlier version of a note stays readable: who saved it, when, and what it said."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from assist_desktop.gui.formatting import fmt_date, fmt_timestamp
from assist_desktop.gui.forms.ui_note_history import Ui_NoteHistoryDialog
from assist_desktop.gui.messages import describe
from assist_desktop.gui.tasks import TaskRunner


class NoteHistoryDialog(QDialog):
    def __init__(self, notes, note, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NoteHistoryDialog()
        self.ui.setupUi(self)
        self._versions = []
        self.ui.splitter.setSizes([260, 560])
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.versionList.currentRowChanged.connect(self._show)
        note_id = note.id
        runner.run(lambda: notes.history(note_id), self._loaded,
                   lambda e: self.ui.textView.setPlainText(describe(e)), owner=self)
        self._current = note

    def _loaded(self, versions) -> None:
        self._versions = list(versions) + [self._current]
        for version in versions:
            QListWidgetItem(self.tr("Version %1 · saved %2").replace("%1", str(version.version))
                            .replace("%2", fmt_timestamp(version.saved_at)), self.ui.versionList)
        QListWidgetItem(self.tr("Current (version %1)").replace("%1", str(self._current.version)),
                        self.ui.versionList)
        self.ui.versionList.setCurrentRow(len(self._versions) - 1)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._versions):
            version = self._versions[row]
            header = f"{fmt_date(version.note_date)} — {version.title}\n\n"
            self.ui.textView.setPlainText(header + version.body)
