"""The command line settles a restore killed part-way before it opens the data folder, as the
desktop application does: it never opens (or reports missing) a half-restored centre."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
P1 = "correct horse battery staple 42"


def run(*args, stdin=""):
    env = dict(os.environ, ASSIST_INSECURE_FAST_KDF="1", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "assist_desktop", *args], input=stdin,
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def test_a_killed_restore_is_rolled_back_before_signing_in(tmp_path):
    d = tmp_path / "centre"
    made = run("init", "--data-dir", str(d), "--centre", "Riverside", "--jurisdiction",
               "scotland", "--admin", "ada", "--roles", "administrator", stdin=P1 + "\n")
    assert made.returncode == 0, made.stderr
    # killed after the live files were moved aside, before the restored ones went in
    safety, staging = d / "restore-safety-20260101-000000", d / ".restore-staging-x"
    safety.mkdir()
    staging.mkdir()
    for path in list(d.iterdir()):
        if path.is_file() and path.name.startswith(("assist.db", "keyslots.json")):
            os.replace(path, safety / path.name)
    (staging / "assist.db").write_bytes(b"half a restored database")
    (d / "restore-journal.json").write_text(json.dumps({"staging": staging.name,
                                                        "safety": safety.name}))

    listed = run("user", "list", "--data-dir", str(d), "--as", "ada", stdin=P1 + "\n")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith("ada\t")
    assert (d / "assist.db").is_file() and (d / "keyslots.json").is_file()
    assert not (d / "restore-journal.json").exists() and not staging.exists()
