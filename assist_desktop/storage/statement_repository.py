"""Witness statement drafts and every version of them (schema 9).

The draft row carries the version; a save moves it on from the version the author started
from (EditConflict if someone else saved first) and inserts the new content as the next
version row. Version rows are never updated or deleted (except with the draft, when her file
is purged). Content is stored as JSON in the encrypted database, nowhere else.
"""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from assist_desktop.domain.errors import EditConflict, StoreError
from assist_desktop.domain.statements import (
    DraftParagraph, ReadBack, ReadBackStatus, StatementContent, StatementDraft, StatementExhibit,
    StatementScratch, StatementVersion,
)
from assist_desktop.platform.clock import utc_now

_DRAFT_COLUMNS = ("d.id, d.client_id, d.matter_id, d.created_by, d.updated_by, d.version, "
                  "d.created_at, d.updated_at, d.deleted_at, v.content")
_FORMAT = 1


def encode(content: StatementContent) -> str:
    rb = content.read_back
    return json.dumps({
        "format": _FORMAT,
        "title": content.title,
        "paragraphs": [{"text": p.text, "heading": p.heading} for p in content.paragraphs],
        "exhibits": [{"reference": e.reference, "description": e.description}
                     for e in content.exhibits],
        "occupation": content.occupation,
        "read_back": {"state": ReadBack(rb.state).value, "language": rb.language,
                      "interpreter": rb.interpreter,
                      "on": rb.on.isoformat() if rb.on else None},
        "statement_number": content.statement_number,
    }, ensure_ascii=False)


def decode(text: str) -> StatementContent:
    try:
        data = json.loads(text)
        rb = data.get("read_back") or {}
        return StatementContent(
            title=data.get("title", ""),
            paragraphs=tuple(DraftParagraph(p["text"], p.get("heading", ""))
                             for p in data.get("paragraphs", ())),
            exhibits=tuple(StatementExhibit(e["reference"], e.get("description", ""))
                           for e in data.get("exhibits", ())),
            occupation=data.get("occupation", ""),
            read_back=ReadBackStatus(
                state=ReadBack(rb.get("state", ReadBack.NOT_READ_BACK.value)),
                language=rb.get("language", ""), interpreter=rb.get("interpreter", ""),
                on=date.fromisoformat(rb["on"]) if rb.get("on") else None),
            statement_number=data.get("statement_number"))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise StoreError("A saved witness statement draft could not be read (its stored "
                         "form is damaged).") from None


def _draft(row) -> StatementDraft:
    (draft_id, client_id, matter_id, created_by, updated_by, version, created_at, updated_at,
     deleted_at, content) = row
    return StatementDraft(id=draft_id, client_id=client_id, matter_id=matter_id,
                          created_by=created_by, updated_by=updated_by, version=version,
                          created_at=created_at, updated_at=updated_at, deleted_at=deleted_at,
                          content=decode(content))


class StatementRepository:
    def get(self, conn, draft_id: int) -> StatementDraft | None:
        row = conn.execute(
            f"SELECT {_DRAFT_COLUMNS} FROM statement_drafts AS d JOIN statement_draft_versions "
            f"AS v ON v.draft_id = d.id AND v.version = d.version "
            f"WHERE d.id = ? AND d.deleted_at IS NULL", (draft_id,)).fetchone()
        return None if row is None else _draft(row)

    def list_for_client(self, conn, client_id: int) -> list[StatementDraft]:
        """Her drafts, most recently saved first."""
        rows = conn.execute(
            f"SELECT {_DRAFT_COLUMNS} FROM statement_drafts AS d JOIN statement_draft_versions "
            f"AS v ON v.draft_id = d.id AND v.version = d.version "
            f"WHERE d.client_id = ? AND d.deleted_at IS NULL "
            f"ORDER BY d.updated_at DESC, d.id DESC", (client_id,)).fetchall()
        return [_draft(row) for row in rows]

    def count_earlier(self, conn, draft: StatementDraft) -> int:
        """Her drafts for the same matter (or for no matter) made before this one."""
        return conn.execute(
            "SELECT count(*) FROM statement_drafts WHERE client_id = ? AND matter_id IS ? "
            "AND id < ? AND deleted_at IS NULL",
            (draft.client_id, draft.matter_id, draft.id)).fetchone()[0]

    def create(self, conn, client_id: int, matter_id: int | None, content: StatementContent,
               user_id: int) -> StatementDraft:
        now = utc_now()
        cursor = conn.execute(
            "INSERT INTO statement_drafts (client_id, matter_id, title, created_by, updated_by, "
            "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
            (client_id, matter_id, content.title, user_id, user_id, now, now))
        draft_id = cursor.lastrowid
        self._insert_version(conn, draft_id, 1, content, now, user_id)
        return self.get(conn, draft_id)

    def save(self, conn, draft_id: int, expected_version: int, content: StatementContent,
             user_id: int, matter_id: int | None = None) -> StatementDraft:
        """The next version, only over `expected_version` (else EditConflict)."""
        now = utc_now()
        cursor = conn.execute(
            "UPDATE statement_drafts SET version = version + 1, title = ?, matter_id = ?, "
            "updated_by = ?, updated_at = ? WHERE id = ? AND version = ? AND deleted_at IS NULL",
            (content.title, matter_id, user_id, now, draft_id, expected_version))
        if cursor.rowcount != 1:
            raise EditConflict("statement draft")
        self._insert_version(conn, draft_id, expected_version + 1, content, now, user_id)
        return self.get(conn, draft_id)

    def _insert_version(self, conn, draft_id: int, version: int, content: StatementContent,
                        now: str, user_id: int) -> None:
        conn.execute("INSERT INTO statement_draft_versions (draft_id, version, content, "
                     "saved_at, saved_by) VALUES (?, ?, ?, ?, ?)",
                     (draft_id, version, encode(content), now, user_id))

    def versions(self, conn, draft_id: int) -> list[StatementVersion]:
        """Every saved version, oldest first."""
        rows = conn.execute("SELECT draft_id, version, saved_at, saved_by, content FROM "
                            "statement_draft_versions WHERE draft_id = ? ORDER BY version",
                            (draft_id,)).fetchall()
        return [StatementVersion(draft_id=r[0], version=r[1], saved_at=r[2], saved_by=r[3],
                                 content=decode(r[4])) for r in rows]

    def version(self, conn, draft_id: int, version: int) -> StatementVersion | None:
        row = conn.execute("SELECT draft_id, version, saved_at, saved_by, content FROM "
                           "statement_draft_versions WHERE draft_id = ? AND version = ?",
                           (draft_id, version)).fetchone()
        return None if row is None else StatementVersion(
            draft_id=row[0], version=row[1], saved_at=row[2], saved_by=row[3],
            content=decode(row[4]))

    # --- unsaved typing ---------------------------------------------------------------------
    def save_scratch(self, conn, scratch: StatementScratch) -> StatementScratch:
        """One per (user, client, draft or none): a later save replaces the earlier."""
        now = utc_now()
        self.discard_scratch(conn, scratch.user_id, scratch.client_id, scratch.draft_id)
        conn.execute("INSERT INTO statement_scratch (user_id, client_id, draft_id, base_version, "
                     "matter_id, content, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (scratch.user_id, scratch.client_id, scratch.draft_id,
                      scratch.base_version, scratch.matter_id, encode(scratch.content), now))
        return replace(scratch, saved_at=now)

    def load_scratch(self, conn, user_id: int, client_id: int,
                     draft_id: int | None) -> StatementScratch | None:
        row = conn.execute("SELECT base_version, matter_id, content, saved_at FROM "
                           "statement_scratch WHERE user_id = ? AND client_id = ? AND "
                           "draft_id IS ?", (user_id, client_id, draft_id)).fetchone()
        if row is None:
            return None
        return StatementScratch(user_id=user_id, client_id=client_id, draft_id=draft_id,
                                base_version=row[0], matter_id=row[1], content=decode(row[2]),
                                saved_at=row[3])

    def discard_scratch(self, conn, user_id: int, client_id: int,
                        draft_id: int | None) -> bool:
        cursor = conn.execute("DELETE FROM statement_scratch WHERE user_id = ? AND "
                              "client_id = ? AND draft_id IS ?", (user_id, client_id, draft_id))
        return cursor.rowcount > 0
