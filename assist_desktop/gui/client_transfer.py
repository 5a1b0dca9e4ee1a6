"""Export the open client's file to an encrypted case-transfer package, and import one sent by
another centre as a new client (File menu; solicitors only, as the service insists).

Export: first whether she has consented to her information being shared (checked off the GUI
thread before anything else): without it the export says so, and a solicitor may go ahead by
giving a reason (kept with her file, the override audited) or stop there. Then the transfer
passphrase twice (strength meter), then where to save it (a name made
from her reference only, never her name), then the service seals and writes it off the GUI
thread (its audit row is committed first). Import: choose a file, which is read and checked
off the GUI thread (damaged or cut-short packages are named before any passphrase is asked),
then its passphrase; a wrong one is said in the dialog, which stays open, and nothing is
imported. On success her new reference and what to do about staff are said, and her file
opens.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from assist_desktop.domain.consents import ConsentRequired
from assist_desktop.domain.errors import AssistError
from assist_desktop.gui.messages import confirm, describe, show_error, show_info
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.transfer_dialog import EXPORT, IMPORT, TransferPassphraseDialog
from assist_desktop.services.interchange import MAX_PACKAGE_BYTES

SUFFIX = ".assisttransfer"   # transfer_package.SUFFIX


def suggested_name(reference: str) -> str:
    """A file name from her reference alone (nothing else about her goes in a name)."""
    return (re.sub(r"[^A-Za-z0-9-]", "", reference) or "client-file") + SUFFIX


class ClientTransfer(QObject):
    imported = Signal(int)          # the new client's id

    def __init__(self, interchange, session, runner: TaskRunner, assess: Callable,
                 current_reference: Callable[[], str | None], window: QWidget,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._service, self._session, self._runner = interchange, session, runner
        self._assess, self._current_reference, self._window = assess, current_reference, window
        self._folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        self.dialog: TransferPassphraseDialog | None = None
        self.last_message = ""      # the last confirmation shown (read by tests)

    @property
    def allowed(self) -> bool:
        return bool(self._session.is_solicitor) and self._service is not None

    # --- export ---------------------------------------------------------------------
    def export_current(self) -> None:
        reference = self._current_reference()
        if not reference:
            show_error(self._window, AssistError(self.tr(
                "Open her file first, then choose Export client file.")),
                self.tr("Export client file"))
            return
        service = self._service
        self._runner.run(lambda: service.check_export_allowed(reference),
                         lambda _ok: self._ask_passphrase(reference, None),
                         lambda error: self._refused(reference, error), owner=self._window)

    def _refused(self, reference: str, error: BaseException) -> None:
        """Refused before any work: without her consent, a solicitor may give a reason."""
        if not isinstance(error, ConsentRequired) or not getattr(error, "may_override", False):
            show_error(self._window, error, self.tr("Export client file"))
            return
        from assist_desktop.gui.consent_override import ask_reason
        reason = ask_reason(self._window, str(error))
        if not reason:
            self._tell(self.tr("Export client file"), self.tr(
                "Nothing was exported: she has no consent in force to her information being "
                "shared. Record her consent on the Overview tab, then export."))
            return
        service = self._service
        self._runner.run(lambda: service.check_export_allowed(reference, reason),
                         lambda _ok: self._ask_passphrase(reference, reason),
                         lambda err: show_error(self._window, err,
                                                self.tr("Export client file")),
                         owner=self._window)

    def _ask_passphrase(self, reference: str, reason: str | None) -> None:
        dialog = TransferPassphraseDialog(
            EXPORT, self._runner, self._assess, reference=reference,
            user_inputs=(self._session.username, reference), parent=self._window,
            without_consent=reason is not None)
        dialog.submitted.connect(lambda passphrase: self._choose_file(dialog, reference,
                                                                      passphrase, reason))
        self.dialog = dialog
        dialog.open()

    def _choose_file(self, dialog, reference: str, passphrase: str,
                     reason: str | None = None) -> None:
        suggested = str(Path(self._folder) / suggested_name(reference))
        chosen, _filter = QFileDialog.getSaveFileName(
            dialog, self.tr("Save the case-transfer package"), suggested,
            self.tr("Case-transfer packages (*%1)").replace("%1", SUFFIX))
        if not chosen:
            return                       # back to the dialog; nothing was written
        target = Path(chosen)
        # The save dialog asked before replacing the file chosen; a name we complete was not.
        asked = target.suffix == SUFFIX
        if not asked:
            target = target.with_name(target.name + SUFFIX)
        self._folder = str(target.parent)
        service = self._service
        dialog.working(self.tr("Sealing and saving her file…"))
        self._runner.run(lambda: service.save_export(reference, target, passphrase=passphrase,
                                                     replace=asked and target.exists(),
                                                     override_reason=reason),
                         lambda result: self._exported(dialog, result, target),
                         lambda error: dialog.failed(describe(error)), owner=dialog)

    def _exported(self, dialog, result, target: Path) -> None:
        dialog.accept()
        self._tell(self.tr("Export client file"), self.tr(
            "Her file %1 was saved as an encrypted case-transfer package:\n%2\n\n"
            "Give the transfer passphrase to the receiving centre by a different route from "
            "the file (by phone, not in the same email).")
            .replace("%1", result.reference).replace("%2", str(target)))

    # --- import ---------------------------------------------------------------------
    def import_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self._window, self.tr("Import client file"), self._folder,
            self.tr("Case-transfer packages (*%1);;All files (*)").replace("%1", SUFFIX))
        if not chosen:
            return
        path, service = Path(chosen), self._service
        self._folder = str(path.parent)
        self._runner.run(lambda: _read(service, path), self._file_read,
                         lambda error: show_error(self._window, error,
                                                  self.tr("Import client file")),
                         owner=self._window)

    def _file_read(self, read: tuple[bytes, bool]) -> None:
        data, packaged = read
        if not packaged:
            if confirm(self._window, self.tr("Import client file"), self.tr(
                    "This file is not an encrypted case-transfer package. If it is a plain "
                    "client file, import it now, then delete it: it was never protected."),
                    self.tr("Import")):
                self._runner.run(lambda: self._service.import_file(data), self._imported,
                                 lambda error: show_error(self._window, error,
                                                          self.tr("Import client file")),
                                 owner=self._window)
            return
        dialog = TransferPassphraseDialog(IMPORT, self._runner, parent=self._window)
        dialog.submitted.connect(lambda passphrase: self._open(dialog, data, passphrase))
        self.dialog = dialog
        dialog.open()

    def _open(self, dialog, data: bytes, passphrase: str) -> None:
        service = self._service
        dialog.working(self.tr("Opening and checking her file…"))
        self._runner.run(lambda: service.import_file(data, passphrase),
                         lambda result: (dialog.accept(), self._imported(result)),
                         lambda error: dialog.failed(describe(error)), owner=dialog)

    def _imported(self, result) -> None:
        records = sum(result.counts.values())
        if result.previous_reference:
            lines = [self.tr("Imported %1 as %2 (%3 records).")
                     .replace("%1", result.previous_reference)]
        else:
            lines = [self.tr("Imported her file as %2 (%3 records).")]
        lines[0] = lines[0].replace("%2", result.reference).replace("%3", str(records))
        if result.unmatched_staff:
            lines.append(self.tr(
                "Staff are not carried across centres (%1): notes and time are now yours, "
                "and her key worker, solicitor and fee earners are empty. Set them on her "
                "file.").replace("%1", ", ".join(result.unmatched_staff)))
        if result.restricted:
            lines.append(self.tr("Her file is restricted: only you can see it until you name "
                                 "colleagues on it."))
        lines.append(self.tr("Run the conflict check on her name before working on the "
                             "file."))
        self._tell(self.tr("Import client file"), "\n\n".join(lines))
        emit(self.imported, result.client_id)

    def _tell(self, title: str, text: str) -> None:
        self.last_message = text
        show_info(self._window, title, text)


def _read(service, path: Path) -> tuple[bytes, bool]:
    """On the task thread: the file's bytes, and whether it is a package (checked before any
    passphrase is asked: damaged, cut short or newer is said now)."""
    try:
        if path.stat().st_size > MAX_PACKAGE_BYTES:
            raise AssistError("The file is too large to be a client file; nothing was "
                              "imported.")
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or "input/output error"
        raise AssistError(f"The file could not be read ({reason}); nothing was "
                          f"imported.") from None
    packaged = service.is_package(data)
    if packaged:
        service.check_package(data)
    return data, packaged
