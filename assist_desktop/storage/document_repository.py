"""Generated documents (schema 7): metadata in one table, the PDF bytes in another, and
(schema 8) the notes each document was built from, so purging a note can purge them.

`GeneratedDocument` is the stored record the documents service hands out. Its kind is the
value of documents.DocumentKind (kept as text here: storage does not import documents).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.records import ClientRecord, Jurisdiction, check_enum, check_text
from assist_desktop.storage import sealed_records as sealed
from assist_desktop.storage.record_table import RecordTable

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_KIND = re.compile(r"^[a-z_]{1,64}$")


class DocumentStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"  # by a solicitor: approved_by and approved_at say who and when


@dataclass(frozen=True, kw_only=True)
class GeneratedDocument(ClientRecord):
    kind: str                 # documents.DocumentKind value, e.g. "witness_statement"
    title: str
    template: str             # the wording it was built from, e.g. "england-wales/letters"
    template_version: int     # documents.TEMPLATE_VERSIONS[kind] at the time
    jurisdiction: Jurisdiction
    size: int
    sha256: str
    matter_id: int | None = None
    status: DocumentStatus = DocumentStatus.DRAFT
    privileged: bool = False
    author_id: int | None = None
    approved_by: int | None = None
    approved_at: str | None = None

    @property
    def is_approved(self) -> bool:
        return self.status == DocumentStatus.APPROVED

    def validate(self) -> None:
        if not _KIND.match(self.kind or ""):
            raise ValidationError("kind", "is not a document kind")
        check_text("title", self.title, required=True, limit=500)
        check_text("template", self.template, required=True, limit=200)
        if isinstance(self.template_version, bool) or not isinstance(self.template_version, int) \
                or self.template_version < 1:
            raise ValidationError("template_version", "must be a whole number from 1")
        check_enum("jurisdiction", self.jurisdiction, Jurisdiction)
        check_enum("status", self.status, DocumentStatus)
        if not _SHA256.match(self.sha256 or ""):
            raise ValidationError("sha256", "is not a SHA-256 hex digest")
        if (self.status == DocumentStatus.APPROVED) != (self.approved_at is not None):
            raise ValidationError("status", "an approved document records when it was approved")


class DocumentRepository:
    table = RecordTable("generated_documents", GeneratedDocument, what="document",
                        immutable=("kind", "template", "template_version", "jurisdiction",
                                   "size", "sha256", "author_id"))
    order_by = "created_at DESC, id DESC"

    def create_with_pdf(self, conn, document: GeneratedDocument, pdf: bytes,
                        word: bytes | None = None) -> GeneratedDocument:
        """`word`: the editable .docx copy made from the same input (schema 9), if any."""
        stored = self.table.insert(conn, document)
        label = sealed.label_for(conn, stored.client_id, stored.privileged)
        conn.execute("INSERT INTO generated_document_blobs (document_id, data) VALUES (?, ?)",
                     (stored.id, sealed.seal_blob(conn, "generated_document_blobs", stored.id,
                                                  label, pdf)))
        if word is not None:
            conn.execute("INSERT INTO generated_document_word (document_id, data) VALUES (?, ?)",
                         (stored.id, sealed.seal_blob(conn, "generated_document_word",
                                                      stored.id, label, word)))
        if label is not None:
            conn.execute("UPDATE generated_documents SET sealed_with = ? WHERE id = ?",
                         (label, stored.id))
        return stored

    def _open(self, conn, table: str, document_id: int) -> bytes | None:
        row = conn.execute(f"SELECT b.data, d.sealed_with, d.title, d.client_id FROM {table} b "
                           f"JOIN generated_documents d ON d.id = b.document_id "
                           f"WHERE b.document_id = ?", (document_id,)).fetchone()
        if row is None:
            return None
        try:
            return sealed.open_blob(conn, table, document_id, row[1], row[0])
        except sealed.SealedRecordError:
            from assist_desktop.storage.sealed_reseal import blob_failure
            raise sealed.SealedRecordError(blob_failure(conn, "generated_documents",
                                                        document_id, row[2], row[3])) from None

    def word(self, conn, document_id: int) -> bytes | None:
        return self._open(conn, "generated_document_word", document_id)

    def get(self, conn, document_id: int, *,
            include_deleted: bool = False) -> GeneratedDocument | None:
        return self.table.get(conn, document_id, include_deleted=include_deleted)

    def pdf(self, conn, document_id: int) -> bytes | None:
        return self._open(conn, "generated_document_blobs", document_id)

    def list_for_client(self, conn, client_id: int, *, kinds: frozenset[str] | None = None,
                        include_privileged: bool = True) -> list[GeneratedDocument]:
        """Live documents of one file, newest first; optionally only some kinds."""
        where = ["client_id = ?", "deleted_at IS NULL"]
        params: list = [client_id]
        if not include_privileged:
            where.append("privileged = 0")
        if kinds is not None:
            wanted = sorted(kinds)
            if not wanted:
                return []
            where.append(f"kind IN ({', '.join('?' for _ in wanted)})")
            params += wanted
        return self.table.select(conn, " AND ".join(where), tuple(params), self.order_by)

    def update(self, conn, document: GeneratedDocument) -> GeneratedDocument:
        """Save over `document.version` (EditConflict if it moved on); bytes never change
        (except on approval: replace_pdf)."""
        self.table.update(conn, document)
        return self.get(conn, document.id)

    def replace_pdf(self, conn, document: GeneratedDocument, pdf: bytes, sha256: str
                    ) -> GeneratedDocument:
        """Approval only: the same document re-rendered without its DRAFT mark. Saves
        `document` over its version (EditConflict if it moved on) with the new bytes, size
        and digest together, so the stored bytes always match the status and the checksum."""
        if not _SHA256.match(sha256 or ""):
            raise ValidationError("sha256", "is not a SHA-256 hex digest")
        self.table.update(conn, document)
        conn.execute("UPDATE generated_documents SET size = ?, sha256 = ? WHERE id = ?",
                     (len(pdf), sha256, document.id))
        label = conn.execute("SELECT sealed_with FROM generated_documents WHERE id = ?",
                             (document.id,)).fetchone()[0]
        conn.execute("UPDATE generated_document_blobs SET data = ? WHERE document_id = ?",
                     (sealed.seal_blob(conn, "generated_document_blobs", document.id, label,
                                       pdf), document.id))
        return self.get(conn, document.id)

    def soft_delete(self, conn, document_id: int, expected_version: int) -> GeneratedDocument:
        return self.table.soft_delete(conn, document_id, expected_version)

    def purge(self, conn, document_id: int) -> bool:
        """Hard delete: the bytes and the list of sources go with it (ON DELETE CASCADE)."""
        return self.table.purge(conn, document_id)

    # --- what it was built from (schema 8) ---------------------------------------------------
    def add_sources(self, conn, document_id: int, note_ids) -> None:
        """Record the notes the document was built from. A note purged since it was read
        would leave its text in the document: ValidationError, nothing is stored."""
        wanted = sorted(set(note_ids))
        if not wanted:
            return
        found = 0
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            found += conn.execute(f"SELECT count(*) FROM case_notes WHERE id IN "
                                  f"({', '.join('?' for _ in chunk)})", chunk).fetchone()[0]
        if found != len(wanted):
            raise ValidationError("notes", "a note this document was built from has just "
                                           "been purged; generate the document again")
        conn.executemany("INSERT OR IGNORE INTO generated_document_sources (document_id, "
                         "note_id) VALUES (?, ?)",
                         [(document_id, note_id) for note_id in wanted])

    def sources(self, conn, document_id: int) -> frozenset[int]:
        """The ids of the notes the document was built from."""
        rows = conn.execute("SELECT note_id FROM generated_document_sources WHERE "
                            "document_id = ?", (document_id,)).fetchall()
        return frozenset(row[0] for row in rows)

    def built_from_note(self, conn, note_id: int) -> list[int]:
        """Every document (deleted ones too) built from the note, directly or through a
        bundle's parts."""
        rows = conn.execute("SELECT document_id FROM generated_document_sources WHERE "
                            "note_id = ? ORDER BY document_id", (note_id,)).fetchall()
        return [row[0] for row in rows]
