"""Fail when a compiled form (assist_desktop/gui/forms/ui_*.py) is out of date with its ui/*.ui.

Each .ui is compiled again into a temporary file with the same pyside6-uic and compared.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UIC = Path(sys.executable).with_name("pyside6-uic")


def main() -> int:
    stale = []
    forms = ROOT / "assist_desktop" / "gui" / "forms"
    for ui in sorted((ROOT / "ui").glob("*.ui")):
        compiled = forms / f"ui_{ui.stem}.py"
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / compiled.name
            subprocess.run([str(UIC), "--from-imports", str(ui), "-o", str(out)], check=True)
            if not compiled.exists() or compiled.read_text() != out.read_text():
                stale.append(ui.name)
    orphans = [p.name for p in forms.glob("ui_*.py")
               if not (ROOT / "ui" / f"{p.stem[3:]}.ui").exists()]
    if stale or orphans:
        for name in stale:
            print(f"out of date: {name} (run `make forms` and commit the result)")
        for name in orphans:
            print(f"compiled form without a .ui: {name}")
        return 1
    print(f"forms up to date ({len(list((ROOT / 'ui').glob('*.ui')))} checked)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
