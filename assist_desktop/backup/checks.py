"""Which backups have been checked, and when, so the Backups list tells the truth: "checked on
07/12/2026 (full check)" rather than "looks complete (not checked)" after a check passed.

Kept in ``backup-checks.json`` in the data folder (mode 0600, written atomically): per backup,
its random id, its size when checked, when and how deeply. Nothing about clients. A file
whose size has changed since is shown as not checked; the list keeps the newest entries only.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from assist_desktop.platform.atomic import atomic_write_text

log = logging.getLogger(__name__)

CHECKS_FILE = "backup-checks.json"
KEEP = 500
WHEN_MADE, FILE, FULL = "when-made", "file", "full"   # read back as made / every byte / deep


@dataclass(frozen=True)
class BackupCheck:
    checked_at: datetime
    kind: str            # WHEN_MADE, FILE or FULL
    size: int


def load_checks(data_dir: Path) -> dict[str, BackupCheck]:
    try:
        raw = json.loads((Path(data_dir) / CHECKS_FILE).read_text(encoding="utf-8"))
        found = {}
        for backup_id, item in dict(raw.get("checks", {})).items():
            when = datetime.fromisoformat(item["checked_at"])
            found[str(backup_id)] = BackupCheck(
                when if when.tzinfo else when.replace(tzinfo=timezone.utc), str(item["kind"]),
                int(item["size"]))
        return found
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        log.warning("backup checks file unreadable; backups shown as not checked")
        return {}


def record_check(data_dir: Path, backup_id: str, size: int, kind: str,
                 when: datetime | None = None) -> None:
    """Note that a backup passed a check. A deeper earlier check is not replaced by a
    shallower later one of the same file."""
    checks = load_checks(data_dir)
    when = (when or datetime.now(timezone.utc)).astimezone(timezone.utc)
    earlier = checks.get(backup_id)
    if earlier is not None and earlier.size == size and earlier.kind == FULL and kind != FULL:
        when, kind = earlier.checked_at, FULL
    checks[backup_id] = BackupCheck(when, kind, int(size))
    newest = sorted(checks.items(), key=lambda kv: kv[1].checked_at, reverse=True)[:KEEP]
    text = json.dumps({"checks": {k: {"checked_at": v.checked_at.isoformat(timespec="seconds"),
                                      "kind": v.kind, "size": v.size} for k, v in newest}},
                      indent=1, sort_keys=True) + "\n"
    try:
        atomic_write_text(Path(data_dir) / CHECKS_FILE, text, mode=0o600)
    except OSError:
        log.warning("could not record a backup check")


def check_of(checks: dict[str, BackupCheck], listing) -> BackupCheck | None:
    """The check that still holds for a listed backup (same id, same size), or None."""
    if listing.header is None or not listing.ok:
        return None
    found = checks.get(listing.header.backup_id)
    return found if found is not None and found.size == listing.size else None


def forget_check(data_dir: Path, backup_id: str) -> None:
    """A check of this backup failed (damaged): the list no longer says it was checked."""
    checks = load_checks(data_dir)
    if checks.pop(backup_id, None) is None:
        return
    text = json.dumps({"checks": {k: {"checked_at": v.checked_at.isoformat(timespec="seconds"),
                                      "kind": v.kind, "size": v.size}
                                  for k, v in checks.items()}}, indent=1, sort_keys=True) + "\n"
    try:
        atomic_write_text(Path(data_dir) / CHECKS_FILE, text, mode=0o600)
    except OSError:
        log.warning("could not record a backup check")
