"""Cold start: the unlock window lists the accounts before anything heavy is imported.

The application is started in a fresh interpreter (the real start-up path: application(),
build(), Shell.start(), the Vault made on the task thread); the moment the unlock window lists
the accounts, the child reports which of the heavy modules are loaded. None may be: the PDF
libraries, the encrypted store, the services behind a session, the passphrase checker, the
keychain, the work area. Typing the first key of a passphrase then warms the services up.
Timing is for tests/bench/bench_start.py; this test only checks what is imported.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "pypdf", "docx", "sqlcipher3", "zxcvbn", "keyring", "cryptography",
         "argon2", "assist_desktop.services.open_centre", "assist_desktop.services.documents",
         "assist_desktop.services.search", "assist_desktop.storage.database",
         "assist_desktop.backup", "assist_desktop.documents", "assist_desktop.gui.workspace",
         "assist_desktop.gui.first_run")

CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from PySide6.QtCore import QTimer
from assist_desktop.app import application, build
heavy = json.loads(sys.argv[3])
app = application()
shell = build(Path(sys.argv[2]), app=app)
report = {}

def loaded():
    return sorted(m for m in heavy if m in sys.modules)

def poll():
    dialog = shell.dialog
    if "listed" not in report:
        if dialog is not None and dialog.isVisible() and dialog.ui.userCombo.count():
            report["listed"] = loaded()
            report["users"] = [dialog.ui.userCombo.itemData(i)
                               for i in range(dialog.ui.userCombo.count())]
            dialog.ui.passphraseEdit.setText("a")          # the first key of a passphrase
    elif not shell.runner.busy:
        report["warmed"] = loaded()
        print("REPORT " + json.dumps(report), flush=True)
        app.exit(0)
timer = QTimer()
timer.timeout.connect(poll)
timer.start(5)
shell.start()
app.exec()
shell.runner.shutdown(wait=True)
"""


def test_unlock_window_lists_accounts_before_heavy_imports(centre, staff, data_dir):
    centre.lock()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(data_dir),
                           json.dumps(HEAVY)], capture_output=True, text=True, timeout=120,
                          env=env)
    lines = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, done.stderr[-2000:]
    report = json.loads(lines[0][len("REPORT "):])
    assert set(report["users"]) >= {"admin", "sol", "sup"}
    assert report["listed"] == []
    # the first key typed starts importing what signing in needs, off the GUI thread
    assert "assist_desktop.services.open_centre" in report["warmed"]
    assert "assist_desktop.gui.workspace" in report["warmed"]
