"""Removing files that held the centre's data as well as the filesystem allows.

Each file is overwritten in place with zeros (in 1 MiB blocks), flushed to the disk (fsync),
then unlinked, and its folder fsynced. On a classic filesystem (ext4 in its default mode,
NTFS, FAT) on a spinning disk this destroys the old bytes. On copy-on-write filesystems
(btrfs, ZFS, APFS) and on SSDs/flash (wear levelling) the overwrite may land in new blocks and
the old ones survive until the disk reuses them: no program can promise more there. What then
protects the old bytes is their encryption: every database copy is SQLCipher-encrypted and its
key is only sealed in its key file, under the passphrases the centre had at the time.
"""
from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from assist_desktop.platform.atomic import fsync_dir

log = logging.getLogger(__name__)
_BLOCK = 1 << 20


def _overwrite(path: Path) -> None:
    try:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    except OSError:
        pass
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(fd).st_size
        zeros = bytes(_BLOCK)
        done = 0
        while done < size:
            done += os.write(fd, zeros[:min(_BLOCK, size - done)])
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_file(path: Path) -> None:
    """Overwrite, then unlink path (a missing file is no error). Raises OSError when the file
    could not be unlinked; an overwrite that fails (read-only medium) still unlinks."""
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return
    if path.is_file() and not path.is_symlink():
        try:
            _overwrite(path)
        except OSError:
            log.warning("a file could not be overwritten before removal")
    path.unlink()


def remove_tree(folder: Path) -> None:
    """remove_file for every file under folder, then the folders themselves (deepest first).
    Symbolic links are unlinked, never followed."""
    folder = Path(folder)
    if not folder.exists() and not folder.is_symlink():
        return
    if folder.is_symlink() or not folder.is_dir():
        remove_file(folder)
        return
    for root, dirs, files in os.walk(folder, topdown=False):
        for name in files:
            remove_file(Path(root) / name)
        for name in dirs:
            sub = Path(root) / name
            if sub.is_symlink():
                sub.unlink()
            else:
                sub.rmdir()
    folder.rmdir()
    fsync_dir(folder.parent)
