"""Removing a copy overwrites its bytes before unlinking it (seen through a hard link, which
keeps the same blocks), and never follows a symbolic link out of the folder removed."""
from __future__ import annotations

import os

from assist_desktop.platform import secure_delete


def test_a_file_is_overwritten_before_it_is_unlinked(tmp_path):
    path = tmp_path / "copy.db"
    path.write_bytes(b"her statement " * 100_000)
    witness = tmp_path / "witness"
    os.link(path, witness)                  # the same inode: sees what remove_file wrote
    secure_delete.remove_file(path)
    assert not path.exists()
    data = witness.read_bytes()
    assert len(data) == 1_400_000 and data == bytes(len(data))


def test_a_tree_goes_without_following_links(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("not ours")
    tree = tmp_path / "restore-safety-1"
    (tree / "sub").mkdir(parents=True)
    (tree / "sub" / "assist.db").write_bytes(b"x" * 5000)
    (tree / "keyslots.json").write_text("{}")
    (tree / "link").symlink_to(outside)
    secure_delete.remove_tree(tree)
    assert not tree.exists() and outside.read_text() == "not ours"
    secure_delete.remove_tree(tree)         # already gone: no error
