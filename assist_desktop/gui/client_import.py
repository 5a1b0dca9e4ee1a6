"""Import clients from a spreadsheet (CSV or XLSX): choose the file, say which column holds
which field (suggested from the headers), look at every problem by row and column and every
possible duplicate (each skipped unless "Import anyway" is ticked), try a dry run, then import
all of it in one transaction. The work is services/client_import.py; this is its wizard.

Solicitors only (the service says why). Esc, Cancel or the window's X ask before a file that
has been read is thrown away. Cells are shown as plain text (table items never render markup).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWizard, QWizardPage)

from assist_desktop.domain.client_import import FIELD_LABELS, ImportField, check_mapping
from assist_desktop.domain.errors import ValidationError
from assist_desktop.gui import theme
from assist_desktop.gui.dialogs import UnsavedGuard
from assist_desktop.gui.messages import describe, for_people
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.tasks import TaskRunner

SAMPLE_CHARS = 60
MAX_FILE_BYTES = 50 * 1024 * 1024


class _Page(QWizardPage):
    """A page whose completeness the wizard decides (a callable)."""

    def __init__(self, title: str, complete, parent=None):
        super().__init__(parent)
        self.setTitle(title)
        self._complete = complete
        self.box = QVBoxLayout(self)

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        return bool(self._complete())

    def recheck(self) -> None:
        emit(self.completeChanged)


def _item(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(" ".join(text.split())[:SAMPLE_CHARS * 4])
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tip:
        item.setToolTip(tip)
    return item


class ClientImportWizard(UnsavedGuard, QWizard):
    imported = Signal(int)      # how many files were created

    def __init__(self, service, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self._service, self._runner = service, runner
        self.source = None
        self.preview = None
        self.result = None
        self._busy = False
        self.setWindowTitle(self.tr("Import clients from a spreadsheet"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(1000, 640)
        self.guard_unsaved(self.tr("the import"))
        self._build_file_page()
        self._build_mapping_page()
        self._build_preview_page()
        self._build_done_page()

    # --- 1. the file ---------------------------------------------------------------------
    def _build_file_page(self) -> None:
        page = self.filePage = _Page(self.tr("Choose the file"), lambda: self.source is not None
                                     and not self._busy)
        intro = QLabel(self.tr(
            "Choose a .xlsx or .csv file with one client per row and a first row naming the "
            "columns. Nothing is saved until the last step, and then everything or nothing. "
            "Each person is checked for conflicts against every client and party on record."))
        intro.setWordWrap(True)
        self.chooseButton = QPushButton(self.tr("Choose file…"))
        self.chooseButton.clicked.connect(self.choose_file)
        self.fileLabel = QLabel()
        self.fileLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.fileLabel.setWordWrap(True)
        page.box.addWidget(intro)
        page.box.addWidget(self.chooseButton, 0, Qt.AlignmentFlag.AlignLeft)
        page.box.addWidget(self.fileLabel)
        page.box.addStretch(1)
        self.addPage(page)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.read_file(Path(path))

    def read_file(self, path: Path) -> None:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise ValidationError("file", "is larger than 50 MB")
            data = path.read_bytes()
        except OSError as error:
            theme.say(self.fileLabel, self.tr("The file could not be read (%1).")
                      .replace("%1", error.strerror or "error"), True)
            return
        except ValidationError as error:
            theme.say(self.fileLabel, for_people(error), True)
            return
        self._set_busy(True)
        theme.say(self.fileLabel, self.tr("Reading the file…"))
        service, name = self._service, path.name
        self._runner.run(lambda: service.read(data, name), self._file_read, self._file_failed,
                         owner=self)

    def _file_read(self, source) -> None:
        self._set_busy(False)
        self.source, self.preview = source, None
        kind = "XLSX" if source.file_kind == "xlsx" else \
            self.tr("CSV, read as %1").replace("%1", source.encoding.upper())
        theme.say(self.fileLabel, self.tr("%1 rows below the header, %2 columns (%3).")
                  .replace("%1", f"{len(source.rows):,}").replace("%2", str(len(source.header)))
                  .replace("%3", kind))
        self._fill_mapping()
        self.filePage.recheck()

    def _file_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.source = None
        theme.say(self.fileLabel, describe(error), True)
        self.filePage.recheck()

    # --- 2. the columns --------------------------------------------------------------------
    def _build_mapping_page(self) -> None:
        page = self.mappingPage = _Page(self.tr("Say what each column holds"),
                                        self._mapping_ok)
        intro = QLabel(self.tr("Each column was matched to a field by its header where it "
                               "could be. Change any that are wrong; \"Leave out\" ignores a "
                               "column."))
        intro.setWordWrap(True)
        self.mappingTable = QTableWidget(0, 3)
        self.mappingTable.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First value"),
                                                     self.tr("Field")])
        self.mappingTable.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.mappingTable.verticalHeader().setVisible(False)
        self.mappingTable.setAccessibleName(self.tr("Columns and fields"))
        self.mappingMessage = QLabel()
        self.mappingMessage.setWordWrap(True)
        page.box.addWidget(intro)
        page.box.addWidget(self.mappingTable, 1)
        page.box.addWidget(self.mappingMessage)
        self.addPage(page)

    def _fill_mapping(self) -> None:
        from assist_desktop.domain.client_import import suggest_mapping
        source, table = self.source, self.mappingTable
        suggested = suggest_mapping(source.header)
        table.setRowCount(len(source.header))
        for column, (title, field) in enumerate(zip(source.header, suggested)):
            sample = next((r[column] for r in source.rows
                           if column < len(r) and r[column].strip()), "")
            table.setItem(column, 0, _item(title or self.tr("(no header)")))
            table.setItem(column, 1, _item(sample[:SAMPLE_CHARS], sample[:500]))
            combo = QComboBox()
            combo.addItem(self.tr("Leave out"), None)
            for choice in ImportField:
                combo.addItem(FIELD_LABELS[choice], choice.value)
            combo.setCurrentIndex(combo.findData(field.value) if field else 0)
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", str(column + 1)))
            combo.currentIndexChanged.connect(self._mapping_changed)
            table.setCellWidget(column, 2, combo)
        table.resizeColumnToContents(0)
        table.setColumnWidth(2, 280)
        self._mapping_changed()

    def mapping(self) -> list[ImportField | None]:
        fields = []
        for row in range(self.mappingTable.rowCount()):
            value = self.mappingTable.cellWidget(row, 2).currentData()
            fields.append(ImportField(value) if value else None)
        return fields

    def _mapping_ok(self) -> bool:
        if self.source is None:
            return False
        try:
            check_mapping(self.mapping())
        except ValidationError:
            return False
        return True

    def _mapping_changed(self, *_args) -> None:
        self.preview = None
        try:
            check_mapping(self.mapping())
            theme.say(self.mappingMessage, "")
        except ValidationError as error:
            theme.say(self.mappingMessage, for_people(error), True)
        self.mappingPage.recheck()

    # --- 3. the preview ---------------------------------------------------------------------
    def _build_preview_page(self) -> None:
        from assist_desktop.gui.client_import_preview import PreviewPanel
        page = self.previewPage = _Page(self.tr("Check every row"), self._preview_ok)
        self.panel = PreviewPanel(self)
        self.panel.changed.connect(page.recheck)
        self.panel.dryRunButton.clicked.connect(self.dry_run)
        page.box.addWidget(self.panel)
        page.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        page.setCommitPage(True)
        page.initializePage = self._start_preview
        page.validatePage = self._start_import
        self.addPage(page)

    def _start_preview(self) -> None:
        if self.preview is not None:
            return
        self.panel.clear(self.tr("Reading every row and checking each person…"))
        self._set_busy(True)
        service, source, mapping = self._service, self.source, self.mapping()

        def work(progress):
            return service.preview(source, mapping, progress=lambda done, total:
                                   progress.fraction(done / max(total, 1)))
        self._runner.run_with_progress(work, self._previewed, self._preview_failed,
                                       parent=self, label=self.tr("Checking each person…"),
                                       cancellable=False)

    def _previewed(self, preview) -> None:
        self._set_busy(False)
        self.preview = preview
        self.panel.show_preview(preview, self.source.header)
        self.previewPage.recheck()

    def _preview_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.panel.clear(describe(error), error=True)

    def _preview_ok(self) -> bool:
        return self.preview is not None and not self._busy and self.panel.ready()

    def dry_run(self) -> None:
        self._run(dry_run=True)

    def _start_import(self) -> bool:
        if self.result is not None:
            return True
        self._run(dry_run=False)
        return False

    def _run(self, *, dry_run: bool) -> None:
        if self._busy or self.preview is None:
            return
        self._set_busy(True)
        service, preview, decisions = self._service, self.preview, self.panel.decisions()
        label = self.tr("Trying the import (nothing is kept)…") if dry_run else \
            self.tr("Importing…")
        self.panel.say(label)

        def work(progress):
            return service.run(preview, decisions, dry_run=dry_run,
                               progress=lambda done, total: progress.fraction(
                                   done / max(total, 1)))
        self._runner.run_with_progress(work, self._ran, self._run_failed, parent=self,
                                       label=label, cancellable=False)

    def _ran(self, result) -> None:
        self._set_busy(False)
        if result.dry_run:
            self.panel.say(self.tr("Dry run: %1 clients would be imported (%2 rows skipped, "
                                   "%3 first notes, %4 safety alerts). Nothing was kept.")
                           .replace("%1", f"{result.imported:,}")
                           .replace("%2", f"{result.skipped:,}")
                           .replace("%3", f"{result.notes:,}")
                           .replace("%4", f"{result.alerts:,}"))
            return
        self.result = result
        # a reference carries the year her file was opened: rows opened in different years
        # are not one run, so a few are listed and many given as their lowest and highest
        refs = sorted(result.references)
        text = self.tr("%1 clients were imported, with their conflict checks (%2 rows "
                       "skipped).").replace("%1", f"{result.imported:,}") \
            .replace("%2", f"{result.skipped:,}")
        if 0 < len(refs) <= 6:
            text += " " + self.tr("Their references: %1.").replace("%1", ", ".join(refs))
        elif refs:
            text += " " + self.tr("Their references are from %1 to %2 (each by the year her "
                                  "file was opened).").replace("%1", refs[0]) \
                .replace("%2", refs[-1])
        if result.alerts:
            text += " " + self.tr("Safety screening raised %1 alert(s): a phone number "
                                  "matches a trafficker or associate on record. Open those "
                                  "files from the caseload.").replace("%1", str(result.alerts))
        self.doneLabel.setText(text)
        self.next()

    def _run_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.panel.say(describe(error) + " " + self.tr("Nothing was imported."), error=True)

    # --- 4. done -----------------------------------------------------------------------------
    def _build_done_page(self) -> None:
        page = _Page(self.tr("Imported"), lambda: True)
        self.doneLabel = QLabel()
        self.doneLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.doneLabel.setWordWrap(True)
        page.box.addWidget(self.doneLabel)
        page.box.addStretch(1)
        page.setFinalPage(True)
        self.addPage(page)

    # --- closing -------------------------------------------------------------------------------
    def has_unsaved_input(self) -> bool:
        """A file read and not yet imported is work that Esc would throw away."""
        return self.source is not None and self.result is None

    def accept(self) -> None:
        if self.result is not None:
            emit(self.imported, self.result.imported)
        super().accept()

    def reject(self) -> None:
        if self._busy:
            return            # the import is one transaction: it finishes or fails whole
        if self.result is None and not self.may_close():
            return
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.chooseButton.setEnabled(not busy)
        self.panel.set_busy(busy)
        for page in (self.filePage, self.previewPage):
            page.recheck()
