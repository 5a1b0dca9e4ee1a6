"""backup create / verify / list / restore / rotate / status / schedule (setup, run, remove).

Passphrases and recovery codes come from the terminal or stdin (PassphraseSource), never
from arguments; unattended runs take theirs from the OS keychain. Errors are AssistErrors:
one line on stderr, exit status 1.
"""
from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

from assist_desktop import backup
from assist_desktop.backup.centre_backup import (backup_centre, remove_schedule,
                                                 require_backup_rights, set_up_schedule)
from assist_desktop.backup.reader import open_header, refuse_newer
from assist_desktop.backup.scheduled import load_backup_passphrase, scheduled_source
from assist_desktop.cli.common import add_as_user, add_data_dir, data_dir, kdf_policy, signed_in
from assist_desktop.cli.passphrases import PassphraseSource
from assist_desktop.domain.errors import AssistError, NotFound, StoreMissingError
from assist_desktop.platform import paths
from assist_desktop.security.key_slots import KeySlotFile
from assist_desktop.security.passphrase_policy import assess
from assist_desktop.services.settings import read_policy_with_key


def keychain_factory():
    """The OS keychain (tests replace this with one backed by a test keyring)."""
    from assist_desktop.security.device_keychain import DeviceKeychain
    return DeviceKeychain()


def register(sub) -> None:
    group = sub.add_parser("backup", help="encrypted backups: create, verify, list, restore")
    cmds = group.add_subparsers(dest="backup_command", required=True, metavar="ACTION")

    p = cmds.add_parser("create", help="make a verified backup into a folder (e.g. a USB stick)")
    add_data_dir(p)
    add_as_user(p)
    p.add_argument("--to", required=True, metavar="FOLDER", help="where to write the backup")
    p.add_argument("--use-saved-passphrase", action="store_true",
                   help="use the backup passphrase saved in the keychain by 'schedule setup'")
    p.add_argument("--rotate", action="store_true",
                   help="then delete old backups in the folder as the centre's settings say")
    _add_rotation(p, optional=True)
    p.set_defaults(handler=cmd_create)

    p = cmds.add_parser("verify", help="check a backup file completely (asks for its passphrase)")
    p.add_argument("file", metavar="FILE")
    _add_secret_choice(p)
    p.add_argument("--deep", action="store_true",
                   help="also decrypt the database inside and run its integrity checks and "
                        "manifest (slower)")
    p.add_argument("--work-dir", default=None,
                   help="folder for the temporary (encrypted) copy made by --deep")
    p.set_defaults(handler=cmd_verify)

    p = cmds.add_parser("list", help="list the backups in a folder (no passphrase needed)")
    p.add_argument("folder", metavar="FOLDER")
    p.set_defaults(handler=cmd_list)

    p = cmds.add_parser("restore", help="restore a backup into a data folder (the current one "
                                        "is kept aside)")
    p.add_argument("file", metavar="FILE")
    add_data_dir(p)
    _add_secret_choice(p)
    p.add_argument("--as", dest="as_user", default=None, metavar="ADMIN",
                   help="over an existing centre: sign in as one of its administrators "
                        "(not needed into an empty folder)")
    p.add_argument("--replace-centre", default=None, metavar="NAME",
                   help="confirm replacing the centre with ANOTHER centre's backup: that "
                        "centre's name (as the refusal message shows it)")
    p.set_defaults(handler=cmd_restore)

    safety = cmds.add_parser("safety-copies", help="the copies of a replaced centre a restore "
                                                   "keeps (administrators)")
    copies = safety.add_subparsers(dest="safety_command", required=True, metavar="ACTION")
    p = copies.add_parser("list", help="list them with their age and when they expire")
    add_data_dir(p)
    add_as_user(p)
    p.set_defaults(handler=cmd_safety_list)
    p = copies.add_parser("remove", help="overwrite and delete one (NAME) or all (--all)")
    add_data_dir(p)
    add_as_user(p)
    p.add_argument("name", nargs="?", metavar="NAME")
    p.add_argument("--all", action="store_true")
    p.set_defaults(handler=cmd_safety_remove)
    p = copies.add_parser("days", help="set how many days they are kept after the restore is "
                                       "confirmed (0 to 90; the centre's setting)")
    add_data_dir(p)
    add_as_user(p)
    p.add_argument("days", type=int, metavar="N")
    p.set_defaults(handler=cmd_safety_days)

    p = cmds.add_parser("rotate", help="delete old backups, keeping N daily and M weekly")
    p.add_argument("folder", metavar="FOLDER")
    add_data_dir(p)
    _add_rotation(p, optional=False)
    p.set_defaults(handler=cmd_rotate)

    p = cmds.add_parser("status", help="when the last verified backup was made")
    add_data_dir(p)
    p.add_argument("--max-age-days", type=int, default=7)
    p.set_defaults(handler=cmd_status)

    schedule = cmds.add_parser("schedule", help="unattended backups with the OS keychain")
    sched = schedule.add_subparsers(dest="schedule_command", required=True, metavar="ACTION")
    p = sched.add_parser("setup", help="save a backup passphrase and a job key in the keychain")
    add_data_dir(p)
    add_as_user(p)
    p.set_defaults(handler=cmd_schedule_setup)
    p = sched.add_parser("run", help="make a backup and rotate (for cron, Task Scheduler, launchd)")
    add_data_dir(p)
    p.add_argument("--to", required=True, metavar="FOLDER")
    _add_rotation(p, optional=True)
    p.set_defaults(handler=cmd_schedule_run)
    p = sched.add_parser("remove", help="delete the job key and the saved passphrase")
    add_data_dir(p)
    add_as_user(p)
    p.set_defaults(handler=cmd_schedule_remove)


def _add_rotation(p, optional: bool) -> None:
    """optional: the counts default to the centre's settings (set by an administrator)."""
    default = " (default: the centre's setting)" if optional else ""
    p.add_argument("--keep-daily", type=int, default=None if optional else 7, metavar="N",
                   help="keep the newest backup of each of the last N days" +
                        (default or " (default 7)"))
    p.add_argument("--keep-weekly", type=int, default=None if optional else 4, metavar="M",
                   help="keep the newest backup of each of the last M weeks" +
                        (default or " (default 4)"))


def _rotation(args, centre_policy) -> backup.RotationPolicy:
    """--keep-daily/--keep-weekly, each falling back to the centre's setting (centre_policy()
    returns services.settings.Policy; it is called only when a count is missing)."""
    daily, weekly = args.keep_daily, args.keep_weekly
    if daily is None or weekly is None:
        policy = centre_policy()
        daily = policy.backup_keep_daily if daily is None else daily
        weekly = policy.backup_keep_weekly if weekly is None else weekly
    return backup.RotationPolicy(daily, weekly)


def _add_secret_choice(p) -> None:
    p.add_argument("--recovery-code", action="store_true",
                   help="open it with the centre's recovery code instead of the backup passphrase")


def _secret(args, source: PassphraseSource) -> backup.BackupSecret:
    if args.recovery_code:
        return backup.BackupSecret.recovery_code(source.ask("Recovery code"))
    return backup.BackupSecret.passphrase(source.ask("Backup passphrase"))


def _progress(stream=None):
    stream = stream or sys.stderr     # looked up now: sys.stderr may have been replaced
    if not stream.isatty():
        return None

    def show(p: backup.Progress) -> None:
        end = "\n" if p.stage == "done" else ""
        stream.write(f"\r{p.label}: {p.fraction * 100:5.1f}%{' ' * 20}{end}")
        stream.flush()
    return show


def _new_backup_passphrase(source: PassphraseSource) -> str:
    passphrase = source.ask_new("New backup passphrase")
    verdict = assess(passphrase)
    if not verdict.ok:
        raise AssistError(f"backup passphrase: {verdict.message}")
    return passphrase


def _print_rotation(result: backup.RotationResult, policy: backup.RotationPolicy) -> None:
    rule = f"Rotation ({policy.keep_daily} daily, {policy.keep_weekly} weekly)"
    if result.skipped_reason:
        print(f"{rule}: {result.skipped_reason}.")
    else:
        print(f"{rule}: kept {len(result.kept)}, deleted {len(result.deleted)}"
              + (f", could not delete {len(result.failed)}" if result.failed else "") + ".")


def cmd_create(args) -> int:
    source = PassphraseSource()
    with signed_in(args, source) as (centre, _typed):
        require_backup_rights(centre)
        rotation = None
        if args.rotate or args.keep_daily is not None or args.keep_weekly is not None:
            # Read (and checked) before the backup, so a bad count stops before any work.
            rotation = _rotation(args, centre.services.settings.policy)
        if args.use_saved_passphrase:
            passphrase = load_backup_passphrase(keychain_factory(), centre.centre.database_id)
        else:
            passphrase = _new_backup_passphrase(source)
        made = backup_centre(centre, Path(args.to), passphrase, rotation=rotation,
                             kdf_params=kdf_policy().parameters(), progress=_progress())
        result = made.result
        print(f"Backup written and verified: {result.path} ({result.size / 1e6:.1f} MB, "
              f"{result.tables} tables, {result.rows} rows, {result.seconds:.1f} s)")
        if result.same_drive:
            print("Note: this backup is on the same drive as the database; keep a copy on a USB "
                  "stick or network folder too, or it will be lost with the computer.")
        if not result.has_recovery_slot:
            print("Note: only the backup passphrase opens this backup: the centre has no recovery "
                  "code, or none made since this version (replace it to have one).")
        if made.rotation is not None:
            _print_rotation(made.rotation, rotation)
        elif made.rotation_error is not None:
            print(f"Old backups were not removed: {made.rotation_error}")
        return 0


def cmd_verify(args) -> int:
    path = Path(args.file)
    backup.read_backup_header(path)  # a damaged or foreign file is refused before any prompt
    report = backup.verify_backup(path, _secret(args, PassphraseSource()), deep=args.deep,
                                  work_dir=Path(args.work_dir) if args.work_dir else None,
                                  progress=_progress())
    h = report.header
    if report.deep:
        found = (f"every chunk authentic, integrity checks pass, {report.tables} tables and "
                 f"{report.rows} rows match the manifest")
    else:
        found = (f"every byte authentic and identical to the copy checked when it was made; "
                 f"{report.tables} tables, {report.rows} rows in its manifest (--deep also "
                 f"opens and checks the database inside)")
    print(f"ok: {path.name} made {_local(h.created_at)} (schema {h.schema_version}, app "
          f"{h.app_version}): {found}")
    return 0


def _local(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def cmd_list(args) -> int:
    found = backup.list_backups(Path(args.folder))
    if not found:
        print(f"No backups in {args.folder}.")
        return 0
    for item in found:
        if item.header is None:
            print(f"{item.path.name}\t{item.state}\t{item.message}")
            continue
        h = item.header
        print(f"{item.path.name}\t{_local(h.created_at)}\t{item.size / 1e6:.1f} MB\t"
              f"schema {h.schema_version}\tdatabase {h.database_id[:8]}\t{item.state}")
    return 0


def cmd_restore(args) -> int:
    path, folder = Path(args.file), data_dir(args)
    refuse_newer(open_header(path))   # refused before any prompt
    source, replacing = PassphraseSource(), None
    if (folder / paths.DATABASE_FILE).exists() or (folder / paths.KEYSLOT_FILE).exists():
        if not args.as_user:
            raise AssistError(f"{folder} holds a centre: only one of its administrators can "
                              f"restore a backup over it; add --as ADMIN. Nothing was changed.")
        with signed_in(args, source) as (centre, _typed):
            replacing = backup.ReplacedCentre.of(centre, args.replace_centre)
    # Signed out (the database closed) before the restore starts.
    result = backup.restore_backup(path, folder, _secret(args, source), progress=_progress(),
                                   replacing=replacing)
    print(f"Restored the backup of {_local(result.header.created_at)} into {result.data_dir} "
          f"({result.tables} tables, {result.rows} rows).")
    if result.safety_dir is not None:
        print(f"The previous database and key file were moved to {result.safety_dir}. This "
              f"safety copy is deleted a number of days (the centre's setting) after an "
              f"administrator first signs in, and at once by a purge, a key rotation or the "
              f"disabling of an account (see 'backup safety-copies').")
    print("Sign in with the passphrases (or the recovery code) the centre had when the backup "
          "was made.")
    return 0


def _days_left(copy) -> str:
    if copy.removed_after is None:
        return "kept until an administrator signs in to the restored centre"
    return f"removed after {copy.removed_after.astimezone():%Y-%m-%d %H:%M}"


def cmd_safety_list(args) -> int:
    with signed_in(args) as (centre, _typed):
        found = centre.services.safety_copies.list()
        if not found:
            print("No safety copies in this data folder.")
        for copy in found:
            print(f"{copy.name}\tmade {copy.made_at.astimezone():%Y-%m-%d %H:%M}\t"
                  f"{copy.size / 1e6:.1f} MB\t{_days_left(copy)}")
        return 0


def cmd_safety_remove(args) -> int:
    if bool(args.name) == bool(args.all):
        raise AssistError("give the name of one safety copy, or --all")
    with signed_in(args) as (centre, _typed):
        try:
            count = centre.services.safety_copies.remove(None if args.all else args.name)
        except NotFound:
            raise AssistError(f"No safety copy named {args.name} in {data_dir(args)}; see "
                              f"'backup safety-copies list'.") from None
        print(f"Removed {count} safety cop{'y' if count == 1 else 'ies'} (overwritten, then "
              f"deleted).")
        return 0


def cmd_safety_days(args) -> int:
    with signed_in(args) as (centre, _typed):
        require_backup_rights(centre)
        centre.services.settings.set_policy(safety_copy_days=args.days)
        if args.days == 0:
            print("Safety copies are now removed as soon as a restore is confirmed (an "
                  "administrator's first sign-in).")
        else:
            print(f"Safety copies are now kept {args.days} day{'' if args.days == 1 else 's'} "
                  f"after a restore is confirmed (an administrator's first sign-in).")
        return 0


def _database_id(data_dir: Path) -> str:
    slots_path = data_dir / paths.KEYSLOT_FILE
    if not slots_path.exists():
        raise StoreMissingError(f"No ASSIST database was found in {data_dir}.")
    return KeySlotFile.load(slots_path).database_id


def cmd_rotate(args) -> int:
    database_id = _database_id(data_dir(args))
    policy = backup.RotationPolicy(args.keep_daily, args.keep_weekly)
    secret = backup.BackupSecret.passphrase(PassphraseSource().ask("Backup passphrase"))

    def verify(path: Path) -> bool:
        backup.verify_backup(path, secret)
        return True
    _print_rotation(backup.rotate_backups(Path(args.folder), policy, database_id=database_id,
                                          verify=verify), policy)
    return 0


def cmd_status(args) -> int:
    status = backup.load_status(data_dir(args))
    if status.last_verified_at is None:
        print("No verified backup has been recorded for this data folder.")
        return 2
    age = status.age()
    days = age.total_seconds() / 86400
    print(f"Last verified backup: {status.last_verified_at.astimezone():%Y-%m-%d %H:%M} "
          f"({days:.1f} days ago), {status.file_name} in {status.folder}")
    if days > args.max_age_days:
        print(f"Warning: older than {args.max_age_days} days.", file=sys.stderr)
        return 2
    return 0


def cmd_schedule_setup(args) -> int:
    source = PassphraseSource()
    with signed_in(args, source) as (centre, _typed):
        require_backup_rights(centre)
        passphrase = _new_backup_passphrase(source)
        backend = set_up_schedule(centre, keychain_factory(), passphrase)
        print(f"Unattended backups are set up for {centre.keeper.slots_path.parent} (keychain: "
              f"{backend}). Keep the backup passphrase with the recovery sheet: it is needed to "
              f"restore. Now add 'assist-desktop backup schedule run' to the scheduler "
              f"(see docs/BACKUP.md).")
        return 0


def cmd_schedule_run(args) -> int:
    folder, keychain = data_dir(args), keychain_factory()

    def centre_policy():
        # Nobody signs in: the job's key slot opens the database, which is only read.
        source = scheduled_source(folder, keychain)
        return read_policy_with_key(source.db_path, source.data_key)
    policy = _rotation(args, centre_policy)
    run = backup.run_scheduled_backup(folder, Path(args.to), keychain=keychain, policy=policy,
                                      kdf_params=kdf_policy().parameters())
    print(f"{datetime.now(timezone.utc).astimezone():%Y-%m-%d %H:%M} backup written and "
          f"verified: {run.backup.path} ({run.backup.size / 1e6:.1f} MB)")
    _print_rotation(run.rotation, policy)
    return 0


def cmd_schedule_remove(args) -> int:
    with signed_in(args) as (centre, _typed):
        remove_schedule(centre, keychain_factory())
        print("Unattended backups are switched off: the job's key slot and the saved backup "
              "passphrase were deleted.")
        return 0
