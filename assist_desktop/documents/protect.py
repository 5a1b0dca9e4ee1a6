"""Password-protect a PDF for "Save as…" (AES-256, via pypdf and cryptography).

The file leaves the encrypted store when saved; the GUI warns about that. Text extraction
and printing stay allowed for whoever has the password.
"""
from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter

from assist_desktop.domain.errors import ValidationError

MIN_LENGTH = 8


def check_password(password: str | None) -> None:
    """ValidationError unless `password` is long enough to protect a PDF with."""
    if len(password or "") < MIN_LENGTH:
        raise ValidationError("password", f"must be at least {MIN_LENGTH} characters")


def protect(pdf: bytes, password: str) -> bytes:
    """The same PDF encrypted with AES-256; it opens only with `password`."""
    check_password(password)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
