"""Deleted documents (administrators): the list by reference, kind and dates only, and
restoring one, as the delete question promises ("An administrator can still restore it").
Audited like restoring a file."""
from __future__ import annotations

from assist_desktop.domain.errors import AssistError
from assist_desktop.services import permissions as perm
from assist_desktop.storage.deleted_document_repository import (DeletedDocument,
                                                                DeletedDocumentRepository)

__all__ = ["DeletedDocument", "DeletedDocumentService", "FileStillDeleted"]


class FileStillDeleted(AssistError):
    def __init__(self, reference: str):
        super().__init__(f"Her file {reference} is deleted too. Restore the file first (Deleted "
                         f"files), then the document.")


class DeletedDocumentService:
    def __init__(self, db, session, audit, repository: DeletedDocumentRepository | None = None):
        self._db, self._session, self._audit = db, session, audit
        self._repo = repository or DeletedDocumentRepository()

    def list(self) -> list[DeletedDocument]:
        perm.require_administrator(self._session, "list deleted documents")
        return self._db.read(self._repo.list)

    def restore(self, document_id: int, expected_version: int) -> DeletedDocument:
        """Back in her file's Documents tab, with the status it had (draft or approved)."""
        perm.require_administrator(self._session, "restore a deleted document")

        def write(conn):
            found = self._repo.get(conn, document_id)
            if found.file_deleted:
                raise FileStillDeleted(found.reference)
            self._repo.restore(conn, document_id, expected_version)
            self._audit.record(conn, "restore", "document", str(document_id),
                               f"client:{found.client_id}")
            return found
        return self._db.write(write)
