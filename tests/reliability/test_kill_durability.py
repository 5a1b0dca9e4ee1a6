"""SIGKILL at random moments: every acknowledged save survives, nothing is half-written,
the checks pass, and a key rotation never leaves the database without a working key."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assist_desktop.storage.centre_repository import UserRepository
from tests.conftest import PASSPHRASE

ROUNDS = 50
ROOT = Path(__file__).resolve().parents[2]


def _run_and_kill(data_dir, mode, start, rng) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests/reliability/kill_worker.py"),
                             str(data_dir), mode, PASSPHRASE, str(start)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    # Let it get going (start-up takes a moment), then kill it at a random moment.
    deadline = time.monotonic() + 10
    first = proc.stdout.readline()
    assert first, proc.stderr.read()
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert time.monotonic() < deadline + 10
    return [first.strip()] + [line.strip() for line in proc.stdout.read().splitlines() if line.strip()]


@pytest.mark.slow
def test_acknowledged_saves_survive_sigkill(vault, centre_and_code, data_dir):
    centre_and_code[0].lock()
    rng = random.Random(20261127)
    acknowledged: list[str] = []
    for round_no in range(ROUNDS):
        lines = _run_and_kill(data_dir, "save", round_no * 100_000, rng)
        acknowledged += [line.split()[1] for line in lines if line.startswith("saved ")]
    centre = vault.unlock("admin", PASSPHRASE)
    try:
        users = {u.username: u for u in centre.db.read(UserRepository().list)}
        missing = [name for name in acknowledged if name not in users]
        assert not missing, f"{len(missing)} acknowledged saves lost"
        half = [u.username for u in users.values()
                if u.username != "admin" and u.roles != {"solicitor", "support_worker"}]
        assert not half, f"half-written records: {half[:5]}"
        assert centre.db.integrity_problems() == []
        assert centre.services.audit.first_broken_link() is None
    finally:
        centre.lock()
    assert len(acknowledged) > ROUNDS  # the test really exercised saves


@pytest.mark.slow
def test_key_rotation_survives_sigkill(vault, centre_and_code, data_dir):
    centre_and_code[0].lock()
    rng = random.Random(7)
    rotations = 0
    for round_no in range(ROUNDS):
        lines = _run_and_kill(data_dir, "rotate", round_no * 1000, rng)
        rotations += sum(1 for line in lines if line.startswith("rotated "))
        centre = vault.unlock("admin", PASSPHRASE)  # must always open
        try:
            assert centre.keeper.load().pending is None  # the interrupted rotation was settled
        finally:
            centre.lock()
    centre = vault.unlock("admin", PASSPHRASE)
    try:
        assert centre.db.integrity_problems() == []
    finally:
        centre.lock()
    assert rotations > 0
