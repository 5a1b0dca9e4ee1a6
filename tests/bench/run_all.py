"""Run every benchmark script in this folder, one after another, and print their tables.

Each script measures medians of several runs and ratios against a baseline taken in the
same run; see README.md for the figures. `make bench` runs this.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failures = 0
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"\n== {script.name}", flush=True)
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parents[1])
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
