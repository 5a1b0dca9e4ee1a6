"""Restoring from the Backups panel (administrators): a backup from the list or any backup
file. The secret is checked first (BackupFileDialog, RESTORE_OVER); a backup of ANOTHER
centre then needs its name or database number typed (ReplaceCentreDialog), the confirmation
the command line asks for with --replace-centre. The shell then signs out, restores (exactly
as `backup restore --as` does, audited the same way) and asks to sign in again."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from assist_desktop.backup.listing import inspect
from assist_desktop.backup.restore_over import ReplacedCentre
from assist_desktop.gui import backup_words as words
from assist_desktop.gui.admin.replace_centre import ReplaceCentreDialog
from assist_desktop.gui.backup_dialogs import RESTORE_OVER, BackupFileDialog
from assist_desktop.gui.messages import confirm, describe
from assist_desktop.gui.qtcompat import emit


class RestoreFlow:
    """Mixed into BackupPanel: uses its ui, model, _runner, _centre, _busy, _message and its
    restore_requested signal."""

    replace_dialog: ReplaceCentreDialog | None = None

    def restore(self) -> BackupFileDialog | None:
        rows = self.ui.backupsView.selectionModel().selectedRows()
        if not rows or self._busy:
            return None
        return self.restore_listing(self.model.row(rows[0].row()))

    def restore_file(self) -> None:
        """Any backup file on this computer: this centre's, or another centre's."""
        if self._busy:
            return
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Choose the backup to restore"), self.ui.folderEdit.text(),
            self.tr("ASSIST backups (*.assistbackup);;All files (*)"))
        if path:
            self._runner.run(lambda: inspect(Path(path)), self.restore_listing,
                             lambda e: self._message(describe(e), True), owner=self)

    def _other_centre(self, listing) -> str | None:
        """The database id of the backup's centre when it is not this centre."""
        header = listing.header
        if header is None or header.database_id == self._centre.centre.database_id:
            return None
        return header.database_id

    def restore_listing(self, listing) -> BackupFileDialog | None:
        if not listing.ok:
            self._message(listing.message or self.tr("This file cannot be restored."), True)
            return None
        other = self._other_centre(listing)
        here = self._centre.centre.name
        text = self.tr(
            "Replace the centre on this computer by the backup made %1 (%2)? Everything "
            "saved since then is replaced (the centre as it is now is kept for a while in "
            "a safety copy), and everyone here is signed out.").replace(
                "%1", words.backup_columns()[0].value(listing)).replace(
                "%2", listing.path.name)
        if other is not None:
            text = self.tr(
                "This backup is of ANOTHER centre (database %1), not of \u201c%2\u201d. Restore "
                "it over \u201c%2\u201d? Everything in \u201c%2\u201d is replaced by that centre's "
                "records as they were on %3 (%4); \u201c%2\u201d as it is now is kept for a while "
                "in a safety copy, and everyone here is signed out. You will be asked to type "
                "that centre's name.").replace("%1", other[:8]).replace("%2", here).replace(
                    "%3", words.backup_columns()[0].value(listing)).replace(
                    "%4", listing.path.name)
        if not confirm(self, self.tr("Restore a backup"), text, self.tr("Continue…"),
                       destructive=True):
            return None
        dialog = BackupFileDialog(self._runner, RESTORE_OVER, path=listing.path, parent=self)
        dialog.done_with.connect(self._secret_checked)
        dialog.open()
        return dialog

    def _secret_checked(self, result) -> ReplaceCentreDialog | None:
        """The secret opened the file (the one finally chosen in the dialog): whose backup it
        is decides whether the other centre's name must be typed."""
        path, secret, database_id = result
        other = None if database_id == self._centre.centre.database_id else database_id
        if other is None:
            self._request_restore(path, secret, None)
            return None
        centre = self._centre.centre
        dialog = ReplaceCentreDialog(centre.name, centre.database_id, other, self)
        dialog.accepted.connect(lambda: self._request_restore(path, secret, dialog.typed()))
        dialog.open()
        self.replace_dialog = dialog
        return dialog

    def _request_restore(self, path, secret, replace_other: str | None) -> None:
        try:
            replacing = ReplacedCentre.of(self._centre, replace_other)
        except Exception as error:  # noqa: BLE001 - shown, nothing changed
            self._message(describe(error), True)
            return
        emit(self.restore_requested, path, secret, replacing)

