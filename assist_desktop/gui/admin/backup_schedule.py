"""Unattended backups from the Backups panel: what `backup schedule setup/remove` do on the
command line (docs/BACKUP.md), with the passphrase typed in the panel, and the command the
computer's scheduler must run, ready to copy."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from assist_desktop.backup.centre_backup import (default_keychain, remove_schedule,
                                                 schedule_command, schedule_is_set_up,
                                                 set_up_schedule)
from assist_desktop.gui.messages import confirm, describe
from assist_desktop.gui.tasks import TaskRunner


class ScheduleBox(QGroupBox):
    def __init__(self, centre, runner: TaskRunner, panel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Unattended backups"))
        self.setAccessibleName(self.tr("Unattended backups"))
        self._centre, self._runner, self._panel = centre, runner, panel
        self.keychain_factory = default_keychain
        self.set_up: bool | None = None
        layout = QVBoxLayout(self)
        self.statusLabel = QLabel(self)
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setAccessibleName(self.tr("Whether unattended backups are set up"))
        layout.addWidget(self.statusLabel)
        row = QHBoxLayout()
        self.commandEdit = QLineEdit(self)
        self.commandEdit.setReadOnly(True)
        self.commandEdit.setAccessibleName(self.tr("The command the scheduler runs"))
        self.copyButton = QPushButton(self.tr("Cop&y the command"), self)
        self.copyButton.setAccessibleName(self.tr("Copy the scheduler's command"))
        row.addWidget(self.commandEdit, 1)
        row.addWidget(self.copyButton)
        buttons = row
        self.setUpButton = QPushButton(self.tr("Set &up with the passphrase above…"), self)
        self.setUpButton.setAccessibleName(self.tr("Set up unattended backups"))
        self.removeButton = QPushButton(self.tr("Switch &off…"), self)
        self.removeButton.setAccessibleName(self.tr("Switch off unattended backups"))
        buttons.addWidget(self.setUpButton)
        buttons.addWidget(self.removeButton)
        layout.addLayout(row)
        self.copyButton.clicked.connect(self.copy_command)
        self.setUpButton.clicked.connect(self.start_set_up)
        self.removeButton.clicked.connect(self.switch_off)
        self.refresh()

    def refresh(self) -> None:
        centre = self._centre
        self._runner.run(lambda: schedule_is_set_up(centre), self._show,
                         lambda e: self.statusLabel.setText(describe(e)), owner=self)

    def _show(self, set_up: bool) -> None:
        self.set_up = set_up
        if set_up:
            self.statusLabel.setText(self.tr(
                "Set up on this computer: the backup passphrase and the job's key are in the "
                "system keychain. Have the computer's scheduler (cron, Task Scheduler, launchd) "
                "run this command, as you, every day:"))
        else:
            self.statusLabel.setText(self.tr(
                "Not set up. Type a backup passphrase above (and choose the folder), then set "
                "up: the passphrase and a key for the job are kept in this computer's system "
                "keychain, and the computer's scheduler runs the command below."))
        self.update_state()

    def update_state(self) -> None:
        folder = self._panel.ui.folderEdit.text().strip()
        data_dir = Path(self._centre.db.path).parent
        self.commandEdit.setText(schedule_command(data_dir, Path(folder)) if folder else "")
        self.copyButton.setEnabled(bool(folder))
        self.setUpButton.setEnabled(self.set_up is not None and self._panel.passphrase_ready())
        self.removeButton.setEnabled(bool(self.set_up))

    def copy_command(self) -> None:
        QApplication.clipboard().setText(self.commandEdit.text())
        self._panel.say(self.tr("The command was copied: add it to the computer's scheduler "
                                "(docs/BACKUP.md shows how)."))

    def start_set_up(self) -> None:
        if not self._panel.passphrase_ready() or not confirm(self, self.tr(
                "Unattended backups"), self.tr(
                "The backup passphrase you typed is kept in this computer's system keychain, "
                "with a key that lets the backup job open the database (nobody can sign in with "
                "it). Keep the passphrase with the recovery sheet too: it is needed to restore."),
                self.tr("Set up")):
            return
        passphrase, centre, keychain = self._panel.ui.passphraseEdit.text(), self._centre, \
            self.keychain_factory           # opened on the worker: finding it can be slow
        self.setUpButton.setEnabled(False)
        self._runner.run(lambda: set_up_schedule(centre, keychain(), passphrase),
                         self._done_set_up, self._failed, owner=self)

    def _done_set_up(self, backend: str) -> None:
        self._panel.clear_passphrases()
        self._panel.say(self.tr("Unattended backups are set up (keychain: %1). Now add the "
                                "command to the computer's scheduler.").replace("%1", backend))
        self.refresh()

    def switch_off(self) -> None:
        if not confirm(self, self.tr("Unattended backups"), self.tr(
                "Switch off unattended backups? The job's key and the saved backup passphrase "
                "are deleted; remove the command from the computer's scheduler too."),
                self.tr("Switch off"), destructive=True):
            return
        centre, keychain = self._centre, self.keychain_factory
        self.removeButton.setEnabled(False)
        self._runner.run(lambda: remove_schedule(centre, keychain()), self._done_remove,
                         self._failed, owner=self)

    def _done_remove(self, _result) -> None:
        self._panel.say(self.tr("Unattended backups are switched off."))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._panel.say(describe(error), True)
        self.refresh()
