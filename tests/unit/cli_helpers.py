"""Running `python -m assist_desktop` as a script would, for the command-line tests.

Imported as ``from tests.unit.cli_helpers import ...``.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
P1 = PASSPHRASE              # the administrator's sign-in passphrase in these tests
P2 = OTHER_PASSPHRASE        # everyone else's


def run(*args, stdin: str = "", timeout: float = 300) -> subprocess.CompletedProcess:
    """assist-desktop with args in a subprocess (fast test Argon2), stdin given as text."""
    env = dict(os.environ, ASSIST_INSECURE_FAST_KDF="1", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "assist_desktop", *args], input=stdin,
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=timeout)


def one_line_error(result, *fragments: str) -> str:
    """Exit code 1 and exactly one 'assist-desktop: ' line on stderr holding every fragment,
    never a traceback. Returns that line."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("assist-desktop: "), result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]
