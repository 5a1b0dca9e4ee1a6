"""Attachments: metadata in one table, the bytes in another (read only when opened)."""
from __future__ import annotations

from assist_desktop.domain.attachments import Attachment
from assist_desktop.storage.client_owned_repository import ClientOwnedRepository
from assist_desktop.storage.record_table import RecordTable


class AttachmentRepository(ClientOwnedRepository[Attachment]):
    table = RecordTable("attachments", Attachment, what="attachment",
                        immutable=("size", "sha256", "uploaded_by"))
    order_by = "created_at, id"

    def create_with_data(self, conn, attachment: Attachment, data: bytes) -> Attachment:
        stored = self.table.insert(conn, attachment)
        conn.execute("INSERT INTO attachment_blobs (attachment_id, data) VALUES (?, ?)",
                     (stored.id, bytes(data)))
        return stored

    def data(self, conn, attachment_id: int) -> bytes | None:
        row = conn.execute("SELECT data FROM attachment_blobs WHERE attachment_id = ?",
                           (attachment_id,)).fetchone()
        return None if row is None else bytes(row[0])

    def list_visible(self, conn, client_id: int, *, include_privileged: bool,
                     note_id: int | None = None, matter_id: int | None = None) -> list[Attachment]:
        where = ["client_id = ?", "deleted_at IS NULL"]
        params: list = [client_id]
        if not include_privileged:
            where.append("privileged = 0")
        if note_id is not None:
            where.append("note_id = ?")
            params.append(note_id)
        if matter_id is not None:
            where.append("matter_id = ?")
            params.append(matter_id)
        return self.table.select(conn, " AND ".join(where), tuple(params), self.order_by)
