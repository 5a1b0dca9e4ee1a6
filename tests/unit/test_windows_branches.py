"""The Windows branches of the platform layer, run here against an msvcrt-shaped module.

Windows and macOS builds are made by the release workflow, not on this project's machines, so
these tests are what keeps a typo in a Windows-only line from reaching a centre: the code paths
run for real, with locks that really contend between two processes.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assist_desktop.platform import file_lock
from assist_desktop.platform.file_lock import WindowsLocks
from assist_desktop.storage import snapshot
from tests.unit import msvcrt_shaped

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = WindowsLocks(msvcrt_shaped)


def _holder(script: str, *args: str) -> subprocess.Popen:
    """A second process that runs `script`, prints 'held' and waits for a line on stdin."""
    code = textwrap.dedent(script) + "\nprint('held', flush=True)\nsys.stdin.readline()\n"
    proc = subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdout.readline().strip() == "held"
    return proc


def _release(proc: subprocess.Popen) -> None:
    proc.stdin.write("\n")
    proc.stdin.flush()
    assert proc.wait(timeout=30) == 0


def test_key_file_lock_windows_branch_excludes_another_process(tmp_path):
    lock = tmp_path / "keyslots.json.lock"
    holder = _holder("""
        import sys
        from pathlib import Path
        from assist_desktop.platform.file_lock import WindowsLocks, exclusive
        from tests.unit import msvcrt_shaped
        cm = exclusive(Path(sys.argv[1]), locks=WindowsLocks(msvcrt_shaped))
        cm.__enter__()
    """, str(lock))
    try:
        with pytest.raises(TimeoutError, match="changing the key file"):
            with file_lock.exclusive(lock, timeout=0.2, locks=WINDOWS):
                pass
    finally:
        _release(holder)
    msvcrt_shaped.calls.clear()
    with file_lock.exclusive(lock, timeout=5, locks=WINDOWS):
        pass
    # One byte at offset 0 locked without blocking, then unlocked from offset 0.
    assert msvcrt_shaped.calls == [(msvcrt_shaped.LK_NBLCK, 0, 1),
                                   (msvcrt_shaped.LK_UNLCK, 0, 1)]


def _open_wal_database(path: Path) -> str:
    return f"""
        import sys
        import sqlcipher3
        conn = sqlcipher3.connect({str(path)!r})
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE IF NOT EXISTS t(x)")
        conn.execute("INSERT INTO t VALUES (1)")
        conn.commit()
    """


@pytest.mark.parametrize("branch", ["windows", "native"])
def test_database_in_use_sees_another_process(tmp_path, branch, monkeypatch):
    if branch == "windows":
        monkeypatch.setattr(file_lock, "LOCKS", WINDOWS)
    db = tmp_path / "assist.db"
    holder = _holder(_open_wal_database(db))
    try:
        assert Path(f"{db}-shm").exists()
        assert snapshot.database_in_use(db) is True
    finally:
        _release(holder)
    assert snapshot.database_in_use(db) is False


def test_windows_branch_answers_no_for_a_missing_file(tmp_path):
    assert WINDOWS.byte_locked_elsewhere(tmp_path / "absent-shm", 128) is False
    assert snapshot.database_in_use(tmp_path / "absent.db") is False


def test_atomic_write_windows_branch(tmp_path, monkeypatch):
    """Windows has no os.fchmod and no directory fsync: the write still lands whole."""
    from assist_desktop.platform import atomic
    monkeypatch.delattr(atomic.os, "fchmod")
    synced: list[str] = []
    real_open = atomic.os.open

    def no_directory_open(path, flags, *args):
        if Path(path).is_dir():
            synced.append(str(path))  # the POSIX branch opens the folder to fsync it
        return real_open(path, flags, *args)

    monkeypatch.setattr(atomic.os, "open", no_directory_open)
    monkeypatch.setattr(atomic, "DIRECTORY_FSYNC", False)  # as on Windows
    target = tmp_path / "keyslots.json"
    target.write_bytes(b"old")
    atomic.atomic_write_bytes(target, b"new contents")
    monkeypatch.undo()
    assert target.read_bytes() == b"new contents"
    assert synced == []  # the Windows branch was taken
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]  # no temp file left
