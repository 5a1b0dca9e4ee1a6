"""Make her subject access package (solicitors): a password chosen twice (the strength meter
of the transfer dialog), where to save it (a name from her reference only), then the service
builds, audits and writes it off the GUI thread. The dialog says before anything is made
that the package leaves the encrypted store, what is kept apart and what to redact."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from assist_desktop.domain.errors import AssistError
from assist_desktop.gui import theme
from assist_desktop.gui.messages import describe, show_error, show_info
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.transfer_dialog import EXPORT, TransferPassphraseDialog


def suggested_name(reference: str) -> str:
    """A file name from her reference alone."""
    return "subject-access-" + (re.sub(r"[^A-Za-z0-9-]", "", reference) or "file") + ".pdf"


class SarPackageAction(QObject):
    def __init__(self, service, session, runner: TaskRunner, assess: Callable,
                 window: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self._service, self._session, self._runner = service, session, runner
        self._assess, self._window = assess, window
        self._folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        self.dialog: TransferPassphraseDialog | None = None
        self.last_message = ""
        self.chooser: Callable[[QWidget, str], str] | None = None   # tests: returns a path

    @property
    def allowed(self) -> bool:
        return bool(self._session.is_solicitor) and self._service is not None

    def start(self, reference: str | None, request_line: str = "") -> None:
        title = self.tr("Subject access package")
        if not reference:
            show_error(self._window, AssistError(self.tr(
                "Open her file first (or choose her request in the subject access log).")),
                title)
            return
        dialog = TransferPassphraseDialog(
            EXPORT, self._runner, self._assess, reference=reference,
            user_inputs=(self._session.username, reference), parent=self._window)
        ui = dialog.ui
        dialog.setWindowTitle(self.tr("Subject access package"))
        dialog.setAccessibleName(title)
        ui.passphraseLabel.setText(self.tr("Package &password:"))
        ui.introLabel.setText(self.tr(
            "Everything the centre holds about her (%1) will be written to a PDF protected "
            "with a password, with the same records as data.json and records.csv and her "
            "documents attached inside it. Privileged notes and documents go in a second PDF "
            "beside it, for your review, never in the copy for her.").replace("%1", reference))
        ui.noteLabel.setText(self.tr(
            "Before anything is released: read the redaction schedule at the front (other "
            "people named in her records) and decide what privilege applies. Give her the "
            "password by a different route from the file."))
        ui.warningLabel.setText(self.tr(
            "The package leaves the encrypted store. Keep it on an encrypted drive and delete "
            "your copies once she has it."))
        ui.warningLabel.setStyleSheet(f"color: {theme.overdue_colour().name()};")
        dialog.submitted.connect(lambda password: self._choose(dialog, reference, password,
                                                               request_line))
        self.dialog = dialog
        dialog.adjustSize()      # the longer wording above: room for the password fields
        dialog.open()

    def _choose(self, dialog, reference: str, password: str, request_line: str) -> None:
        suggested = str(Path(self._folder) / suggested_name(reference))
        if self.chooser is not None:
            chosen = self.chooser(dialog, suggested)
        else:
            chosen, _filter = QFileDialog.getSaveFileName(
                dialog, self.tr("Save the subject access package"), suggested,
                self.tr("PDF files (*.pdf)"))
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self._folder = str(target.parent)
        self._make(dialog, reference, target, password, request_line, False)

    def _make(self, dialog, reference: str, target: Path, password: str, request_line: str,
              identity_confirmed: bool) -> None:
        service = self._service
        replace = target.exists()
        dialog.working(self.tr("Gathering her records and making the package…"))
        self._runner.run(lambda: service.save(reference, target, password, replace=replace,
                                              request_line=request_line,
                                              identity_confirmed=identity_confirmed),
                         lambda saved: self._saved(dialog, saved),
                         lambda error: self._failed(dialog, error, reference, target, password,
                                                    request_line), owner=dialog)

    def _failed(self, dialog, error, reference, target, password, request_line) -> None:
        """Her identity not yet checked on the log: said, and made only if the solicitor
        confirms she is sure who is asking (the export's audit row records it)."""
        from assist_desktop.domain.subject_access import IdentityNotChecked
        from assist_desktop.gui.messages import confirm
        if isinstance(error, IdentityNotChecked) and confirm(
                dialog, self.tr("Her identity is not checked"), self.tr(
                    "The subject access log records her identity as not yet checked. Sending "
                    "her file to someone who is not her would be a serious breach.\n\nCheck "
                    "her identity and record it in the log (Identity checked), or make the "
                    "package now only if you are sure who is asking: the audit log records "
                    "that you went ahead."), self.tr("I am sure: make it"),
                self.tr("Not now")):
            self._make(dialog, reference, target, password, request_line, True)
            return
        dialog.failed(describe(error))

    def _saved(self, dialog, saved) -> None:
        dialog.accept()
        p = saved.package
        lines = [self.tr("Her subject access package was saved, protected with the password "
                         "you chose:\n%1").replace("%1", str(saved.release_path)),
                 self.tr("%1 records; %2 other people flagged for redaction in the schedule "
                         "at the front.").replace("%1", str(p.records))
                 .replace("%2", str(p.third_parties))]
        if saved.privileged_path is not None:
            lines.append(self.tr("%1 privileged records are in a separate file for your "
                                 "review, not for release as they are:\n%2")
                         .replace("%1", str(p.privileged_records))
                         .replace("%2", str(saved.privileged_path)))
        lines.append(self.tr("Record the date you send it in the subject access log."))
        self.last_message = "\n\n".join(lines)
        show_info(self._window, self.tr("Subject access package"), self.last_message)
