"""Backups (administrators): make a verified backup to a folder, see and verify the backups
there, and how old the last verified one is; how many old backups the folder keeps (a centre
setting, also used by the command line and the scheduled job), applied after each backup."""
from __future__ import annotations

from datetime import timezone
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from assist_desktop.backup.create import BackupSource, create_backup
from assist_desktop.backup.listing import list_backups
from assist_desktop.backup.rotation import RotationPolicy, RotationResult, rotate_backups
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


def rotation_policy(policy) -> RotationPolicy:
    """The centre's rotation settings (services.settings.Policy) as the backup layer's policy."""
    return RotationPolicy(policy.backup_keep_daily, policy.backup_keep_weekly)


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
        self._settings = centre.services.settings
        self._loaded = None     # the centre's policy, as last read or saved
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
        ui.rotationSaveButton.setIcon(theme.icon("save"))
        ui.rotationSaveButton.clicked.connect(self.save)
        ui.dailySpin.valueChanged.connect(self._update)
        ui.weeklySpin.valueChanged.connect(self._update)
        ui.rotationGroup.setEnabled(False)
        ui.folderEdit.editingFinished.connect(self.refresh)
        for signal in (ui.folderEdit.textChanged, self.meter.changed):
            signal.connect(self._update)
        self._update()
        runner.run(lambda: load_status(self._data_dir), self._status, lambda _e: None, owner=self)
        runner.run(self._settings.policy, self._show_policy,
                   lambda e: self._message(describe(e), True), owner=self)

    # --- how many old backups to keep (centre settings) ---------------------------------
    def _show_policy(self, policy) -> None:
        self._loaded = policy
        self.ui.dailySpin.setValue(policy.backup_keep_daily)
        self.ui.weeklySpin.setValue(policy.backup_keep_weekly)
        self.ui.rotationGroup.setEnabled(True)
        self._update()

    def changes(self) -> dict:
        if self._loaded is None:
            return {}
        wanted = {"backup_keep_daily": self.ui.dailySpin.value(),
                  "backup_keep_weekly": self.ui.weeklySpin.value()}
        return {k: v for k, v in wanted.items() if getattr(self._loaded, k) != v}

    def has_unsaved(self) -> bool:
        return bool(self.changes())

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            return
        self.ui.rotationSaveButton.setEnabled(False)
        self._runner.run(lambda: self._settings.set_policy(**changes), self._policy_saved,
                         self._failed, owner=self)

    def _policy_saved(self, policy) -> None:
        self._show_policy(policy)
        self._message(self.tr("Saved: one backup a day for %1 days and one a week for %2 weeks "
                              "are kept.").replace("%1", str(policy.backup_keep_daily))
                      .replace("%2", str(policy.backup_keep_weekly)))

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
        ui.rotationSaveButton.setEnabled(self.has_unsaved())

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
        made = self.tr("Backup made and verified: %1.").replace("%1", result.path.name)
        self._message(made)
        self._runner.run(lambda: load_status(self._data_dir), self._status, lambda _e: None,
                         owner=self)
        self._rotate_after(result, made)
        emit(self.backup_made, result)

    def _rotate_after(self, result, made: str) -> None:
        """Rotate the folder as the centre's settings say (read now, on the worker): the new
        backup counts as verified, so the only verified backup is never deleted."""
        settings, database_id = self._settings, self._centre.centre.database_id

        def work() -> RotationResult:
            return rotate_backups(result.path.parent, rotation_policy(settings.policy()),
                                  database_id=database_id, verified=[result.path])

        def done(rotation: RotationResult) -> None:
            self._message(f"{made} {self.rotation_summary(rotation)}", bool(rotation.failed))
            self.refresh()

        def failed(error: BaseException) -> None:
            self._message(made + " " + self.tr("Old backups were not removed: %1")
                          .replace("%1", describe(error)), True)
            self.refresh()
        self._runner.run(work, done, failed, owner=self)

    def rotation_summary(self, rotation: RotationResult) -> str:
        """Counts only (no file names): what rotation kept, removed, or why it removed none."""
        if rotation.skipped_reason:
            return self.tr("Old backups: %1.").replace("%1", rotation.skipped_reason)
        text = self.tr("Old backups removed: %1; kept: %2.") \
            .replace("%1", str(len(rotation.deleted))).replace("%2", str(len(rotation.kept)))
        if rotation.failed:
            text += " " + self.tr("%1 could not be deleted (is the folder read-only?).") \
                .replace("%1", str(len(rotation.failed)))
        return text

    def _failed(self, error: BaseException) -> None:
        self._update()
        self._message(describe(error), True)

    def verify(self) -> BackupFileDialog | None:
        rows = self.ui.backupsView.selectionModel().selectedRows()
        if not rows:
            return None
        dialog = BackupFileDialog(self._runner, VERIFY, path=self.model.row(rows[0].row()).path,
                                  parent=self)
        dialog.done_with.connect(lambda report: self._message(dialog.summary(report)))
        dialog.open()
        return dialog

    def _message(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(
            f"color: {theme.overdue_colour().name()};" if error else "")
