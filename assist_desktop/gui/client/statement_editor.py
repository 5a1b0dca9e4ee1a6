"""The witness statement editor: numbered paragraphs with optional headings, the exhibit
register, her notes beside it as sources (read only; only selected words are copied), the
read-back status; Save keeps every version, Generate PDF makes a draft document from it.

Every service call runs on the task runner. Closing (Esc, Close, the window's X) with unsaved
changes asks Save / Discard / Cancel first. What is typed is kept (encrypted) a moment after
typing stops and offered again when the statement is next opened, so a crash loses nothing;
a lock or quit saves it as a new version.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QListWidgetItem, QTableWidgetItem,
                               QWidget)

from assist_desktop.domain.statements import (ReadBack, ReadBackStatus, StatementContent,
                                              StatementExhibit, suggest_reference)
from assist_desktop.gui import theme
from assist_desktop.gui.binding import fill_ids
from assist_desktop.gui.client.statement_actions import SCRATCH_DELAY_MS, StatementActions
from assist_desktop.gui.client.statement_model import Paragraphs
from assist_desktop.gui.formatting import fmt_date
from assist_desktop.gui.forms.ui_statement_editor import Ui_StatementEditor
from assist_desktop.gui.labels import matter_label
from assist_desktop.gui.messages import describe
from assist_desktop.gui.tasks import Debouncer, TaskRunner


class StatementEditor(StatementActions, QDialog):
    saved = Signal(object)       # the StatementDraft the service returned
    generated = Signal(object)   # the GeneratedDocument made from it

    def __init__(self, statements, documents, notes, matters, client_id: int,
                 runner: TaskRunner, draft=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_StatementEditor()
        self.ui.setupUi(self)
        self._statements, self._documents, self._runner = statements, documents, runner
        self._client_id = client_id
        self._draft = draft
        self._prefix = ""
        self._notes: list = []
        self._busy = False
        self._close_after_save = False
        self._locking = False           # the store is closing: close without asking
        self._loading = False
        self._baseline = None
        self._paragraphs = Paragraphs()
        self.loaded = False
        ui = self.ui
        for state, text in ((ReadBack.NOT_READ_BACK, self.tr("Not read back yet")),
                            (ReadBack.READ_BACK, self.tr("Read back to her")),
                            (ReadBack.APPROVED, self.tr("Approved by her"))):
            ui.readBackCombo.addItem(text, state.value)
        ui.matterCombo.addItem(self.tr("(no particular matter)"), None)
        ui.exhibitTable.setColumnWidth(0, 110)
        ui.matterCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.matterCombo.setMinimumContentsLength(30)
        ui.numberSpin.setMinimumWidth(ui.numberSpin.fontMetrics().horizontalAdvance(
            self.tr("Automatic (99)")) + 40)
        ui.splitter.setSizes([640, 560])
        ui.saveButton.setIcon(theme.icon("save"))
        ui.generateButton.setIcon(theme.icon("document"))
        self._scratch_timer = Debouncer(self._save_scratch_now, SCRATCH_DELAY_MS, self)
        self._connect()
        self._fill(draft.content if draft else StatementContent(),
                   draft.matter_id if draft else None)
        self._baseline = self._state()
        self._update()
        self._heading()
        runner.run(lambda: self._sources(notes, matters), self._sources_loaded,
                   lambda e: self._status(describe(e), True), owner=self)

    def _connect(self) -> None:
        ui = self.ui
        ui.paragraphList.currentRowChanged.connect(self._show_paragraph)
        ui.paragraphEdit.textChanged.connect(self._paragraph_edited)
        ui.headingEdit.textChanged.connect(self._paragraph_edited)
        ui.addButton.clicked.connect(lambda: self._add(after=True))
        ui.insertButton.clicked.connect(lambda: self._add(after=False))
        ui.removeButton.clicked.connect(self.remove_paragraph)
        ui.upButton.clicked.connect(lambda: self.move_paragraph(-1))
        ui.downButton.clicked.connect(lambda: self.move_paragraph(1))
        ui.noteList.currentRowChanged.connect(self._show_note)
        ui.copyButton.clicked.connect(self.copy_selection)
        ui.addExhibitButton.clicked.connect(self.add_exhibit)
        ui.removeExhibitButton.clicked.connect(self.remove_exhibit)
        ui.referButton.clicked.connect(self.insert_reference)
        ui.exhibitTable.itemChanged.connect(self._changed)
        ui.readBackCombo.currentIndexChanged.connect(self._read_back_changed)
        for signal in (ui.titleEdit.textChanged, ui.occupationEdit.textChanged,
                       ui.matterCombo.currentIndexChanged, ui.numberSpin.valueChanged,
                       ui.languageEdit.textChanged, ui.interpreterEdit.textChanged,
                       ui.readBackDateEdit.dateChanged):
            signal.connect(self._changed)
        ui.saveButton.clicked.connect(self.save)
        ui.versionsButton.clicked.connect(self.show_versions)
        ui.generateButton.clicked.connect(self.generate)
        ui.closeButton.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        # Keys that act at once (a button's Alt mnemonic clicks it a moment later).
        for keys, action, button in (
                ("Ctrl+Return", lambda: self._add(after=True), ui.addButton),
                ("Ctrl+Shift+Return", lambda: self._add(after=False), ui.insertButton),
                ("Ctrl+Shift+Up", lambda: self.move_paragraph(-1), ui.upButton),
                ("Ctrl+Shift+Down", lambda: self.move_paragraph(1), ui.downButton)):
            QShortcut(QKeySequence(keys), self, action)
            button.setToolTip(QKeySequence(keys).toString(
                QKeySequence.SequenceFormat.NativeText))

    # --- loading ----------------------------------------------------------------------------
    def _sources(self, notes, matters):
        """Off the GUI thread: her notes, her matters, her initials, the statement number."""
        cid, draft = self._client_id, self._draft
        return (notes.list(cid) if notes is not None else [],
                matters.summaries(cid) if matters is not None else [],
                self._statements.exhibit_prefix(cid),
                self._statements.statement_number(draft) if draft else None)

    def _sources_loaded(self, found) -> None:
        notes, summaries, prefix, number = found
        self._prefix = prefix
        self._notes = list(notes)
        self.ui.noteList.clear()
        for note in self._notes:
            QListWidgetItem(f"{fmt_date(note.note_date)} — {note.title or self.tr('(untitled)')}",
                            self.ui.noteList)
        combo = self.ui.matterCombo
        self._loading = True
        wanted = combo.currentData()
        fill_ids(combo, [(m.id, matter_label(m)) for m in summaries],
                 self.tr("(no particular matter)"))
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        self._loading = False
        self.show_number(number)
        self._baseline = self._state() if not self.is_dirty() else self._baseline
        self._look_for_scratch()

    def show_number(self, number: int | None) -> None:
        """The number the statement gets when left automatic (her earlier statements + 1)."""
        self.ui.numberSpin.setSpecialValueText(
            self.tr("Automatic (%1)").replace("%1", str(number)) if number
            else self.tr("Automatic"))

    # --- the form <-> content ---------------------------------------------------------------
    def _fill(self, content: StatementContent, matter_id) -> None:
        ui = self.ui
        self._loading = True
        ui.titleEdit.setText(content.title)
        index = ui.matterCombo.findData(matter_id)
        if index < 0 and matter_id is not None:
            ui.matterCombo.addItem(self.tr("(matter %1)").replace("%1", str(matter_id)),
                                   matter_id)
            index = ui.matterCombo.count() - 1
        ui.matterCombo.setCurrentIndex(max(0, index))
        ui.occupationEdit.setText(content.occupation)
        ui.numberSpin.setValue(content.statement_number or 0)
        rb = content.read_back
        ui.readBackCombo.setCurrentIndex(max(0, ui.readBackCombo.findData(ReadBack(rb.state)
                                                                          .value)))
        ui.languageEdit.setText(rb.language)
        ui.interpreterEdit.setText(rb.interpreter)
        ui.readBackDateEdit.set_value(rb.on)
        self._paragraphs = Paragraphs(content.paragraphs)
        ui.exhibitTable.setRowCount(0)
        for exhibit in content.exhibits:
            self._append_exhibit(exhibit.reference, exhibit.description)
        self._enable_read_back()
        self._relist(0)
        self._loading = False

    def content(self) -> StatementContent:
        ui = self.ui
        state = ReadBack(ui.readBackCombo.currentData())
        read_back = ReadBackStatus() if state == ReadBack.NOT_READ_BACK else ReadBackStatus(
            state=state, language=ui.languageEdit.text().strip(),
            interpreter=ui.interpreterEdit.text().strip(), on=ui.readBackDateEdit.value())
        return StatementContent(
            title=ui.titleEdit.text().strip(), paragraphs=self._paragraphs.content(),
            exhibits=self.exhibits(), occupation=ui.occupationEdit.text().strip(),
            read_back=read_back, statement_number=ui.numberSpin.value() or None)

    def exhibits(self) -> tuple[StatementExhibit, ...]:
        table, out = self.ui.exhibitTable, []
        for row in range(table.rowCount()):
            reference, description = (table.item(row, col) for col in (0, 1))
            out.append(StatementExhibit(reference.text().strip() if reference else "",
                                        description.text() if description else ""))
        return tuple(out)

    def _state(self):
        return self.content(), self.ui.matterCombo.currentData()

    def is_dirty(self) -> bool:
        return self._state() != self._baseline

    # --- paragraphs -------------------------------------------------------------------------
    @property
    def paragraphs(self) -> Paragraphs:
        return self._paragraphs

    def current_row(self) -> int:
        return max(0, self.ui.paragraphList.currentRow())

    def _relist(self, row: int) -> None:
        view = self.ui.paragraphList
        view.blockSignals(True)
        view.clear()
        view.addItems(self._paragraphs.labels())
        view.blockSignals(False)
        view.setCurrentRow(max(0, min(row, len(self._paragraphs) - 1)))
        self._show_paragraph(view.currentRow())

    def _show_paragraph(self, row: int) -> None:
        if not 0 <= row < len(self._paragraphs):
            return
        paragraph = self._paragraphs.rows[row]
        was, self._loading = self._loading, True
        self.ui.headingEdit.setText(paragraph.heading)
        self.ui.paragraphEdit.setPlainText(paragraph.text)
        self._loading = was
        self._update()

    def _paragraph_edited(self, *_args) -> None:
        if self._loading:
            return
        row = self.current_row()
        paragraph = self._paragraphs.rows[row]
        paragraph.text = self.ui.paragraphEdit.toPlainText()
        paragraph.heading = self.ui.headingEdit.text()
        labels = self._paragraphs.labels()
        for index, text in enumerate(labels):       # numbers after this one may change
            item = self.ui.paragraphList.item(index)
            if item is not None and item.text() != text:
                item.setText(text)
        self._changed()

    def _add(self, after: bool) -> None:
        row = self.current_row()
        row = self._paragraphs.add(row) if after else self._paragraphs.insert(row)
        self._relist(row)
        self.ui.paragraphEdit.setFocus()
        self._changed()

    def remove_paragraph(self) -> None:
        self._relist(self._paragraphs.remove(self.current_row()))
        self._changed()

    def move_paragraph(self, step: int) -> None:
        self._relist(self._paragraphs.move(self.current_row(), step))
        self._changed()

    def _insert_text(self, text: str) -> None:
        self.ui.paragraphEdit.insertPlainText(text)
        self.ui.paragraphEdit.setFocus()

    # --- sources ----------------------------------------------------------------------------
    def _show_note(self, row: int) -> None:
        note = self._notes[row] if 0 <= row < len(self._notes) else None
        self.ui.noteView.setPlainText(note.body if note else "")
        self._update()

    def copy_selection(self) -> None:
        """Only the words she selected in the note, at the cursor in the paragraph."""
        selected = self.ui.noteView.textCursor().selectedText()
        if not selected:
            self._status(self.tr("Select the words to use in the note first."), True)
            return
        self._insert_text(selected.replace("\u2029", "\n"))

    # --- exhibits ---------------------------------------------------------------------------
    def _append_exhibit(self, reference: str, description: str) -> int:
        table = self.ui.exhibitTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(reference))
        table.setItem(row, 1, QTableWidgetItem(description))
        return row

    def add_exhibit(self) -> None:
        row = self._append_exhibit(suggest_reference(self._prefix, self.exhibits()), "")
        table = self.ui.exhibitTable
        table.setCurrentCell(row, 1)
        table.setFocus()
        table.editItem(table.item(row, 1))
        self._changed()

    def remove_exhibit(self) -> None:
        row = self.ui.exhibitTable.currentRow()
        if row >= 0:
            self.ui.exhibitTable.removeRow(row)
            self._changed()

    def insert_reference(self) -> None:
        table = self.ui.exhibitTable
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        if item is None or not item.text().strip():
            self._status(self.tr("Choose an exhibit in the register first."), True)
            return
        self._insert_text(item.text().strip())

    # --- state ------------------------------------------------------------------------------
    def _enable_read_back(self) -> bool:
        read = self.ui.readBackCombo.currentData() != ReadBack.NOT_READ_BACK.value
        for widget in (self.ui.languageEdit, self.ui.interpreterEdit,
                       self.ui.readBackDateEdit):
            widget.setEnabled(read)
        return read

    def _read_back_changed(self, *_args) -> None:
        if self._enable_read_back() and self.ui.readBackDateEdit.value() is None \
                and not self._loading:
            self.ui.readBackDateEdit.set_value(date.today())
        self._changed()

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self._update()
        if self.is_dirty():
            self._status(self.tr("Unsaved changes"))
            self._scratch_timer.poke()

    def _update(self) -> None:
        ui, row = self.ui, self.current_row()
        ui.upButton.setEnabled(row > 0)
        ui.downButton.setEnabled(row < len(self._paragraphs) - 1)
        ui.saveButton.setEnabled(not self._busy and self.is_dirty())
        ui.generateButton.setEnabled(not self._busy)
        ui.versionsButton.setEnabled(self._draft is not None and not self._busy)
        ui.copyButton.setEnabled(ui.noteList.currentRow() >= 0)
        ui.removeExhibitButton.setEnabled(ui.exhibitTable.rowCount() > 0)
        ui.referButton.setEnabled(ui.exhibitTable.rowCount() > 0)

    def _heading(self) -> None:
        draft = self._draft
        self.setWindowTitle(self.tr("Witness statement — version %1").replace(
            "%1", str(draft.version)) if draft else self.tr("New witness statement"))

    def _status(self, text: str, error: bool = False) -> None:
        theme.say(self.ui.statusLabel, text, error)

    @property
    def draft(self):
        return self._draft
