"""Attachments: files kept encrypted in the database. Privileged ones are for solicitors; an
attachment linked to a privileged note is privileged too (the repository stores and reads it
so, `privileged` below is always that effective value). Opening one checks its SHA-256, so a
damaged blob is reported rather than shown."""
from __future__ import annotations

import dataclasses

from assist_desktop.services.erasure import remove_old_copies
from assist_desktop.domain.attachments import Attachment, check_blob, digest, intact
from assist_desktop.domain.errors import (DamagedStoreError, NotFound, PermissionDenied,
                                          ValidationError)
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService, changed_fields
from assist_desktop.storage.attachment_repository import AttachmentRepository
from assist_desktop.storage.record_table import truncate_wal

Area = perm.Area


class AttachmentService(CaseService):
    def __init__(self, db, session, audit):
        super().__init__(db, session, audit)
        self._attachments = AttachmentRepository()

    @property
    def _privileged_ok(self) -> bool:
        return perm.may_see_privileged(self._session)

    def _existing(self, conn, attachment_id: int) -> Attachment:
        found = self._attachments.get(conn, attachment_id)
        if found is None or (found.privileged and not self._privileged_ok):
            raise NotFound("attachment")
        self._visible_client(conn, found.client_id)
        return found

    def list(self, client_id: int, *, note_id: int | None = None,
             matter_id: int | None = None) -> list[Attachment]:
        perm.require(self._session, Area.ATTACHMENT)

        def read(conn):
            self._visible_client(conn, client_id)
            self._log(conn, "read", "client", client_id, "attachments")
            return self._attachments.list_visible(conn, client_id, note_id=note_id,
                                                  matter_id=matter_id,
                                                  include_privileged=self._privileged_ok)
        return self._audited(read)

    def get(self, attachment_id: int) -> Attachment:
        perm.require(self._session, Area.ATTACHMENT)

        def read(conn):
            found = self._existing(conn, attachment_id)
            self._log(conn, "read", "client", found.client_id, f"attachment_info:{attachment_id}")
            return found
        return self._audited(read)

    def open(self, attachment_id: int) -> bytes:
        """The file's bytes (held in memory only; never written to a temp file here)."""
        perm.require(self._session, Area.ATTACHMENT)

        def read(conn):
            found = self._existing(conn, attachment_id)
            data = self._attachments.data(conn, attachment_id)
            self._log(conn, "read", "client", found.client_id, f"attachment:{attachment_id}")
            return found, data
        found, data = self._audited(read)
        if not intact(found, data):
            raise DamagedStoreError("This attachment is damaged (its checksum does not match). "
                                    "Restore it from a backup.")
        return data

    def add(self, client_id: int, name: str, mime_type: str, data: bytes, *,
            matter_id: int | None = None, note_id: int | None = None, privileged: bool = False,
            description: str = "") -> Attachment:
        perm.require(self._session, Area.ATTACHMENT, write=True)
        if privileged and not self._privileged_ok:
            raise PermissionDenied("Only a solicitor can mark a document as legally privileged.")
        if not isinstance(data, (bytes, bytearray)):
            raise ValidationError("data", "must be the file's bytes")
        attachment = Attachment(client_id=client_id, name=name, mime_type=mime_type,
                                size=len(data), sha256=digest(bytes(data)), matter_id=matter_id,
                                note_id=note_id, privileged=privileged, description=description,
                                uploaded_by=self._session.user_id)
        attachment.validate()
        check_blob(attachment, bytes(data))

        def write(conn):
            self._visible_client(conn, client_id)
            self._check_links(conn, client_id, attachment)
            stored = self._attachments.create_with_data(conn, attachment, bytes(data))
            self._log(conn, "create", "attachment", stored.id, f"client:{client_id}")
            return stored
        return self._db.write(write)

    def update(self, attachment: Attachment) -> Attachment:
        """Rename, describe, relink or (solicitors) change privilege; the bytes never change."""
        perm.require(self._session, Area.ATTACHMENT, write=True)
        attachment.validate()

        def write(conn):
            existing = self._existing(conn, attachment.id)
            if attachment.privileged != existing.privileged and not self._privileged_ok:
                raise PermissionDenied("Only a solicitor can change whether a document is "
                                       "privileged.")
            if (attachment.client_id, attachment.size, attachment.sha256) != (
                    existing.client_id, existing.size, existing.sha256):
                raise ValidationError("attachment", "the file and its client do not change")
            self._check_links(conn, existing.client_id, attachment)
            stored = self._attachments.update(conn, dataclasses.replace(
                attachment, uploaded_by=existing.uploaded_by))
            self._log(conn, "update", "attachment", attachment.id,
                      f"client:{existing.client_id} fields:{changed_fields(existing, stored)}")
            return stored
        return self._db.write(write)

    def delete(self, attachment_id: int, expected_version: int) -> Attachment:
        perm.require(self._session, Area.ATTACHMENT, write=True)

        def write(conn):
            existing = self._existing(conn, attachment_id)
            stored = self._attachments.soft_delete(conn, attachment_id, expected_version)
            self._log(conn, "delete", "attachment", attachment_id, f"client:{existing.client_id}")
            return stored
        return self._db.write(write)

    def purge(self, attachment_id: int) -> None:
        perm.require_administrator(self._session, "purge an attachment")

        def write(conn):
            found = self._attachments.get(conn, attachment_id, include_deleted=True)
            if found is None or not found.is_deleted:
                raise NotFound("deleted attachment")
            self._attachments.purge(conn, attachment_id)
            self._log(conn, "purge", "attachment", attachment_id, f"client:{found.client_id}")
        self._db.write(write)
        self._db.read(truncate_wal)
        remove_old_copies(self._db, self._audit, "purge")
