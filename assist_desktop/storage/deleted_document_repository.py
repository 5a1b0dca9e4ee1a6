"""Deleted documents as the administrator's restore list shows them: her file's reference, the
kind of document and dates, never a title or any content."""
from __future__ import annotations

from dataclasses import dataclass

from assist_desktop.domain.errors import EditConflict, NotFound
from assist_desktop.platform.clock import utc_now


@dataclass(frozen=True)
class DeletedDocument:
    id: int
    client_id: int
    reference: str          # her file's reference (C-2026-0001)
    kind: str
    created_at: str
    deleted_at: str
    version: int
    file_deleted: bool      # her whole file is deleted too: restore the file first


_SELECT = ("SELECT d.id, d.client_id, c.reference, d.kind, d.created_at, d.deleted_at, "
           "d.version, c.deleted_at IS NOT NULL FROM generated_documents d "
           "JOIN clients c ON c.id = d.client_id WHERE d.deleted_at IS NOT NULL")


def _row(r) -> DeletedDocument:
    return DeletedDocument(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]))


class DeletedDocumentRepository:
    def list(self, conn) -> list[DeletedDocument]:
        return [_row(r) for r in conn.execute(_SELECT + " ORDER BY d.deleted_at DESC, d.id DESC")]

    def get(self, conn, document_id: int) -> DeletedDocument:
        row = conn.execute(_SELECT + " AND d.id = ?", (document_id,)).fetchone()
        if row is None:
            raise NotFound("deleted document")
        return _row(row)

    def restore(self, conn, document_id: int, expected_version: int) -> None:
        cursor = conn.execute(
            "UPDATE generated_documents SET deleted_at = NULL, updated_at = ?, "
            "version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NOT NULL",
            (utc_now(), document_id, expected_version))
        if cursor.rowcount != 1:
            raise EditConflict("document")
