"""init, user, rotate-key, check: setting up a centre and looking after its accounts."""
from __future__ import annotations

import sys
from pathlib import Path

from assist_desktop.cli.common import add_as_user, add_data_dir, signed_in, vault_for
from assist_desktop.cli.passphrases import PassphraseSource
from assist_desktop.domain.errors import AssistError, PermissionDenied, ValidationError
from assist_desktop.domain.staff import JURISDICTIONS


def register(sub) -> None:
    p = sub.add_parser("init", help="create the encrypted database and the first administrator")
    add_data_dir(p)
    p.add_argument("--centre", required=True, help="the centre's name")
    p.add_argument("--jurisdiction", required=True, choices=JURISDICTIONS,
                   help="ireland means the Republic of Ireland (not Northern Ireland)")
    p.add_argument("--address", default="", help="address for letterheads")
    p.add_argument("--admin", required=True, metavar="USERNAME")
    p.add_argument("--full-name", default="", help="the administrator's full name")
    p.add_argument("--roles", default="administrator",
                   help="comma-separated: administrator,solicitor,support-worker")
    p.set_defaults(handler=cmd_init)

    user = sub.add_parser("user", help="staff accounts").add_subparsers(dest="user_command",
                                                                        required=True)
    p = user.add_parser("add", help="add a staff account")
    add_data_dir(p)
    add_as_user(p)
    p.add_argument("--username", required=True)
    p.add_argument("--full-name", required=True)
    p.add_argument("--roles", required=True, help="comma-separated roles")
    p.set_defaults(handler=cmd_user_add)
    p = user.add_parser("list", help="list staff accounts")
    add_data_dir(p)
    add_as_user(p)
    p.set_defaults(handler=cmd_user_list)
    p = user.add_parser("disable", help="disable an account and delete its key slots")
    add_data_dir(p)
    add_as_user(p)
    p.add_argument("--username", required=True)
    p.set_defaults(handler=cmd_user_disable)
    p = user.add_parser("roles", help="set an account's roles")
    add_data_dir(p)
    add_as_user(p)
    p.add_argument("--username", required=True)
    p.add_argument("--roles", required=True)
    p.set_defaults(handler=cmd_user_roles)
    p = user.add_parser("passwd", help="change a passphrase (your own, or reset another's)")
    add_data_dir(p)
    add_as_user(p)
    p.add_argument("--username", default=None,
                   help="administrators: reset this user's access with a temporary passphrase")
    p.set_defaults(handler=cmd_user_passwd)

    p = sub.add_parser("centre", help="show or change the centre's letterhead details "
                                      "(administrators)")
    add_data_dir(p)
    add_as_user(p)
    for name, text in (("name", "the centre's name"), ("address", "postal address; use \\n "
                       "between lines"), ("phone", "telephone"), ("email", "email address"),
                       ("website", "web address"),
                       ("regulator", "regulator line, e.g. 'Authorised and regulated by the "
                                     "Solicitors Regulation Authority, SRA number 612345'"),
                       ("complaints-contact", "who handles complaints (client care letters)")):
        p.add_argument(f"--{name}", default=None, help=text)
    p.set_defaults(handler=cmd_centre)

    p = sub.add_parser("rotate-key", help="re-key the database (e.g. after someone leaves)")
    add_data_dir(p)
    add_as_user(p)
    p.set_defaults(handler=cmd_rotate_key)

    p = sub.add_parser("check", help="cipher integrity, integrity and the audit log (keyed "
                                     "chain, triggers, anchors)")
    add_data_dir(p)
    add_as_user(p)
    p.add_argument("--audit-code", action="append", default=[], metavar="ENTRY:CODE",
                   help="a code noted from the Audit log screen, e.g. 12345:7F3K9-QXM2A: the "
                        "log must still carry it at that entry (may be repeated)")
    p.add_argument("--backups", action="append", default=[], metavar="FOLDER",
                   help="compare the log with the audit anchors in the headers of this "
                        "centre's backups in FOLDER (may be repeated)")
    p.set_defaults(handler=cmd_check)


def _roles(text: str) -> list[str]:
    return [r for r in (part.strip() for part in text.split(",")) if r]


def cmd_init(args) -> int:
    source = PassphraseSource()
    vault = vault_for(args)
    passphrase = source.ask_new(f"New passphrase for {args.admin}")
    centre, code = vault.create(centre_name=args.centre, jurisdiction=args.jurisdiction,
                                address=args.address, admin_username=args.admin,
                                admin_full_name=args.full_name or args.admin,
                                passphrase=passphrase, roles=_roles(args.roles))
    centre.lock()
    print(f"Created the encrypted database in {vault.data_dir}")
    print("Recovery code (shown once; write it down and keep it locked away):")
    print(f"    {code}")
    return 0


_CENTRE_FIELDS = {"name": "name", "address": "address", "phone": "phone", "email": "email",
                  "website": "website", "regulator": "regulator_note",
                  "complaints_contact": "complaints_contact"}


def cmd_centre(args) -> int:
    """With no options, print the details; with some, change them (audited)."""
    changes = {field: getattr(args, option).replace("\\n", "\n")
               for option, field in _CENTRE_FIELDS.items() if getattr(args, option) is not None}
    with signed_in(args) as (centre, _typed):
        details = centre.services.centre_details
        info = details.update(**changes) if changes else details.get()
        for option, field in _CENTRE_FIELDS.items():
            value = getattr(info, field).replace("\n", " / ")
            print(f"{option.replace('_', '-')}\t{value}")
        return 0


def cmd_user_add(args) -> int:
    source = PassphraseSource()
    with signed_in(args, source) as (centre, _typed):
        passphrase = source.ask_new(f"Initial passphrase for {args.username}")
        user = centre.services.users.add_user(args.username, args.full_name, _roles(args.roles),
                                              passphrase, must_change=True)
        print(f"Added {user.username} ({', '.join(sorted(user.roles))}); they will be asked to "
              f"choose their own passphrase at first sign-in.")
        return 0


def cmd_user_list(args) -> int:
    with signed_in(args) as (centre, _typed):
        for user in centre.services.users.list_users():
            state = "disabled" if user.disabled else "active"
            print(f"{user.username}\t{user.full_name}\t{','.join(sorted(user.roles))}\t{state}")
        return 0


def cmd_user_disable(args) -> int:
    with signed_in(args) as (centre, _typed):
        centre.services.users.disable_user(args.username)
        print(f"Disabled {args.username.lower()} and deleted their key slots. If they may have a "
              f"copy of the database, run rotate-key as well.")
        return 0


def cmd_user_roles(args) -> int:
    with signed_in(args) as (centre, _typed):
        user = centre.services.users.set_roles(args.username, _roles(args.roles))
        print(f"{user.username}: {', '.join(sorted(user.roles))}")
        return 0


def cmd_user_passwd(args) -> int:
    source = PassphraseSource()
    with signed_in(args, source) as (centre, current):
        target = (args.username or "").strip().lower()
        if target and target != centre.session.username:
            temporary = source.ask_new(f"Temporary passphrase for {target}")
            centre.services.users.reset_access(target, temporary)
            print(f"Reset access for {target}; they must choose a new passphrase at sign-in.")
        else:
            centre.services.users.change_own_passphrase(source.ask_new("New passphrase"),
                                                        current_passphrase=current)
            print("Passphrase changed.")
        return 0


def cmd_rotate_key(args) -> int:
    with signed_in(args) as (centre, _typed):
        centre.rotate_data_key()
        print("The database has a new data key; every remaining key slot opens it.")
        return 0


def _outside_anchor_problems(centre, args) -> list[str]:
    """The log against anchors it cannot reach: codes an administrator noted, and the headers
    of earlier backups (a rewrite that also re-signed the key file's anchor shows here)."""
    from assist_desktop.backup.listing import list_backups
    service, found = centre.services.audit, []
    for text in args.audit_code:
        entry, _, code = text.partition(":")
        entry = entry.replace(",", "").strip()
        if not entry.isdigit() or not code.strip():
            raise ValidationError("audit code", "give it as ENTRY:CODE, e.g. 12345:7F3K9-QXM2A")
        if not service.matches_code(int(entry), code):
            found.append(f"the log at entry {int(entry):,} does not carry the code "
                         f"{code.strip()[:20]} noted earlier: it was rewritten")
    for folder in args.backups:
        compared = 0
        for listing in list_backups(Path(folder), centre.centre.database_id):
            if listing.header is None or listing.header.audit_anchor is None:
                continue
            problem = service.anchor_problem(listing.header.audit_anchor,
                                             f"the backup {listing.path.name}")
            compared += 1
            if problem:
                found.append(problem)
        print(f"audit log: compared with the anchors of {compared} backups in {folder}")
    return found


def cmd_check(args) -> int:
    with signed_in(args) as (centre, _typed):
        if not centre.session.is_administrator:
            raise PermissionDenied("Only an administrator can run the checks.")
        problems = centre.db.integrity_problems()
        audit = centre.services.audit.chain_problems() + _outside_anchor_problems(centre, args)
        for problem in problems[:20]:
            print(f"integrity: {problem}", file=sys.stderr)
        for problem in audit:
            print(f"audit log: {problem}", file=sys.stderr)
        from assist_desktop.services.sealing import check_sealed
        sealed, untested = check_sealed(centre.db)
        for problem in sealed:
            print(f"sealed record: {problem}", file=sys.stderr)
        if untested:
            print(f"sealed records: {untested} are under keys this account does not hold and "
                  f"were not tested; run check as a solicitor, or as someone named on each "
                  f"restricted file, to test them", file=sys.stderr)
        if problems or audit or sealed:
            raise AssistError("the checks found problems (listed above)")
        head = centre.services.audit.head()
        print(f"ok: cipher integrity, database integrity, sealed records, audit chain (keyed), "
              f"its append-only triggers and its anchor in the key file "
              f"({centre.services.audit.count()} entries) all pass")
        if head:
            from assist_desktop.security.audit_chain import head_text
            print(f"{head_text(*head)} (note it: a later check can compare)")
        return 0
