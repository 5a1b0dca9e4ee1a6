"""export, import, search, demo: case files from the command line.

    assist-desktop export --data-dir DIR --as USER --client C-2026-0001 --out FILE [--force]
                          [--without-privileged] [--unencrypted]
    assist-desktop import --data-dir DIR --as USER FILE [--check]
    assist-desktop search --data-dir DIR --as USER [--limit N] QUERY
    assist-desktop demo   --data-dir DIR [--clients N] [--notes-per-client N] [--seed S]

export writes an encrypted case-transfer package unless --unencrypted is given; its transfer
passphrase is asked after the user's own (twice on a terminal). import recognises a package
and asks for its transfer passphrase.

Passphrases come from the terminal or one line each on stdin, never from arguments. Results go
to stdout (one line per client for search, reference first, tab-separated); warnings and the
one-line error go to stderr.
"""
from __future__ import annotations

import os
import re
import sys
from datetime import date
from pathlib import Path

from assist_desktop.cli.common import (FAST_KDF_ENV, add_as_user, add_data_dir,
                                       check_out_file, data_dir, kdf_policy, signed_in)
from assist_desktop.cli.passphrases import PassphraseSource
from assist_desktop.domain.consents import ConsentRequired
from assist_desktop.domain.errors import AssistError, ValidationError

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")
EXPORT_WARNING = ("warning: the exported file is NOT encrypted; it holds her whole case file. "
                  "Keep it on an encrypted drive, send it only by a secure route, and delete it "
                  "when it has been imported.")


def register(sub) -> None:
    p = sub.add_parser("export", help="write one client's whole file as an encrypted "
                                      "case-transfer package")
    add_data_dir(p)
    add_as_user(p)
    p.add_argument("--client", required=True, metavar="REFERENCE", help="e.g. C-2026-0001")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument("--without-privileged", action="store_true",
                   help="leave out notes and attachments marked legally privileged")
    p.add_argument("--unencrypted", action="store_true",
                   help="write the plain JSON document instead of an encrypted package "
                        "(NOT encrypted: only onto an encrypted drive)")
    p.add_argument("--without-consent", metavar="REASON", dest="override_reason",
                   help="export although the client has no consent to information sharing in "
                        "force (solicitors only): the reason is kept with her file and the "
                        "override is recorded in the audit log")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="add a client from a case-transfer package or an "
                                      "exported client file")
    add_data_dir(p)
    add_as_user(p)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--check", action="store_true",
                   help="only check the file; import nothing")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("search", help="clients matching a name, alias, party or note text")
    add_data_dir(p)
    add_as_user(p)
    p.add_argument("--limit", type=int, default=50, help="at most this many clients (50)")
    p.add_argument("query", metavar="QUERY")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("demo", help="create a demo centre full of fictional clients")
    add_data_dir(p)
    p.add_argument("--clients", type=int, default=200, metavar="N")
    p.add_argument("--notes-per-client", type=int, default=12, metavar="N",
                   help="average notes per client (12)")
    p.add_argument("--seed", type=int, default=1, help="same seed, same data (1)")
    p.add_argument("--today", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                   help="date the deadlines are arranged around (default: today)")
    p.add_argument("--jurisdiction", default="england-wales",
                   choices=("england-wales", "scotland", "ireland"),
                   help="ireland means the Republic of Ireland (not Northern Ireland)")
    p.set_defaults(handler=cmd_demo)


def _one_line(text: str) -> str:
    return _CONTROL.sub(" ", text)


def _interchange(centre):
    from assist_desktop.services.interchange import InterchangeService
    return InterchangeService(centre.db, centre.session, centre.audit_log)


def _fast_kdf_warning(what: str) -> None:
    if os.environ.get(FAST_KDF_ENV) == "1":
        print(f"warning: {what} made with fast, insecure key derivation "
              f"({FAST_KDF_ENV}=1); for tests and demos only", file=sys.stderr)


def cmd_export(args) -> int:
    out = Path(args.out)
    check_out_file(out, args.force)
    source = PassphraseSource()

    with signed_in(args, source) as (centre, _typed):
        service = _interchange(centre)
        include = not args.without_privileged
        reason = args.override_reason
        if reason is not None and not reason.strip():
            raise AssistError("--without-consent needs the reason (the override is audited)")
        # Refused (one line) before the warning or the passphrase question if the user may
        # not export, or she has no consent to information sharing and no reason is given.
        try:
            service.check_export_allowed(args.client, reason)
        except ConsentRequired as refused:
            raise AssistError(f"{refused} Give it with --without-consent REASON.") from None
        if args.unencrypted:
            print(EXPORT_WARNING, file=sys.stderr)
            result = service.save_export(args.client, out, unencrypted=True,
                                         include_privileged=include, replace=args.force,
                                         override_reason=reason)
        else:
            passphrase = source.ask_new("New transfer passphrase for the package")
            result = service.save_export(args.client, out, passphrase=passphrase,
                                         include_privileged=include, replace=args.force,
                                         kdf_params=kdf_policy().parameters(),
                                         override_reason=reason)
        privileged = "" if result.privileged_included else ", privileged notes left out"
        kind = "encrypted case-transfer package, " if result.encrypted else ""
        if reason is not None:
            print("note: exported without her consent to information sharing, on your "
                  "override (its reason kept with her file, the override audited)",
                  file=sys.stderr)
        print(f"Exported {result.reference} to {out} ({kind}{result.counts['notes']} notes, "
              f"{result.counts['attachments']} attachments{privileged})")
        if result.encrypted:
            from assist_desktop.services.interchange import PACKAGE_NOTE
            print(f"note: {PACKAGE_NOTE}", file=sys.stderr)
            _fast_kdf_warning("the package was")
        return 0


def _read_file(path: Path) -> bytes:
    from assist_desktop.services.interchange import MAX_PACKAGE_BYTES
    if not path.is_file():
        raise AssistError(f"{path} is not a file")
    if path.stat().st_size > MAX_PACKAGE_BYTES:
        raise AssistError(f"{path} is too large to be a client file; nothing was imported")
    return path.read_bytes()


def _not_imported(exc: Exception) -> AssistError:
    return AssistError(f"{str(exc).rstrip('.')} (nothing was imported)")


def cmd_import(args) -> int:
    from assist_desktop.services.interchange import InterchangeService, TransferPackageError
    data = _read_file(Path(args.file))
    package = InterchangeService.is_package(data)
    if package:
        try:  # damaged or cut short: say so before asking for any passphrase
            InterchangeService.check_package(data)
        except TransferPackageError as exc:
            raise _not_imported(exc) from None
    source = PassphraseSource()

    with signed_in(args, source) as (centre, _typed):
        service = _interchange(centre)
        try:
            passphrase = source.ask("Transfer passphrase of the package") if package else None
            if args.check:
                checked = service.check_file(data, passphrase)
                was = checked.previous_reference or "her file"
                print(f"The file is a valid client file ({was}, "
                      f"{sum(checked.counts().values())} records); nothing was imported.")
                return 0
            result = service.import_file(data, passphrase)
        except (ValidationError, TransferPackageError) as exc:
            raise _not_imported(exc) from None
        if result.unmatched_staff:
            print(f"warning: staff are not carried across centres "
                  f"({', '.join(result.unmatched_staff)}): the notes and time they recorded "
                  f"are attributed to you, other links to them (key worker, fee earner...) "
                  f"are left empty"
                  + ("; her file was restricted and is now restricted to you alone: name "
                     "your colleagues on her file" if result.restricted else ""),
                  file=sys.stderr)
        print(f"Imported {result.previous_reference or 'her file'} as {result.reference} "
              f"({sum(result.counts.values())} records)")
        return 0


def cmd_search(args) -> int:
    from assist_desktop.services.search import SearchService

    with signed_in(args) as (centre, _typed):
        service = SearchService(centre.db, centre.session, centre.audit_log)
        for result in service.search(args.query, limit=max(1, min(args.limit, 500))):
            columns = [result.reference, result.display_name, ",".join(result.matched_in),
                       ",".join(sorted(result.safety_flags))]
            if result.restricted:
                columns[-1] = ",".join(filter(None, ("restricted", columns[-1])))
            print("\t".join(_one_line(column) for column in columns))
        return 0


def cmd_demo(args) -> int:
    from assist_desktop.demo.data import DemoPlan, create_demo_centre
    if args.clients < 1 or args.clients > 1_000_000:
        raise AssistError("--clients must be between 1 and 1,000,000")
    if args.notes_per_client < 0 or args.notes_per_client > 1000:
        raise AssistError("--notes-per-client must be between 0 and 1000")
    if not (args.data_dir or args.root_data_dir):
        raise AssistError("give --data-dir: the demo is never created in the default data "
                          "folder")
    folder = data_dir(args)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise AssistError(f"{folder} is not empty; the demo is only created in an empty or "
                          f"new folder, so it can never mix with real data")
    passphrase = PassphraseSource().ask_new("Passphrase for the demo users (admin, solicitor, "
                                            "support)")
    plan = DemoPlan(clients=args.clients, notes_per_client=args.notes_per_client,
                    seed=args.seed, today=args.today or date.today(),
                    jurisdiction=args.jurisdiction)

    def progress(done: int, total: int, what: str) -> None:
        print(f"demo: {what} {done}/{total}", file=sys.stderr, flush=True)

    summary = create_demo_centre(folder, passphrase, plan, kdf_policy=kdf_policy(),
                                 progress=progress)
    print(f"Created a demo centre in {folder} (fictional data): users admin, solicitor, "
          f"support; {summary.clients} clients, {summary.notes} notes, {summary.matters} "
          f"matters. Recovery code: {summary.recovery_code}")
    _fast_kdf_warning("the demo was")
    return 0
