"""Cold-start benchmark (a script, not a timed test): `python tests/bench/bench_start.py`.

Two programs are launched as fresh processes, alternately, under QT_QPA_PLATFORM=offscreen:

- the application: process start to the unlock window on screen listing the accounts, then
  exit (the same path as `python -m assist_desktop`: application(), build(), Shell.start());
- the floor: a bare QApplication showing one QLabel, then exit.

Each run is timed whole (launch to the process ended) by this script; the figure is the median
over --rounds paired runs and the ratio of the two medians, measured in the same run (target:
the application <= 3x the bare program). The application child also reports, at the moment
the accounts are listed, whether any module the unlock window does not need was imported.

    .venv/bin/python tests/bench/bench_start.py                 # a small demo centre, made once
    .venv/bin/python tests/bench/bench_start.py --rounds 21 --data-dir /tmp/start-demo
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
PASSPHRASE = "amber kettle lantern meadow 58"

# Modules the unlock window must not wait for (tests/gui/test_start_imports.py checks the same).
HEAVY = ("reportlab", "pypdf", "docx", "sqlcipher3", "zxcvbn", "keyring",
         "assist_desktop.services.open_centre", "assist_desktop.services.documents",
         "assist_desktop.storage.database", "assist_desktop.backup.create",
         "assist_desktop.gui.workspace", "assist_desktop.gui.first_run")

APP = r"""
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from PySide6.QtCore import QTimer
from assist_desktop.app import application, build
app = application()
shell = build(Path(sys.argv[2]), app=app)

def poll():
    dialog = shell.dialog
    if dialog is not None and dialog.isVisible() and dialog.ui.userCombo.count():
        heavy = [m for m in sys.argv[3].split(",") if m in sys.modules]
        print("READY " + ",".join(heavy), flush=True)
        app.exit(0)
timer = QTimer()
timer.timeout.connect(poll)
timer.start(2)
shell.start()
app.exec()
shell.runner.shutdown(wait=False)
"""

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("ASSIST Desktop")
label.show()

def poll():
    if label.isVisible():
        print("READY", flush=True)
        app.exit(0)
timer = QTimer()
timer.timeout.connect(poll)
timer.start(2)
app.exec()
"""


def launch(code: str, *args: str) -> tuple[float, float, str]:
    """(ms to READY, ms to the process ended, what followed READY)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    began = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    ready, extra = float("nan"), ""
    for line in child.stdout:
        if line.startswith("READY"):
            ready = (time.perf_counter() - began) * 1000
            extra = line[5:].strip()
    child.wait(timeout=120)
    ended = (time.perf_counter() - began) * 1000
    if child.returncode != 0 or ready != ready:
        raise SystemExit(f"the child program failed (exit code {child.returncode})")
    return ready, ended, extra


def make_centre(data: Path) -> None:
    from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
    from assist_desktop.demo.data import DemoPlan, create_demo_centre
    print("making a small demo centre…", flush=True)
    create_demo_centre(data, PASSPHRASE, DemoPlan(clients=5),
                       kdf_policy=KdfPolicy(TEST_PARAMETERS))


def run(data: Path, rounds: int, root: Path = ROOT) -> int:
    if not (data / "assist.db").exists():
        make_centre(data)
    launch(BARE)                                   # one untimed pair: warm the file cache
    launch(APP, str(root), str(data), ",".join(HEAVY))
    app_ended, app_ready, bare_ended, heavy = [], [], [], set()
    for _ in range(rounds):
        ready, ended, extra = launch(APP, str(root), str(data), ",".join(HEAVY))
        app_ready.append(ready)
        app_ended.append(ended)
        heavy.update(m for m in extra.split(",") if m)
        bare_ended.append(launch(BARE)[1])
    app_m, bare_m = statistics.median(app_ended), statistics.median(bare_ended)
    print(f"cold start, whole process, median of {rounds} paired runs:")
    print(f"  application (unlock window listing the accounts, then exit): {app_m:.0f} ms "
          f"(min {min(app_ended):.0f}, max {max(app_ended):.0f}); accounts listed at "
          f"{statistics.median(app_ready):.0f} ms")
    print(f"  bare QApplication showing one label, then exit:              {bare_m:.0f} ms "
          f"(min {min(bare_ended):.0f}, max {max(bare_ended):.0f})")
    print(f"  ratio {app_m / bare_m:.2f}x (target <= 3x)")
    print("  imported before the accounts were listed: "
          + (", ".join(sorted(heavy)) if heavy else "none of " + ", ".join(HEAVY)))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--data-dir", type=Path, help="a demo centre to reuse (made if missing)")
    parser.add_argument("--app-root", type=Path, default=ROOT,
                        help="start the application from another source tree (e.g. an older "
                             "release unpacked with git archive), to compare")
    args = parser.parse_args()
    if args.data_dir:
        return run(args.data_dir, args.rounds, args.app_root)
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:    # removed afterwards
        return run(Path(tmp) / "data", args.rounds, args.app_root)


if __name__ == "__main__":
    raise SystemExit(main())
