"""Byte-range locks between processes: the key file's lock, and "is this byte locked elsewhere".

The GUI, the command line and a scheduled backup may all change keyslots.json; each
load-modify-save holds `exclusive` so no change is lost between another's read and write.
`byte_locked_elsewhere` asks whether another process holds a lock on one byte of a file (how
SQLite marks an open connection in a WAL database's -shm file).

Both are written once per OS family against that OS's module: `WindowsLocks` against
`msvcrt`'s API, `PosixLocks` against `fcntl`'s. The Windows code takes its module as an
argument, so the tests run it here against an msvcrt-shaped module built on real POSIX record
locks (tests/unit/msvcrt_shaped.py): a typo in a Windows-only line fails on Linux too.
"""
from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from types import ModuleType


class WindowsLocks:
    """msvcrt.locking locks `nbytes` from the file's current position (LockFile underneath);
    LK_NBLCK raises OSError at once when another handle holds any lock on that range."""

    def __init__(self, msvcrt: ModuleType):
        self.msvcrt = msvcrt

    def lock(self, fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        self.msvcrt.locking(fd, self.msvcrt.LK_NBLCK, 1)

    def unlock(self, fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        self.msvcrt.locking(fd, self.msvcrt.LK_UNLCK, 1)

    def byte_locked_elsewhere(self, path: Path, offset: int) -> bool:
        # Windows cannot ask without trying: take an exclusive lock on the byte and give it
        # straight back. Unlike POSIX, a lock held by this process's own handles counts too.
        try:
            fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except OSError:
            return False
        try:
            os.lseek(fd, offset, os.SEEK_SET)
            try:
                self.msvcrt.locking(fd, self.msvcrt.LK_NBLCK, 1)
            except OSError:
                return True
            os.lseek(fd, offset, os.SEEK_SET)
            self.msvcrt.locking(fd, self.msvcrt.LK_UNLCK, 1)
            return False
        finally:
            os.close(fd)


class PosixLocks:
    """flock for the key file's lock; F_GETLK (which takes no lock) for the byte question.
    POSIX record locks belong to the process, so this process's own locks never count."""

    def __init__(self, fcntl: ModuleType):
        self.fcntl = fcntl

    def lock(self, fd: int) -> None:
        self.fcntl.flock(fd, self.fcntl.LOCK_EX | self.fcntl.LOCK_NB)

    def unlock(self, fd: int) -> None:
        self.fcntl.flock(fd, self.fcntl.LOCK_UN)

    def byte_locked_elsewhere(self, path: Path, offset: int) -> bool:
        import struct
        import sys
        f = self.fcntl
        darwin = sys.platform == "darwin"  # struct flock's field order differs on macOS
        layout = "qqihh" if darwin else "hhqqi0q"
        request = (struct.pack(layout, offset, 1, 0, f.F_WRLCK, os.SEEK_SET) if darwin
                   else struct.pack(layout, f.F_WRLCK, os.SEEK_SET, offset, 1, 0))
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return False
        try:
            answer = struct.unpack(layout, f.fcntl(fd, f.F_GETLK, request))
        except OSError:
            return False
        finally:
            os.close(fd)
        return (answer[3] if darwin else answer[0]) != f.F_UNLCK


def _native() -> WindowsLocks | PosixLocks:
    if os.name == "nt":
        import msvcrt
        return WindowsLocks(msvcrt)
    import fcntl
    return PosixLocks(fcntl)


LOCKS = _native()


@contextlib.contextmanager
def exclusive(lock_path: Path, timeout: float = 30.0,
              locks: WindowsLocks | PosixLocks | None = None):
    locks = locks or LOCKS
    lock_path = Path(lock_path)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                locks.lock(fd)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise TimeoutError("another ASSIST Desktop program is changing the key file; "
                                       "try again in a moment") from None
                time.sleep(0.05)
        try:
            yield
        finally:
            locks.unlock(fd)
    finally:
        os.close(fd)


def byte_locked_elsewhere(path: Path, offset: int,
                          locks: WindowsLocks | PosixLocks | None = None) -> bool:
    """True if another process holds a lock on byte `offset` of `path`; False if the file is
    missing or the question cannot be asked."""
    return (locks or LOCKS).byte_locked_elsewhere(Path(path), offset)
