"""Backups of the centre made from an administrator's laptop, on the server.

The centre's backups stay where a centre server's belong: in the server's backup folder
(`backup_folder` in server.json, set at the console with `server backup-folder`), encrypted
under a backup passphrase the administrator types on her laptop. The laptop only starts a
backup and reads the list and the progress; it never names a path on the server and nothing
of the centre is ever written on the laptop (docs/SERVER.md, "Backups from a laptop").

One backup at a time, on a thread of its own (a unary call would outlive its deadline on a
large centre): `start` returns at once, `overview` gives the progress and the list. The backup
is made by the same code as on a standalone centre (backup.centre_backup.backup_centre), as
the signed-in administrator (audited, with her laptop's name), then the folder is rotated as
the centre's settings say.

A listed backup can also be verified (the check `backup verify` makes) and restored from a
laptop, as jobs of the same kind: server/restore.py.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

from assist_desktop.domain import server_backups as model
from assist_desktop.domain.errors import AssistError, PermissionDenied

log = logging.getLogger(__name__)
MAX_BACKUP_PASSPHRASE = 1024


def _require_admin(session) -> None:
    if not session.is_administrator:
        raise PermissionDenied("Only an administrator can manage backups.")


class BackupDesk:
    """The server's one backup job, and the listing of its backup folder."""

    def __init__(self, state, folder):
        self._state = state            # CentreState
        self._folder = folder          # ServerFolder (server.json: backup_folder)
        self._lock = threading.RLock()
        self._job = model.ServerBackupJob()
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()   # set when the server is sealed: the job stops
        self.watcher: tuple[bytes, str] | None = None   # a restore's ticket and laptop serial

    def backup_folder(self) -> Path | None:
        text = self._folder.config().backup_folder
        return Path(text) if text else None

    # --- what a laptop may call (bound to one sign-in by methods_for) --------------------
    def methods_for(self, sign_in) -> dict:
        """(service, method) -> callable; the names are wire/exposed.SERVER_DESK."""
        from assist_desktop.server import restore
        return {("server_backups", "overview"): lambda: self.overview(sign_in),
                ("server_backups", "start"): lambda passphrase: self.start(sign_in, passphrase),
                ("server_backups", "verify"):
                    lambda name, secret_kind, secret, deep=False:
                    restore.start_verify(self, sign_in, name, secret_kind, secret, deep),
                ("server_backups", "restore"):
                    lambda name, secret_kind, secret, centre_name:
                    restore.start_restore(self, sign_in, name, secret_kind, secret,
                                          centre_name)}

    def overview(self, sign_in) -> model.ServerBackups:
        _require_admin(sign_in.session)
        from assist_desktop.backup.checks import check_of, load_checks
        from assist_desktop.backup.listing import list_backups
        from assist_desktop.backup.status import load_status
        with self._lock:
            job = self._job
        folder = self.backup_folder()
        if folder is None:
            return model.ServerBackups("", job=job, problem=NOT_SET)
        centre = self._state.centre_info()
        about = {"centre_name": centre.name, "signed_in": self._state.signed_in_count()}
        status = load_status(self._state.data_dir)
        last = status.last_verified_at.isoformat(timespec="seconds") \
            if status.last_verified_at else ""
        if not folder.is_dir():
            return model.ServerBackups(str(folder), last_verified=last, job=job,
                                       problem="The server's backup folder is not there (is "
                                               "its disk connected to the server?).", **about)
        try:
            listed = list_backups(folder, centre.database_id)
        except OSError:
            return model.ServerBackups(str(folder), last_verified=last, job=job,
                                       problem="The server could not read its backup folder.",
                                       **about)
        checks = load_checks(self._state.data_dir)
        files = []
        for item in listed:
            check = check_of(checks, item)
            files.append(model.ServerBackupFile(
                item.path.name, item.header.created_at if item.header else "", item.size,
                item.state, item.message, check.kind if check else "",
                check.checked_at.isoformat(timespec="seconds") if check else ""))
        return model.ServerBackups(str(folder), tuple(files), last, job, **about)

    def start(self, sign_in, passphrase: str) -> model.ServerBackupJob:
        """Start a backup as this administrator; returns the job (running)."""
        from assist_desktop.domain.errors import ValidationError
        _require_admin(sign_in.session)
        if not isinstance(passphrase, str) or len(passphrase) > MAX_BACKUP_PASSPHRASE:
            raise ValidationError("passphrase", "is not a backup passphrase")
        folder = self.backup_folder()
        if folder is None:
            raise AssistError(NOT_SET)
        from assist_desktop.backup.destination import check_destination
        from assist_desktop.domain.errors import WeakPassphraseError
        from assist_desktop.security.passphrase_policy import assess
        verdict = assess(passphrase)       # refused now, not in the job: she is told at once
        if not verdict.ok:
            raise WeakPassphraseError(f"Backup passphrase: {verdict.message}",
                                      verdict.suggestions)
        opened = self._state.opened()
        check_destination(folder, self._state.data_dir, Path(opened.db.path))
        centre = self._centre_for(opened, sign_in)
        return self.begin(model.BACKUP, sign_in, self._run, (centre, folder, passphrase))

    def begin(self, kind: str, sign_in, target, args: tuple) -> model.ServerBackupJob:
        """Start the one job (backup, verify or restore) on its thread; refused while one
        runs, naming who started it."""
        with self._lock:
            self.check_idle()
            self._job = model.ServerBackupJob(model.RUNNING, 0.0, "Starting…",
                                              started_by=sign_in.session.username, kind=kind)
            self._cancel = threading.Event()
            self.watcher = None          # a finished restore's ticket answers no later job
            self._thread = threading.Thread(target=target, args=args,
                                            name=f"centre-{kind}", daemon=True)
            self._thread.start()
            return self._job

    def abandon(self, timeout: float = 10.0) -> None:
        """The server is being sealed: a backup being made stops (nothing is kept) and its
        thread lets go of the data key, waited for up to `timeout` seconds. A restore seals
        from its own job thread, which is not waited for."""
        self._cancel.set()
        self.wait(timeout)

    def check_idle(self) -> None:
        job = self.job()
        if job.running:
            raise AssistError(f"{BUSY.get(job.kind, BUSY[model.BACKUP])} on the server "
                              f"(started by {job.started_by}). Wait for it to finish.")

    def job(self) -> model.ServerBackupJob:
        with self._lock:
            return self._job

    def wait(self, timeout: float | None = None) -> None:
        """Tests and a stopping server: wait for the job's thread."""
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    # --- the job ------------------------------------------------------------------------
    def _centre_for(self, opened, sign_in):
        """What backup_centre needs of an open centre, as this administrator: her session
        and her audit log (naming her laptop), the server's one database and key file."""
        from assist_desktop.server.centre import DeviceAuditLog
        audit = DeviceAuditLog(sign_in.session.username, sign_in.device,
                               changes=opened.changes, anchor=opened.anchor)
        return SimpleNamespace(session=sign_in.session, db=opened.db, keeper=opened.keeper,
                               centre=opened.centre, audit_log=audit,
                               services=sign_in.services)

    def _progress(self, fraction: float, label: str) -> None:
        with self._lock:
            self._job = replace(self._job, fraction=max(0.0, min(1.0, float(fraction))),
                                label=str(label)[:120])

    def _run(self, centre, folder: Path, passphrase: str) -> None:
        from assist_desktop.backup.centre_backup import backup_centre
        from assist_desktop.backup.rotation import RotationPolicy
        try:
            made = backup_centre(centre, folder, passphrase,
                                 rotation=RotationPolicy.of(centre.services.settings.policy()),
                                 kdf_params=self._state.kdf_policy.parameters(),
                                 progress=lambda p: self._progress(p.fraction, p.label),
                                 cancel=self._cancel)
        except AssistError as exc:
            self._finish(model.FAILED, message=str(exc))
            return
        except Exception:  # noqa: BLE001 - the server carries on; the laptop is told plainly
            log.error("a backup from a laptop failed with an unexpected error")
            self._finish(model.FAILED, message="The backup could not be made on the server; "
                                               "nothing was kept. See the server's log.")
            return
        self._finish(model.DONE, made.result.path.name, _rotation_text(made))
        log.info("backup made from a laptop")

    def _finish(self, state: str, file_name: str = "", message: str = "", **more) -> None:
        with self._lock:
            self._job = replace(self._job, state=state, fraction=1.0 if state == model.DONE
                                else self._job.fraction, label="", file_name=file_name,
                                message=message, **more)


BUSY = {model.BACKUP: "A backup is already being made", model.VERIFY: "A backup is being "
        "verified", model.RESTORE: "A backup is being restored"}
NOT_SET = ("No backup folder is set on the server. At the server: assist-desktop server "
           "backup-folder FOLDER (a disk of its own, see the server guide).")


def _rotation_text(made) -> str:
    rotation = made.rotation
    if rotation is None:
        return f"Old backups were not removed: {made.rotation_error}" \
            if made.rotation_error else ""
    if rotation.skipped_reason:
        return f"Old backups: {rotation.skipped_reason}."
    text = f"Old backups removed: {len(rotation.deleted)}; kept: {len(rotation.kept)}."
    if rotation.failed:
        text += f" {len(rotation.failed)} could not be deleted (is the folder read-only?)."
    return text
