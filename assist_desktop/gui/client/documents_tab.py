"""Documents made from her record: generate a draft, read it from memory, approve it, and save
it outside only on request (optionally password-protected, always with the warning)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from assist_desktop.gui.dialogs import UnsavedGuard
from assist_desktop.gui import theme
from assist_desktop.gui.passphrase_field import add_reveal_toggles
from assist_desktop.gui.client.bundle_dialog import BundleDialog
from assist_desktop.gui.client.document_options import DocumentOptionsDialog, has_options
from assist_desktop.gui.formatting import fmt_timestamp
from assist_desktop.gui.forms.ui_documents_tab import Ui_DocumentsTab
from assist_desktop.gui.forms.ui_save_document_dialog import Ui_SaveDocumentDialog
from assist_desktop.gui.binding import fill_ids
from assist_desktop.gui.labels import label, matter_label, register
from assist_desktop.gui.messages import confirm, describe, show_error
from assist_desktop.gui.pdf_preview import PdfPreview
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.views import tidy_table
from assist_desktop.domain.errors import UnprintableText
from assist_desktop.services.document_permissions import may_create

# Kinds made from a client's record, in the order a person looks for them.
KINDS = ("witness_statement", "chronology", "representations", "further_submissions",
         "compensation_summary", "support_letter", "children_report", "client_care_letter",
         "case_summary", "conflict_check")

# services/documents.TITLES, marked for translation (a test keeps the two the same).
register({
    "DocumentKind.witness_statement": QT_TRANSLATE_NOOP("labels", "Witness statement"),
    "DocumentKind.chronology": QT_TRANSLATE_NOOP("labels", "Chronology"),
    "DocumentKind.representations": QT_TRANSLATE_NOOP("labels", "Representations"),
    "DocumentKind.further_submissions": QT_TRANSLATE_NOOP("labels", "Further submissions"),
    "DocumentKind.support_letter": QT_TRANSLATE_NOOP("labels", "Letter of support"),
    "DocumentKind.compensation_summary": QT_TRANSLATE_NOOP(
        "labels", "Compensation claim summary and schedule of loss"),
    "DocumentKind.children_report": QT_TRANSLATE_NOOP("labels", "Children's needs report"),
    "DocumentKind.client_care_letter": QT_TRANSLATE_NOOP("labels", "Client care letter"),
    "DocumentKind.case_summary": QT_TRANSLATE_NOOP("labels", "Case summary"),
    "DocumentKind.conflict_check": QT_TRANSLATE_NOOP("labels", "Conflict check record"),
    "DocumentKind.bundle": QT_TRANSLATE_NOOP("labels", "Bundle"),
    "DocumentKind.recovery_sheet": QT_TRANSLATE_NOOP("labels", "Recovery sheet"),
})


def title(kind: str) -> str:
    """The translated title of a kind of document."""
    return label(f"DocumentKind.{kind}")


def document_columns(tr) -> list[Column]:
    return [Column(tr("Title"), lambda d: d.title,
                   icon=lambda d: theme.icon("privileged") if d.privileged
                   else theme.icon("document")),
            Column(tr("Status"), lambda d: tr("Approved") if str(d.status) == "approved"
                   else tr("Draft")),
            Column(tr("Made"), lambda d: fmt_timestamp(d.created_at)),
            Column(tr("Wording"), lambda d: f"{d.template} v{d.template_version}")]


class SaveDocumentDialog(UnsavedGuard, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.guard_unsaved(self.tr("this form"))
        self.ui = Ui_SaveDocumentDialog()
        self.ui.setupUi(self)
        add_reveal_toggles(self)
        self.ui.protectCheck.toggled.connect(self._update)
        self.ui.passwordEdit.textChanged.connect(self._update)
        self.ui.confirmEdit.textChanged.connect(self._update)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update()

    def password(self) -> str | None:
        return self.ui.passwordEdit.text() if self.ui.protectCheck.isChecked() else None

    def _update(self, *_args) -> None:
        ui = self.ui
        protect = ui.protectCheck.isChecked()
        for widget in (ui.passwordEdit, ui.confirmEdit):
            widget.setEnabled(protect)
        ok = not protect or (len(ui.passwordEdit.text()) >= 8 and
                             ui.passwordEdit.text() == ui.confirmEdit.text())
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        ui.messageLabel.setText("" if ok or not ui.passwordEdit.text() else
                                self.tr("At least 8 characters, the same twice."))

    def reject(self) -> None:
        if self.may_close():
            super().reject()


class DocumentsTab(QWidget):
    def __init__(self, documents, matters, client_id: int, session, runner: TaskRunner,
                 parent=None, notes=None, attachments=None, statements=None,
                 address_book=None):
        super().__init__(parent)
        self.ui = Ui_DocumentsTab()
        self.ui.setupUi(self)
        self._documents, self._client_id, self._session, self._runner = \
            documents, client_id, session, runner
        self._notes, self._attachments = notes, attachments
        self._address_book = address_book
        ui = self.ui
        for kind in KINDS:
            if may_create(session, kind):
                ui.kindCombo.addItem(title(kind), kind)
        ui.matterCombo.addItem(self.tr("(the whole file)"), None)
        self.model = ListTableModel(document_columns(self.tr), parent=self)
        ui.documentsView.setModel(self.model)
        tidy_table(ui.documentsView, stretch=0, widths=(40, 10, 18))
        ui.documentsView.selectionModel().selectionChanged.connect(self._chosen)
        self._pdf = PdfPreview(ui.previewPane, ui.previewLayout, self.tr("The document"), self)
        self._pdf.print_button.clicked.disconnect()
        self._pdf.print_button.clicked.connect(self.print_document)   # audited, consent first
        ui.splitter.setSizes([430, 570])
        ui.generateButton.setIcon(theme.icon("document"))
        ui.generateButton.clicked.connect(self.generate)
        ui.bundleButton.clicked.connect(self.make_bundle)
        ui.bundleButton.setVisible(session.is_solicitor)
        ui.approveButton.clicked.connect(self.approve)
        ui.saveAsButton.clicked.connect(self.save_as)
        ui.saveWordButton.clicked.connect(self.save_as_word)
        ui.deleteButton.clicked.connect(self.delete)
        ui.approveButton.setVisible(session.is_solicitor)
        if statements is not None and session.is_solicitor:   # witness statement drafts
            from assist_desktop.gui.client.statement_drafts import add_statement_button
            add_statement_button(self, statements, documents, notes, matters, client_id, runner,
                                 self._generated)
        self._chosen()
        self.reload()
        runner.run(lambda: matters.summaries(client_id), self._matters_loaded, lambda _e: None,
                   owner=self)

    def set_matter_summaries(self, summaries) -> None:
        """Her matters changed (the change feed): the choice offers them at once."""
        self._matters_loaded(summaries)

    def records_changed(self, kinds: set) -> None:
        if "document" in kinds:
            self.reload()

    def _matters_loaded(self, matters) -> None:
        current = self.ui.matterCombo.currentData()
        fill_ids(self.ui.matterCombo, [(m.id, matter_label(m)) for m in matters],
                 self.tr("(the whole file)"))
        self.ui.matterCombo.setCurrentIndex(max(0, self.ui.matterCombo.findData(current)))

    def reload(self) -> None:
        cid = self._client_id
        self._runner.run(lambda: self._documents.list(cid), self._loaded,
                         lambda e: self._message(describe(e), True), owner=self)

    def _loaded(self, documents) -> None:
        before = self.selected()
        rows = sorted(documents, key=lambda d: d.created_at, reverse=True)
        view = self.ui.documentsView
        same = [i for i, d in enumerate(rows) if before is not None and d.id == before.id]
        view.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        if same:                      # a reload keeps the chosen document (and its preview)
            view.selectRow(same[0])
        view.selectionModel().blockSignals(False)
        view.viewport().update()
        if not same or rows[same[0]] != before:
            self._chosen()

    def selected(self):
        rows = self.ui.documentsView.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _chosen(self, *_args) -> None:
        document = self.selected()
        for button in (self.ui.approveButton, self.ui.saveAsButton, self.ui.deleteButton):
            button.setEnabled(document is not None)
        self.ui.saveWordButton.setEnabled(
            document is not None and self._documents.has_word_copy(document))
        if document is not None:
            self.ui.approveButton.setEnabled(str(document.status) != "approved")
            self._runner.run(lambda: self._documents.pdf(document.id), self.show_pdf,
                             lambda e: self._message(describe(e), True), owner=self)

    def show_pdf(self, data: bytes) -> None:
        self._pdf.show(data)

    def page_count(self) -> int:
        return self._pdf.page_count()

    def generate(self) -> DocumentOptionsDialog | None:
        """Make a draft of the chosen kind; a kind with choices asks for them first."""
        kind = self.ui.kindCombo.currentData()
        if not has_options(kind) or self._notes is None:
            self.generate_with({})
            return None
        dialog = DocumentOptionsDialog(kind, self.ui.kindCombo.currentText(), self._notes,
                                       self._client_id, self._runner, self,
                                       address_book=self._address_book)
        dialog.accepted.connect(lambda: self.generate_with(dialog.options()))
        dialog.open()
        return dialog

    def generate_with(self, options: dict, allow_unprintable: bool = False) -> None:
        kind, matter = self.ui.kindCombo.currentData(), self.ui.matterCombo.currentData()
        cid = self._client_id
        self._message(self.tr("Making the document…"))
        self.ui.generateButton.setEnabled(False)
        documents = self._documents

        def make(_progress):
            return documents.generate_with_warnings(kind, cid, matter,
                                                    allow_unprintable=allow_unprintable,
                                                    **options)
        self._runner.run_with_progress(
            make, lambda result: self._generated(*result),
            lambda e: self._generate_failed(e, options), parent=self,
            label=self.tr("Making the document…"), cancellable=False)

    def _generated(self, document, warnings=()) -> None:
        """The new draft, and what must be put right before it is sent (e.g. no supervisor
        on the matter, a claimed amount that disagrees with the schedule of loss)."""
        self.ui.generateButton.setEnabled(True)
        self.model.set_rows([document, *self.model.rows()])
        self.ui.documentsView.clearSelection()  # row 0 may already be selected: show the new one
        self.ui.documentsView.selectRow(0)
        if warnings:
            self._message(self.tr("A draft was made. Before it is sent:") + "\n• "
                          + "\n• ".join(warnings), True)
        else:
            self._message(self.tr("A draft was made. Read it through before approving it."))

    def _generate_failed(self, error: BaseException, options: dict | None = None) -> None:
        self.ui.generateButton.setEnabled(True)
        if isinstance(error, UnprintableText) and options is not None:
            self._message(self.tr("Some characters cannot be printed."), True)
            listed = "\n".join(error.characters[:15]) + ("\n…" if len(error.characters) > 15
                                                        else "")
            if confirm(self, self.tr("Characters that cannot be printed"), self.tr(
                    "No font in this app can print these characters:\n\n%1\n\nChange the "
                    "text on her file, or make the draft anyway: each of them then prints as a "
                    "marker such as [U+1FAE0], so nothing is left out unseen.").replace(
                        "%1", listed), self.tr("Make it anyway")):
                self.generate_with(options, allow_unprintable=True)
            return
        self._message(describe(error), True)

    def make_bundle(self) -> BundleDialog:
        dialog = BundleDialog(self._documents, self._attachments, self._client_id,
                              self.ui.matterCombo.currentData(), self.model.rows(),
                              self._runner, self)
        dialog.saved.connect(self._generated)
        dialog.open()
        return dialog

    def approve(self) -> None:
        document = self.selected()
        if document is not None:
            self._runner.run(lambda: self._documents.approve(document.id, document.version),
                             self._replaced, lambda e: show_error(self, e), owner=self)

    def _replaced(self, document) -> None:
        self.model.replace(lambda d: d.id == document.id, document)
        self._chosen()

    def save_as(self) -> None:
        document = self.selected()
        if document is not None:
            self._consent_first(document, lambda reason: self._save_pdf(document, reason))

    def _consent_first(self, document, go) -> None:
        """A letter for another organisation needs her consent to sharing: checked before
        anything is asked; without it a solicitor may give a reason (services refuse
        others, and the message says so)."""
        docs = self._documents
        self._runner.run(lambda: docs.check_save_allowed(document.id), lambda _ok: go(None),
                         lambda e: self._consent_refused(e, go), owner=self)

    def _consent_refused(self, error, go) -> None:
        from assist_desktop.domain.consents import ConsentRequired
        from assist_desktop.gui.consent_override import ask_reason
        reason = ask_reason(self, str(error)) if isinstance(error, ConsentRequired) \
            and getattr(error, "may_override", False) else ""
        if reason:
            go(reason)
        else:
            self._message(describe(error), True)

    def print_document(self) -> None:
        """Print the document shown: a letter for another organisation needs her consent
        to sharing as a saved file does; every print is audited before a page is printed."""
        document = self.selected()
        if document is not None and self._pdf.page_count():
            self._runner.run(lambda: self._documents.check_print_allowed(document.id),
                             lambda _ok: self._print(document, None),
                             lambda e: self._consent_refused(
                                 e, lambda reason: self._print(document, reason)), owner=self)

    def _print(self, document, reason: str | None) -> None:
        from assist_desktop.gui.printing import ask_printer, print_waiting
        try:
            printer = ask_printer(self, self._pdf.document, self.tr("The document"))
        except Exception as error:  # noqa: BLE001 - no printer: said, never a crash
            self._message(describe(error), True)
            return
        if printer is None:
            return

        def printed(_none) -> None:
            try:
                pages = print_waiting(self._pdf.document, printer)
            except Exception as error:  # noqa: BLE001 - a printer fault is shown
                self._message(describe(error), True)
                return
            self._message(self.tr("Sent to the printer: %n page(s).", "", pages))
        docs = self._documents
        self._runner.run(lambda: docs.record_print(document.id, override_reason=reason),
                         printed, lambda e: self._message(describe(e), True), owner=self)

    def _save_pdf(self, document, reason: str | None) -> None:
        dialog = SaveDocumentDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        password = dialog.password()
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the document"),
                                               "document.pdf", self.tr("PDF documents (*.pdf)"))
        if path:
            self._runner.run(lambda: self._documents.save_as(document.id, path, password,
                                                             override_reason=reason),
                             lambda warning: self._message(warning),
                             lambda e: self._message(describe(e), True), owner=self)

    def save_as_word(self) -> None:
        """The editable Word copy: it leaves the encrypted store like a PDF, unprotected."""
        document = self.selected()
        if document is not None:
            self._consent_first(document, lambda reason: self._save_word(document, reason))

    def _save_word(self, document, reason: str | None) -> None:
        if not confirm(self, self.tr("Save as Word"), self.tr(
                "The Word copy is for editing and reading back; file the approved PDF. Word "
                "files cannot be password-protected here. %1").replace(
                    "%1", self.tr("This file leaves the encrypted store: anyone who gets a "
                                  "copy can read it.")), self.tr("Choose where…")):
            return
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save an editable Word copy"),
                                               "document.docx",
                                               self.tr("Word documents (*.docx)"))
        if path:
            self._runner.run(lambda: self._documents.save_as_word(document.id, path,
                                                                  override_reason=reason),
                             lambda warning: self._message(warning),
                             lambda e: self._message(describe(e), True), owner=self)

    def delete(self) -> None:
        document = self.selected()
        if document is None or not confirm(self, self.tr("Delete"), self.tr(
                "Delete this document? An administrator can still restore it."),
                self.tr("Delete"), destructive=True):
            return
        self._runner.run(lambda: self._documents.delete(document.id, document.version),
                         lambda _r: self.model.remove(lambda d: d.id == document.id),
                         lambda e: show_error(self, e), owner=self)

    def draft_savers(self) -> list:
        """Unsaved witness statement work, saved before the store closes (lock, quit)."""
        from assist_desktop.gui.client.statement_drafts import statement_savers
        return statement_savers(self)

    def _message(self, text: str, error: bool = False) -> None:
        theme.say(self.ui.messageLabel, text, error)
