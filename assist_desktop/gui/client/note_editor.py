"""The note editor: write or change one note; what is typed is kept as an encrypted draft.

A draft is saved a moment after typing stops, before the store closes at a lock, and when the
file is closed; it is loaded again when the same note (or a new note for the same client) is
opened, so a crash or an auto-lock loses nothing. Saving names the version it was based on
(two people editing get a conflict, not an overwrite) and carries an idempotency key, so a
retried save never makes two notes.
"""
from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from assist_desktop.domain.errors import EditConflict
from assist_desktop.domain.notes import CaseNote, NoteDraft, NoteType
from assist_desktop.gui import theme
from assist_desktop.gui.date_field import date_problem
from assist_desktop.gui.formatting import fmt_date
from assist_desktop.gui.forms.ui_note_editor import Ui_NoteEditor
from assist_desktop.gui.binding import fill_ids
from assist_desktop.gui.labels import fill_combo, label, matter_label
from assist_desktop.gui.messages import describe
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.tasks import Debouncer, TaskRunner

DRAFT_DELAY_MS = 1500


class NoteEditor(QWidget):
    saved = Signal(object)          # the CaseNote the service returned

    def __init__(self, notes, client_id: int, session, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NoteEditor()
        self.ui.setupUi(self)
        self._notes, self._client_id, self._session, self._runner = notes, client_id, session, runner
        self._note: CaseNote | None = None      # the saved note being edited, None for new
        self._kept_draft: NoteDraft | None = None   # the draft last kept, as it was
        self._baseline: dict = {}
        self._loading = False
        self._save_key: str | None = None
        self._saving = False
        self._waiting: frozenset[str] = frozenset()   # keys of this file not reached her yet
        ui = self.ui
        fill_combo(ui.typeCombo, list(NoteType), NoteType.MEETING)
        ui.matterCombo.addItem(self.tr("(no particular matter)"), None)
        ui.privilegedCheck.setVisible(session.is_solicitor)
        ui.privilegedCheck.setIcon(theme.icon("privileged"))
        ui.saveButton.setIcon(theme.icon("save"))
        font = QFont(ui.headingLabel.font())
        font.setWeight(QFont.Weight.DemiBold)
        ui.headingLabel.setFont(font)
        ui.saveButton.clicked.connect(self.save)
        ui.discardButton.clicked.connect(self.discard)
        ui.historyButton.clicked.connect(self.show_history)
        ui.interpreterCheck.toggled.connect(ui.interpreterEdit.setEnabled)
        ui.chronologyCheck.toggled.connect(ui.chronologyDateEdit.setEnabled)
        self._draft_timer = Debouncer(self._save_draft_now, DRAFT_DELAY_MS, self)
        for signal in (ui.typeCombo.currentIndexChanged, ui.matterCombo.currentIndexChanged,
                       ui.dateEdit.dateChanged, ui.titleEdit.textChanged,
                       ui.durationSpin.valueChanged, ui.interpreterCheck.toggled,
                       ui.interpreterEdit.textChanged, ui.privilegedCheck.toggled,
                       ui.chronologyCheck.toggled, ui.chronologyDateEdit.dateChanged,
                       ui.bodyEdit.textChanged):
            signal.connect(self._changed)
        self._clear_form()
        self.setEnabled(False)

    # --- the form -------------------------------------------------------------------
    def set_matters(self, summaries) -> None:
        combo = self.ui.matterCombo
        current = combo.currentData()
        self._loading = True
        fill_ids(combo, [(m.id, matter_label(m)) for m in summaries],
                 self.tr("(no particular matter)"))
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        self._loading = False

    def _clear_form(self) -> None:
        self._fill({"note_type": str(NoteType.MEETING), "note_date": date.today().isoformat(),
                    "title": "", "body": "", "matter_id": None, "duration_minutes": 0,
                    "interpreter_used": False, "interpreter_language": "", "privileged": False,
                    "chronology_event": False, "chronology_date": None})

    def _fill(self, values: dict) -> None:
        ui = self.ui
        self._loading = True
        ui.typeCombo.setCurrentIndex(max(0, ui.typeCombo.findData(values.get("note_type"))))
        ui.dateEdit.set_value(_day(values.get("note_date")) or date.today())
        ui.titleEdit.setText(values.get("title", ""))
        ui.matterCombo.setCurrentIndex(max(0, ui.matterCombo.findData(values.get("matter_id"))))
        ui.durationSpin.setValue(int(values.get("duration_minutes") or 0))
        ui.interpreterCheck.setChecked(bool(values.get("interpreter_used")))
        ui.interpreterEdit.setText(values.get("interpreter_language", ""))
        ui.interpreterEdit.setEnabled(ui.interpreterCheck.isChecked())
        ui.privilegedCheck.setChecked(bool(values.get("privileged")))
        ui.chronologyCheck.setChecked(bool(values.get("chronology_event")))
        ui.chronologyDateEdit.set_value(_day(values.get("chronology_date")))
        ui.chronologyDateEdit.setEnabled(ui.chronologyCheck.isChecked())
        ui.bodyEdit.setPlainText(values.get("body", ""))
        self._loading = False

    def values(self) -> dict:
        ui = self.ui
        chronology_date = ui.chronologyDateEdit.value()
        return {"note_type": ui.typeCombo.currentData(),
                "note_date": (ui.dateEdit.value() or date.today()).isoformat(),
                "title": ui.titleEdit.text(), "body": ui.bodyEdit.toPlainText(),
                "matter_id": ui.matterCombo.currentData(),
                "duration_minutes": ui.durationSpin.value(),
                "interpreter_used": ui.interpreterCheck.isChecked(),
                "interpreter_language": ui.interpreterEdit.text(),
                "privileged": ui.privilegedCheck.isChecked(),
                "chronology_event": ui.chronologyCheck.isChecked(),
                "chronology_date": chronology_date.isoformat() if chronology_date else None}

    @staticmethod
    def _values_of(note: CaseNote) -> dict:
        return {"note_type": str(note.note_type), "note_date": note.note_date.isoformat(),
                "title": note.title, "body": note.body, "matter_id": note.matter_id,
                "duration_minutes": note.duration_minutes,
                "interpreter_used": note.interpreter_used,
                "interpreter_language": note.interpreter_language, "privileged": note.privileged,
                "chronology_event": note.chronology_event,
                "chronology_date": note.chronology_date.isoformat()
                if note.chronology_date else None}

    # --- opening --------------------------------------------------------------------
    @property
    def note(self) -> CaseNote | None:
        return self._note

    @property
    def note_id(self) -> int | None:
        return self._note.id if self._note else None

    def start_new(self) -> None:
        """A blank note, or the draft of a new note left from before (a lock, a crash)."""
        self._open(None)

    def open_note(self, note: CaseNote) -> None:
        self._open(note)

    def _open(self, note: CaseNote | None) -> None:
        self._draft_timer.cancel()
        self._kept_draft = None
        self._note = note
        self._save_key = None
        if note is None:
            self._clear_form()
            self.ui.headingLabel.setText(self.tr("New note"))
        else:
            self._fill(self._values_of(note))
            self.ui.headingLabel.setText(
                self.tr("%1 of %2").replace("%1", label(note.note_type))
                .replace("%2", fmt_date(note.note_date)))
        self._baseline = self.values()
        editable = (note is None or note.author_id == self._session.user_id or
                    self._session.is_solicitor) and not self._key_waiting(note)
        self._set_editable(editable)
        self.ui.historyButton.setEnabled(note is not None and note.version > 1)
        self._status("")
        self.setEnabled(True)
        self._update_buttons()
        client_id, note_id = self._client_id, self.note_id
        self._runner.run(lambda: self._notes.load_draft(client_id, note_id),
                         lambda draft: self._draft_found(note_id, draft), lambda _e: None,
                         owner=self)

    def set_keys_waiting(self, waiting) -> None:
        """Keys of this file that have not reached her yet ("privilege", "file"): a note
        sealed under one shows why it does not open and is not edited over."""
        self._waiting = frozenset(waiting)

    def _key_waiting(self, note: CaseNote | None) -> bool:
        return note is not None and ("file" in self._waiting or
                                     (note.privileged and "privilege" in self._waiting))

    def _draft_found(self, note_id: int | None, draft: NoteDraft | None) -> None:
        if draft is None or note_id != self.note_id:
            return
        values = dict(self.values())
        try:
            values.update(json.loads(draft.form_state or "{}"))
        except ValueError:
            pass
        values["title"], values["body"] = draft.title, draft.body
        self._fill(values)
        self._status(self.tr("Unsaved draft restored."))
        self._update_buttons()

    def _set_editable(self, editable: bool) -> None:
        ui = self.ui
        for widget in (ui.typeCombo, ui.dateEdit, ui.matterCombo, ui.durationSpin,
                       ui.interpreterCheck, ui.privilegedCheck, ui.chronologyCheck,
                       ui.chronologyDateEdit):
            widget.setEnabled(editable)
        ui.interpreterEdit.setEnabled(editable and ui.interpreterCheck.isChecked())
        ui.titleEdit.setReadOnly(not editable)
        ui.bodyEdit.setReadOnly(not editable)
        ui.saveButton.setVisible(editable)
        ui.discardButton.setVisible(editable)
        self._editable = editable

    # --- changes and drafts ---------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.isEnabled() and getattr(self, "_editable", False) and \
            self.values() != self._baseline

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self._save_key = None            # new content: a new save
        self._update_buttons()
        if self.is_dirty():
            self._status(self.tr("Unsaved changes"))
            self._draft_timer.poke()

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.ui.saveButton.setEnabled(dirty and not self._saving)
        self.ui.discardButton.setEnabled(dirty and not self._saving)

    def _draft(self) -> NoteDraft:
        values = self.values()
        rest = {k: v for k, v in values.items() if k not in ("title", "body")}
        return NoteDraft(user_id=self._session.user_id, client_id=self._client_id,
                         note_id=self.note_id,
                         base_version=self._note.version if self._note else None,
                         title=values["title"], body=values["body"],
                         form_state=json.dumps(rest, sort_keys=True))

    def draft_saver(self):
        """A function that keeps what is typed now as a draft (for a lock or closing), or
        None when nothing is typed. When the draft already kept is exactly what is on screen
        it sends nothing (a lock after the centre server was sealed then neither fails nor
        warns that typing was lost)."""
        if not self.is_dirty():
            return None
        draft, notes = self._draft(), self._notes
        if draft == self._kept_draft:
            return lambda: None
        return lambda: notes.save_draft(draft)

    def _save_draft_now(self) -> None:
        saver = self.draft_saver()
        if saver is None:
            return
        draft = self._draft()

        def kept(_saved) -> None:
            self._kept_draft = draft
            self._status(self.tr("Draft kept (encrypted)"))
        self._runner.run(saver, kept, lambda _e: None, owner=self)

    # --- saving ---------------------------------------------------------------------
    def _content(self) -> dict:
        values = self.values()
        return dict(note_type=NoteType(values["note_type"]),
                    note_date=date.fromisoformat(values["note_date"]),
                    title=values["title"].strip(), body=values["body"],
                    matter_id=values["matter_id"], duration_minutes=values["duration_minutes"],
                    interpreter_used=values["interpreter_used"],
                    interpreter_language=values["interpreter_language"].strip(),
                    privileged=values["privileged"],
                    chronology_event=values["chronology_event"],
                    chronology_date=_day(values["chronology_date"]))

    def save(self) -> None:
        if not self.is_dirty() or self._saving:
            return
        problem = date_problem(self)
        if problem:
            self._status(self.tr("Not saved: %1").replace("%1", problem), True)
            return
        self._draft_timer.cancel()
        self._save_key = self._save_key or uuid.uuid4().hex
        key, notes, content = self._save_key, self._notes, self._content()
        if self._note is None:
            note = CaseNote(client_id=self._client_id, author_id=self._session.user_id,
                            **content)
            work = lambda: notes.create(note, key)  # noqa: E731
        else:
            note = dataclasses.replace(self._note, **content)
            version = self._note.version
            work = lambda: notes.update(note, expected_version=version,  # noqa: E731
                                        idempotency_key=key)
        self._saving = True
        self._update_buttons()
        self._status(self.tr("Saving…"))
        self._runner.run(work, self._saved, self._save_failed, owner=self)

    def _saved(self, note: CaseNote) -> None:
        self._saving = False
        self._save_key = None
        self._kept_draft = None          # the save removed her draft
        self._note = note
        self._baseline = self._values_of(note)
        self._fill(self._baseline)
        self._baseline = self.values()
        self.ui.headingLabel.setText(self.tr("%1 of %2").replace("%1", label(note.note_type))
                                     .replace("%2", fmt_date(note.note_date)))
        self.ui.historyButton.setEnabled(note.version > 1)
        self._status(self.tr("Saved."))
        self._update_buttons()
        emit(self.saved, note)

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self._update_buttons()
        if isinstance(error, EditConflict):
            self._status(self.tr("Not saved: someone else changed this note. "
                                 "Your text is kept as a draft."), True)
            self._save_draft_now()
        else:
            self._status(self.tr("Not saved: %1").replace("%1", describe(error)), True)

    def _status(self, text: str, error: bool = False) -> None:
        theme.say(self.ui.draftLabel, text, error)

    def discard(self) -> None:
        self._draft_timer.cancel()
        self._kept_draft = None
        note, client_id, note_id = self._note, self._client_id, self.note_id
        self._runner.run(lambda: self._notes.discard_draft(client_id, note_id), None,
                         lambda _e: None)
        self._fill(self._values_of(note) if note else self._baseline)
        self._baseline = self.values()
        self._status("")
        self._update_buttons()

    def show_history(self) -> None:
        if self._note is None:
            return
        from assist_desktop.gui.client.note_history import NoteHistoryDialog
        NoteHistoryDialog(self._notes, self._note, self._runner, self).open()


def _day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None
