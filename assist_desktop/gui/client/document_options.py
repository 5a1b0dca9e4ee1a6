"""What goes into a document before it is made: the notes whose text it uses (oldest first),
paragraphs typed for it, and for a letter who it goes to. Only the choices a kind uses are
shown; the answer is keyword fields of services.documents.DocumentOptions."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from assist_desktop.gui.dialogs import UnsavedGuard
from assist_desktop.gui import theme
from assist_desktop.gui.formatting import fmt_date
from assist_desktop.gui.forms.ui_document_options_dialog import Ui_DocumentOptionsDialog
from assist_desktop.gui.labels import label
from assist_desktop.gui.messages import describe
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.services.address_book import addressee_of
from assist_desktop.services.document_inputs import Addressee

# Kinds whose body is made of chosen notes and typed paragraphs; NEEDS_TEXT must have typed
# paragraphs, and shows her notes only as sources to read (a statement is her own words).
TEXT_KINDS = ("witness_statement", "representations", "further_submissions", "support_letter")
NEEDS_TEXT = ("witness_statement",)
LETTER_KINDS = ("representations", "further_submissions", "support_letter")
# Which address book entries a kind of letter lists first (Recipient.used_for).
LETTER_USES = {"representations": "representations",
               "further_submissions": "further_submissions", "support_letter": "support_letter"}

_ID = Qt.ItemDataRole.UserRole


CLIENT_CARE = "client_care_letter"


def has_options(kind: str) -> bool:
    return kind in TEXT_KINDS or kind in LETTER_KINDS or kind == CLIENT_CARE


def paragraphs_of(text: str) -> tuple[str, ...]:
    """Paragraphs typed with a blank line between each; single line breaks are kept."""
    blocks, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return tuple(blocks)


def note_text(note, tr) -> str:
    title = note.title.strip() or label(note.note_type)
    return f"{fmt_date(note.note_date)} · {title}" + (f" ({tr('privileged')})"
                                                     if note.privileged else "")


class DocumentOptionsDialog(UnsavedGuard, QDialog):
    def __init__(self, kind: str, kind_title: str, notes_service, client_id: int,
                 runner: TaskRunner, parent: QWidget | None = None, address_book=None):
        super().__init__(parent)
        self.guard_unsaved(self.tr("this document's details"))
        self.ui = Ui_DocumentOptionsDialog()
        self.ui.setupUi(self)
        self.kind = kind
        ui = self.ui
        ui.titleEdit.setPlaceholderText(kind_title)
        text = kind in TEXT_KINDS
        for widget in (ui.notesList, ui.notesListLabel, ui.paragraphsEdit,
                       ui.paragraphsEditLabel):
            widget.setVisible(text)
        ui.recipientGroup.setVisible(kind in LETTER_KINDS)
        ui.clientCareGroup.setVisible(kind == CLIENT_CARE)
        for text_, code in ((self.tr("Free of charge to her"), ""),
                            (self.tr("Legal aid"), "legal_aid"),
                            (self.tr("Pro bono (free, by our lawyers)"), "pro_bono"),
                            (self.tr("Fixed fee"), "fixed_fee")):
            ui.fundingCombo.addItem(text_, code)
        ui.fundingCombo.currentIndexChanged.connect(self._funding_chosen)
        self._funding_chosen()
        self.recipients_loaded = kind not in LETTER_KINDS or address_book is None
        self._recipients: list = []
        ui.recipientCombo.addItem(self.tr("(type the recipient below)"), None)
        ui.recipientCombo.currentIndexChanged.connect(self._recipient_chosen)
        ui.sourceLabel.setVisible(False)
        for widget in (ui.recipientCombo, ui.recipientComboLabel):
            widget.setVisible(address_book is not None)
        if kind in LETTER_KINDS and address_book is not None:
            ui.recipientCombo.setEnabled(False)
            runner.run(address_book.list, self._recipients_loaded,
                       self._recipients_failed, owner=self)
        if kind in NEEDS_TEXT:
            ui.notesListLabel.setText(self.tr("Her &notes, to draw on:"))
        ui.introLabel.setText(self.tr(
            "Type her statement in her own words, in the first person: a blank line starts a "
            "new numbered paragraph, a line starting with ## is a heading. Her notes are "
            "listed to draw on; they are not pasted in.") if kind in NEEDS_TEXT else self.tr(
            "Anything left empty is filled in from her record."))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Generate draft"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.messageLabel.setVisible(False)
        self.notes_loaded = not text
        if text:
            ui.notesList.setEnabled(False)
            runner.run(lambda: notes_service.list(client_id), self._notes, self._notes_failed,
                       owner=self)

    def _funding_chosen(self, *_args) -> None:
        fixed = self.ui.fundingCombo.currentData() == "fixed_fee"
        for widget in (self.ui.fundingDetailEdit, self.ui.fundingDetailEditLabel):
            widget.setVisible(fixed)

    def _recipients_loaded(self, recipients) -> None:
        use = LETTER_USES.get(self.kind, "")
        self._recipients = sorted(recipients, key=lambda r: (use not in r.uses(), r.label))
        for index, recipient in enumerate(self._recipients):
            self.ui.recipientCombo.addItem(recipient.label, index)
        self.ui.recipientCombo.setEnabled(True)
        self.recipients_loaded = True

    def _recipients_failed(self, error: BaseException) -> None:
        self.recipients_loaded = True
        self._show(describe(error))

    def choose_recipient(self, recipient_id: int) -> None:
        for index, recipient in enumerate(self._recipients):
            if recipient.id == recipient_id:
                self.ui.recipientCombo.setCurrentIndex(
                    self.ui.recipientCombo.findData(index))

    def _recipient_chosen(self, *_args) -> None:
        """Fill the fields from the address book; they stay editable for this letter."""
        index = self.ui.recipientCombo.currentData()
        ui = self.ui
        if index is None:
            ui.sourceLabel.setVisible(False)
            return
        recipient = self._recipients[index]
        ui.organisationEdit.setText(recipient.organisation)
        ui.departmentEdit.setText(recipient.department)
        ui.personEdit.setText(recipient.person)
        ui.addressEdit.setPlainText(recipient.address)
        unchecked = not recipient.source.strip() or "[VERIFY]" in recipient.source
        ui.sourceLabel.setText(self.tr("[VERIFY] Check this address against its source before "
                                       "sending (hover for the source).") if unchecked else "")
        ui.sourceLabel.setToolTip(recipient.source)
        ui.sourceLabel.setVisible(unchecked)

    def _notes(self, notes) -> None:
        for note in sorted(notes, key=lambda n: (n.note_date, n.id or 0)):
            item = QListWidgetItem(note_text(note, self.tr), self.ui.notesList)
            item.setData(_ID, note.id)
            if self.kind in NEEDS_TEXT:  # a statement's notes are sources, not its text
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            if note.privileged:
                item.setIcon(theme.icon("privileged"))
        self.ui.notesList.setEnabled(True)
        self.notes_loaded = True

    def _notes_failed(self, error: BaseException) -> None:
        self.notes_loaded = True
        self._show(describe(error))

    def tick(self, note_id: int, on: bool = True) -> None:
        for item in self._items():
            if item.data(_ID) == note_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _items(self) -> list[QListWidgetItem]:
        view = self.ui.notesList
        return [view.item(row) for row in range(view.count())]

    def _show(self, text: str) -> None:
        theme.say(self.ui.messageLabel, text, True)
        self.ui.messageLabel.setVisible(bool(text))

    # --- the answer -------------------------------------------------------------------
    def options(self) -> dict:
        """Keyword fields of DocumentOptions for services.documents.generate."""
        ui, fields = self.ui, {}
        if ui.titleEdit.text().strip():
            fields["title"] = ui.titleEdit.text().strip()
        if self.kind in TEXT_KINDS and self.kind not in NEEDS_TEXT:
            fields["note_ids"] = tuple(item.data(_ID) for item in self._items()
                                       if item.checkState() == Qt.CheckState.Checked)
        if self.kind in TEXT_KINDS:
            fields["paragraphs"] = paragraphs_of(ui.paragraphsEdit.toPlainText())
        if self.kind in LETTER_KINDS:
            organisation = ui.organisationEdit.text().strip()
            department = ui.departmentEdit.text().strip()
            person = ui.personEdit.text().strip()
            lines = tuple(line.strip() for line in ui.addressEdit.toPlainText().splitlines()
                          if line.strip())
            if organisation or department or person or lines:
                fields["recipient"] = Addressee(organisation, person, lines, department)
            if ui.subjectEdit.text().strip():
                fields["subject"] = ui.subjectEdit.text().strip()
        if self.kind == CLIENT_CARE:
            if ui.fundingCombo.currentData():
                fields["funding"] = ui.fundingCombo.currentData()
            if ui.fundingCombo.currentData() == "fixed_fee":
                fields["funding_detail"] = ui.fundingDetailEdit.text().strip()
            steps = tuple(line.strip() for line in ui.nextStepsEdit.toPlainText().splitlines()
                          if line.strip())
            if steps:
                fields["next_steps"] = steps
        return fields

    def accept(self) -> None:
        fields = self.options()
        if fields.get("funding") == "fixed_fee" and not fields.get("funding_detail"):
            self._show(self.tr("Say what the fixed fee is and what it covers."))
            return
        if self.kind in NEEDS_TEXT and not fields.get("paragraphs"):
            self._show(self.tr("Type the paragraphs of her statement."))
            return
        super().accept()

    def reject(self) -> None:
        if self.may_close():
            super().reject()
