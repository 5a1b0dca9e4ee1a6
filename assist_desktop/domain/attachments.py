"""Files attached to a client's file (letters, decisions, medical reports), kept encrypted in
the database. The metadata travels without the bytes; the blob is loaded only when opened."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.records import ClientRecord, check_count, check_text

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_MIME = re.compile(r"^[\w.+-]+/[\w.+-]+$")


@dataclass(frozen=True, kw_only=True)
class Attachment(ClientRecord):
    name: str
    mime_type: str
    size: int
    sha256: str
    matter_id: int | None = None
    note_id: int | None = None
    privileged: bool = False
    description: str = ""
    uploaded_by: int | None = None

    def validate(self) -> None:
        check_text("name", self.name, required=True, limit=500)
        if "/" in self.name or "\\" in self.name:
            raise ValidationError("name", "must be a file name, not a path")
        if not _MIME.match(self.mime_type):
            raise ValidationError("mime_type", "is not a media type such as application/pdf")
        check_count("size", self.size)
        if self.size > MAX_ATTACHMENT_BYTES:
            raise ValidationError("size", "the file is too large to attach")
        if not _SHA256.match(self.sha256):
            raise ValidationError("sha256", "is not a SHA-256 hex digest")
        check_text("description", self.description, limit=5000)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def intact(record, data: bytes | None) -> bool:
    """Whether stored bytes are those a record (an attachment, a generated document: anything
    with `size` and `sha256`) describes; missing bytes are not."""
    return data is not None and len(data) == record.size and digest(data) == record.sha256


def check_blob(attachment: Attachment, data: bytes) -> None:
    """The bytes are the ones the metadata describes (size and hash)."""
    if len(data) != attachment.size:
        raise ValidationError("size", "does not match the file")
    if digest(data) != attachment.sha256:
        raise ValidationError("sha256", "does not match the file")
