"""Where things live: the writable data directory and the read-only resources.

Resources are package data (assist_desktop/resources), found through one locator that works
from the source tree, an installed wheel and a PyInstaller bundle (sys._MEIPASS), so no other
module guesses at paths.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ASSIST Desktop"
APP_AUTHOR = "ASSIST"
DATA_DIR_ENV = "ASSIST_DATA_DIR"

DATABASE_FILE = "assist.db"
KEYSLOT_FILE = "keyslots.json"
THROTTLE_FILE = "unlock-throttle.json"
LOG_DIR = "logs"
# Left by a restore (backup.restore) until it is settled: the journal of an interrupted
# restore, and the folders holding the files a restore replaced.
RESTORE_JOURNAL_FILE = "restore-journal.json"
RESTORE_SAFETY_PREFIX = "restore-safety-"
RESTORE_STAGING_PREFIX = ".restore-staging-"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The data directory: --data-dir, then $ASSIST_DATA_DIR, then the platform default."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resources_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource(*parts: str) -> Path:
    """Path of a bundled resource, e.g. resource("fonts", "DejaVuSans.ttf")."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {'/'.join(parts)}")
    return path


def ensure_private_dir(path: Path) -> Path:
    """Create a directory readable only by this user (0700)."""
    path.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path, 0o700)
    except OSError:
        pass  # e.g. a network share that ignores modes; the data stays encrypted anyway
    return path
