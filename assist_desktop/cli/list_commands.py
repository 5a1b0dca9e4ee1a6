"""import-clients and export-list: clients in from a spreadsheet, lists out to one.

    assist-desktop import-clients --data-dir DIR --as USER FILE [--mapping MAP.json]
                                  [--dry-run] [--skip-problems] [--matches import|skip]
    assist-desktop export-list    --data-dir DIR --as USER {caseload,tasks} --out FILE
                                  [--force]

import-clients uses the same service as the wizard (services/client_import.py). Without
--mapping the columns are matched to fields by their headers (printed on stderr, with a
map.json to start from). MAP.json is {"column header": "field" or null}; the fields are
those of `--mapping-fields`. Every problem is printed on stdout, one per line:
row, column, header, "problem" or "warning", message (tab-separated), then each possible
duplicate: row, "match", what it matches. Nothing is imported while a row has a problem
(unless --skip-problems) or a possible match without a decision (--matches).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from assist_desktop.cli.common import add_as_user, add_data_dir, check_out_file, signed_in
from assist_desktop.domain.errors import AssistError

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\u202a-\u202e\u2066-\u2069]+")


def register(sub) -> None:
    p = sub.add_parser("import-clients", help="add clients from a CSV or XLSX file (conflict "
                                              "check on each; all or nothing)")
    add_data_dir(p)
    add_as_user(p)
    p.add_argument("file", metavar="FILE", help="a .csv or .xlsx file; the first row names "
                                                "the columns")
    p.add_argument("--mapping", metavar="MAP.json",
                   help='{"column header": "field" or null}; default: from the headers')
    p.add_argument("--dry-run", action="store_true",
                   help="do everything, then roll it back: nothing is kept")
    p.add_argument("--skip-problems", action="store_true",
                   help="leave out the rows with problems instead of refusing")
    p.add_argument("--matches", choices=("import", "skip"),
                   help="rows that may match someone on record or another row: import "
                        "anyway, or skip (required when there are any)")
    p.set_defaults(handler=cmd_import_clients)

    p = sub.add_parser("export-list", help="write the caseload or your tasks as CSV or XLSX "
                                           "(NOT encrypted; administrators)")
    add_data_dir(p)
    add_as_user(p)
    p.add_argument("list", choices=("caseload", "tasks"))
    p.add_argument("--out", required=True, metavar="FILE", help="ends .csv or .xlsx")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(handler=cmd_export_list)


def _line(*columns) -> str:
    return "\t".join(_CONTROL.sub(" ", str(c)) for c in columns)


def _mapping(path: str | None, header, suggest):
    from assist_desktop.domain.client_import import ImportField
    if path is None:
        return suggest(header)
    try:
        given = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AssistError(f"{path}: not a readable JSON mapping ({exc.__class__.__name__})") \
            from None
    if not isinstance(given, dict):
        raise AssistError(f"{path}: must be a JSON object of column header -> field")
    unknown = sorted(set(given) - set(header))
    if unknown:
        raise AssistError(f"{path}: names a column the file does not have: "
                          f"{_CONTROL.sub(' ', unknown[0])[:80]}")
    mapping = []
    for title in header:
        field = given.get(title)
        try:
            mapping.append(None if field in (None, "") else ImportField(field))
        except ValueError:
            raise AssistError(f"{path}: {str(field)[:40]!r} is not a field; see "
                              f"`import-clients --help`") from None
    return mapping


def cmd_import_clients(args) -> int:
    from assist_desktop.domain.client_import import FIELD_LABELS, suggest_mapping
    from assist_desktop.services.client_import import ClientImportService, Decision

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise AssistError(f"{args.file}: {exc.strerror or 'cannot be read'}") from None
    with signed_in(args) as (centre, _typed):
        service = ClientImportService(centre.db, centre.session, centre.audit_log)
        source = service.read(data, Path(args.file).name)
        mapping = _mapping(args.mapping, source.header, suggest_mapping)
        if args.mapping is None:
            print("columns (from the headers; pass --mapping to change):", file=sys.stderr)
            for title, field in zip(source.header, mapping):
                label = FIELD_LABELS[field] if field else "(left out)"
                print(f"  {_line(title)[:60]} -> {label}", file=sys.stderr)
        preview = service.preview(source, mapping)
        for row in preview.rows:
            for issue in row.parsed.issues:
                header = source.header[issue.column - 1] if 0 < issue.column <= len(
                    source.header) else ""
                print(_line(issue.row, issue.column or "", header,
                            "problem" if issue.blocking else "warning", issue.message))
            for match in row.matches:
                print(_line(row.row, "", "", "match", match.description))
        decisions = {}
        if args.skip_problems:
            decisions.update({r.row: Decision.SKIP for r in preview.blocked})
        if args.matches:
            decisions.update({r.row: Decision(args.matches) for r in preview.to_decide})
        result = service.run(preview, decisions, dry_run=args.dry_run)
        verb = "Would import" if result.dry_run else "Imported"
        print(f"{verb} {result.imported} clients ({result.skipped} rows skipped, "
              f"{result.notes} first notes, {result.alerts} safety alerts)"
              + ("; dry run: nothing was kept" if result.dry_run else ""), file=sys.stderr)
        return 0


def cmd_export_list(args) -> int:
    from assist_desktop.services.list_exports import ListExportService, LEAVES_STORE_WARNING

    out = Path(args.out)
    check_out_file(out, args.force)
    with signed_in(args) as (centre, _typed):
        service = ListExportService(centre.db, centre.session, centre.audit_log)
        service.check_allowed()
        print("warning: " + LEAVES_STORE_WARNING, file=sys.stderr)
        count = service.save(args.list, out, replace=args.force)
        print(f"Wrote {count} rows to {out}", file=sys.stderr)
        return 0
