"""Case notes: write, edit with conflict detection and kept versions, drafts, chronology.

- create(note, idempotency_key): the GUI makes one uuid per new note and sends it with every
  attempt, so a retried save (after a time-out, a crash between commit and reply) returns the
  note already saved instead of adding a second one.
- update(note, expected_version=..., idempotency_key=...): saves only over the version the
  author started from (else EditConflict; their text stays in the form and in the draft).
- Privileged notes are for solicitors: support workers neither see them nor mark notes so.
- Drafts are the user's own scratch copy and are not audited (they autosave every few seconds).
"""
from __future__ import annotations

import dataclasses

from assist_desktop.services.erasure import remove_old_copies
from assist_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from assist_desktop.domain.notes import CaseNote, NoteDraft, NoteVersion
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService, changed_fields
from assist_desktop.storage.document_repository import DocumentRepository
from assist_desktop.storage.note_repository import NoteRepository
from assist_desktop.storage.record_table import truncate_wal

Area = perm.Area
_KEY_LIMIT = 100


def _check_key(key: str) -> None:
    if not isinstance(key, str) or not key.strip() or len(key) > _KEY_LIMIT:
        raise ValidationError("idempotency_key", "must be a non-empty identifier (a uuid)")


class NoteService(CaseService):
    def __init__(self, db, session, audit):
        super().__init__(db, session, audit)
        self._notes = NoteRepository()
        self._documents = DocumentRepository()

    @property
    def _privileged_ok(self) -> bool:
        return perm.may_see_privileged(self._session)

    def _existing(self, conn, note_id: int) -> CaseNote:
        note = self._notes.get(conn, note_id)
        if note is None or (note.privileged and not self._privileged_ok):
            raise NotFound("note")
        self._visible_client(conn, note.client_id)
        return note

    def _check_may_edit(self, note: CaseNote) -> None:
        if note.author_id != self._session.user_id and not perm.is_solicitor(self._session):
            raise PermissionDenied("Only the note's author or a solicitor can change it.")

    # --- reading ------------------------------------------------------------------------
    def list(self, client_id: int, *, limit: int = -1, offset: int = 0) -> list[CaseNote]:
        """Newest first; privileged notes only for solicitors."""
        perm.require(self._session, Area.NOTE)

        def read(conn):
            self._visible_client(conn, client_id)
            self._log(conn, "read", "client", client_id, "notes")
            return self._notes.list_for_client(conn, client_id, limit=limit, offset=offset,
                                               include_privileged=self._privileged_ok)
        return self._audited(read)

    def waiting_keys(self, client_id: int) -> tuple[str, ...]:
        """The keys her file's notes need that have not reached this person yet (sealed to her
        when a colleague who holds them next signs in): "privilege" and/or "file". Empty
        when every note she may see opens for her."""
        perm.require(self._session, Area.NOTE)

        def read(conn):
            self._visible_client(conn, client_id)
            return self._notes.waiting_keys(conn, client_id, self._privileged_ok)
        return self._db.read(read)

    def count(self, client_id: int) -> int:
        perm.require(self._session, Area.NOTE)

        def read(conn):
            self._visible_client(conn, client_id)
            return self._notes.count_for_client(conn, client_id,
                                                include_privileged=self._privileged_ok)
        return self._db.read(read)

    def chronology(self, client_id: int) -> list[CaseNote]:
        """Notes flagged as chronology events, in event order (for the chronology document)."""
        perm.require(self._session, Area.NOTE)

        def read(conn):
            self._visible_client(conn, client_id)
            self._log(conn, "read", "client", client_id, "chronology")
            return self._notes.chronology(conn, client_id, include_privileged=self._privileged_ok)
        return self._audited(read)

    def get(self, note_id: int) -> CaseNote:
        perm.require(self._session, Area.NOTE)

        def read(conn):
            note = self._existing(conn, note_id)
            self._log(conn, "read", "client", note.client_id, f"note:{note_id}")
            return note
        return self._audited(read)

    def history(self, note_id: int) -> list[NoteVersion]:
        """Earlier versions, oldest first (privileged ones only for solicitors)."""
        perm.require(self._session, Area.NOTE)

        def read(conn):
            note = self._existing(conn, note_id)
            self._log(conn, "read", "client", note.client_id, f"note_history:{note_id}")
            return [v for v in self._notes.history(conn, note_id)
                    if self._privileged_ok or not v.privileged]
        return self._audited(read)

    # --- saving -------------------------------------------------------------------------
    def create(self, note: CaseNote, idempotency_key: str) -> CaseNote:
        perm.require(self._session, Area.NOTE, write=True)
        _check_key(idempotency_key)
        note = dataclasses.replace(note, author_id=self._session.user_id)
        note.validate()
        if note.privileged and not self._privileged_ok:
            raise PermissionDenied("Only a solicitor can mark a note as legally privileged.")

        def write(conn):
            self._visible_client(conn, note.client_id)
            earlier = self._notes.find_by_key(conn, idempotency_key)
            if earlier is not None:
                if earlier.author_id != note.author_id or earlier.client_id != note.client_id:
                    raise ValidationError("idempotency_key", "was already used for another note")
                return earlier  # a retry of a save that went through: nothing new to write
            self._check_links(conn, note.client_id, note)
            stored = self._notes.create(conn, note, idempotency_key)
            self._notes.discard_draft(conn, self._session.user_id, note.client_id, None)
            self._log(conn, "create", "note", stored.id,
                      f"client:{note.client_id}" + (" privileged" if note.privileged else ""))
            return stored
        return self._db.write(write)

    def update(self, note: CaseNote, *, expected_version: int,
               idempotency_key: str) -> CaseNote:
        perm.require(self._session, Area.NOTE, write=True)
        _check_key(idempotency_key)
        note.validate()

        def write(conn):
            existing = self._existing(conn, note.id)
            if (self._notes.last_save_key(conn, note.id) == idempotency_key
                    and existing.version == expected_version + 1):
                return existing  # this very save already went through
            self._check_may_edit(existing)
            if note.privileged != existing.privileged and not self._privileged_ok:
                raise PermissionDenied("Only a solicitor can change whether a note is privileged.")
            if note.client_id != existing.client_id or note.author_id != existing.author_id:
                raise ValidationError("note", "the client and author of a note do not change")
            self._check_links(conn, existing.client_id, note)
            stored = self._notes.update(conn, dataclasses.replace(note, version=expected_version),
                                        edited_by=self._session.user_id, save_key=idempotency_key)
            self._notes.discard_draft(conn, self._session.user_id, existing.client_id, note.id)
            self._log(conn, "update", "note", note.id,
                      f"client:{existing.client_id} fields:{changed_fields(existing, stored)}")
            return stored
        return self._db.write(write)

    def delete(self, note_id: int, expected_version: int) -> CaseNote:
        perm.require(self._session, Area.NOTE, write=True)

        def write(conn):
            existing = self._existing(conn, note_id)
            self._check_may_edit(existing)
            stored = self._notes.soft_delete(conn, note_id, expected_version)
            self._log(conn, "delete", "note", note_id, f"client:{existing.client_id}")
            return stored
        return self._db.write(write)

    def purge(self, note_id: int) -> None:
        """Administrator: erase a deleted note with its versions, drafts and attachments, and
        every generated document built from it (its text is in them: a witness statement,
        a chronology, a letter, a bundle holding one of those or one of its attachments),
        all in one transaction, each audited by id."""
        perm.require_administrator(self._session, "purge a note")

        def write(conn):
            note = self._notes.get(conn, note_id, include_deleted=True)
            if note is None or not note.is_deleted:
                raise NotFound("deleted note")
            for document_id in self._documents.built_from_note(conn, note_id):
                self._documents.purge(conn, document_id)
                self._log(conn, "purge", "document", document_id,
                          f"client:{note.client_id} source_note:{note_id}")
            self._notes.purge(conn, note_id)
            self._log(conn, "purge", "note", note_id, f"client:{note.client_id}")
        self._db.write(write)
        self._db.read(truncate_wal)
        remove_old_copies(self._db, self._audit, "purge")

    # --- drafts -------------------------------------------------------------------------
    def _draft_target(self, conn, client_id: int, note_id: int | None) -> None:
        self._visible_client(conn, client_id)
        if note_id is not None and self._existing(conn, note_id).client_id != client_id:
            raise NotFound("note")

    def save_draft(self, draft: NoteDraft) -> NoteDraft:
        perm.require(self._session, Area.NOTE, write=True)
        draft = dataclasses.replace(draft, user_id=self._session.user_id)

        def write(conn):
            self._draft_target(conn, draft.client_id, draft.note_id)
            return self._notes.save_draft(conn, draft)
        return self._db.write(write)

    def load_draft(self, client_id: int, note_id: int | None = None) -> NoteDraft | None:
        perm.require(self._session, Area.NOTE)

        def read(conn):
            self._draft_target(conn, client_id, note_id)
            return self._notes.load_draft(conn, self._session.user_id, client_id, note_id)
        return self._db.read(read)

    def discard_draft(self, client_id: int, note_id: int | None = None) -> bool:
        perm.require(self._session, Area.NOTE)
        return self._db.write(self._notes.discard_draft, self._session.user_id, client_id,
                              note_id)

    def my_drafts(self) -> list[NoteDraft]:
        """Drafts left from an earlier session (crash, auto-lock), to offer to resume."""
        perm.require(self._session, Area.NOTE)

        def read(conn):
            drafts = self._notes.drafts_for_user(conn, self._session.user_id)
            visible = []
            for draft in drafts:
                access = self._clients.access(conn, draft.client_id)
                if perm.may_see_client(self._session, access):
                    visible.append(draft)
            return visible
        return self._db.read(read)
