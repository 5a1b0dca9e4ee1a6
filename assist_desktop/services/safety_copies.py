"""The restore safety copies of this centre's data folder, for administrators: list them with
when each will be removed, remove one or all (overwritten, then deleted; audited).

Their life is described in platform.safety_copies and docs/BACKUP.md."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from assist_desktop.domain.errors import NotFound, PermissionDenied, StoreError
from assist_desktop.platform import safety_copies
from assist_desktop.services.settings import read_policy


@dataclass(frozen=True)
class SafetyCopyInfo:
    name: str
    made_at: datetime
    size: int
    confirmed_at: datetime | None
    removed_after: datetime | None    # None: kept until an administrator signs in


class SafetyCopyService:
    def __init__(self, db, session, audit):
        self._db, self._session, self._audit = db, session, audit

    @property
    def _folder(self) -> Path:
        return Path(self._db.path).parent

    def _require_admin(self) -> None:
        if not self._session.is_administrator:
            raise PermissionDenied("Only an administrator can see or remove the safety copies "
                                   "of a restore.")

    def list(self) -> list[SafetyCopyInfo]:
        self._require_admin()
        days = self._db.read(read_policy).safety_copy_days
        return [SafetyCopyInfo(c.name, c.made_at, c.size, c.confirmed_at, c.expires_at(days))
                for c in safety_copies.list_copies(self._folder)]

    def remove(self, name: str | None = None) -> int:
        """Remove the copy called name, or every copy (name None). Returns how many."""
        self._require_admin()
        try:
            if name is None:
                count = safety_copies.remove_all(self._folder)
            else:
                safety_copies.remove(self._folder, name)
                count = 1
        except FileNotFoundError:
            raise NotFound("safety copy") from None
        except OSError:
            raise StoreError(f"A safety copy in {self._folder} could not be removed. Close "
                             f"ASSIST Desktop and delete the restore-safety folder.") from None
        if count:
            self._db.write(lambda conn: self._audit.record(
                conn, "safety_copies_removed", "centre", "1", f"by hand count:{count}"))
        return count
