"""Full disks, files too large, read-only folders, a database in use, and kill -9 at any
moment of a backup or a restore: no bad file under a backup name, the live database intact."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assist_desktop.backup import ReplacedCentre
from assist_desktop.backup import (BackupSecret, DestinationError, RestoreError, create_backup,
                                   list_backups, restore_backup, settle_interrupted_restore,
                                   verify_backup)
from assist_desktop.backup.destination import TEMP_PREFIX
from assist_desktop.security.kdf import TEST_PARAMETERS
from backup_world import BACKUP_PASSPHRASE, dump, files_state, source_of
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
CHILD = ROOT / "tests" / "backup" / "backup_child.py"
SECRET = BackupSecret.passphrase(BACKUP_PASSPHRASE)


def _child(job: dict) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, str(CHILD)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    proc.stdin.write(json.dumps(job) + "\n")
    proc.stdin.flush()
    return proc


def _job(centre, dest, mode="once", **extra) -> dict:
    return {"mode": mode, "db_path": str(centre.db.path), "key": centre.keeper.data_key.hex(),
            "database_id": centre.centre.database_id, "slots_path": str(centre.keeper.slots_path),
            "dest": str(dest), "passphrase": BACKUP_PASSPHRASE, **extra}


def _live_intact(centre, expected) -> None:
    assert centre.db.integrity_problems() == []
    assert centre.db.read(dump) == expected


@pytest.mark.parametrize("where", ["while copying the database", "while writing the file"])
def test_file_too_large_at_the_destination(filled, make_backup, dest, tmp_path, where):
    """RLIMIT_FSIZE in a child: a write past the limit fails with EFBIG (as on FAT32)."""
    reference = make_backup(folder=tmp_path)        # a backup of the same data, for its sizes
    limit = 100_000 if where.startswith("while copying") else reference.size - 200
    expected = filled.db.read(dump)
    proc = _child(_job(filled, dest, fsize_limit=limit))
    out, err = proc.communicate(timeout=120)
    lines = [line for line in out.splitlines() if line != "started"]
    assert len(lines) == 1 and lines[0].startswith("error DestinationError: "), (out, err)
    assert "removed" in lines[0] and "not changed" in lines[0]
    assert list(dest.iterdir()) == []               # the partial files are gone
    _live_intact(filled, expected)


def _mount_tmpfs(path: Path, options: str) -> None:
    path.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")


@pytest.fixture
def small_disk(tmp_path):
    mounted = []

    def make(size: int, read_only: bool = False) -> Path:
        path = tmp_path / f"disk{len(mounted)}"
        _mount_tmpfs(path, f"size={size}" + (",ro" if read_only else ""))
        mounted.append(path)
        return path
    yield make
    for path in mounted:
        subprocess.run(["umount", str(path)], capture_output=True)


@pytest.mark.parametrize("room,version", [
    ("less than the database", 3), ("less than the backup", 3),
    # format 2 wrote a temporary copy of the database beside the backup
    ("less than the database", 2), ("less than database and backup", 2)])
def test_disk_full_at_the_destination(filled, make_backup, small_disk, tmp_path, room, version):
    reference = make_backup(folder=tmp_path, format_version=version)
    size = {"less than the database": 256 * 1024, "less than the backup": reference.size // 2,
            "less than database and backup": int(reference.size * 1.5)}[room]
    disk = small_disk(size)
    expected = filled.db.read(dump)
    with pytest.raises(DestinationError, match="drive is full"):
        make_backup(folder=disk, format_version=version)
    assert list(disk.iterdir()) == []
    _live_intact(filled, expected)


def test_read_only_destination(filled, small_disk, tmp_path):
    if os.geteuid() == 0:
        folder = small_disk(1 << 20, read_only=True)
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o500)
    with pytest.raises(DestinationError, match="read-only"):
        create_backup(source_of(filled), folder, BACKUP_PASSPHRASE, kdf_params=TEST_PARAMETERS)


def test_restore_refused_while_another_process_has_the_database_open(make_backup, filled,
                                                                    data_dir):
    path = make_backup().path
    key = filled.keeper.data_key.hex()
    over = ReplacedCentre.of(filled)
    filled.lock()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; sys.path.insert(0, sys.argv[1]);"
         "from assist_desktop.storage.database import Database;"
         "db = Database.open(sys.argv[2], bytes.fromhex(sys.argv[3]));"
         "db.read(lambda c: c.execute('SELECT 1').fetchone()); print('open', flush=True);"
         "time.sleep(60)", str(ROOT), str(filled.db.path), key],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = files_state(data_dir)
        with pytest.raises(RestoreError, match="has this data folder open"):
            restore_backup(path, data_dir, SECRET, replacing=over)
        assert files_state(data_dir) == before
    finally:
        holder.kill()
        holder.wait()
    restore_backup(path, data_dir, SECRET, replacing=over)    # closed: now it goes ahead


@pytest.mark.slow
def test_kill_during_backup_creation(filled, dest):
    """SIGKILL at random moments of many backups: every file under a backup name verifies."""
    rng = random.Random(20261122)
    expected = filled.db.read(dump)
    made = 0
    rounds = 30
    for round_ in range(rounds):
        proc = _child(_job(filled, dest, mode="loop"))
        assert proc.stdout.readline().strip() == "started", proc.stderr.read()
        if round_ == rounds - 1:
            # the last round always finishes one backup first, so `made > 0` does not hang on
            # the random sleeps
            first = proc.stdout.readline()
            assert first.startswith("made "), first + proc.stderr.read()
            made += 1
        time.sleep(rng.uniform(0.0, 1.5))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        made += sum(1 for line in proc.stdout.read().splitlines() if line.startswith("made "))
    backups = list_backups(dest)
    assert all(b.ok for b in backups), [b.state for b in backups]
    for listing in backups:
        verify_backup(listing.path, SECRET, work_dir=dest.parent)
    assert len(backups) >= made > 0
    _live_intact(filled, expected)
    # The next backup removes what the killed ones left behind.
    create_backup(source_of(filled), dest, BACKUP_PASSPHRASE, kdf_params=TEST_PARAMETERS)
    assert not [p for p in dest.iterdir() if p.name.startswith(TEMP_PREFIX)]


@pytest.mark.slow
def test_kill_at_every_step_of_a_restore(make_backup, filled, vault, data_dir):
    """Dying at each rename of a restore: settling leaves the old centre or the restored one."""
    path = make_backup().path
    filled.db.write(lambda c: c.execute("INSERT INTO zz_keyed VALUES ('after', 'later')"))
    database_id = filled.centre.database_id
    filled.lock()

    def marker() -> int:
        centre = vault.unlock("admin", PASSPHRASE)
        try:
            return centre.db.read(lambda c: c.execute(
                "SELECT count(*) FROM zz_keyed WHERE code = 'after'").fetchone()[0])
        finally:
            centre.lock()
    outcomes = set()
    for die_at in range(1, 16):
        proc = _child({"mode": "restore", "file": str(path), "data_dir": str(data_dir),
                       "passphrase": BACKUP_PASSPHRASE, "die_at": die_at,
                       "database_id": database_id})
        out, err = proc.communicate(timeout=120)
        settle_interrupted_restore(data_dir)
        state = marker()                  # opens: either the old centre (1) or the backup (0)
        outcomes.add((proc.returncode == 0, state))
        assert not list(data_dir.glob(".restore-staging-*"))
        assert not (data_dir / "restore-journal.json").exists()
        if proc.returncode == 0:
            assert state == 0
            break
        if state == 0:                    # killed after the restore completed: undo for next
            restore_backup_back(data_dir)
    assert (False, 1) in outcomes and (True, 0) in outcomes


def restore_backup_back(data_dir: Path) -> None:
    """Put the newest safety copy back (what a person would do by hand)."""
    safety = sorted(data_dir.glob("restore-safety-*"))[-1]
    for name in ("assist.db", "keyslots.json"):
        os.replace(safety / name, data_dir / name)
