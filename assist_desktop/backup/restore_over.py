"""Who restores over what, and the audit trail a restore leaves in the restored database.

Restoring OVER a centre needs a ``ReplacedCentre``: made from an administrator's unlocked
OpenCentre of that very centre (``ReplacedCentre.of``), or, from the unlock screen only, for a
centre that could not be opened at all (``ReplacedCentre.unopened``). Restoring into an empty
or missing folder needs only the backup's secret (a new laptop after a theft).

Before the restored database is put in place, ``record_restore`` writes into it:

- the **replaced log**: every audit row of the replaced database that the backup does not
  hold (a rollback must not hide what happened after the backup), with their hash chain,
  as one JSON block in the settings table under ``replaced_audit_log:<seq>``; blocks the
  replaced database had itself imported from earlier restores are carried over too;
- the **destruction register**: certificates of files destroyed after the backup was made
  are carried into the restored database, and the files the backup brings back are listed
  for an administrator to destroy again (``carry_register``; docs/DATA_PROTECTION.md);
- one row in the audit chain, ``restore_backup``, by the administrator who restored (or
  ``@restore`` into an empty folder): the backup's date, who made it (when the replaced log
  recorded it), which secret opened it, what was replaced, how many rows were kept and the
  SHA-256 of the block, which binds the block to the chain.

A backup of ANOTHER centre (its database id differs) is refused unless the caller names it
(``replace_other``: the backup's centre name, or the first 8 characters of its database id).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from assist_desktop.backup.errors import RestoreError
from assist_desktop.backup.format import BackupHeader
from assist_desktop.domain.errors import AssistError, KeySlotError, PermissionDenied
from assist_desktop.domain.name_matching import typed_as
from assist_desktop.platform import paths
from assist_desktop.platform.clock import utc_now
from assist_desktop.security.audit_chain import (GENESIS, KEPT_PREFIX, KEY_SETTING, AuditRow,
                                                 kept_block_digest, kept_block_rows,
                                                 kept_block_text, key_from_text, link_hash)
from assist_desktop.security.key_slots import KeySlotFile
from assist_desktop.storage.audit_repository import AuditRepository
from assist_desktop.storage.retention_repository import RETURNED_SETTING, RetentionRepository
from assist_desktop.storage.centre_repository import CentreRepository, SettingsRepository
from assist_desktop.storage.database import Database

BLOCK_PREFIX = KEPT_PREFIX
EMPTY_FOLDER_ACTOR = "@restore"
UNOPENED_ACTOR = "@unlock-screen"


@dataclass(frozen=True)
class ReplacedCentre:
    database_id: str | None
    name: str
    restored_by: str
    data_key: bytes | None = field(default=None, repr=False)  # None: could not be opened
    replace_other: str | None = None
    device: str = ""        # on a centre server: "device:<laptop>" the restore came from

    @classmethod
    def of(cls, centre, replace_other: str | None = None) -> "ReplacedCentre":
        """From an unlocked OpenCentre of the folder restored over (lock it afterwards,
        before restore_backup): its administrators only."""
        if not centre.session.is_administrator:
            raise PermissionDenied("Only an administrator of this centre can restore a backup "
                                   "over it.")
        return cls(centre.centre.database_id, centre.centre.name, centre.session.username,
                   bytes(centre.keeper.data_key), replace_other)

    @classmethod
    def unopened(cls, data_dir: Path, replace_other: str | None = None) -> "ReplacedCentre":
        """A centre whose database or key file no longer opens (the unlock screen offers the
        restore only then): its audit log cannot be read and stays in the safety copy."""
        database_id = None
        try:
            database_id = KeySlotFile.load(Path(data_dir) / paths.KEYSLOT_FILE).database_id
        except (KeySlotError, OSError):
            pass
        return cls(database_id, "the centre that could not be opened", UNOPENED_ACTOR, None,
                   replace_other)


def check_same_centre(backup_centre, replacing: ReplacedCentre | None, data_dir: Path) -> None:
    if replacing is None or replacing.database_id is None or backup_centre is None:
        return
    if backup_centre.database_id == replacing.database_id:
        return
    wanted = (replacing.replace_other or "").strip()
    if wanted and (typed_as(wanted, backup_centre.name)
                   or wanted.casefold() == backup_centre.database_id[:8].casefold()):
        return
    raise RestoreError(
        f'This backup is of another centre, "{backup_centre.name}" (database '
        f'{backup_centre.database_id[:8]}), not of "{replacing.name}" (database '
        f'{replacing.database_id[:8]}) in {data_dir}. Nothing was changed. To replace '
        f'"{replacing.name}" with "{backup_centre.name}", restore again with '
        f'--replace-centre "{backup_centre.name}" (in Administration > Backups: type '
        f'"{backup_centre.name}" when asked for its name).')


def _read_replaced(db_path: Path, data_key: bytes
                   ) -> tuple[list[AuditRow], dict[str, str], bytes | None, list[tuple]]:
    try:
        db = Database.open(db_path, data_key, migrate_schema=False)
    except AssistError:
        raise RestoreError("The centre restored over could not be opened to keep its audit log; "
                           "nothing was changed.") from None
    try:
        rows = db.read(lambda c: [AuditRow(*r) for r in AuditRepository().iter_rows(c)])
        blocks = db.read(lambda c: {k: v for k, v in SettingsRepository().all(c).items()
                                    if k.startswith(BLOCK_PREFIX)})
        key = db.read(lambda c: key_from_text(SettingsRepository().get(c, KEY_SETTING)))
        repo = RetentionRepository()
        register = db.read(lambda c: repo.register(c) if repo.has_register(c) else [])
    finally:
        db.close()
    return rows, blocks, key, register


def carry_register(conn, register: list[tuple]) -> int:
    """The destruction register survives the restore: certificates the replaced database
    holds and the backup does not (files destroyed after the backup was made) are kept in
    the restored database, and those whose file the backup brings back are listed under
    RETURNED_SETTING for an administrator to destroy again. Returns how many came back."""
    repo, settings = RetentionRepository(), SettingsRepository()
    if not register or not repo.has_register(conn):   # a backup from before the register:
        return 0                                      # its migration carries nothing
    have = {row[0] for row in repo.register(conn)}
    back = []
    for row in register:
        if row[0] in have:
            continue
        repo.carry(conn, row)
        if repo.client_by_reference(conn, row[1]) is not None:
            back.append(row[0])
    if back:
        listed = json.loads(settings.get(conn, RETURNED_SETTING) or "[]")
        settings.set(conn, RETURNED_SETTING, json.dumps(sorted(set(listed) | set(back))))
    return len(back)


_block_text = kept_block_text
block_rows = kept_block_rows


def _maker(rows: list[AuditRow], file_name: str) -> str:
    for row in reversed(rows):
        if row.action == "backup_create" and (row.detail == file_name or  # made on a server
                                              row.detail.startswith(f"{file_name} device:")):
            return row.actor
    # Unattended (scheduled) backups and backups of another centre leave no row here.
    return "an unrecorded maker (e.g. the scheduled job)"


def record_restore(target: Path, key: bytes, *, header: BackupHeader, file_name: str,
                   secret_kind: str, data_dir: Path,
                   replacing: ReplacedCentre | None) -> tuple[int, str, bytes | None]:
    """Check the backup's centre against the one replaced, then write the replaced log and the
    restore's audit row into the staged database (before anything in data_dir is touched).

    Returns the restored chain's new head and its audit key (None for a chain made before
    keying, which the first sign-in keys): the restored key file's anchor."""
    old_rows: list[AuditRow] = []
    old_blocks: dict[str, str] = {}
    old_key = None
    register: list[tuple] = []
    if replacing is not None and replacing.data_key is not None:
        old_rows, old_blocks, old_key, register = _read_replaced(
            Path(data_dir) / paths.DATABASE_FILE, replacing.data_key)
    db = Database.open(target, key, migrate_schema=False)
    try:
        def write(conn):
            audit, settings = AuditRepository(), SettingsRepository()
            check_same_centre(CentreRepository().get(conn), replacing, data_dir)
            returned = carry_register(conn, register)
            have = {row[8] for row in audit.iter_rows(conn)}
            kept = [row for row in old_rows if row.hash not in have]
            stored = settings.all(conn)
            for name, text in old_blocks.items():
                if name not in stored:
                    settings.set(conn, name, text)
            last = audit.last(conn)
            seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
            digest = ""
            if kept:
                text = _block_text(replacing.database_id if replacing else None, kept, old_key)
                settings.set(conn, f"{BLOCK_PREFIX}{seq}", text)
                digest = kept_block_digest(text)
            if replacing is None:
                over, actor = "an empty folder", EMPTY_FOLDER_ACTOR
            elif replacing.data_key is None:
                over, actor = "a centre that could not be opened", replacing.restored_by
            else:
                over, actor = f"database {(replacing.database_id or '')[:8]}", \
                    replacing.restored_by
            secret = "recovery code" if secret_kind == "recovery" else "backup passphrase"
            device = f" {replacing.device}" if replacing is not None and replacing.device \
                else ""
            tail = f" sha256:{digest}" if digest else ""     # never cut off: check reads it
            detail = (f"backup of {header.created_at[:16]} made by {_maker(old_rows, file_name)} "
                      f"({secret}) over {over}; kept {len(kept)} replaced rows"
                      + (f"; destroyed_since_backup:{returned}" if returned else "")
                      + device)[:200 - len(tail)] + tail
            at = utc_now()
            fields = [actor[:200], "restore_backup", "centre", "1", detail]
            key = key_from_text(settings.get(conn, KEY_SETTING))
            link = link_hash(prev, seq, at, *fields, key=key)
            audit.insert(conn, seq, at, *fields, prev, link)
            return seq, link, key
        return db.write(write)
    finally:
        db.close()
