"""An msvcrt-shaped module for running the Windows branches of the platform layer on Linux.

`locking(fd, mode, nbytes)` behaves as msvcrt's does: it locks (or unlocks) `nbytes` bytes from
the file's current position, LK_NBLCK raises OSError at once when another process holds a
conflicting lock, and LK_LOCK retries (msvcrt: ten times, a second apart; here briefly). It is
built on real POSIX record locks (fcntl.lockf from SEEK_CUR), so two processes really contend.
"""
from __future__ import annotations

import fcntl
import os
import time

LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4
calls: list[tuple[int, int, int]] = []  # (mode, position, nbytes), to check what was asked


def locking(fd: int, mode: int, nbytes: int) -> None:
    position = os.lseek(fd, 0, os.SEEK_CUR)
    calls.append((mode, position, nbytes))
    if mode == LK_UNLCK:
        fcntl.lockf(fd, fcntl.LOCK_UN, nbytes, 0, os.SEEK_CUR)
        return
    if mode not in (LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK):
        raise ValueError(f"bad locking mode {mode}")
    tries = 10 if mode in (LK_LOCK, LK_RLCK) else 1
    for attempt in range(tries):
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, nbytes, 0, os.SEEK_CUR)
            return
        except OSError:
            if attempt == tries - 1:
                raise OSError(36, "Resource deadlock avoided") from None  # msvcrt's EDEADLOCK
            time.sleep(0.01)
