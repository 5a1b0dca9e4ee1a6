"""Verifying and restoring a backup in the server's backup folder, from an administrator's
laptop (Administration > Backups over a server; docs/SERVER.md, "Backing up, restoring").

Both are jobs of the server's one backup desk (server/backups.py): started by a call that
returns at once, followed by the laptop, and done by today's code (backup.verify,
backup.restore); nothing about a backup is reimplemented here. A laptop names a backup by
its file name only, as the server listed it; never a path.

**Verify** runs `verify_backup` (the check `assist-desktop backup verify` makes, `--deep`
too) and says how it ended: good, wrong passphrase, damaged. Audited (`backup_verify`, the
file, the outcome, her laptop) and, when good, remembered so the list says "checked on".

**Restore**, in this order, so that what can be found wrong is found before anyone is
disturbed:
1. at the call, while the server works on: she is an administrator, the backup is listed,
   the centre's name is typed as confirmation, the passphrase or recovery code opens the
   backup (and, with the code, it proves it is this centre's own), the server's disk has room;
   audited (`restore_requested`, the file, her laptop; a passphrase that does not open it,
   or a header found damaged, as `restore_refused`);
2. in the job, still unsealed: the whole file is verified (every byte authenticated), so a
   damaged or cut-off backup is refused while everyone keeps working;
3. then every sign-in ends (laptops are told the centre is being restored), the server seals
   (the database closed; the replaced centre's key is held only by the restore, to carry its
   later audit rows over, until it ends) and `restore_backup` runs exactly as
   `backup restore --as ADMIN` does: the replaced database is kept aside in a safety copy,
   its audit rows after the backup kept inside the restored one, a `restore_backup` row;
4. the server stays SEALED: she unseals it (her laptop, or the console), with the
   passphrases of the restored centre.
A restore that fails in step 3 (a disk filled meanwhile, an input/output error) leaves the
data folder as it was (restore_backup's guarantee) and the server sealed: unsealing brings
back the centre as it was. It does not unseal by itself: the key is gone from memory with the
sign-ins, and coming back sealed is the server's safe state (as after a restart).

Her laptop's sign-in ends with everyone's, so the restore is followed with a **ticket**
returned by the call (random, bound to her laptop's certificate) that `watch` answers while
the server is sealed (servicer.Call, wire/exposed.RESTORE_WATCH).
"""
from __future__ import annotations

import dataclasses
import hmac
import logging
import secrets
import shutil
from pathlib import Path
from types import SimpleNamespace

from assist_desktop.domain import server_backups as model
from assist_desktop.domain.errors import AssistError, ValidationError
from assist_desktop.domain.name_matching import typed_as

log = logging.getLogger(__name__)
MAX_SECRET = 1024
ROOM_MARGIN = 64 * 1024 * 1024     # bytes free beyond what the restore writes
VERIFY_SHARE = 0.3                 # of a restore's progress bar: the verify before sealing


def _secret(kind: str, value: str):
    from assist_desktop.backup.keys import BackupSecret
    if kind not in ("passphrase", "recovery") or not isinstance(value, str) or \
            not value or len(value) > MAX_SECRET:
        raise ValidationError("secret", "is not a backup passphrase or recovery code")
    return BackupSecret.recovery_code(value) if kind == "recovery" \
        else BackupSecret.passphrase(value)


def listed(desk, name: str):
    """The backup file of that name in the server's backup folder, listed as sound and of
    this centre; refused otherwise (a laptop never names a path)."""
    from assist_desktop.backup.listing import list_backups
    from assist_desktop.server.backups import NOT_SET
    folder = desk.backup_folder()
    if folder is None:
        raise AssistError(NOT_SET)
    if not isinstance(name, str) or not name or len(name) > 255 or name != Path(name).name \
            or "\\" in name or name.startswith("."):
        raise ValidationError("name", "is not a backup in the server's backup folder")
    try:
        found = [b for b in list_backups(folder, desk._state.centre_info().database_id)
                 if b.path.name == name]
    except OSError:
        raise AssistError("The server could not read its backup folder.") from None
    if not found:
        raise AssistError("This backup is no longer in the server's backup folder. Refresh "
                          "the list.")
    if not found[0].ok:
        raise AssistError(found[0].message or "This backup cannot be used (see its state in "
                                              "the list).")
    return found[0]


def outcome_of(error: BaseException) -> str:
    from assist_desktop.backup.errors import (BackupDamagedError, BackupOriginError,
                                              BackupTruncatedError, NotABackupError,
                                              WrongBackupSecretError)
    if isinstance(error, WrongBackupSecretError):
        return model.WRONG_SECRET
    if isinstance(error, (BackupDamagedError, BackupTruncatedError, NotABackupError,
                          BackupOriginError)):
        return model.DAMAGED
    return model.OTHER


def _audit(desk, sign_in, action: str, detail: str) -> None:
    """A row in the live centre's log as her (DeviceAuditLog names her laptop); skipped, with
    a log line, if the server was sealed meanwhile."""
    try:
        opened = desk._state.opened()
        audit = desk._centre_for(opened, sign_in).audit_log
        opened.db.write(lambda conn: audit.record(conn, action, "centre", "1", detail))
    except AssistError:
        log.warning("a backup check's audit row was not written (the server is sealed)")


def _scaled(desk, start: float, share: float):
    return lambda p: desk._progress(start + share * p.fraction, p.label)


def _forget_if_damaged(desk, found, outcome: str) -> None:
    """A damaged file is no longer listed as "checked" (a check is kept per backup id)."""
    from assist_desktop.backup.checks import forget_check
    if outcome == model.DAMAGED and found.header is not None:
        forget_check(desk._state.data_dir, found.header.backup_id)


# --- verify --------------------------------------------------------------------------------
def start_verify(desk, sign_in, name: str, secret_kind: str, secret: str,
                 deep: bool = False) -> model.ServerBackupJob:
    from assist_desktop.server.backups import _require_admin
    _require_admin(sign_in.session)
    found = listed(desk, name)
    opened_secret = _secret(secret_kind, secret)
    return desk.begin(model.VERIFY, sign_in, _verify_job,
                      (desk, sign_in, found, opened_secret, bool(deep)))


def _verify_job(desk, sign_in, found, secret, deep: bool) -> None:
    from assist_desktop.backup.checks import FILE, FULL, record_check
    from assist_desktop.backup.verify import verify_backup
    from assist_desktop.platform import paths
    name = found.path.name
    try:
        work = paths.ensure_private_dir(desk._state.data_dir / "server" / "verify-work")
        report = verify_backup(found.path, secret, deep=deep, work_dir=work,
                               progress=_scaled(desk, 0.0, 1.0), cancel=desk._cancel)
    except AssistError as exc:
        outcome = outcome_of(exc)
        _forget_if_damaged(desk, found, outcome)
        _audit(desk, sign_in, "backup_verify", f"{name} {outcome}")
        desk._finish(model.FAILED, name, str(exc), outcome=outcome)
        return
    except Exception:  # noqa: BLE001 - the server carries on; the laptop is told plainly
        log.error("a backup verify from a laptop failed with an unexpected error")
        _audit(desk, sign_in, "backup_verify", f"{name} {model.OTHER}")
        desk._finish(model.FAILED, name, "The backup could not be checked on the server. See "
                                         "the server's log.", outcome=model.OTHER)
        return
    record_check(desk._state.data_dir, report.header.backup_id, found.size,
                 FULL if report.deep else FILE)
    _audit(desk, sign_in, "backup_verify", f"{name} {model.GOOD}{' deep' if deep else ''}")
    found_text = (f"It is complete, and the records inside opened and checked out "
                  f"({report.tables} tables, {report.rows} rows)." if report.deep else
                  "Every byte is as it was when the backup was made and checked.")
    desk._finish(model.DONE, name, found_text, outcome=model.GOOD)
    log.info("backup verified from a laptop")


# --- restore -------------------------------------------------------------------------------
def start_restore(desk, sign_in, name: str, secret_kind: str, secret: str,
                  centre_name: str) -> bytes:
    """Check everything a restore can be refused for while the server works on, then start
    the job; returns her ticket for `watch`."""
    from assist_desktop.backup import reader
    from assist_desktop.backup.restore_over import ReplacedCentre
    from assist_desktop.server.backups import _require_admin
    _require_admin(sign_in.session)
    state = desk._state
    opened = state.opened()
    if not isinstance(centre_name, str) or not typed_as(centre_name, opened.centre.name):
        raise ValidationError("centre_name", f'To confirm, type the centre\'s name exactly: '
                                             f'"{opened.centre.name}". Nothing was changed.')
    found = listed(desk, name)
    backup_secret = _secret(secret_kind, secret)
    desk.check_idle()           # told now, before the passphrase's slow check
    try:
        header = reader.open_header(found.path)
        reader.refuse_newer(header)
        body_key = reader.unlock(header, backup_secret)    # wrong passphrase: refused now
        reader.check_origin(found.path, header, body_key, backup_secret)
    except AssistError as exc:   # an attempt with a wrong passphrase leaves a trace too
        _audit(desk, sign_in, "restore_refused", f"{found.path.name} {outcome_of(exc)}")
        raise
    need = 2 * found.size + ROOM_MARGIN       # the decrypted copy, then the new database
    free = shutil.disk_usage(state.data_dir).free
    if free < need:
        raise AssistError(f"The server's disk has too little free space for this restore "
                          f"(about {need // 2**20} MB needed, {free // 2**20} MB free). "
                          f"Nothing was changed.")
    from assist_desktop.server.centre import _safe
    replacing = dataclasses.replace(ReplacedCentre.of(SimpleNamespace(
        session=sign_in.session, centre=opened.centre, keeper=opened.keeper)),
        device=f"device:{_safe(sign_in.device)}")
    _audit(desk, sign_in, "restore_requested", found.path.name)
    ticket = secrets.token_bytes(32)
    who = f"{sign_in.session.username}, from {sign_in.device}"
    sealer = (sign_in.session.username, f"restore device:{_safe(sign_in.device)}")
    desk.begin(model.RESTORE, sign_in, _restore_job,
               (desk, found, backup_secret, replacing, who, sealer))
    desk.watcher = (ticket, sign_in.serial)     # read only once she has the ticket
    return ticket


def watch(desk, ticket: bytes, serial: str) -> model.ServerBackupJob:
    """The restore job, for the laptop that started it (its sign-in ended with everyone's)."""
    held = getattr(desk, "watcher", None)
    job = desk.job()
    if held is None or not hmac.compare_digest(held[0], bytes(ticket)) or held[1] != serial \
            or job.kind != model.RESTORE:           # a later job began: the ticket is spent
        raise AssistError("This restore is not known to the server (it may have restarted).")
    return job


SEALED_MEANWHILE = ("The centre server was sealed while the backup was being checked, so the "
                    "restore did not start. Nothing was changed.")


def _restore_job(desk, found, secret, replacing, who: str, sealer: tuple[str, str]) -> None:
    from assist_desktop.backup.restore import restore_backup
    from assist_desktop.backup.verify import verify_backup
    state, name = desk._state, found.path.name
    try:
        verify_backup(found.path, secret, progress=_scaled(desk, 0.0, VERIFY_SHARE),
                      cancel=desk._cancel)        # set when the server is sealed meanwhile
    except Exception as exc:  # noqa: BLE001 - refused before anyone was signed out
        if desk._cancel.is_set():
            desk._finish(model.FAILED, name, SEALED_MEANWHILE, outcome=model.OTHER)
            return
        text = str(exc) if isinstance(exc, AssistError) else "The backup could not be checked."
        log.warning("a restore from a laptop was refused: the backup did not verify")
        _forget_if_damaged(desk, found, outcome_of(exc))
        desk._finish(model.FAILED, name, f"{text} The server was not sealed and nobody else "
                                         f"was signed out.",
                     outcome=outcome_of(exc))
        return
    desk._progress(VERIFY_SHARE, "Signing everyone out and sealing the server")
    note = (f"The centre is being restored from a backup (started by {who}). Everyone was "
            f"signed out. Sign in again once an administrator has unsealed the centre server.")
    if not state.seal_for_restore(*sealer, note, desk._cancel):   # sealed by someone else
        desk._finish(model.FAILED, name, SEALED_MEANWHILE, outcome=model.OTHER)
        return
    try:
        result = restore_backup(found.path, state.data_dir, secret, replacing=replacing,
                                progress=_scaled(desk, VERIFY_SHARE, 1.0 - VERIFY_SHARE))
    except Exception as exc:  # noqa: BLE001 - the data folder is as it was (restore_backup)
        text = str(exc) if isinstance(exc, AssistError) else "The restore failed on the server."
        if not isinstance(exc, AssistError):
            log.error("a restore from a laptop failed with an unexpected error")
        else:
            log.warning("a restore from a laptop failed; the data folder is as it was")
        state.restore_ended(f"A restore from a backup failed (started by {who}); the centre is "
                            f"as it was. An administrator must unseal the centre server.")
        desk._finish(model.FAILED, name, f"{text} The centre is as it was before; the server is "
                                         f"sealed: unseal it to let everyone sign in again.",
                     outcome=outcome_of(exc), server_sealed=True)
        return
    state.restore_ended(f"The centre was restored from a backup (by {who}). An administrator "
                        f"must unseal the centre server before anyone can sign in.")
    desk._finish(model.DONE, name, f"The centre was restored from {name} "
                                   f"({result.rows} rows). The server is sealed: unseal it with "
                                   f"your passphrase as it was then; everyone then signs in with "
                                   f"theirs as they were.",
                 outcome=model.GOOD, server_sealed=True)
    log.info("a backup was restored from a laptop; the server is sealed")
