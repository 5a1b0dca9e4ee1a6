"""A file leaving the encrypted store (a client file export, a document's "Save as…"): the
target checked before any work, the audit row committed by the caller, then the bytes written
atomically with mode 0600; if the write fails, an export_failed row follows and the caller is
told nothing was saved."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from assist_desktop.domain.errors import AssistError, ValidationError
from assist_desktop.platform.atomic import atomic_write_bytes


def check_export_target(target: Path, *, replace: bool = False) -> None:
    """Refuse before any work: a file that exists (unless replace), a folder, no folder."""
    if target.exists() and not target.is_file():
        raise ValidationError("file", "is a folder or not a regular file; nothing was written")
    if target.exists() and not replace:
        raise ValidationError("file", "already exists; nothing was written")
    if not target.parent.is_dir():
        raise ValidationError("file", "the folder does not exist; nothing was written")


def write_export(target: Path, data: bytes, record_failure: Callable[[], None]) -> None:
    """Write `data` to `target` (0600, atomically). On an OSError, `record_failure` is called
    (best effort: the write error is what the caller must see) and AssistError raised."""
    try:
        atomic_write_bytes(target, data, mode=0o600)
    except OSError as exc:
        try:
            record_failure()
        except Exception:  # noqa: BLE001 - the write error is what the caller must see
            pass
        reason = exc.strerror or "input/output error"
        raise AssistError(f"The file could not be written ({reason}); nothing was "
                          f"saved.") from None
