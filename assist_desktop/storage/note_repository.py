"""Case notes, the earlier versions every edit keeps, and per-user drafts.

A save names the version it was based on: the current row is copied to note_history only if
it is still that version, then overwritten, all in the caller's transaction. A create carries a
client-generated idempotency key (UNIQUE), so a retried save finds the note instead of adding
a second one.
"""
from __future__ import annotations

from dataclasses import replace

from assist_desktop.domain.errors import EditConflict
from assist_desktop.domain.notes import CaseNote, NoteDraft, NoteVersion
from assist_desktop.storage.record_table import RecordTable, utc_now

_CONTENT = ("note_type, note_date, title, body, matter_id, duration_minutes, interpreter_used, "
            "interpreter_language, privileged, chronology_event, chronology_date")


class NoteRepository:
    table = RecordTable("case_notes", CaseNote, what="note", immutable=("author_id",))
    history_table = RecordTable("note_history", NoteVersion, what="note version")
    drafts_table = RecordTable("note_drafts", NoteDraft, what="draft")

    # --- notes --------------------------------------------------------------------------
    def get(self, conn, note_id: int, *, include_deleted: bool = False) -> CaseNote | None:
        return self.table.get(conn, note_id, include_deleted=include_deleted)

    def find_by_key(self, conn, idempotency_key: str) -> CaseNote | None:
        rows = self.table.select(conn, "idempotency_key = ?", (idempotency_key,))
        return rows[0] if rows else None

    def last_save_key(self, conn, note_id: int) -> str | None:
        row = conn.execute("SELECT last_save_key FROM case_notes WHERE id = ?",
                           (note_id,)).fetchone()
        return row[0] if row else None

    def create(self, conn, note: CaseNote, idempotency_key: str) -> CaseNote:
        return self.table.insert(conn, replace(note, updated_by=note.author_id),
                                 idempotency_key=idempotency_key, last_save_key=idempotency_key)

    def update(self, conn, note: CaseNote, *, edited_by: int, save_key: str) -> CaseNote:
        """Keep the version being replaced, then save over it (EditConflict if it moved on)."""
        cursor = conn.execute(
            f"INSERT INTO note_history (note_id, version, {_CONTENT}, saved_at, saved_by) "
            f"SELECT id, version, {_CONTENT}, updated_at, coalesce(updated_by, author_id) "
            f"FROM case_notes WHERE id = ? AND version = ? AND deleted_at IS NULL",
            (note.id, note.version))
        if cursor.rowcount != 1:
            raise EditConflict("note")
        self.table.update(conn, replace(note, updated_by=edited_by), last_save_key=save_key)
        return self.get(conn, note.id)

    def list_for_client(self, conn, client_id: int, *, include_privileged: bool,
                        limit: int = -1, offset: int = 0) -> list[CaseNote]:
        where = "client_id = ? AND deleted_at IS NULL"
        if not include_privileged:
            where += " AND privileged = 0"
        return self.table.select(conn, where, (client_id,),
                                 f"note_date DESC, id DESC LIMIT {int(limit)} OFFSET {int(offset)}")

    def count_for_client(self, conn, client_id: int, *, include_privileged: bool) -> int:
        sql = "SELECT count(*) FROM case_notes WHERE client_id = ? AND deleted_at IS NULL"
        if not include_privileged:
            sql += " AND privileged = 0"
        return conn.execute(sql, (client_id,)).fetchone()[0]

    def chronology(self, conn, client_id: int, *, include_privileged: bool) -> list[CaseNote]:
        """Notes flagged as chronology events, in the order of the events."""
        where = "client_id = ? AND deleted_at IS NULL AND chronology_event = 1"
        if not include_privileged:
            where += " AND privileged = 0"
        return self.table.select(conn, where, (client_id,),
                                 "coalesce(chronology_date, note_date), id")

    def history(self, conn, note_id: int) -> list[NoteVersion]:
        return self.history_table.select(conn, "note_id = ?", (note_id,), "version")

    def soft_delete(self, conn, note_id: int, expected_version: int) -> CaseNote:
        return self.table.soft_delete(conn, note_id, expected_version)

    def restore(self, conn, note_id: int, expected_version: int) -> CaseNote:
        return self.table.restore(conn, note_id, expected_version)

    def purge(self, conn, note_id: int) -> bool:
        """The note, its history, its drafts and its attachments (ON DELETE CASCADE)."""
        return self.table.purge(conn, note_id)

    # --- drafts -------------------------------------------------------------------------
    def save_draft(self, conn, draft: NoteDraft) -> NoteDraft:
        """One draft per (user, client, note or none): a later save replaces the earlier."""
        now = utc_now()
        existing = self.load_draft(conn, draft.user_id, draft.client_id, draft.note_id)
        if existing is None:
            cursor = conn.execute(
                "INSERT INTO note_drafts (user_id, client_id, note_id, base_version, title, "
                "body, form_state, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (draft.user_id, draft.client_id, draft.note_id, draft.base_version, draft.title,
                 draft.body, draft.form_state, now))
            draft_id = cursor.lastrowid
        else:
            draft_id = existing.id
            conn.execute("UPDATE note_drafts SET base_version = ?, title = ?, body = ?, "
                         "form_state = ?, saved_at = ? WHERE id = ?",
                         (draft.base_version, draft.title, draft.body, draft.form_state, now,
                          draft_id))
        return replace(draft, id=draft_id, saved_at=now)

    def load_draft(self, conn, user_id: int, client_id: int,
                   note_id: int | None) -> NoteDraft | None:
        rows = self.drafts_table.select(
            conn, "user_id = ? AND client_id = ? AND note_id IS ?", (user_id, client_id, note_id))
        return rows[0] if rows else None

    def discard_draft(self, conn, user_id: int, client_id: int, note_id: int | None) -> bool:
        cursor = conn.execute("DELETE FROM note_drafts WHERE user_id = ? AND client_id = ? AND "
                              "note_id IS ?", (user_id, client_id, note_id))
        return cursor.rowcount > 0

    def drafts_for_user(self, conn, user_id: int) -> list[NoteDraft]:
        return self.drafts_table.select(conn, "user_id = ?", (user_id,), "saved_at DESC, id")
