"""What the statement editor does with its content: save a new version, generate the PDF,
show earlier versions, and close (asking first about unsaved changes). A mixin of
StatementEditor, kept apart so each module does one job."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from assist_desktop.domain.errors import EditConflict, ValidationError
from assist_desktop.domain.statements import StatementScratch
from assist_desktop.gui.messages import ask_unsaved, describe, for_people
from assist_desktop.gui.qtcompat import emit

WITNESS_STATEMENT = "witness_statement"
SCRATCH_DELAY_MS = 1500     # unsaved typing is kept (encrypted) this long after typing stops


class StatementActions:
    # --- saving -----------------------------------------------------------------------------
    def _save_work(self):
        """A function saving what is in the form (for the task runner), or None when there
        is nothing to save."""
        if not self.is_dirty() and self._draft is not None:
            return None
        content, matter = self.content(), self.ui.matterCombo.currentData()
        content.cleaned().validate()            # a clear message before any work starts
        statements, draft, cid = self._statements, self._draft, self._client_id
        if draft is None:
            return lambda: statements.create(cid, content, matter)
        version = draft.version
        return lambda: statements.save(draft.id, content, expected_version=version,
                                       matter_id=matter)

    # --- unsaved typing, kept against a crash -------------------------------------------------
    def _scratch(self) -> StatementScratch:
        draft = self._draft
        return StatementScratch(user_id=0, client_id=self._client_id,
                                draft_id=draft.id if draft else None,
                                base_version=draft.version if draft else None,
                                matter_id=self.ui.matterCombo.currentData(),
                                content=self.content())

    def _scratch_saver(self):
        scratch, statements = self._scratch(), self._statements
        return lambda: statements.save_scratch(scratch)

    def _save_scratch_now(self) -> None:
        if self._locking or self._busy or not self.is_dirty():
            return
        self._runner.run(self._scratch_saver(), lambda _s: self._status(
            self.tr("Unsaved changes (kept, encrypted, until you save)")), lambda _e: None,
            owner=self)

    def _look_for_scratch(self) -> None:
        cid, draft_id = self._client_id, self._draft.id if self._draft else None
        statements = self._statements
        self._runner.run(lambda: statements.load_scratch(cid, draft_id), self._scratch_found,
                         lambda _e: self._scratch_found(None), owner=self)

    def _scratch_found(self, scratch) -> None:
        if scratch is not None and (scratch.content, scratch.matter_id) != self._state():
            baseline = self._baseline
            self._fill(scratch.content, scratch.matter_id)
            self._baseline = baseline
            text = self.tr("Unsaved work from before was restored: save it, or close and "
                           "discard it.")
            if self._draft is not None and scratch.base_version != self._draft.version:
                text += " " + self.tr("It was typed over version %1; version %2 was saved "
                                      "since, so compare them (Versions…).") \
                    .replace("%1", str(scratch.base_version)).replace("%2",
                                                                      str(self._draft.version))
            self._status(text, True)
            self._update()
        self.loaded = True

    def _discard_scratch(self) -> None:
        self._scratch_timer.cancel()
        cid, draft_id = self._client_id, self._draft.id if self._draft else None
        statements = self._statements
        self._runner.run(lambda: statements.discard_scratch(cid, draft_id), None,
                         lambda _e: None)

    # --- saving -----------------------------------------------------------------------------
    def save(self, close_after: bool = False) -> None:
        if self._busy:
            return
        self._scratch_timer.cancel()
        try:
            work = self._save_work()
        except ValidationError as error:
            self._status(self.tr("Not saved: %1").replace("%1", for_people(error)), True)
            return
        if work is None:
            if close_after:
                QDialog.reject(self)
            return
        self._close_after_save = close_after
        self._set_busy(True, self.tr("Saving…"))
        self._runner.run(work, self._saved, self._failed, owner=self)

    def _saved(self, draft) -> None:
        self._set_busy(False)
        self._take(draft)
        text = self.tr("Saved as version %1.").replace("%1", str(draft.version))
        unused = draft.content.unreferenced_exhibits()
        if unused:
            text += " " + self.tr("No paragraph refers to %1 yet.").replace(
                "%1", ", ".join(unused))
        self._status(text)
        emit(self.saved, draft)
        statements = self._statements
        self._runner.run(lambda: statements.statement_number(draft), self.show_number,
                         lambda _e: None, owner=self)
        if self._close_after_save:
            self._close_after_save = False
            QDialog.reject(self)

    def _take(self, draft) -> None:
        """Show the draft as stored (empty paragraphs gone), and make it the baseline."""
        row = self.current_row()
        self._draft = draft
        self._fill(draft.content, draft.matter_id)
        self._relist(row)
        self._baseline = self._state()
        self._heading()
        self._update()

    def _failed(self, error: BaseException) -> None:
        self._close_after_save = False
        self._set_busy(False)
        if isinstance(error, EditConflict):
            self._status(self.tr("Not saved: someone else saved this statement after you "
                                 "opened it. Your text is still here; open the statement again "
                                 "in another window to compare."), True)
        else:
            self._status(self.tr("Not done: %1").replace("%1", describe(error)), True)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if text:
            self._status(text)
        self._update()

    # --- the document -----------------------------------------------------------------------
    def generate(self) -> None:
        """Save first if anything changed, then make the draft PDF from the saved version."""
        if self._busy:
            return
        try:
            save = self._save_work()
        except ValidationError as error:
            self._status(self.tr("Not saved: %1").replace("%1", for_people(error)), True)
            return
        statements, documents, cid, current = (self._statements, self._documents,
                                               self._client_id, self._draft)

        def work(_progress):
            draft = save() if save is not None else current
            options = statements.options_for(draft)
            return draft, documents.generate(WITNESS_STATEMENT, cid, draft.matter_id,
                                             options=options)
        self._set_busy(True, self.tr("Making the document…"))
        self._runner.run_with_progress(work, self._generated, self._failed, parent=self,
                                       label=self.tr("Making the document…"),
                                       cancellable=False)

    def _generated(self, result) -> None:
        draft, document = result
        self._set_busy(False)
        if draft is not self._draft:
            self._take(draft)
            emit(self.saved, draft)
        self._status(self.tr("A draft PDF was made from version %1; it is in the Documents tab. "
                             "Read it through before approving it.")
                     .replace("%1", str(draft.version)))
        emit(self.generated, document)

    # --- versions and closing ---------------------------------------------------------------
    def show_versions(self):
        if self._draft is None:
            return None
        from assist_desktop.gui.client.statement_drafts import StatementVersionsDialog
        dialog = StatementVersionsDialog(self._statements, self._draft, self._runner, self)
        dialog.open()
        return dialog

    def lock_saver(self):
        """Before the store closes (a lock, quitting, her file closed): a function saving the
        unsaved work as a new version, or None; the editor then closes without asking."""
        self._locking = True
        self._scratch_timer.cancel()
        if self._busy or not self.is_dirty():
            return None
        try:
            return self._save_work()
        except ValidationError:          # not valid yet: keep it as unsaved typing instead
            return self._scratch_saver()

    def reject(self) -> None:
        """Esc, Close and the window's X all come here."""
        if self._locking:
            QDialog.reject(self)
            return
        if self._busy:
            return
        if not self.is_dirty():
            QDialog.reject(self)
            return
        answer = ask_unsaved(self, self.tr("this witness statement"))
        if answer == "save":
            self.save(close_after=True)
        elif answer == "discard":
            self._discard_scratch()
            QDialog.reject(self)
