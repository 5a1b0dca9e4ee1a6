"""Administration > Backups on a laptop working against a centre server.

The centre's backups are made and kept on the server, in its backup folder (set at the
server with `assist-desktop server backup-folder`): this laptop holds no copy of the records,
so a backup is never written here. An administrator types a backup passphrase, starts the
backup, follows its progress and sees the backups in the server's folder. She can verify a
listed backup (the server runs the check `backup verify` makes) and restore one: the server
signs everyone out, seals, restores and stays sealed until she unseals it
(gui/admin/server_restore.py; docs/SERVER.md, "Backing up, restoring, moving")."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QScrollArea, QSizePolicy,
                               QTableView, QVBoxLayout, QWidget)

from assist_desktop.domain import server_backups as model
from assist_desktop.gui import backup_words as words
from assist_desktop.gui import theme
from assist_desktop.gui.formatting import age_phrase, fmt_timestamp, human_size
from assist_desktop.gui.messages import describe
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.passphrase_field import add_reveal_toggles
from assist_desktop.gui.passphrase_meter import PassphraseMeter
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.tasks import Latest, TaskRunner
from assist_desktop.gui.views import tidy_table

POLL_MS = 1000       # while a backup is being made on the server

OUTCOMES = {model.GOOD: QT_TRANSLATE_NOOP("backups", "Good"),
            model.WRONG_SECRET: QT_TRANSLATE_NOOP("backups", "Wrong passphrase"),
            model.DAMAGED: QT_TRANSLATE_NOOP("backups", "Damaged: do not rely on this backup"),
            "other": QT_TRANSLATE_NOOP("backups", "Not checked")}


def _columns() -> list[Column]:
    def made(b) -> str:
        return fmt_timestamp(b.created_at) if b.created_at else ""

    def state(b) -> str:
        if b.checked in words.CHECK_KINDS and b.checked_at:
            return words.tr(words.CHECK_KINDS[b.checked]).replace("%1",
                                                                  fmt_timestamp(b.checked_at))
        return words.state_text(b.state)
    return [Column(QCoreApplication.translate("backups", "Made"), made),
            Column(QCoreApplication.translate("backups", "File"), lambda b: b.name),
            Column(QCoreApplication.translate("backups", "Size"), lambda b: human_size(b.size)),
            Column(QCoreApplication.translate("backups", "State"), state,
                   foreground=lambda b: None if b.state == "ok" else theme.overdue_colour())]


class ServerBackupsPanel(QWidget):
    backup_made = Signal(object)
    restore_requested = Signal(object, object, object)     # standalone only; never emitted here
    server_restore_started = Signal(object)                # the restore's ticket (the shell)

    def __init__(self, desk, runner: TaskRunner, assess, parent: QWidget | None = None, *,
                 safety=None):
        super().__init__(parent)
        self._desk, self._runner = desk, runner
        self._safety = safety          # the server's safety copies (services.safety_copies)
        self._latest = Latest()
        self._starting = False
        self._was_running = False
        self._verifying = False       # a verify started here: its result is shown
        outer = QVBoxLayout(self)         # scrolls rather than squash the list (1366x768)
        outer.setContentsMargins(0, 0, 0, 0)
        self._scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        contents = QWidget(scroll)
        scroll.setWidget(contents)
        outer.addWidget(scroll)
        layout = QVBoxLayout(contents)
        intro = QLabel(self.tr(
            "Backups of the centre are made on the centre server, in its backup folder, and "
            "encrypted with the backup passphrase you choose here. Nothing of the centre is "
            "written on this laptop."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.folderLabel = QLabel(self)
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folderLabel)

        make = QGroupBox(self.tr("Make a backup on the server"), self)
        form = QFormLayout(make)
        self.passphraseEdit = QLineEdit(make)
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphraseEdit.setAccessibleName(self.tr("Backup passphrase"))
        self.confirmEdit = QLineEdit(make)
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmEdit.setAccessibleName(self.tr("Backup passphrase again"))
        self.strengthBar = QProgressBar(make)
        self.strengthBar.setTextVisible(False)
        self.strengthBar.setMaximumHeight(8)
        self.strengthLabel = QLabel(make)
        self.strengthLabel.setWordWrap(True)
        form.addRow(self.tr("Backup &passphrase:"), self.passphraseEdit)
        form.addRow(self.tr("&Again:"), self.confirmEdit)
        form.addRow("", self.strengthBar)
        form.addRow("", self.strengthLabel)
        buttons = QHBoxLayout()
        self.createButton = QPushButton(theme.icon("save"), self.tr("&Make a backup now"), make)
        self.createButton.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.progressBar = QProgressBar(make)
        self.progressBar.setRange(0, 100)
        self.progressBar.setVisible(False)
        buttons.addWidget(self.createButton)
        buttons.addWidget(self.progressBar, 1)
        buttons.addStretch(0)
        form.addRow(buttons)
        self.messageLabel = QLabel(make)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.messageLabel)
        layout.addWidget(make)
        add_reveal_toggles(self)
        self.meter = PassphraseMeter(runner, assess, self.passphraseEdit, self.strengthBar,
                                     self.strengthLabel, self.confirmEdit, parent=self)
        self.meter.show_mismatch = True

        listed = QGroupBox(self.tr("Backups in the server's backup folder"), self)
        box = QVBoxLayout(listed)
        self.lastLabel = QLabel(listed)
        box.addWidget(self.lastLabel)
        self.model = ListTableModel(_columns(), parent=self)
        self.backupsView = QTableView(listed)
        self.backupsView.setModel(self.model)
        self.backupsView.setAccessibleName(self.tr("Backups on the server"))
        self.backupsView.verticalHeader().setVisible(False)
        self.backupsView.setMinimumHeight(self.backupsView.fontMetrics().height() * 6)
        self.backupsView.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.backupsView.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        tidy_table(self.backupsView, stretch=3, widths=(18, 34, 10))
        box.addWidget(self.backupsView, 1)
        row = QHBoxLayout()
        self.verifyButton = QPushButton(theme.icon("check"), self.tr("&Verify…"), listed)
        self.verifyButton.setAccessibleName(self.tr("Verify the chosen backup on the server"))
        self.verifyButton.setToolTip(self.tr("The server checks the backup with its passphrase; "
                                             "nothing is changed"))
        self.restoreButton = QPushButton(theme.icon("refresh"), self.tr("&Restore…"), listed)
        self.restoreButton.setAccessibleName(self.tr("Restore the centre server from the "
                                                     "chosen backup"))
        self.restoreButton.setToolTip(self.tr("Replace the centre on the server by this backup: "
                                              "everyone is signed out and the server seals"))
        self.refreshButton = QPushButton(theme.icon("refresh"), self.tr("Re&fresh"), listed)
        row.addWidget(self.verifyButton)
        row.addWidget(self.restoreButton)
        row.addStretch(1)
        row.addWidget(self.refreshButton)
        box.addLayout(row)
        self.resultLabel = QLabel(listed)
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextFormat(Qt.TextFormat.RichText)     # escaped: _show_verify
        self.resultLabel.setAccessibleName(self.tr("Result of the check"))
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.resultLabel)
        layout.addWidget(listed, 1)
        self.dialog = None        # the verify or restore dialog on screen

        self.safetyGroup = QGroupBox(self.tr("Safety copy of the centre a restore replaced"),
                                     self)
        safety_box = QHBoxLayout(self.safetyGroup)
        self.safetyLabel = QLabel(self.safetyGroup)
        self.safetyLabel.setWordWrap(True)
        self.safetyRemoveButton = QPushButton(self.tr("Remove the safety copy &now…"),
                                              self.safetyGroup)
        safety_box.addWidget(self.safetyLabel, 1)
        safety_box.addWidget(self.safetyRemoveButton)
        self.safetyGroup.setVisible(False)          # shown only while the server keeps one
        layout.addWidget(self.safetyGroup)
        self.safetyRemoveButton.clicked.connect(self.remove_safety_copies)

        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh)
        self.createButton.clicked.connect(self.create)
        self.refreshButton.clicked.connect(self.refresh)
        self.verifyButton.clicked.connect(self.verify)
        self.restoreButton.clicked.connect(self.restore)
        self.backupsView.selectionModel().selectionChanged.connect(self._update)
        self.backupsView.doubleClicked.connect(lambda _i: self.verify())
        self.meter.changed.connect(self._update)
        self._overview = None
        self._update()
        self.refresh()
        self.load_safety_copies()

    # --- the server's folder, its backups and the job -----------------------------------
    def refresh(self) -> None:
        shown, failed = self._latest.wrap(self._show, self._failed)
        self._runner.run(self._desk.overview, shown, failed, owner=self)

    def _show(self, overview) -> None:
        self._overview = overview
        if overview.folder:
            self.folderLabel.setText(self.tr("Backup folder on the server: %1")
                                     .replace("%1", overview.folder))
        else:
            self.folderLabel.setText("")
        if overview.problem:
            self._say(overview.problem, True)
        chosen = self.chosen()
        self.model.set_rows(list(overview.files))
        if chosen is not None:           # the same backup stays chosen across a refresh
            for row, backup in enumerate(overview.files):
                if backup.name == chosen.name:
                    self.backupsView.selectRow(row)
        if overview.last_verified:
            self.lastLabel.setText(self.tr("Last verified backup: %1 (%2).")
                                   .replace("%1", fmt_timestamp(overview.last_verified))
                                   .replace("%2", age_phrase(overview.last_verified)))
        else:
            self.lastLabel.setText(self.tr("No verified backup yet."))
        self._show_job(overview.job)
        self._update()

    def _show_job(self, job) -> None:
        running = job.state == model.RUNNING
        if job.kind == model.VERIFY:
            self._show_verify(job)
            return
        if job.kind == model.RESTORE:      # her sign-in ends with it: the shell follows it
            self.progressBar.setVisible(False)
            if running:
                self._say(self.tr("A backup is being restored on the server (started by %1).")
                          .replace("%1", job.started_by))
                self._poll.start()
            else:
                self._poll.stop()
            self._was_running = running
            return
        self.progressBar.setVisible(running)
        if running:
            self.progressBar.setValue(int(job.fraction * 100))
            self.progressBar.setFormat(job.label or self.tr("Making the backup…"))
            self.progressBar.setTextVisible(True)
            self._say(self.tr("A backup is being made on the server (started by %1).")
                      .replace("%1", job.started_by))
            if not self._poll.isActive():
                self._poll.start()
        else:
            self._poll.stop()
            if self._was_running and job.state == model.DONE:
                self._say((self.tr("Backup made and verified on the server: %1.")
                           .replace("%1", job.file_name) + " " + job.message).strip())
                emit(self.backup_made, job.file_name)
            elif self._was_running and job.state == model.FAILED:
                self._say(job.message, True)
        self._was_running = running

    def _show_verify(self, job) -> None:
        """A verify on the server: its progress, then the result in words."""
        self.progressBar.setVisible(False)
        if job.state == model.RUNNING:
            theme.say(self.resultLabel, self.tr("Verifying %1 on the server (started by %2): "
                                                "%3 %4%").replace("%1", job.file_name or "…")
                      .replace("%2", job.started_by).replace("%3", job.label or "")
                      .replace("%4", str(int(job.fraction * 100))))
            self._scroll.ensureWidgetVisible(self.resultLabel)
            if not self._poll.isActive():
                self._poll.start()
        else:
            self._poll.stop()
            if job.state in (model.DONE, model.FAILED) and (self._was_running or self._verifying):
                import html
                head = words.tr(OUTCOMES.get(job.outcome, OUTCOMES["other"]))
                text = job.message
                if job.outcome == model.WRONG_SECRET:
                    from assist_desktop.gui.admin.server_restore import explain_wrong
                    text += " " + explain_wrong()
                theme.say(self.resultLabel, f"<b>{html.escape(head)}</b> \u2014 "
                          f"{html.escape(job.file_name)}: {html.escape(text)}",
                          job.outcome != model.GOOD)
                self._scroll.ensureWidgetVisible(self.resultLabel)
                self._verifying = False
        self._was_running = job.state == model.RUNNING

    # --- verifying and restoring one ----------------------------------------------------
    def chosen(self):
        rows = self.backupsView.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def verify(self):
        from assist_desktop.gui.admin.server_restore import ServerBackupDialog
        backup = self.chosen()
        if backup is None or not self.verifyButton.isEnabled():
            return None

        def started(job) -> None:
            self._verifying = True
            self._was_running = True
            self._show_job(job)
            self._update()
        dialog = ServerBackupDialog(model.VERIFY, backup, self._desk, self._runner, parent=self)
        dialog.started.connect(started)
        dialog.open()
        self.dialog = dialog
        return dialog

    def restore(self):
        from assist_desktop.gui.admin.server_restore import ServerBackupDialog
        backup, overview = self.chosen(), self._overview
        if backup is None or overview is None or not self.restoreButton.isEnabled():
            return None
        dialog = ServerBackupDialog(model.RESTORE, backup, self._desk, self._runner,
                                    centre_name=overview.centre_name,
                                    signed_in=overview.signed_in, parent=self)
        dialog.started.connect(lambda ticket: emit(self.server_restore_started, ticket))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _failed(self, error: BaseException) -> None:
        self._poll.stop()
        self._say(describe(error), True)
        self._update()

    # --- making one ---------------------------------------------------------------------
    def create(self) -> None:
        if not self.meter.acceptable:
            return
        passphrase = self.passphraseEdit.text()
        self._starting = True
        self._update()

        def started(job) -> None:
            self._starting = False
            self.passphraseEdit.clear()
            self.confirmEdit.clear()
            self._was_running = True
            self._show_job(job)
            self._poll.start()
            self._update()

        def refused(error: BaseException) -> None:
            self._starting = False
            self._say(describe(error), True)
            self._update()
        self._runner.run(lambda: self._desk.start(passphrase), started, refused, owner=self)

    def _update(self, *_args) -> None:
        overview = self._overview
        busy = self._starting or (overview is not None and overview.job.state == model.RUNNING)
        ready = overview is not None and bool(overview.folder) and not overview.problem
        self.createButton.setEnabled(ready and not busy and self.meter.acceptable)
        backup = self.chosen()
        usable = ready and not busy and backup is not None and backup.state == "ok"
        self.verifyButton.setEnabled(usable)
        self.restoreButton.setEnabled(usable)

    def _say(self, text: str, error: bool = False) -> None:
        self.messageLabel.setText(text)
        self.messageLabel.setStyleSheet(f"color: {theme.overdue_colour().name()};"
                                        if error else "")

    # --- the server's safety copy of a replaced centre ------------------------------------
    def load_safety_copies(self) -> None:
        if self._safety is not None:
            self._runner.run(self._safety.list, self._show_safety_copies, lambda _e: None,
                             owner=self)

    def _show_safety_copies(self, copies) -> None:
        self.safetyGroup.setVisible(bool(copies))
        lines = []
        for copy in copies:
            made = fmt_timestamp(copy.made_at.isoformat())
            when = self.tr("kept until an administrator signs in to the restored centre") \
                if copy.removed_after is None else self.tr(
                    "removed automatically after %1").replace(
                    "%1", fmt_timestamp(copy.removed_after.isoformat()))
            lines.append(self.tr("Kept on the server: replaced on %1 (%2), %3.")
                         .replace("%1", made).replace("%2", human_size(copy.size))
                         .replace("%3", when))
        lines.append(self.tr("It opens with the passphrases the centre had before the restore "
                             "and still holds anything purged since; a purge, a key rotation or "
                             "disabling an account removes it at once."))
        self.safetyLabel.setText("\n".join(lines))

    def remove_safety_copies(self) -> None:
        from assist_desktop.gui.messages import confirm
        if self._safety is None or not confirm(
                self, self.tr("Remove the safety copy"),
                self.tr("The centre as it was before the restore will be overwritten and "
                        "deleted on the server, and the restore can no longer be undone."),
                self.tr("Remove it"), destructive=True):
            return
        self.safetyRemoveButton.setEnabled(False)

        def removed(_count) -> None:
            self.safetyRemoveButton.setEnabled(True)
            theme.say(self.resultLabel, self.tr("The safety copy was removed on the server "
                                                "(overwritten, then deleted)."))
            self.load_safety_copies()

        def failed(error: BaseException) -> None:
            self.safetyRemoveButton.setEnabled(True)
            theme.say(self.resultLabel, describe(error), True)
        self._runner.run(self._safety.remove, removed, failed, owner=self)

    def has_unsaved(self) -> bool:
        return False

    def save(self) -> None:
        return None
