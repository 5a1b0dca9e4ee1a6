"""Backups (administrators): make a verified backup to a folder, see and verify the backups
there, and how old the last verified one is."""
from __future__ import annotations

from datetime import timezone
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from assist_desktop.backup.create import BackupSource, create_backup
from assist_desktop.backup.listing import list_backups
from assist_desktop.backup.status import load_status
from assist_desktop.gui import theme
from assist_desktop.gui.backup_dialogs import VERIFY, BackupFileDialog
from assist_desktop.gui.client.attachments_tab import human_size
from assist_desktop.gui.formatting import age_phrase, fmt_timestamp
from assist_desktop.gui.forms.ui_admin_backups import Ui_BackupPanel
from assist_desktop.gui.messages import describe
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.passphrase_meter import PassphraseMeter
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.views import tidy_table

_STATES = {"ok": "readable", "truncated": "cut short", "damaged": "damaged",
           "not-a-backup": "not a backup", "newer": "from a newer version",
           "unreadable": "unreadable"}


def backup_columns(tr) -> list[Column]:
    return [Column(tr("Made"), lambda b: fmt_timestamp(b.created_at.astimezone(timezone.utc)
                                                       .isoformat()) if b.created_at else ""),
            Column(tr("File"), lambda b: b.path.name),
            Column(tr("Size"), lambda b: human_size(b.size)),
            Column(tr("State"), lambda b: tr(_STATES.get(b.state, b.state)),
                   foreground=lambda b: None if b.ok else theme.overdue_colour())]


def source_of(centre) -> BackupSource:
    """What a backup is made from: the open centre's database and key (see BackupSource)."""
    return BackupSource(centre.db.path, centre.keeper.data_key, centre.centre.database_id,
                        centre.keeper.slots_path)


class BackupPanel(QWidget):
    backup_made = Signal(object)

    def __init__(self, centre, runner: TaskRunner, assess, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BackupPanel()
        self.ui.setupUi(self)
        self._centre, self._runner = centre, runner
        self._data_dir = Path(centre.db.path).parent
        ui = self.ui
        self.meter = PassphraseMeter(runner, assess, ui.passphraseEdit, ui.strengthBar,
                                     ui.strengthLabel, ui.confirmEdit, parent=self)
        self.model = ListTableModel(backup_columns(self.tr), parent=self)
        ui.backupsView.setModel(self.model)
        tidy_table(ui.backupsView, stretch=1, widths=(18, 40, 10))
        ui.backupsView.selectionModel().selectionChanged.connect(self._update)
        ui.createButton.setIcon(theme.icon("save"))
        ui.verifyButton.setIcon(theme.icon("check"))
        ui.browseButton.clicked.connect(self._browse)
        ui.createButton.clicked.connect(self.create)
        ui.verifyButton.clicked.connect(self.verify)
        ui.refreshButton.clicked.connect(self.refresh)
        ui.folderEdit.editingFinished.connect(self.refresh)
        for signal in (ui.folderEdit.textChanged, self.meter.changed):
            signal.connect(self._update)
        self._update()
        runner.run(lambda: load_status(self._data_dir), self._status, lambda _e: None, owner=self)

    def _status(self, status) -> None:
        if status.last_verified_at is None:
            self.ui.statusLabel.setText(self.tr("No verified backup has been made on this "
                                                "computer yet."))
        else:
            self.ui.statusLabel.setText(self.tr("Last verified backup: %1 (%2).")
                                        .replace("%1", status.file_name or "")
                                        .replace("%2", age_phrase(
                                            status.last_verified_at.isoformat())))
            if status.folder and not self.ui.folderEdit.text():
                self.ui.folderEdit.setText(status.folder)
                self.refresh()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"),
                                                  self.ui.folderEdit.text())
        if folder:
            self.ui.folderEdit.setText(folder)
            self.refresh()

    def _update(self, *_args) -> None:
        ui = self.ui
        ui.createButton.setEnabled(bool(ui.folderEdit.text().strip()) and self.meter.acceptable)
        ui.verifyButton.setEnabled(bool(ui.backupsView.selectionModel().selectedRows()))

    def refresh(self) -> None:
        folder = self.ui.folderEdit.text().strip()
        if not folder:
            return
        database_id = self._centre.centre.database_id
        self._runner.run(lambda: list_backups(Path(folder), database_id), self.model.set_rows,
                         lambda e: self._message(describe(e), True), owner=self)

    def create(self) -> None:
        folder, passphrase = Path(self.ui.folderEdit.text().strip()), self.ui.passphraseEdit.text()
        source = source_of(self._centre)

        def work(progress):
            return create_backup(source, folder, passphrase,
                                 progress=lambda p: progress.fraction(p.fraction, p.label),
                                 cancel=progress.event)
        self.ui.createButton.setEnabled(False)
        self._runner.run_with_progress(work, self._created, self._failed, parent=self,
                                       label=self.tr("Making and checking the backup…"),
                                       delay_ms=200)

    def _created(self, result) -> None:
        self.ui.passphraseEdit.clear()
        self.ui.confirmEdit.clear()
        self._message(self.tr("Backup made and verified: %1").replace("%1", result.path.name))
        self._runner.run(lambda: load_status(self._data_dir), self._status, lambda _e: None,
                         owner=self)
        self.refresh()
        emit(self.backup_made, result)

    def _failed(self, error: BaseException) -> None:
        self._update()
        self._message(describe(error), True)

    def verify(self) -> BackupFileDialog | None:
        rows = self.ui.backupsView.selectionModel().selectedRows()
        if not rows:
            return None
        dialog = BackupFileDialog(self._runner, VERIFY, path=self.model.row(rows[0].row()).path,
                                  parent=self)
        dialog.done_with.connect(lambda _r: self._message(self.tr("The backup is complete and "
                                                                  "readable.")))
        dialog.open()
        return dialog

    def _message(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(
            f"color: {theme.overdue_colour().name()};" if error else "")
