"""What goes into a document before it is made: the notes whose text it uses (oldest first),
paragraphs typed for it, and for a letter who it goes to. Only the choices a kind uses are
shown; the answer is keyword fields of services.documents.DocumentOptions."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.formatting import fmt_date
from assist_desktop.gui.forms.ui_document_options_dialog import Ui_DocumentOptionsDialog
from assist_desktop.gui.labels import label
from assist_desktop.gui.messages import describe
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.services.document_inputs import Addressee

# Kinds whose body is made of chosen notes and typed paragraphs; NEEDS_TEXT must have typed
# paragraphs, and shows her notes only as sources to read (a statement is her own words).
TEXT_KINDS = ("witness_statement", "representations", "further_submissions", "support_letter")
NEEDS_TEXT = ("witness_statement",)
LETTER_KINDS = ("representations", "further_submissions", "support_letter")

_ID = Qt.ItemDataRole.UserRole


def has_options(kind: str) -> bool:
    return kind in TEXT_KINDS or kind in LETTER_KINDS


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


class DocumentOptionsDialog(QDialog):
    def __init__(self, kind: str, kind_title: str, notes_service, client_id: int,
                 runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
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
            person = ui.personEdit.text().strip()
            lines = tuple(line.strip() for line in ui.addressEdit.toPlainText().splitlines()
                          if line.strip())
            if organisation or person or lines:
                fields["recipient"] = Addressee(organisation, person, lines)
            if ui.subjectEdit.text().strip():
                fields["subject"] = ui.subjectEdit.text().strip()
        return fields

    def accept(self) -> None:
        fields = self.options()
        if self.kind in NEEDS_TEXT and not fields.get("paragraphs"):
            self._show(self.tr("Type the paragraphs of her statement."))
            return
        super().accept()
