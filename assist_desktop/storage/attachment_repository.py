"""Attachments: metadata in one table, the bytes in another (read only when opened).

An attachment linked to a privileged note is privileged itself. The `privileged` column is the
attachment's own flag only; privilege through the note is never stored but derived on every read
by joining the note, so marking a note privileged, or un-marking it, takes its attachments with
it. Every read here returns that effective `privileged`, and list_visible filters on it in SQL;
an update that hands back the effective value unchanged keeps the stored own flag.
"""
from __future__ import annotations

import dataclasses

from assist_desktop.domain.attachments import Attachment
from assist_desktop.storage import sealed_records as sealed
from assist_desktop.storage.client_owned_repository import ClientOwnedRepository
from assist_desktop.storage.record_table import RecordTable

# privileged in its own right, or through the note it is linked to (n: LEFT JOIN case_notes)
EFFECTIVE_PRIVILEGED = "(a.privileged = 1 OR coalesce(n.privileged, 0) = 1)"


class AttachmentRepository(ClientOwnedRepository[Attachment]):
    table = RecordTable("attachments", Attachment, what="attachment",
                        immutable=("size", "sha256", "uploaded_by"))
    order_by = "created_at, id"
    _columns = ", ".join(f"{EFFECTIVE_PRIVILEGED} AS privileged" if name == "privileged"
                         else f"a.{name}" for name in table.column_names)

    # --- reading: privileged as it is in effect ------------------------------------------
    def _select(self, conn, where: str, params: tuple) -> list[Attachment]:
        """`where` is SQL written here (over a = attachments, n = its note), never user text."""
        rows = conn.execute(
            f"SELECT {self._columns} FROM attachments a "
            f"LEFT JOIN case_notes n ON n.id = a.note_id WHERE {where} "
            f"ORDER BY a.created_at, a.id", params).fetchall()
        return [self.table.from_row(row) for row in rows]

    def get(self, conn, record_id: int, *, include_deleted: bool = False) -> Attachment | None:
        where = "a.id = ?" if include_deleted else "a.id = ? AND a.deleted_at IS NULL"
        found = self._select(conn, where, (record_id,))
        return found[0] if found else None

    def list_for_client(self, conn, client_id: int, *,
                        include_deleted: bool = False) -> list[Attachment]:
        where = "a.client_id = ?" + ("" if include_deleted else " AND a.deleted_at IS NULL")
        return self._select(conn, where, (client_id,))

    def list_visible(self, conn, client_id: int, *, include_privileged: bool,
                     note_id: int | None = None, matter_id: int | None = None) -> list[Attachment]:
        where = ["a.client_id = ?", "a.deleted_at IS NULL"]
        params: list = [client_id]
        if not include_privileged:
            where.append(f"NOT {EFFECTIVE_PRIVILEGED}")
        if note_id is not None:
            where.append("a.note_id = ?")
            params.append(note_id)
        if matter_id is not None:
            where.append("a.matter_id = ?")
            params.append(matter_id)
        return self._select(conn, " AND ".join(where), tuple(params))

    def data(self, conn, attachment_id: int) -> bytes | None:
        """The bytes, opened when sealed (SealedRecordError, naming it, if they do not)."""
        row = conn.execute("SELECT b.data, a.sealed_with, a.name, a.client_id "
                           "FROM attachment_blobs b JOIN attachments a ON a.id = b.attachment_id "
                           "WHERE b.attachment_id = ?", (attachment_id,)).fetchone()
        if row is None:
            return None
        try:
            return sealed.open_blob(conn, "attachment_blobs", attachment_id, row[1], row[0])
        except sealed.SealedRecordError:
            from assist_desktop.storage.sealed_reseal import blob_failure
            raise sealed.SealedRecordError(blob_failure(conn, "attachments", attachment_id,
                                                        row[2], row[3])) from None

    # --- writing: the column holds the attachment's own flag only -----------------------------
    def create(self, conn, record: Attachment) -> Attachment:
        return self._as_read(conn, self.table.insert(conn, record))

    def create_with_data(self, conn, attachment: Attachment, data: bytes) -> Attachment:
        stored = self.create(conn, attachment)
        label = sealed.label_for(conn, stored.client_id, stored.privileged)
        conn.execute("INSERT INTO attachment_blobs (attachment_id, data) VALUES (?, ?)",
                     (stored.id, sealed.seal_blob(conn, "attachment_blobs", stored.id, label,
                                                  data)))
        if label is not None:
            conn.execute("UPDATE attachments SET sealed_with = ? WHERE id = ?", (label, stored.id))
        return stored

    def update(self, conn, record: Attachment) -> Attachment:
        """A `privileged` equal to the effective value read before (so not changed by the caller)
        keeps the stored own flag: privilege through the note is never written into the column."""
        own, effective = conn.execute(
            f"SELECT a.privileged, {EFFECTIVE_PRIVILEGED} FROM attachments a "
            f"LEFT JOIN case_notes n ON n.id = a.note_id WHERE a.id = ?",
            (record.id,)).fetchone() or (record.privileged, record.privileged)
        if bool(record.privileged) == bool(effective):
            record = dataclasses.replace(record, privileged=bool(own))
        stored = self._as_read(conn, self.table.update(conn, record))
        if bool(stored.privileged) != bool(effective):
            from assist_desktop.storage.sealed_reseal import reseal_attachments
            reseal_attachments(conn, "a.id = ?", (stored.id,))
        return stored

    @staticmethod
    def _as_read(conn, stored: Attachment) -> Attachment:
        """`stored` with `privileged` as a read returns it (its own flag or its note's)."""
        if stored.privileged or stored.note_id is None:
            return stored
        row = conn.execute("SELECT privileged FROM case_notes WHERE id = ?",
                           (stored.note_id,)).fetchone()
        return dataclasses.replace(stored, privileged=bool(row and row[0]))
