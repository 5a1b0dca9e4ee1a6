"""Backups (administrators): make a verified backup to a folder, see and verify the backups
there, and how old the last verified one is; how many old backups the folder keeps (a centre
setting, also used by the command line and the scheduled job), applied after each backup.

"Make a backup now" saves changed (unsaved) rotation settings first, so the backup's rotation
always follows what is on screen; the words are in gui/backup_words.py.

Restore (administrators): a backup from the list or any backup file. A backup of ANOTHER
centre needs the confirmation the command line asks for (its name or database number typed,
gui/admin/replace_centre.py). How many days a restore's safety copy is kept is a centre
setting saved with the rotation settings (audited as every setting is)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from assist_desktop.backup.centre_backup import CentreBackup, backup_centre
from assist_desktop.backup.checks import FILE, FULL, load_checks, record_check
from assist_desktop.backup.listing import list_backups
from assist_desktop.backup.rotation import RotationPolicy
from assist_desktop.backup.status import load_status
from assist_desktop.gui import backup_words as words
from assist_desktop.gui import theme
from assist_desktop.gui.passphrase_field import add_reveal_toggles
from assist_desktop.gui.admin.backup_form import CreateFields, fit_page, show_units
from assist_desktop.gui.admin.backup_schedule import ScheduleBox
from assist_desktop.gui.admin.backup_restore import RestoreFlow
from assist_desktop.gui.backup_dialogs import VERIFY, BackupFileDialog
from assist_desktop.gui.formatting import age_phrase, fmt_timestamp, human_size
from assist_desktop.gui.forms.ui_admin_backups import Ui_BackupPanel
from assist_desktop.gui.messages import confirm, describe
from assist_desktop.gui.models import ListTableModel
from assist_desktop.gui.passphrase_meter import PassphraseMeter
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.tasks import Latest, TaskRunner
from assist_desktop.gui.views import tidy_table


class BackupPanel(RestoreFlow, QWidget):
    backup_made = Signal(object)
    restore_requested = Signal(object, object, object)   # path, BackupSecret, ReplacedCentre

    def __init__(self, centre, runner: TaskRunner, assess, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BackupPanel()
        self.ui.setupUi(self)
        add_reveal_toggles(self)
        self._centre, self._runner = centre, runner
        self._settings = centre.services.settings
        self._loaded = None     # the centre's policy, as last read or saved
        self._busy = False      # saving the settings, then making the backup
        self._listing = Latest()
        self._data_dir = Path(centre.db.path).parent
        ui = self.ui
        self.meter = PassphraseMeter(runner, assess, ui.passphraseEdit, ui.strengthBar,
                                     ui.strengthLabel, ui.confirmEdit, parent=self)
        self._fields = CreateFields(ui, self.meter)
        self._checks: dict = {}     # backup id -> BackupCheck (backup-checks.json)
        self.model = ListTableModel(words.backup_columns(self._checks), parent=self)
        ui.backupsView.setModel(self.model)
        tidy_table(ui.backupsView, stretch=3, widths=(18, 34, 10))
        fit_page(ui)
        ui.backupsView.selectionModel().selectionChanged.connect(self._update)
        ui.createButton.setIcon(theme.icon("save"))
        ui.verifyButton.setIcon(theme.icon("check"))
        ui.browseButton.clicked.connect(self._browse)
        ui.createButton.clicked.connect(self.create)
        ui.verifyButton.clicked.connect(self.verify)
        ui.refreshButton.clicked.connect(self.refresh)
        self.restoreButton = QPushButton(theme.icon("refresh"), self.tr("&Restore…"), self)
        self.restoreButton.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restoreButton.setToolTip(self.tr("Replace the centre on this computer by this "
                                              "backup (administrators)"))
        ui.listButtons.insertWidget(1, self.restoreButton)
        self.restoreButton.clicked.connect(self.restore)
        self.restoreFileButton = QPushButton(self.tr("Restore from a &file…"), self)
        self.restoreFileButton.setAccessibleName(self.tr("Restore a backup file chosen on "
                                                         "this computer"))
        self.restoreFileButton.setToolTip(self.tr("Any backup file, also one of another centre "
                                                  "(administrators)"))
        ui.listButtons.insertWidget(2, self.restoreFileButton)
        self.restoreFileButton.clicked.connect(self.restore_file)
        self._add_safety_days()
        self.schedule = ScheduleBox(centre, runner, self, ui.contents)
        ui.layout.insertWidget(ui.layout.indexOf(ui.listGroup) + 1, self.schedule)
        ui.rotationSaveButton.setIcon(theme.icon("save"))
        ui.rotationSaveButton.clicked.connect(self.save)
        for spin in (ui.dailySpin, ui.weeklySpin, self.safetyDaysSpin):
            spin.valueChanged.connect(self._update)
        ui.rotationGroup.setEnabled(False)
        ui.folderEdit.editingFinished.connect(self.refresh)
        ui.folderEdit.textChanged.connect(lambda _t: self._message(""))
        for signal in (ui.folderEdit.textChanged, ui.confirmEdit.textChanged, self.meter.changed):
            signal.connect(self._update)
        ui.safetyGroup.setVisible(False)      # shown only while a restore's copy is kept
        ui.safetyRemoveButton.clicked.connect(self.remove_safety_copies)
        self._update()
        self.load_safety_copies()
        runner.run(lambda: load_status(self._data_dir), self._status, lambda _e: None, owner=self)
        runner.run(self._settings.policy, self._show_policy,
                   lambda e: self._message(describe(e), True), owner=self)

    # --- how many old backups and days of safety copy to keep (centre settings) ----------
    def _add_safety_days(self) -> None:
        ui = self.ui
        ui.rotationGroup.setTitle(self.tr("Old backups and safety copies"))
        ui.rotationGroup.setAccessibleName(self.tr("Old backups and safety copies"))
        row = QHBoxLayout()
        label = QLabel(self.tr("After a restore, &keep the safety copy of the centre it "
                               "replaced for"), ui.rotationGroup)
        self.safetyDaysSpin = QSpinBox(ui.rotationGroup)
        self.safetyDaysSpin.setRange(0, 90)
        self.safetyDaysSpin.setValue(7)
        self.safetyDaysSpin.setSpecialValueText(self.tr("0 days"))
        self.safetyDaysSpin.setAccessibleName(self.tr("Days a restore's safety copy is kept"))
        label.setText(label.text() + " ")
        label.setBuddy(self.safetyDaysSpin)
        after = QLabel(self.tr("after an administrator first signs in to the restored centre "
                               "(0: removed then)."), ui.rotationGroup)
        after.setWordWrap(True)
        row.addWidget(label)
        row.addWidget(self.safetyDaysSpin)
        row.addWidget(after, 1)
        ui.rotationLayout.insertLayout(1, row)
        self.safetyDaysSpin.setSuffix(words.unit(words.days(90), 90))
        self.safetyDaysSpin.setFixedWidth(self.safetyDaysSpin.sizeHint().width())
        self._show_safety_unit()

    def _show_safety_unit(self) -> None:
        n = self.safetyDaysSpin.value()
        self.safetyDaysSpin.setSuffix(words.unit(words.days(n), n))

    def _show_policy(self, policy) -> None:
        self._loaded = policy
        self.ui.dailySpin.setValue(policy.backup_keep_daily)
        self.ui.weeklySpin.setValue(policy.backup_keep_weekly)
        self.safetyDaysSpin.setValue(policy.safety_copy_days)
        self._update()

    def changes(self) -> dict:
        if self._loaded is None:
            return {}
        wanted = {"backup_keep_daily": self.ui.dailySpin.value(),
                  "backup_keep_weekly": self.ui.weeklySpin.value(),
                  "safety_copy_days": self.safetyDaysSpin.value()}
        return {k: v for k, v in wanted.items() if getattr(self._loaded, k) != v}

    def has_unsaved(self) -> bool:
        return bool(self.changes())

    def save(self) -> None:
        changes = self.changes()
        if not changes or self._busy:
            return
        self.ui.rotationSaveButton.setEnabled(False)
        safety = "safety_copy_days" in changes
        self._runner.run(lambda: self._settings.set_policy(**changes),
                         lambda policy: self._policy_saved(policy, safety), self._failed,
                         owner=self)

    def _policy_saved(self, policy, safety_changed: bool = False) -> None:
        self._show_policy(policy)
        text = words.saved_text(policy)
        if safety_changed:
            text += " " + self.tr("A restore's safety copy is kept %1 after an administrator "
                                  "first signs in.").replace(
                                      "%1", words.days(policy.safety_copy_days))
            self.load_safety_copies()   # when each copy is removed follows the new setting
        self._message(text)

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
        show_units(ui)
        if hasattr(self, "safetyDaysSpin"):
            self._show_safety_unit()
        ui.createButton.setEnabled(self._fields.update(self._busy, self.has_unsaved()))
        chosen = bool(ui.backupsView.selectionModel().selectedRows())
        ui.verifyButton.setEnabled(chosen)
        self.restoreButton.setEnabled(chosen and not self._busy)
        if hasattr(self, "restoreFileButton"):
            self.restoreFileButton.setEnabled(not self._busy)
        if hasattr(self, "schedule"):
            self.schedule.update_state()
        ui.rotationGroup.setEnabled(self._loaded is not None and not self._busy)
        ui.rotationSaveButton.setEnabled(self.has_unsaved() and not self._busy)

    def refresh(self) -> None:
        folder = self.ui.folderEdit.text().strip()
        if not folder:
            self._listing.next()                    # a listing still on its way is dropped
            self.model.set_rows([])
            self._update()
            return
        database_id, data_dir = self._centre.centre.database_id, self._data_dir
        shown, failed = self._listing.wrap(self._listed, self._list_failed)
        self._runner.run(lambda: (list_backups(Path(folder), database_id),
                                  load_checks(data_dir)), shown, failed, owner=self)

    def _listed(self, result) -> None:
        listed, checks = result
        self._checks.clear()
        self._checks.update(checks)
        self.model.set_rows(listed)
        self._update()

    def _list_failed(self, error: BaseException) -> None:
        self.model.set_rows([])
        self._message(describe(error), True)

    # --- making a backup ----------------------------------------------------------------
    def create(self) -> None:
        if self._busy:
            return
        folder, passphrase = Path(self.ui.folderEdit.text().strip()), self.ui.passphraseEdit.text()
        changes = self.changes()
        self._busy = True
        self._update()
        if not changes:
            self._make(folder, passphrase, "")
            return

        def saved(policy) -> None:
            self._show_policy(policy)
            self._make(folder, passphrase, words.saved_text(policy))
        not_saved = self.tr("No backup was made: the changed settings for old backups could not "
                            "be saved.")
        self._runner.run(lambda: self._settings.set_policy(**changes), saved,
                         lambda error: self._failed(error, not_saved), owner=self)

    def _make(self, folder: Path, passphrase: str, before: str) -> None:
        centre, settings = self._centre, self._settings

        def work(progress) -> CentreBackup:
            # The rotation follows the centre's saved settings (saved just before if changed);
            # the new backup counts as verified, so the only verified backup is never deleted.
            return backup_centre(centre, folder, passphrase,
                                 rotation=RotationPolicy.of(settings.policy()),
                                 progress=lambda p: progress.fraction(p.fraction, p.label),
                                 cancel=progress.event)
        if before:
            self._message(before)
        self._runner.run_with_progress(work, lambda made: self._created(made, before),
                                       self._failed, parent=self,
                                       label=self.tr("Making and checking the backup…"),
                                       delay_ms=200)

    def _created(self, made: CentreBackup, before: str = "") -> None:
        self._busy = False
        self.ui.passphraseEdit.clear()
        self.ui.confirmEdit.clear()
        text = (f"{before} " + self.tr("Backup made and verified: %1.")
                .replace("%1", made.result.path.name)).strip()
        if made.rotation is not None:
            self._message(f"{text} {words.rotation_summary(made.rotation)}",
                          bool(made.rotation.failed))
        else:
            self._message(text + " " + self.tr("Old backups were not removed: %1")
                          .replace("%1", describe(made.rotation_error)), True)
        self._runner.run(lambda: load_status(self._data_dir), self._status, lambda _e: None,
                         owner=self)
        self.refresh()
        emit(self.backup_made, made.result)

    def _failed(self, error: BaseException, before: str = "") -> None:
        self._busy = False
        self._update()
        self._message(f"{before} {describe(error)}".strip(), True)

    # --- the safety copies a restore keeps ----------------------------------------------
    def load_safety_copies(self) -> None:
        self._runner.run(self._centre.services.safety_copies.list, self._show_safety_copies,
                         lambda e: self._message(describe(e), True), owner=self)

    def _show_safety_copies(self, copies) -> None:
        self.ui.safetyGroup.setVisible(bool(copies))
        lines = []
        for copy in copies:
            made = fmt_timestamp(copy.made_at.isoformat())
            if copy.removed_after is None:
                when = self.tr("kept until an administrator signs in to the restored centre")
            else:
                when = self.tr("removed automatically after %1").replace(
                    "%1", fmt_timestamp(copy.removed_after.isoformat()))
            lines.append(self.tr("Replaced on %1 (%2), %3.").replace("%1", made)
                         .replace("%2", human_size(copy.size)).replace("%3", when))
        lines.append(self.tr("It opens with the passphrases the centre had before the restore "
                             "and still holds anything purged since; a purge, a key rotation or "
                             "disabling an account removes it at once."))
        self.ui.safetyLabel.setText("\n".join(lines))

    def remove_safety_copies(self) -> None:
        if not confirm(self, self.tr("Remove the safety copy"),
                       self.tr("The centre as it was before the restore will be overwritten and "
                               "deleted, and the restore can no longer be undone."),
                       self.tr("Remove it"), destructive=True):
            return

        def removed(count: int) -> None:
            self._message(self.tr("The safety copy was removed (overwritten, then deleted)."))
            self.load_safety_copies()
        self.ui.safetyRemoveButton.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.ui.safetyRemoveButton.setEnabled(True)
            self._message(describe(error), True)
        self._runner.run(self._centre.services.safety_copies.remove,
                         lambda count: (self.ui.safetyRemoveButton.setEnabled(True),
                                        removed(count)), failed, owner=self)

    # --- verifying one ------------------------------------------------------------------
    def verify(self) -> BackupFileDialog | None:
        rows = self.ui.backupsView.selectionModel().selectedRows()
        if not rows:
            return None
        self._message("")
        dialog = BackupFileDialog(self._runner, VERIFY, path=self.model.row(rows[0].row()).path,
                                  parent=self)
        dialog.started.connect(lambda: self._message(""))
        dialog.done_with.connect(self._verified)
        dialog.open()
        return dialog

    def _verified(self, report) -> None:
        """A check passed: say so, and remember it so the list says "checked on …"."""
        self._message(words.verify_summary(report))
        data_dir, kind = self._data_dir, FULL if report.deep else FILE
        self._runner.run(lambda: record_check(data_dir, report.header.backup_id,
                                              report.path.stat().st_size, kind),
                         lambda _r: self.refresh(), lambda _e: None, owner=self)

    # --- helpers for the schedule box ---------------------------------------------------
    def passphrase_ready(self) -> bool:
        """A folder and a confirmed, acceptable backup passphrase are typed."""
        from assist_desktop.gui.admin.backup_form import create_reason
        return not self._busy and not create_reason(self.ui, self.meter, False, False)[1] \
            and self.meter.acceptable

    def clear_passphrases(self) -> None:
        self.ui.passphraseEdit.clear()
        self.ui.confirmEdit.clear()

    def say(self, text: str, error: bool = False) -> None:
        self._message(text, error)

    def _message(self, text: str, error: bool = False) -> None:
        theme.say(self.ui.messageLabel, text, error)
