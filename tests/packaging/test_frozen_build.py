"""Build the PyInstaller bundle and run the frozen program: --version, --self-test, the tarball.

Slow (PyInstaller takes a minute or two). Set ASSIST_FROZEN_BUNDLE=dist/assist-desktop to test
a bundle already built by `make package` instead of building one in a temporary folder.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assist_desktop import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "assist_desktop.spec"
EXE_NAME = "assist-desktop.exe" if sys.platform == "win32" else "assist-desktop"
MAX_BUNDLE_MB = 300  # today about 190 MB on Linux; Qt WebEngine alone would add more than 150
# Qt modules the application does not use: none of their libraries may be in the bundle.
# Charts stays: the Statistics screen draws with QtCharts (packaging/assist_desktop.spec).
UNWANTED_QT = ("WebEngine", "Qt63D", "Qt3D", "Multimedia", "Quick", "Qml", "Designer",
               "DataVisualization", "Graphs", "Bluetooth", "Location", "Sensors",
               "VirtualKeyboard", "SerialPort", "WebSockets", "Sql")


def _ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
        return
    except ImportError:
        pass
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "-c",
                             str(ROOT / "constraints.txt"), "pyinstaller"],
                            capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        pytest.skip("PyInstaller cannot be installed here (pip: "
                    f"{(result.stderr or result.stdout).strip().splitlines()[-1:]}), so the "
                    "frozen build cannot be tested")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    given = os.environ.get("ASSIST_FROZEN_BUNDLE")
    if given:
        path = Path(given).resolve()
        assert (path / EXE_NAME).is_file(), f"no {EXE_NAME} in ASSIST_FROZEN_BUNDLE={given}"
        return path
    _ensure_pyinstaller()
    work = tmp_path_factory.mktemp("frozen")
    log = work / "pyinstaller.log"
    with open(log, "w", encoding="utf-8") as handle:
        result = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm",
                                 "--distpath", str(work / "dist"), "--workpath",
                                 str(work / "build"), str(SPEC)],
                                cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT, timeout=1800)
    tail = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-30:])
    assert result.returncode == 0, f"PyInstaller failed:\n{tail}"
    return work / "dist" / "assist-desktop"


def _run(bundle: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("ASSIST_DATA_DIR", None)
    return subprocess.run([str(bundle / EXE_NAME), *args], env=env, capture_output=True,
                          text=True, timeout=timeout)


def test_version(bundle):
    result = _run(bundle, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ASSIST Desktop {__version__}"


def test_self_test_passes_frozen(bundle):
    result = _run(bundle, "--self-test", timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    lines = result.stdout.splitlines()
    assert "(frozen;" in lines[0]
    for name in ("modules", "resources", "calendars", "database", "pdf", "keychain", "qt"):
        assert any(line.split()[:2] == ["ok", name] for line in lines), output
    assert lines[-1] == "self-test passed"
    assert "Traceback" not in output


def test_cold_start_is_quick(bundle):
    times = []
    for _ in range(3):
        started = time.perf_counter()
        assert _run(bundle, "--version").returncode == 0
        times.append(time.perf_counter() - started)
    # A sanity bound (about 1-3 s here, under load); a one-file build or a stray import of
    # a big module would show up as several seconds more.
    assert statistics.median(times) < 10.0, times


def test_bundle_holds_what_a_frozen_build_easily_loses(bundle):
    internal = bundle / "_internal"
    assert (internal / "resources" / "fonts" / "LICENSE-DejaVu.txt").is_file()
    assert (internal / "resources" / "fonts" / "OFL-NotoNaskhArabic.txt").is_file()
    assert (internal / "resources" / "rules" / "deadline_rules.json").is_file()
    assert (internal / "resources" / "icons" / "app.svg").is_file()
    entry_points = list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    assert entry_points and "SecretService" in entry_points[0].read_text(encoding="utf-8")
    plugins = internal / "PySide6" / "Qt" / "plugins"
    if sys.platform.startswith("linux"):
        assert {"libqoffscreen.so", "libqxcb.so", "libqwayland.so"} <= \
            {p.name for p in (plugins / "platforms").iterdir()}
        assert (plugins / "imageformats" / "libqsvg.so").is_file()
        assert (internal / "PySide6" / "Qt" / "lib" / "libQt6Pdf.so.6").is_file()
        assert not list(internal.glob("libgtk-3*")), "the build machine's GTK was bundled"
        assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]


def test_unused_qt_modules_are_left_out(bundle):
    names = [p.name for p in bundle.rglob("*") if "Qt" in p.name]
    unwanted = [n for n in names if any(word in n for word in UNWANTED_QT)]
    assert unwanted == []


def test_bundle_size(bundle):
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < MAX_BUNDLE_MB * 1024 * 1024, f"{size / 2**20:.0f} MB"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux tarball")
def test_linux_tarball_installs_and_runs(bundle, tmp_path):
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "assist-desktop").symlink_to(bundle, target_is_directory=True)
    result = subprocess.run(["bash", str(ROOT / "packaging" / "linux" / "make_tarball.sh")],
                            env=dict(os.environ, DIST=str(dist), GZIP_LEVEL="1"), capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    tarballs = list(dist.glob(f"assist-desktop-{__version__}-linux-*.tar.gz"))
    assert len(tarballs) == 1
    (tmp_path / "unpacked").mkdir()
    subprocess.run(["tar", "-C", str(tmp_path / "unpacked"), "-xzf", str(tarballs[0])],
                   check=True, timeout=300)
    top = next((tmp_path / "unpacked").iterdir())
    prefix = tmp_path / "prefix"
    subprocess.run([str(top / "install.sh"), "--prefix", str(prefix)], check=True,
                   capture_output=True, timeout=300)
    desktop = (prefix / "share" / "applications" / "assist-desktop.desktop").read_text()
    assert f'Exec="{prefix}/lib/assist-desktop/assist-desktop"' in desktop
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / "assist-desktop.png").is_file()
    installed = _run(prefix / "bin", "--version")
    assert installed.returncode == 0 and __version__ in installed.stdout
    subprocess.run([str(top / "uninstall.sh"), "--prefix", str(prefix)], check=True,
                   capture_output=True, timeout=120)
    assert not (prefix / "lib" / "assist-desktop").exists()
    assert not (prefix / "bin" / "assist-desktop").exists()
