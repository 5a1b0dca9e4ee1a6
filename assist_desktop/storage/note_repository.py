"""Case notes, the earlier versions every edit keeps, and per-user drafts.

A save names the version it was based on: the current row is copied to note_history only if
it is still that version, then overwritten, all in the caller's transaction. A create carries a
client-generated idempotency key (UNIQUE), so a retried save finds the note instead of adding
a second one.
"""
from __future__ import annotations

import json
from dataclasses import replace

from assist_desktop.domain.errors import EditConflict
from assist_desktop.domain.notes import CaseNote, NoteDraft, NoteVersion
from assist_desktop.storage import sealed_records as sealed
from assist_desktop.storage.record_table import RecordTable, utc_now

_CONTENT = ("note_type, note_date, title, body, matter_id, duration_minutes, interpreter_used, "
            "interpreter_language, privileged, chronology_event, chronology_date")


def open_notes(conn, notes: list) -> list:
    """Notes (or note versions) with the text of sealed ones opened; one that does not open
    says so, naming itself, in its title and body (never left out, never blank)."""
    found = sealed.sealed_note_columns(conn, "case_notes", "id", [n.id for n in notes])
    if not found:
        return notes
    opened = []
    for note in notes:
        if note.id in found:
            blob, label = found[note.id]
            try:
                title, body = sealed.open_note_text(conn, note.id, label, blob)
            except sealed.SealedRecordError:
                title, body = sealed.failure_texts(conn, note.id, note.note_date,
                                                   note.client_id, label)
            note = replace(note, title=title, body=body)
        opened.append(note)
    return opened


def _client_of(conn, note) -> int:
    client_id = getattr(note, "client_id", None)
    if client_id is None:
        row = conn.execute("SELECT client_id FROM case_notes WHERE id = ?",
                           (note.note_id,)).fetchone()
        client_id = row[0] if row else 0
    return client_id


def _draft_label(conn, client_id: int) -> str | None:
    privileged = sealed.label_for(conn, client_id, True)
    if privileged is not None and sealed.sealer_for(conn).can_open(conn, privileged):
        return privileged
    return sealed.label_for(conn, client_id, False)


def seal_columns(conn, note_id: int, client_id: int, privileged: bool, title: str,
                 body: str) -> dict:
    """The columns that store this text: sealed (title and body empty) when its client's
    file or its privilege says so."""
    label = sealed.label_for(conn, client_id, privileged)
    if label is None:
        return {"title": title, "body": body, "sealed": None, "sealed_with": None}
    return {"title": "", "body": "", "sealed_with": label,
            "sealed": sealed.seal_note_text(conn, note_id, label, title, body)}


def _select_opened(conn, table, where: str, params: tuple, order_by: str) -> list:
    """table.select with sealed text opened in the same pass (no second query, no copy of
    each record): the hot path of a client's notes list."""
    names = table.column_names
    title_at, body_at = names.index("title"), names.index("body")
    rows = conn.execute(f"SELECT {table.select_list}, sealed, sealed_with FROM {table.table} "
                        f"WHERE {where} ORDER BY {order_by}", params).fetchall()
    id_at, openers = names.index("id"), {}
    notes = []
    for row in rows:
        blob, label = row[-2], row[-1]
        row = list(row[:-2])
        if label is not None:
            note_id = row[id_at]
            if label not in openers:
                openers[label] = sealed.note_opener(conn, label)
            opener = openers[label]
            try:
                if opener is None:        # no key open: open_note_text says why
                    row[title_at], row[body_at] = sealed.open_note_text(conn, note_id, label,
                                                                        blob)
                else:
                    row[title_at], row[body_at] = opener(note_id, blob)
            except sealed.SealedRecordError:
                note = table.from_row(row)
                row[title_at], row[body_at] = sealed.failure_texts(
                    conn, note_id, note.note_date, note.client_id, label)
        notes.append(table.from_row(row))
    return notes


class NoteRepository:
    table = RecordTable("case_notes", CaseNote, what="note", immutable=("author_id",))
    history_table = RecordTable("note_history", NoteVersion, what="note version")
    drafts_table = RecordTable("note_drafts", NoteDraft, what="draft")

    # --- notes --------------------------------------------------------------------------
    def waiting_keys(self, conn, client_id: int, see_privileged: bool) -> tuple[str, ...]:
        return sealed.waiting_on_file(conn, client_id, see_privileged)

    def get(self, conn, note_id: int, *, include_deleted: bool = False) -> CaseNote | None:
        note = self.table.get(conn, note_id, include_deleted=include_deleted)
        return None if note is None else open_notes(conn, [note])[0]

    def find_by_key(self, conn, idempotency_key: str) -> CaseNote | None:
        rows = open_notes(conn, self.table.select(conn, "idempotency_key = ?", (idempotency_key,)))
        return rows[0] if rows else None

    def last_save_key(self, conn, note_id: int) -> str | None:
        row = conn.execute("SELECT last_save_key FROM case_notes WHERE id = ?",
                           (note_id,)).fetchone()
        return row[0] if row else None

    def create(self, conn, note: CaseNote, idempotency_key: str) -> CaseNote:
        """A sealed note is inserted with its text empty, then its ciphertext written: the
        record id is part of the ciphertext's associated data."""
        label = sealed.label_for(conn, note.client_id, note.privileged)
        if label is None:
            return self.table.insert(conn, replace(note, updated_by=note.author_id),
                                     idempotency_key=idempotency_key,
                                     last_save_key=idempotency_key)
        stored = self.table.insert(conn, replace(note, updated_by=note.author_id, title="",
                                                 body=""),
                                   idempotency_key=idempotency_key, last_save_key=idempotency_key)
        conn.execute("UPDATE case_notes SET sealed = ?, sealed_with = ? WHERE id = ?",
                     (sealed.seal_note_text(conn, stored.id, label, note.title, note.body),
                      label, stored.id))
        return replace(stored, title=note.title, body=note.body)

    def update(self, conn, note: CaseNote, *, edited_by: int, save_key: str) -> CaseNote:
        """Keep the version being replaced, then save over it (EditConflict if it moved on)."""
        cursor = conn.execute(
            f"INSERT INTO note_history (note_id, version, {_CONTENT}, saved_at, saved_by, "
            f"sealed, sealed_with) "
            f"SELECT id, version, {_CONTENT}, updated_at, coalesce(updated_by, author_id), "
            f"sealed, sealed_with "
            f"FROM case_notes WHERE id = ? AND version = ? AND deleted_at IS NULL",
            (note.id, note.version))
        if cursor.rowcount != 1:
            raise EditConflict("note")
        was_privileged = conn.execute("SELECT privileged FROM case_notes WHERE id = ?",
                                      (note.id,)).fetchone()[0]
        columns = seal_columns(conn, note.id, note.client_id, note.privileged, note.title,
                               note.body)
        self.table.update(conn, replace(note, updated_by=edited_by, title=columns.pop("title"),
                                        body=columns.pop("body")),
                          last_save_key=save_key, **columns)
        if bool(was_privileged) != bool(note.privileged):
            from assist_desktop.storage.sealed_reseal import reseal_attachments
            reseal_attachments(conn, "a.note_id = ?", (note.id,))
        return self.get(conn, note.id)

    def list_for_client(self, conn, client_id: int, *, include_privileged: bool,
                        limit: int = -1, offset: int = 0) -> list[CaseNote]:
        where = "client_id = ? AND deleted_at IS NULL"
        if not include_privileged:
            where += " AND privileged = 0"
        return _select_opened(conn, self.table, where, (client_id,),
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
        return _select_opened(conn, self.table, where, (client_id,),
                              "coalesce(chronology_date, note_date), id")

    def history(self, conn, note_id: int) -> list[NoteVersion]:
        versions = self.history_table.select(conn, "note_id = ?", (note_id,), "version")
        found = {version: (blob, label) for version, blob, label in conn.execute(
            "SELECT version, sealed, sealed_with FROM note_history WHERE note_id = ? AND "
            "sealed_with IS NOT NULL", (note_id,))}
        opened = []
        for v in versions:
            if v.version in found:
                try:
                    title, body = sealed.open_note_text(conn, note_id, found[v.version][1],
                                                        found[v.version][0])
                except sealed.SealedRecordError:
                    title = body = sealed.note_failure(conn, note_id, v.note_date,
                                                       _client_of(conn, v))
                v = replace(v, title=title, body=body)
            opened.append(v)
        return opened

    def soft_delete(self, conn, note_id: int, expected_version: int) -> CaseNote:
        return open_notes(conn, [self.table.soft_delete(conn, note_id, expected_version)])[0]

    def restore(self, conn, note_id: int, expected_version: int) -> CaseNote:
        return open_notes(conn, [self.table.restore(conn, note_id, expected_version)])[0]

    def purge(self, conn, note_id: int) -> bool:
        """The note, its history, its drafts and its attachments (ON DELETE CASCADE)."""
        return self.table.purge(conn, note_id)

    # --- drafts -------------------------------------------------------------------------
    def save_draft(self, conn, draft: NoteDraft) -> NoteDraft:
        """One draft per (user, client, note or none): a later save replaces the earlier.
        Sealed when her file is restricted, and under the privilege key too when the person
        typing holds it (a solicitor's draft may be privileged advice): sealed_records."""
        now = utc_now()
        existing = self.load_draft(conn, draft.user_id, draft.client_id, draft.note_id)
        if existing is None:
            cursor = conn.execute(
                "INSERT INTO note_drafts (user_id, client_id, note_id, base_version, title, "
                "body, form_state, saved_at) VALUES (?, ?, ?, ?, '', '', '', ?)",
                (draft.user_id, draft.client_id, draft.note_id, draft.base_version, now))
            draft_id = cursor.lastrowid
        else:
            draft_id = existing.id
        label = _draft_label(conn, draft.client_id)
        if label is None:
            text, blob = (draft.title, draft.body, draft.form_state), None
        else:
            text = ("", "", "")
            blob = sealed.sealer_for(conn).encrypt(
                conn, label, sealed.aad("note_drafts", draft_id, label), json.dumps(
                    [draft.title, draft.body, draft.form_state], ensure_ascii=False).encode())
        conn.execute("UPDATE note_drafts SET base_version = ?, title = ?, body = ?, "
                     "form_state = ?, saved_at = ?, sealed = ?, sealed_with = ? WHERE id = ?",
                     (draft.base_version, *text, now, blob, label, draft_id))
        return replace(draft, id=draft_id, saved_at=now)

    @staticmethod
    def _open_drafts(conn, drafts: list[NoteDraft]) -> list[NoteDraft]:
        found = sealed.sealed_note_columns(conn, "note_drafts", "id", [d.id for d in drafts])
        opened = []
        for draft in drafts:
            if draft.id in found:
                blob, label = found[draft.id]
                try:
                    title, body, form = json.loads(sealed.sealer_for(conn).decrypt(
                        conn, label, sealed.aad("note_drafts", draft.id, label), bytes(blob)))
                except (sealed.SealedRecordError, ValueError, TypeError):
                    continue        # not hers to open any more (a role lost): not offered
                draft = replace(draft, title=title, body=body, form_state=form)
            opened.append(draft)
        return opened

    def load_draft(self, conn, user_id: int, client_id: int,
                   note_id: int | None) -> NoteDraft | None:
        rows = self._open_drafts(conn, self.drafts_table.select(
            conn, "user_id = ? AND client_id = ? AND note_id IS ?", (user_id, client_id, note_id)))
        return rows[0] if rows else None

    def discard_draft(self, conn, user_id: int, client_id: int, note_id: int | None) -> bool:
        cursor = conn.execute("DELETE FROM note_drafts WHERE user_id = ? AND client_id = ? AND "
                              "note_id IS ?", (user_id, client_id, note_id))
        return cursor.rowcount > 0

    def drafts_for_user(self, conn, user_id: int) -> list[NoteDraft]:
        return self._open_drafts(conn, self.drafts_table.select(conn, "user_id = ?", (user_id,),
                                                                "saved_at DESC, id"))
