"""`assist-desktop --self-test` from the source tree, and the packaging files that need no build.

The frozen program is tested in test_frozen_build.py (slow: it runs PyInstaller).
"""
from __future__ import annotations

import configparser
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assist_desktop.cli import main, self_test

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
CHECK_NAMES = [name for name, _ in self_test.CHECKS]


def test_every_check_passes_from_source(qapp):
    out = io.StringIO()
    assert self_test.run(out) == 0, out.getvalue()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("ASSIST Desktop ") and "(from source;" in lines[0]
    for name in CHECK_NAMES:
        assert any(line.split()[:2] == ["ok", name] for line in lines), (name, lines)
    assert lines[-1] == "self-test passed"


def test_a_failing_check_fails_the_run_with_one_line(monkeypatch):
    def broken(_state):
        raise RuntimeError("the fonts folder is empty")

    def fine(_state):
        return "fine"
    monkeypatch.setattr(self_test, "CHECKS", [("first", fine), ("second", broken),
                                              ("third", fine)])
    out = io.StringIO()
    assert self_test.run(out) == 1
    lines = out.getvalue().splitlines()
    assert lines[1].startswith("ok    first")
    assert lines[2].startswith("FAIL  second") and "RuntimeError: the fonts folder is empty" in lines[2]
    assert lines[3].startswith("ok    third")
    assert lines[-1] == "self-test FAILED (1 of 3 checks)"
    assert "Traceback" not in out.getvalue()


def test_qt_check_is_not_run_without_a_pdf():
    with pytest.raises(self_test.CheckFailed, match="no PDF"):
        self_test.check_qt(self_test._State())


def test_the_recovery_sheet_builder_is_found():
    build = self_test._recovery_sheet_builder()
    assert build.__module__.startswith("assist_desktop.documents.")


@pytest.mark.slow
def test_self_test_flag_on_the_command_line(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASSIST_DATA_DIR=str(tmp_path / "unused"))
    result = subprocess.run([sys.executable, "-m", "assist_desktop", "--self-test"], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "self-test passed"
    assert not (tmp_path / "unused").exists()  # nothing is written to the data folder


def test_main_dispatches_self_test(monkeypatch):
    monkeypatch.setattr(self_test, "run", lambda: 3)
    assert main(["--self-test"]) == 3


# --- packaging files ----------------------------------------------------------------------
def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / "assist-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "assist-desktop" and section["Icon"] == "assist-desktop"
    assert section["Terminal"] == "false"
    assert section["Categories"].endswith(";")


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icon_png_sizes(size):
    from PIL import Image
    with Image.open(LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "assist-desktop.png") as image:
        assert image.size == (size, size) and image.mode == "RGBA"


def test_packaged_icons_are_made_from_the_application_icon():
    """After a change to assist_desktop/resources/icons/app.svg, run packaging/make_icons.py again."""
    packaged = LINUX / "icons" / "hicolor" / "scalable" / "apps" / "assist-desktop.svg"
    assert packaged.read_bytes() == (ROOT / "assist_desktop" / "resources" / "icons" / "app.svg").read_bytes()
    assert (ROOT / "packaging" / "windows" / "assist-desktop.ico").stat().st_size > 1000
    assert (ROOT / "packaging" / "macos" / "assist-desktop.icns").stat().st_size > 1000
