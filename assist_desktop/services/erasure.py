"""Erasure that reaches every copy in the data folder, not only the live database.

After a purge, a key rotation or the disabling of an account, the restore safety copies
(platform.safety_copies) would undo the guarantee: they hold the purged text and open with
the old key and passphrases (a disabled person's included), and they cannot be re-keyed
without the old key. So they are removed (overwritten, then unlinked), together with the
leftovers a killed operation may have left beside the database, and the removal is audited.
"""
from __future__ import annotations

import logging
from pathlib import Path

from assist_desktop.domain.errors import StoreError
from assist_desktop.platform import paths, safety_copies
from assist_desktop.services.key_keeper import slots_lock

log = logging.getLogger(__name__)


def remove_old_copies(db, audit, reason: str) -> int:
    """Remove every safety copy and leftover of db's data folder; audit how many (reason: a
    fixed word such as "purge"). Call after the change has committed. Returns how many."""
    folder = Path(db.path).parent
    try:
        count = safety_copies.remove_all(folder)
    except OSError:
        log.warning("a safety copy could not be removed after an erasure")
        raise StoreError(f"The change is saved, but an older copy of the centre in {folder} "
                         f"(a folder named restore-safety-...) could not be removed. Close "
                         f"ASSIST Desktop and delete that folder.") from None
    # Under the key file's lock: a .tmp of a save in progress (another window) is not a leftover.
    with slots_lock(folder / paths.KEYSLOT_FILE):
        count += safety_copies.remove_leftovers(folder)
    if count:
        db.write(lambda conn: audit.record(conn, "safety_copies_removed", "centre", "1",
                                           f"{reason} count:{count}"))
    return count
