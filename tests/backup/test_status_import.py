"""The status bar's "Last backup" reads one small file: importing what it needs must not pull in
the machinery of making and restoring backups (cryptography, SQLCipher, the keychain). That
import ran on the GUI's worker thread at sign-in, holding the interpreter lock for ~0.6 s while
the caseload painted its first page (tests/bench/bench_gui.py). The package's public names
still all resolve, each from its own module."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("cryptography", "sqlcipher3", "keyring", "argon2", "assist_desktop.backup.create",
         "assist_desktop.backup.restore", "assist_desktop.storage.database")

CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from assist_desktop.backup.status import load_status
heavy = json.loads(sys.argv[2])
print(json.dumps(sorted(m for m in heavy if m in sys.modules)))
"""


def test_reading_the_backup_status_imports_nothing_heavy():
    done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), json.dumps(HEAVY)],
                          capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_every_public_name_of_the_backup_package_resolves():
    import assist_desktop.backup as backup
    from assist_desktop.backup import create, restore, status, verify
    for name in backup.__all__:
        assert getattr(backup, name) is not None, name
    assert backup.create_backup is create.create_backup
    assert backup.restore_backup is restore.restore_backup
    assert backup.load_status is status.load_status
    assert backup.verify_backup is verify.verify_backup
    assert set(backup.__all__) <= set(dir(backup))
