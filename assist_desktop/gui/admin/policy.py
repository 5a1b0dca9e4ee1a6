"""The centre's security policy: idle lock, keychain unlock, passphrase strength, backup age;
rotating the data key; and, on an administrator's laptop on a centre server, sealing it."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.forms.ui_admin_policy import Ui_PolicyPanel
from assist_desktop.gui.messages import confirm, describe, show_error
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.qtcompat import emit


class PolicyPanel(QWidget):
    policy_changed = Signal(object)

    def __init__(self, settings, rotate_key, runner: TaskRunner, parent: QWidget | None = None,
                 *, replace_recovery=None, centre_info=None, seal_server=None):
        super().__init__(parent)
        self.ui = Ui_PolicyPanel()
        self.ui.setupUi(self)
        self._settings, self._rotate, self._runner = settings, rotate_key, runner
        self._loaded = None
        combo = self.ui.scoreCombo
        combo.addItem(self.tr("Fair (2 of 4)"), 2)
        combo.addItem(self.tr("Good (3 of 4, recommended)"), 3)
        combo.addItem(self.tr("Strong (4 of 4)"), 4)
        self.ui.saveButton.setIcon(theme.icon("save"))
        self.ui.rotateButton.setIcon(theme.icon("key"))
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.rotateButton.clicked.connect(self.rotate)
        if rotate_key is None:          # a laptop on a centre server: done at the server
            self.ui.rotateButton.setEnabled(False)
            from PySide6.QtWidgets import QLabel
            note = QLabel(self.tr("On a centre server the data key is changed at the server "
                                  "itself (assist-desktop rotate-key, see the server guide)."),
                          self.ui.keyGroup)
            note.setWordWrap(True)
            self.ui.rotateLayout.insertWidget(1, note, 1)
        self._replace_recovery, self._centre_info = replace_recovery, centre_info
        self.ui.recoveryGroup.setVisible(replace_recovery is not None)
        self.ui.recoveryButton.setIcon(theme.icon("key"))
        self.ui.recoveryButton.clicked.connect(self.replace_recovery_code)
        self._seal_server = seal_server
        self.sealButton = None
        if seal_server is not None:     # a laptop on a centre server (docs/SERVER.md)
            self._add_seal_group()
        for signal in (self.ui.idleSpin.valueChanged, self.ui.backupSpin.valueChanged,
                       self.ui.deviceCheck.toggled, self.ui.scoreCombo.currentIndexChanged):
            signal.connect(self._update)
        self.setEnabled(False)
        runner.run(settings.policy, self._show, lambda e: show_error(self, e), owner=self)

    def _show(self, policy) -> None:
        self._loaded = policy
        ui = self.ui
        ui.idleSpin.setValue(policy.idle_lock_minutes)
        ui.deviceCheck.setChecked(policy.device_unlock_allowed)
        ui.scoreCombo.setCurrentIndex(max(0, ui.scoreCombo.findData(policy.min_passphrase_score)))
        ui.backupSpin.setValue(policy.backup_warning_days)
        self.setEnabled(True)
        self._update()

    def changes(self) -> dict:
        if self._loaded is None:
            return {}
        ui = self.ui
        wanted = {"idle_lock_minutes": ui.idleSpin.value(),
                  "device_unlock_allowed": ui.deviceCheck.isChecked(),
                  "min_passphrase_score": int(ui.scoreCombo.currentData()),
                  "backup_warning_days": ui.backupSpin.value()}
        return {k: v for k, v in wanted.items() if getattr(self._loaded, k) != v}

    def has_unsaved(self) -> bool:
        return bool(self.changes())

    def _update(self, *_args) -> None:
        self.ui.saveButton.setEnabled(self.has_unsaved())
        if self.has_unsaved():
            self._message("")

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            return
        self.ui.saveButton.setEnabled(False)
        self._runner.run(lambda: self._settings.set_policy(**changes), self._saved,
                         lambda e: self._message(describe(e), True), owner=self)

    def _saved(self, policy) -> None:
        self._show(policy)
        self._message(self.tr("Saved."))
        emit(self.policy_changed, policy)

    def _message(self, text: str, error: bool = False) -> None:
        theme.say(self.ui.messageLabel, text, error)

    def rotate(self) -> None:
        if not confirm(self, self.tr("Rotate the data key"),
                       self.tr("Re-encrypt the database with a new key now? Keep ASSIST open "
                               "until it finishes. Backups made before stay readable with "
                               "their own passphrase."), self.tr("Rotate now")):
            return
        self._runner.run_with_progress(lambda _p: self._rotate(),
                                       lambda _r: self._message(self.tr("The data key was "
                                                                        "rotated.")),
                                       lambda e: show_error(self, e), parent=self,
                                       label=self.tr("Re-encrypting the database…"),
                                       cancellable=False, delay_ms=300)

    def _add_seal_group(self) -> None:
        from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton
        group = QGroupBox(self.tr("Centre server"), self)
        row = QHBoxLayout(group)
        note = QLabel(self.tr("Seal the server when the office is left unattended or a laptop "
                              "may have been taken: everyone is signed out at once, you too, "
                              "and nobody can work until an administrator unseals it."), group)
        note.setWordWrap(True)
        self.sealButton = QPushButton(theme.icon("lock"), self.tr("Seal the server…"), group)
        self.sealButton.setAccessibleName(self.tr("Seal the centre server"))
        self.sealButton.clicked.connect(self.seal_server)
        row.addWidget(note, 1)
        row.addWidget(self.sealButton)
        self.ui.layout.insertWidget(self.ui.layout.indexOf(self.ui.keyGroup) + 1, group)

    def seal_server(self) -> None:
        if not confirm(self, self.tr("Seal the centre server"),
                       self.tr("Sign everyone out of the centre server now, you too, and take "
                               "the data key out of its memory? Work not yet saved on the "
                               "laptops is lost. Nobody can sign in until an administrator "
                               "unseals it."), self.tr("Seal now"), destructive=True):
            return
        self.sealButton.setEnabled(False)
        # her own sign-in ends too: the window locks (the shell is told by the centre)
        self._runner.run(self._seal_server, None, self._seal_failed, owner=self)

    def _seal_failed(self, error) -> None:
        self.sealButton.setEnabled(True)
        show_error(self, error)

    def replace_recovery_code(self):
        """The dialog that makes a new recovery code and shows it once."""
        from assist_desktop.gui.recovery_replace import ReplaceRecoveryDialog
        dialog = ReplaceRecoveryDialog(self._replace_recovery, self._centre_info, self._runner,
                                       self)
        dialog.open()
        return dialog
