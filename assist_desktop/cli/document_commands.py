"""document: build one document from a client's record and write it to a PDF file.

    assist-desktop document --data-dir DIR --as USER --client C-2026-0001 --kind KIND
                            [--matter M-2026-0001] --out FILE.pdf [--force]
                            [--password-from-stdin] [--body-from TEXTFILE] [--note ID ...]
                            [--title TEXT] [--date YYYY-MM-DD]
                            [--exhibit DESCRIPTION ...] [--description TEXT]
                            [--statement-number N]

The same service the application uses: the document is stored in the encrypted database as a
draft (as if made in the application), then written to FILE.pdf. The passphrase comes first
on stdin (or from the terminal); with --password-from-stdin the next line is the password
that protects the PDF (AES-256). The warning that the file leaves the encrypted store goes to
stderr; an existing FILE is replaced only with --force.

--body-from: each blank-line-separated block of the file is one numbered paragraph; a block
that is a single line starting with "## " is an unnumbered heading above the next paragraph.
A witness statement is made of her own words only: --note is refused for it (notes are
sources for the person drafting it, not statement text). Warnings about the document (e.g.
an interpreter's declaration left blank to fill in by hand) go to stderr.
"""
from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path

from assist_desktop.cli.common import add_as_user, add_data_dir, check_out_file, signed_in
from assist_desktop.cli.passphrases import PassphraseSource
from assist_desktop.domain.consents import ConsentRequired
from assist_desktop.domain.errors import AssistError

# documents.DocumentKind values made from a client's record (tests check they match).
KINDS = ("witness_statement", "chronology", "representations", "further_submissions",
         "support_letter", "compensation_summary", "children_report", "client_care_letter",
         "case_summary", "conflict_check")
MAX_BODY_BYTES = 8 * 1024 * 1024


def _kind(text: str) -> str:
    return text.strip().lower().replace("-", "_")


def register(sub) -> None:
    p = sub.add_parser("document", help="build a document from a client's record as a PDF",
                       description="Build a document from a client's record, keep it in the "
                                   "encrypted database as a draft, and write it to a PDF "
                                   "file (which then leaves the encrypted store).")
    add_data_dir(p)
    add_as_user(p)
    p.add_argument("--client", required=True, metavar="REFERENCE", help="e.g. C-2026-0001")
    p.add_argument("--kind", required=True, type=_kind, choices=KINDS, metavar="KIND",
                   help="one of: " + ", ".join(KINDS))
    p.add_argument("--matter", default=None, metavar="REFERENCE", help="e.g. M-2026-0001")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    p.add_argument("--password-from-stdin", action="store_true",
                   help="protect the PDF with a password (AES-256), read after the passphrase")
    p.add_argument("--body-from", default=None, metavar="TEXTFILE",
                   help="UTF-8 text for the body; a blank line starts a new numbered "
                        "paragraph; a line '## Heading' on its own is a heading")
    p.add_argument("--note", dest="notes", type=int, action="append", default=[],
                   metavar="ID", help="add this case note's text to a letter (repeat for "
                                      "more; not for a witness statement)")
    p.add_argument("--exhibit", dest="exhibits", action="append", default=[],
                   metavar="DESCRIPTION", help="witness statement: an exhibit, in order "
                                               "(numbered from her initials, e.g. BOI/1)")
    p.add_argument("--description", default="", metavar="TEXT",
                   help="witness statement: her occupation or description (PD 32 18.1)")
    p.add_argument("--statement-number", type=int, default=0, metavar="N",
                   help="witness statement: its number (default: her approved statements "
                        "in the matter + 1)")
    p.add_argument("--title", default="", help="title to store the document under")
    p.add_argument("--date", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                   help="the document's date (default: today)")
    p.add_argument("--allow-unprintable", action="store_true",
                   help="make it even if some characters cannot be printed (each is then "
                        "printed as a marker such as [U+1FAE0]); without it the command lists "
                        "them and stores nothing")
    p.add_argument("--without-consent", metavar="REASON", dest="override_reason",
                   help="a support letter (it goes to another organisation) for a client "
                        "with no consent to information sharing in force: go ahead "
                        "(solicitors only); the reason is kept with her file and the "
                        "override recorded in the audit log")
    p.set_defaults(handler=cmd_document)


def _body(path: str | None) -> tuple[str, ...]:
    if not path:
        return ()
    source = Path(path)
    if not source.is_file():
        raise AssistError(f"{source} is not a file")
    if source.stat().st_size > MAX_BODY_BYTES:
        raise AssistError(f"{source} is too large for a document body")
    try:
        text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise AssistError(f"{source} is not UTF-8 text") from None
    return (text,) if text.strip() else ()


def cmd_document(args) -> int:
    from assist_desktop.documents.protect import check_password
    from assist_desktop.services.documents import TITLES, DocumentService, parse_kind
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # repairs it reports are not errors
    out = Path(args.out)
    check_out_file(out, args.force)
    kind = parse_kind(args.kind)
    body = _body(args.body_from)
    source = PassphraseSource()
    with signed_in(args, source) as (centre, _typed):
        password = None
        if args.password_from_stdin:
            password = source.ask_new("Password for the PDF file")
            check_password(password)
        service = DocumentService(centre.db, centre.session, centre.audit_log, centre.centre)
        client_id = service.find_client(args.client)
        reason = args.override_reason
        if reason is not None and not reason.strip():
            raise AssistError("--without-consent needs the reason (the override is audited)")
        try:               # refused before anything is made, and it is said which flag helps
            service.check_sharing(kind, client_id, reason)
        except ConsentRequired as refused:
            hint = " Give it with --without-consent REASON." if refused.may_override else ""
            raise AssistError(f"{refused}{hint}") from None
        matter_id = service.find_matter(client_id, args.matter) if args.matter else None
        extra = {}
        if args.exhibits or args.description or args.statement_number:
            extra = {"exhibits": tuple(args.exhibits), "witness_description": args.description,
                     "statement_number": args.statement_number}
        document, notices = service.generate_with_warnings(
            kind, client_id, matter_id, paragraphs=body, note_ids=tuple(args.notes),
            title=args.title, date=args.date, allow_unprintable=args.allow_unprintable,
            **extra)
        warning = service.save_as(document.id, out, password=password, override_reason=reason)
        for notice in notices:
            print(f"warning: {notice}", file=sys.stderr)
        print(f"warning: {warning}", file=sys.stderr)
        protected = ", password-protected" if password else ""
        print(f"Wrote {TITLES[kind].lower()} to {out}{protected}; kept in the database as "
              f"draft document {document.id}.")
        return 0
