"""A wheel that works: `python -m build --wheel`, `pip install` of it into a clean venv, and the
installed program's `--self-test` (fonts, wording, rules, translations and icons are package
data, found by the same locator as in the source tree and the frozen build).

Slow (a venv with PySide6 is a few hundred MB); pip takes the dependencies from its cache or
the index, pinned by constraints.txt.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Built from a copy of the tracked files, so no build/ folder is left in the tree and
    nothing untracked (or stale from an earlier build) can slip into the wheel."""
    source, out = tmp_path_factory.mktemp("source"), tmp_path_factory.mktemp("wheel")
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True,
                             capture_output=True).stdout.decode().split("\0")
    for name in filter(None, tracked):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                    str(out), str(source)], check=True, capture_output=True, timeout=600)
    (found,) = out.glob("assist_desktop-*.whl")
    return found


def test_wheel_carries_every_resource(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / "assist_desktop" / "resources")
               .rglob("*") if p.is_file()}
    assert shipped and shipped <= names, sorted(shipped - names)[:10]
    assert "assist_desktop/resources/rules/deadline_rules.json" in names
    assert not any(n.startswith(("tests/", "tools/")) for n in names)


def test_installed_wheel_passes_its_self_test(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    py = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    install = subprocess.run([str(py), "-m", "pip", "install", "--quiet", "-c",
                              str(ROOT / "constraints.txt"), str(wheel)],
                             capture_output=True, text=True, timeout=900)
    assert install.returncode == 0, install.stdout + install.stderr
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(QT_QPA_PLATFORM="offscreen", ASSIST_DATA_DIR=str(tmp_path / "unused"))
    # Run from an empty folder, so nothing of the source tree can be imported by accident.
    result = subprocess.run([str(venv / "bin" / "assist-desktop"), "--self-test"], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "self-test passed"
