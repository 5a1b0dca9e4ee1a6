"""The Shell walks a person from start to work and back: first run or unlock, the session's
work area, auto-lock and Ctrl+L, quitting. It owns the session's life cycle, nothing else.

Lock: the work area hands over its drafts (functions that save them) and where the person
was; the work area is destroyed at once (nothing of the case stays on screen or in widgets);
the drafts are saved, then the store is closed, on the one task thread, in that order. Unlock
by the same person builds a new work area and returns to the same place.
"""
from __future__ import annotations

import logging
from pathlib import Path
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from assist_desktop.gui import theme
from assist_desktop.platform import paths
from assist_desktop.gui.clipboard import ClipboardGuard
from assist_desktop.gui.formatting import age_phrase
from assist_desktop.gui.idle import IdleWatcher
from assist_desktop.gui.labels import role_label
from assist_desktop.gui.main_window import MainWindow
from assist_desktop.gui.messages import show_error
from assist_desktop.gui.prefs import UiPrefs
from assist_desktop.gui.views import remember_widths
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.unlock import UnlockDialog
from assist_desktop.gui.qtcompat import emit

if TYPE_CHECKING:   # imported when first needed: the unlock window is shown without them
    from assist_desktop.gui.workspace import Place, Workspace

log = logging.getLogger(__name__)

WARM_LATEST_MS = 2000    # a session's background work starts by then even if nothing painted


class Shell(QObject):
    session_opened = Signal(object)   # OpenCentre
    locked = Signal()
    finished = Signal()
    _server_signed_out = Signal(object)   # a centre server ended this sign-in (any thread)

    def __init__(self, make_vault, runner: TaskRunner, prefs: UiPrefs, *, data_dir: Path,
                 idle_ms: int | None = None, parent: QObject | None = None, warm_up=None,
                 store_exists=None):
        super().__init__(parent)
        # Whether there is a centre to unlock (a laptop on a centre server: always; the
        # unlock window then says if the server cannot be reached).
        self._store_exists = store_exists
        self._warm_up = warm_up            # imports for signing in, run when typing begins
        # The Vault is made by make_vault() on the task thread, so the imports behind it
        # (documents, backup) never hold up the first window.
        self.vault = None
        self._make_vault = make_vault
        self.runner, self.prefs = runner, prefs
        self._pending_first_run = False
        self._database_file = Path(data_dir) / paths.DATABASE_FILE
        self.centre = None                 # the OpenCentre while unlocked
        self.window = MainWindow()
        self.workspace: Workspace | None = None
        self.dialog = None                 # the first-run wizard or unlock dialog on screen
        self.restore_watch = None          # a laptop following a restore on its server
        self._place: Place | None = None
        self._place_user = ""
        self._remember_allowed = False
        self._fixed_idle_ms = idle_ms
        self.clipboard = ClipboardGuard(parent=self)
        self.clipboard.watch_application_copies()
        self.idle = IdleWatcher(QApplication.instance(), idle_ms or 5 * 60_000, parent=self)
        self.idle.idle.connect(self.lock)
        w = self.window
        w.lock_requested.connect(self.lock)
        self._server_signed_out.connect(self._signed_out_by_server)
        w.unlock_requested.connect(self.show_unlock)
        w.quit_requested.connect(self.quit)
        w.scheme_requested.connect(self.set_scheme)
        w.change_passphrase_requested.connect(self._change_passphrase)
        w.remember_requested.connect(self._remember)
        w.set_scheme_checked(prefs.colour_scheme)
        geometry = prefs.geometry("main")
        if geometry is None or not w.restoreGeometry(geometry):
            w.fit_to_screen()

    # --- start ----------------------------------------------------------------------
    def start(self) -> None:
        """Show the window; the unlock dialog as soon as the database is known to be there.

        The Vault (and the services behind it) is made on the task thread meanwhile; the
        unlock dialog lists the accounts when it arrives. A first run waits for it."""
        self.window.show()
        make, database = self._make_vault, self._database_file
        self.runner.run(self._store_exists or database.exists, self._exists_known, self._start_failed,
                        owner=self.window)
        self.runner.run(make, self._vault_ready, self._start_failed, owner=self.window)

    def _vault_ready(self, vault) -> None:
        self.vault = vault
        if isinstance(self.dialog, UnlockDialog):
            self.dialog.set_vault(vault)
        elif self._pending_first_run:
            self._pending_first_run = False
            self.show_first_run()

    def _exists_known(self, exists: bool) -> None:
        if exists:
            self.show_unlock()
        elif self.vault is None:
            self._pending_first_run = True
        else:
            self.show_first_run()

    def _start_failed(self, error: BaseException) -> None:
        show_error(self.window, error, self.tr("Cannot start"))

    def show_first_run(self) -> None:
        from assist_desktop.gui.first_run import FirstRunWizard
        wizard = FirstRunWizard(self.vault, self.runner, self.window)
        wizard.created.connect(self._opened)
        wizard.rejected.connect(self.quit)
        self.dialog = wizard
        wizard.open()

    def show_unlock(self) -> None:
        if self.centre is not None or isinstance(self.dialog, UnlockDialog):
            return
        dialog = UnlockDialog(self.vault, self.runner, self.window,
                              username=self.prefs.last_username,
                              remember_allowed=self._remember_allowed)
        dialog.unlocked.connect(self._opened)
        dialog.typing_started.connect(self._warm)
        dialog.quit_requested.connect(self.quit)
        dialog.restore_requested.connect(self.show_restore)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _warm(self) -> None:
        """The person started typing a passphrase: import what the session needs meanwhile
        (the services on the task thread, the work area's screens here)."""
        warm, self._warm_up = self._warm_up, None
        if warm is not None:
            self.runner.run(warm, None, lambda _e: None, owner=self.window)
            import assist_desktop.gui.workspace  # noqa: F401

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None

    def show_restore(self):
        """Restore the data folder from a backup (the store is closed: nobody is signed in)."""
        from assist_desktop.gui.backup_dialogs import RESTORE, BackupFileDialog
        if self.centre is not None:
            return None
        parent = self.dialog if self.dialog is not None else self.window
        dialog = BackupFileDialog(self.runner, RESTORE, data_dir=self._database_file.parent,
                                  parent=parent)
        dialog.done_with.connect(self._restored)
        dialog.open()
        return dialog

    def _restored(self, result) -> None:
        from assist_desktop.gui.messages import show_info
        where = f" {result.safety_dir}" if result.safety_dir else ""
        show_info(self.window, self.tr("Restored"),
                  self.tr("The backup was restored. The database that was here before was kept "
                          "in a safety copy:%1. Sign in again.").replace("%1", where))
        if isinstance(self.dialog, UnlockDialog):
            self.dialog.reload_users()

    def restore_over(self, path, secret, replacing) -> None:
        """Administration > Backups: sign out (drafts saved, the store closed, in that order on
        the one worker), then restore over the centre as the command line does."""
        from assist_desktop.backup.restore import restore_backup
        from assist_desktop.gui.messages import show_error
        data_dir = self._database_file.parent
        self.lock()

        def work(progress):
            return restore_backup(path, data_dir, secret, replacing=replacing,
                                  progress=lambda p: progress.fraction(p.fraction, p.label),
                                  cancel=progress.event)
        self.runner.run_with_progress(
            work, self._restored, lambda e: show_error(self.dialog or self.window, e),
            parent=self.dialog or self.window, label=self.tr("Restoring the backup…"),
            delay_ms=200)

    def follow_server_restore(self, ticket) -> None:
        """A laptop: the server took her restore. The server will end every sign-in, hers
        too, so sign out now (drafts saved) and follow it over the sign-in window; at the end
        she may unseal the server there (gui/admin/server_restore.py)."""
        from assist_desktop.gui.admin.server_restore import ServerRestoreWatch
        username = self.centre.session.username if self.centre is not None else ""
        connection = getattr(self.vault, "connection", None)
        if connection is None:
            return
        self.lock()
        watch = ServerRestoreWatch(connection, ticket, username, self.runner,
                                   self.dialog or self.window)
        watch.finished.connect(self._server_restore_seen)
        self.restore_watch = watch
        watch.open()

    def _server_restore_seen(self, _result: int) -> None:
        self.restore_watch = None
        if isinstance(self.dialog, UnlockDialog):
            self.dialog.reload_users()       # sealed while it loaded them; unsealed now?

    # --- a session ------------------------------------------------------------------
    def _opened(self, centre) -> None:
        self.dialog = None
        self.centre = centre
        if hasattr(centre, "on_signed_out"):   # a laptop on a centre server
            centre.on_signed_out = lambda: emit(self._server_signed_out, centre)
        session = centre.session
        self.prefs.last_username = session.username
        self.prefs.sync()
        remember_widths(self.prefs, session.user_id)      # this user's table column widths
        place = self._place if self._place_user == session.username else None
        self._place = None
        from assist_desktop.gui.workspace import Workspace
        self.workspace = Workspace(centre, self.runner, self.clipboard, self.window,
                                   self.vault.passphrase_problems)
        self.workspace.policy_changed.connect(self.apply_policy)
        self.workspace.backup_made.connect(self._refresh_status)
        self.workspace.restore_requested.connect(self.restore_over)
        self.workspace.server_restore_started.connect(self.follow_server_restore)
        self.window.show_session(self.workspace, centre.centre.name)
        self.workspace.restore(place)
        self._load_policy()
        self._refresh_status()
        if getattr(centre, "must_change_passphrase", False):
            self._change_passphrase(required=True)
        self._tell_restored_destroyed(centre)
        self._warm_after_first_paint(centre)
        emit(self.session_opened, centre)

    def _tell_restored_destroyed(self, centre) -> None:
        """An administrator signing in after a restore that brought back files destroyed
        since its backup was made is told at once (Administration > Retention lists them)."""
        retention = getattr(centre.services, "retention", None)
        if retention is None or not centre.session.is_administrator:
            return

        def found(returned) -> None:
            if returned and self.centre is centre:
                from assist_desktop.gui.messages import show_info
                show_info(self.window, self.tr("Destroyed files are back"), self.tr(
                    "A backup was restored that was made before these files were destroyed, "
                    "so they are back in the store: %1.\n\nAdministration > Retention lists "
                    "them: destroy each again there.").replace(
                        "%1", ", ".join(r.reference for r in returned)))
        self.runner.run(retention.restored_destroyed, found, lambda _e: None, owner=self.window)

    def _warm_after_first_paint(self, centre) -> None:
        """The background work of a new session (the index of sealed notes: seconds of Python
        on a large centre, which held up every call from Qt into Python while it ran) starts
        once the caseload is on screen; at the latest after WARM_LATEST_MS."""
        warm = getattr(centre, "warm_in_background", None)
        if warm is None:                  # a laptop on a centre server: the server builds it
            return
        caseload = self.workspace.page("caseload") if self.workspace is not None else None
        if caseload is not None and hasattr(caseload, "first_painted"):
            caseload.first_painted.connect(warm)
            QTimer.singleShot(WARM_LATEST_MS, warm)     # not painted (a minimised window)
        else:
            QTimer.singleShot(0, warm)

    def _load_policy(self) -> None:
        settings = self.centre.services.settings
        self.runner.run(settings.policy, self._policy_loaded, lambda _e: self.idle.start(),
                        owner=self.window)

    def _policy_loaded(self, policy) -> None:
        self._backup_warning_days = policy.backup_warning_days
        self._refresh_status()
        if self._fixed_idle_ms is None:
            self.idle.set_minutes(policy.idle_lock_minutes)
        self._remember_allowed = bool(policy.device_unlock_allowed)
        self.window.ui.actionRemember.setVisible(self._remember_allowed)
        if self._remember_allowed and self.centre is not None:
            username = self.centre.session.username
            self.runner.run(lambda: self.vault.device_unlock_available(username),
                            self.window.ui.actionRemember.setChecked, lambda _e: None,
                            owner=self.window)
        self.idle.start()

    def apply_policy(self, policy) -> None:
        """The administration screen changed the policy: take the new idle time at once."""
        self._policy_loaded(policy)

    def _refresh_status(self, *_args) -> None:
        if self.centre is None:
            return
        session = self.centre.session
        roles = ", ".join(role_label(r).lower() for r in sorted(session.roles))
        user_text = self.tr("Signed in: %1 (%2)").replace("%1", session.full_name) \
            .replace("%2", roles)
        server = getattr(self.vault, "remote_address", None)
        if server:       # backups are the server's business; say where the records are
            self.window.set_status(user_text, self.tr("Centre server: %1").replace("%1", server))
            return
        self.window.set_status(user_text, self.tr("Last backup: checking…"))
        data_dir = self._database_file.parent

        def status():
            from assist_desktop.backup.status import load_status  # off the start-up path
            return load_status(data_dir)
        self.runner.run(status,
                        lambda status: self._backup_status(user_text, status),
                        lambda _e: self.window.set_status(user_text,
                                                          self.tr("Last backup: not known")),
                        owner=self.window)

    def _backup_status(self, user_text: str, status) -> None:
        if status.last_verified_at is None:
            text = self.tr("No verified backup yet")
        else:
            text = self.tr("Last backup: %1").replace(
                "%1", age_phrase(status.last_verified_at.isoformat()))
        days = getattr(self, "_backup_warning_days", 7)
        overdue = status.is_overdue(timedelta(days=days))
        self.window.set_status(user_text, text, warn=overdue)

    def _signed_out_by_server(self, centre) -> None:
        """The server ended this sign-in (it restarted, was sealed, the laptop was revoked or
        left idle): lock at once, as the auto-lock does; the person signs in again."""
        if centre is self.centre:
            self.lock()
            reason = getattr(centre, "signed_out_reason", "")
            if reason:                       # e.g. the centre is being restored: say so
                from assist_desktop.gui.messages import show_info
                show_info(self.dialog or self.window, self.tr("Signed out by the centre server"),
                          reason)

    # --- lock -----------------------------------------------------------------------
    def lock(self) -> None:
        """Hide everything now; save drafts, then close the store (in that order)."""
        if self.centre is None:
            return
        centre, workspace = self.centre, self.workspace
        self.centre, self.workspace = None, None
        self.idle.stop()
        savers = []
        if workspace is not None:
            self._place = workspace.place()
            self._place_user = centre.session.username
            savers = workspace.draft_savers()
        self._close_dialogs()
        self.window.show_locked()
        self.clipboard.clear()
        for save in savers:
            self.runner.run(save, None, self._draft_not_kept)
        self.runner.run(centre.lock, lambda _r: emit(self.locked),
                        lambda _e: log.warning("lock reported an error"))
        self.show_unlock()

    def _draft_not_kept(self, _error) -> None:
        """A draft could not be saved at lock (the centre server had already ended the
        sign-in, the disk is full): the lock page says so rather than promise it was kept."""
        log.warning("draft not saved at lock")
        self.window.show_draft_not_kept()

    def _close_dialogs(self) -> None:
        """Close any dialog a screen opened over the window: its content goes with it."""
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible() and widget.isWindow() \
                    and widget.parent() is not None and self._owns(widget):
                getattr(widget, "discard_now", widget.close)()   # locking: no question

    def _owns(self, widget) -> bool:
        """Opened over this shell's window (not another shell's in the same process)."""
        while widget is not None:
            if widget is self.window:
                return True
            widget = widget.parent()
        return False

    # --- quit -----------------------------------------------------------------------
    def quit(self) -> None:
        if self.workspace is not None and not self.workspace.confirm_close():
            return
        self.prefs.set_geometry("main", self.window.saveGeometry())
        self.prefs.sync()
        centre, workspace = self.centre, self.workspace
        self.centre, self.workspace = None, None
        self.idle.uninstall()
        savers = workspace.draft_savers() if workspace is not None else []
        self.window.show_locked()
        self.clipboard.clear()
        for save in savers:
            self.runner.run(save, None, lambda _e: None)
        if centre is not None:
            self.runner.run(centre.lock, None, lambda _e: None)
        self.window.allow_close()
        self.window.close()
        emit(self.finished)

    # --- preferences and account ----------------------------------------------------
    def set_scheme(self, scheme: str) -> None:
        self.prefs.colour_scheme = scheme
        theme.set_scheme(scheme)

    def _change_passphrase(self, required: bool = False) -> None:
        if self.centre is None:
            return
        from assist_desktop.gui.change_passphrase import ChangePassphraseDialog
        dialog = ChangePassphraseDialog(self.centre.services.users, self.vault, self.runner,
                                        self.window, required=required,
                                        user_inputs=(self.centre.session.username,
                                                     self.centre.session.full_name))
        dialog.open()

    def _remember(self, on: bool) -> None:
        centre = self.centre
        if centre is None:
            return
        work = (lambda: self.vault.remember_on_this_computer(centre)) if on else \
            (lambda: self.vault.forget_this_computer(centre))
        self.runner.run(work, lambda _r: None, self._remember_failed, owner=self.window)

    def _remember_failed(self, error: BaseException) -> None:
        self.window.ui.actionRemember.setChecked(False)
        show_error(self.window, error, self.tr("Remember on this computer"))

