"""The notes tab: the timeline (newest first, fetched a page at a time) and the editor."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from assist_desktop.domain.errors import NotFound
from assist_desktop.gui import theme
from assist_desktop.gui.client.note_editor import NoteEditor
from assist_desktop.gui.formatting import fmt_date
from assist_desktop.gui.forms.ui_notes_tab import Ui_NotesTab
from assist_desktop.gui.labels import label
from assist_desktop.gui.messages import ask_unsaved, describe, show_error
from assist_desktop.gui.models import Column, PagedTableModel
from assist_desktop.gui.views import tidy_table
from assist_desktop.gui.tasks import TaskRunner


def note_columns(tr) -> list[Column]:
    return [
        Column(tr("Date"), lambda n: fmt_date(n.note_date),
               icon=lambda n: theme.icon("privileged") if n.privileged else None,
               tooltip=lambda n: tr("Legally privileged") if n.privileged else fmt_date(n.note_date)),
        Column(tr("Type"), lambda n: label(n.note_type)),
        Column(tr("Title"), lambda n: n.title or (n.body.strip().splitlines() or [""])[0][:120]),
    ]


class NotesTab(QWidget):
    def __init__(self, notes, matters, client_id: int, session, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NotesTab()
        self.ui.setupUi(self)
        self._notes, self._matters, self._client_id, self._runner = notes, matters, client_id, runner
        self.model = PagedTableModel(runner, self._fetch, note_columns(self.tr), page_size=100,
                                     parent=self)
        self.model.failed.connect(lambda e: self.ui.countLabel.setText(describe(e)))
        view = self.ui.timelineView
        view.setModel(self.model)
        tidy_table(view, stretch=2, widths=(14, 12))
        view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.editor = NoteEditor(notes, client_id, session, runner, self)
        self.editor.saved.connect(self._saved)
        self.ui.editorLayout.addWidget(self.editor)
        self.ui.splitter.setSizes([380, 720])
        self.ui.newButton.setIcon(theme.icon("note"))
        self.ui.newButton.clicked.connect(self.new_note)
        theme.style_banner(self.ui.keyNoticeFrame, "notice")
        self.reload()
        self._load_matters()

    def _load_matters(self) -> None:
        matters, client_id = self._matters, self._client_id
        if matters is not None:
            self._runner.run(lambda: matters.summaries(client_id), self.editor.set_matters,
                             lambda _e: None, owner=self)

    def set_matter_summaries(self, summaries) -> None:
        self.editor.set_matters(summaries)

    def records_changed(self, kinds: set) -> None:
        if "note" in kinds:
            self.reload()

    def _fetch(self, offset: int, limit: int, _key: str = "", _descending: bool = False):
        return self._notes.list(self._client_id, limit=limit, offset=offset)

    def reload(self) -> None:
        self.model.reload()
        client_id = self._client_id
        self._runner.run(lambda: self._notes.count(client_id),
                         lambda n: self.ui.countLabel.setText(self.tr("%n note(s)", "", n)),
                         lambda _e: None, owner=self)
        self._runner.run(lambda: self._notes.waiting_keys(client_id), self._show_key_notice,
                         lambda _e: None, owner=self)

    def _show_key_notice(self, waiting) -> None:
        """Say calmly why some notes do not open yet: her copy of a key is on its way."""
        parts = []
        if "privilege" in waiting:
            parts.append(self.tr(
                "Privileged notes are sealed to solicitors, and your copy of that key has not "
                "reached you yet. It arrives when another solicitor next signs in; until then "
                "those notes show as sealed. Nothing in them is lost."))
        if "file" in waiting:
            parts.append(self.tr(
                "This file's notes are sealed to the staff named on it, and your copy of its "
                "key has not reached you yet. It arrives when a colleague named on this file "
                "next signs in. Nothing in them is lost."))
        self.editor.set_keys_waiting(waiting)
        self.ui.keyNoticeLabel.setText("\n".join(parts))
        self.ui.keyNoticeFrame.setVisible(bool(parts))

    # --- choosing a note ------------------------------------------------------------
    def _row_chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        note = self.model.row(current.row())
        if note.id == self.editor.note_id:
            return
        if not self._may_leave_editor():
            return
        self.open_note_id(note.id)

    def open_note_id(self, note_id: int) -> None:
        """Open a note by id (the service refuses what this person may not read)."""
        self._runner.run(lambda: self._notes.get(note_id), self.editor.open_note,
                         self._open_failed, owner=self)

    def _open_failed(self, error: BaseException) -> None:
        if isinstance(error, NotFound):
            show_error(self, error, self.tr("Note"))
        else:
            show_error(self, error)

    def _may_leave_editor(self) -> bool:
        if not self.editor.is_dirty():
            return True
        saver = self.editor.draft_saver()
        if saver is not None:
            self._runner.run(saver, None, lambda _e: None)  # keep it as a draft regardless
        answer = ask_unsaved(self, self.tr("the note you are writing"))
        if answer == "cancel":
            return False
        if answer == "save":
            self.editor.save()
        return True

    def new_note(self) -> None:
        if not self._may_leave_editor():
            return
        self.ui.timelineView.clearSelection()
        self.editor.start_new()
        self.editor.ui.titleEdit.setFocus()

    def _saved(self, note) -> None:
        if not self.model.replace(lambda n: n.id == note.id, note):
            self.reload()

    # --- workspace protocol ---------------------------------------------------------
    def has_unsaved(self) -> bool:
        return self.editor.is_dirty()

    def save(self) -> None:
        self.editor.save()

    def draft_savers(self) -> list:
        saver = self.editor.draft_saver()
        return [saver] if saver else []

    def state(self) -> dict:
        return {"note_id": self.editor.note_id, "editing": self.editor.isEnabled()}

    def restore_state(self, state: dict) -> None:
        if not state.get("editing"):
            return
        if state.get("note_id") is None:
            self.editor.start_new()
        else:
            self.open_note_id(int(state["note_id"]))
