"""Rules of the gui package that a reader might miss."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

GUI = Path(__file__).resolve().parents[2] / "assist_desktop" / "gui"


def test_every_emit_goes_through_the_compat_shim():
    offenders = []
    for path in GUI.rglob("*.py"):
        if "forms" in path.parts or path.name == "qtcompat.py":
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if re.search(r"\.emit\(", line):
                offenders.append(f"{path.name}:{number}")
    assert offenders == [], "use qtcompat.emit(signal, ...): " + ", ".join(offenders)


def test_emit_shim_keeps_true_alive():
    from assist_desktop.gui.qtcompat import emit

    class Probe(QObject):
        ping = Signal(int)
    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(500):
        emit(probe.ping, 1)
    assert abs(sys.getrefcount(True) - before) <= 2


def test_no_client_text_in_logs_or_titles_by_construction():
    """The window title is set in one place, from the centre's name only."""
    titles = [p.name for p in GUI.rglob("*.py") if "forms" not in p.parts
              and "setWindowTitle(" in p.read_text() and p.name not in
              {"main_window.py", "tasks.py"}]
    # Dialog titles are fixed, translated strings; none is built from a record.
    for name in titles:
        text = (GUI / name).read_text() if (GUI / name).exists() else \
            next(GUI.rglob(name)).read_text()
        for line in text.splitlines():
            if "setWindowTitle(" in line:
                assert "self.tr(" in line or "tr(" in line, f"{name}: {line.strip()}"
