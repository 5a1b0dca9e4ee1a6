"""Atomic file writes: temp file in the same directory, fsync, rename, fsync the directory.

A reader sees the old file or the new one, never half of either, even after a power cut.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


# Windows cannot fsync a directory; NTFS journals the rename (a metadata change) itself.
DIRECTORY_FSYNC = os.name == "posix"


def fsync_dir(directory: Path) -> None:
    if not DIRECTORY_FSYNC:
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: str | os.PathLike, data: bytes, *, mode: int = 0o600) -> None:
    """Write data to path atomically."""
    target = Path(path)
    directory = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        os.fchmod(fd, mode) if hasattr(os, "fchmod") else None
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
        fsync_dir(directory)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise


def atomic_write_text(path: str | os.PathLike, text: str, **kwargs) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), **kwargs)
