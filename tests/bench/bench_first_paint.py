"""The caseload's first paint after unlock, paired (a script, not a timed test):
`python tests/bench/bench_first_paint.py --data-dir DIR [--rounds 7] [--base-root OTHER_TREE]`.

Measures what bench_gui.py calls the first paint (from the session opening to the caseload
table painted with its first page; signed in as the solicitor, offscreen) in a fresh process
each time, and with --base-root also for another checkout of the application (the code before
a change), the two interleaved so that both see the same machine load. Prints each run (wall
ms, the process's CPU ms over the same span) and the medians, and their ratio. DIR is a demo
centre made by bench_gui.py --data-dir DIR (same passphrase, fast key derivation).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "amber kettle lantern meadow 58"

CHILD = r"""
import os, sys, time
sys.path.insert(0, sys.argv[1])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from assist_desktop.app import application, build
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.services.vault import Vault
from assist_desktop.gui.unlock import UnlockDialog
data = Path(sys.argv[2])
app = application()
shell = build(data, vault=Vault(data, kdf_policy=KdfPolicy(TEST_PARAMETERS)), app=app)
shell.start()
def spin(condition, seconds=60.0):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
spin(lambda: isinstance(shell.dialog, UnlockDialog) and shell.dialog.ui.userCombo.count())
dialog = shell.dialog
dialog.select_user("solicitor")
dialog.ui.passphraseEdit.setText(sys.argv[3])
opened = {}
shell.session_opened.connect(lambda _c: opened.update(at=time.perf_counter(),
                                                      cpu=time.process_time()))
dialog.unlock()
spin(lambda: "at" in opened)
page = shell.workspace.page("caseload")
spin(lambda: page.model.rowCount() > 0)
page.ui.caseloadView.viewport().repaint()
print("PAINT", (time.perf_counter() - opened["at"]) * 1000,
      (time.process_time() - opened["cpu"]) * 1000, flush=True)
os._exit(0)
"""


def once(root: Path, data: Path) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(root), str(data), PASSPHRASE],
                         capture_output=True, text=True, timeout=300).stdout
    line = next(l for l in out.splitlines() if l.startswith("PAINT"))
    wall, cpu = line.split()[1:]
    return float(wall), float(cpu)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--base-root", type=Path, help="another checkout, measured in turn")
    args = parser.parse_args()
    trees = [("this", ROOT)] + ([("base", args.base_root)] if args.base_root else [])
    runs: dict[str, list] = {name: [] for name, _ in trees}
    for _ in range(args.rounds):
        for name, root in trees:
            wall, cpu = once(root, args.data_dir)
            runs[name].append((wall, cpu))
            print(f"{name}: {wall:.0f} ms (process CPU {cpu:.0f} ms)", flush=True)
    medians = {name: (statistics.median(w for w, _ in r), statistics.median(c for _, c in r))
               for name, r in runs.items()}
    for name, (wall, cpu) in medians.items():
        print(f"median {name}: {wall:.0f} ms, process CPU {cpu:.0f} ms ({args.rounds} runs)")
    if "base" in medians:
        print(f"ratio this/base: {medians['this'][0] / medians['base'][0]:.2f}x wall, "
              f"{medians['this'][1] / medians['base'][1]:.2f}x CPU")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
