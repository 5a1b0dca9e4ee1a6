"""Clients imported from a CSV or XLSX file (a centre moving off a spreadsheet).

read() -> preview(mapping) -> run(decisions). The preview reads every row into a client
(domain/client_import.py: every problem by row and column), runs the conflict check on each
person against every client and party on record, and compares the rows with each other.
A row with a possible match needs a decision (import anyway, or skip); a row with a problem
is fixed in the file or skipped. run() writes everything in ONE transaction: every chosen row
is imported, with its conflict check and decision stored and attached to her new file, her
first note, and safety screening of her phone number against traffickers and associates on
record; or, on any failure, nothing is. A dry run does all of it and rolls it back.

Importing clients needs a solicitor: the decision to act after a conflict check is hers
(ConflictCheckService.decide), and the preview shows which existing clients each row
resembles, which an administrator without a casework role may not see.

The audit log gets counts only (rows, imported, skipped, matches, alerts), plus the usual
rows for each file created (ids only), never a name.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Callable, Mapping, Sequence

from assist_desktop.domain.client_import import (MAX_COLUMNS, MAX_ROWS, ImportField, ImportRow,
                                                 check_mapping, parse_row)
from assist_desktop.domain.clients import Client
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.notes import CaseNote, NoteType
from assist_desktop.documents.tables import read_table
from assist_desktop.services import permissions as perm
from assist_desktop.services.import_matches import RowMatch, describe_found, rows_alike
from assist_desktop.services.name_lookup import FoundRecord
from assist_desktop.services.name_lookup_batch import BatchLookup
from assist_desktop.services.safety_screening import SafetyScreeningService
from assist_desktop.storage.bulk_writer import BulkWriter, write_pending
from assist_desktop.storage.centre_repository import CentreRepository
from assist_desktop.storage.change_mark import change_mark
from assist_desktop.storage.check_repository import ConflictCheckRepository, StoredMatch
from assist_desktop.storage.search_index import SearchIndex
from assist_desktop.storage.search_repository import SearchRepository

MAX_FILE_BYTES = 50 * 1024 * 1024
Progress = Callable[[int, int], None]       # (done, total)


class Decision(StrEnum):
    IMPORT = "import"       # import anyway (a possible match was looked at)
    SKIP = "skip"


@dataclass(frozen=True)
class ImportFile:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]      # data rows (file rows 2, 3, ...)
    encoding: str
    file_kind: str                         # "csv" or "xlsx"


@dataclass(frozen=True)
class PreviewRow:
    parsed: ImportRow
    matches: tuple[RowMatch, ...] = ()
    found: tuple[FoundRecord, ...] = field(default=(), repr=False)

    @property
    def row(self) -> int:
        return self.parsed.row

    @property
    def needs_decision(self) -> bool:
        return bool(self.matches) and not self.parsed.blocked


@dataclass(frozen=True)
class ImportPreview:
    rows: tuple[PreviewRow, ...]
    mapping: tuple[ImportField | None, ...]
    # The clients and parties as the checks found them: [database, change mark]
    # (storage/change_mark.py); an audit row (a dry run's, a list read) does not move it.
    mark: tuple = field(default=(), repr=False, compare=False)

    @property
    def blocked(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.parsed.blocked]

    @property
    def to_decide(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.needs_decision]

    @property
    def warnings(self) -> int:
        return sum(1 for r in self.rows for i in r.parsed.issues if not i.blocking)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int
    notes: int
    alerts: int
    references: tuple[str, ...]
    dry_run: bool


class _DryRun(Exception):
    def __init__(self, result: ImportResult):
        super().__init__("dry run")
        self.result = result


class ClientImportService:
    def __init__(self, db, session, audit):
        self._db, self._session, self._audit = db, session, audit
        self._checks = ConflictCheckRepository()
        self._search = SearchRepository()
        self._index = SearchIndex()
        self._screening = SafetyScreeningService(db, session, audit)

    def _require(self) -> None:
        perm.require_solicitor(self._session, "import clients (the decision to act for a new "
                                              "client after the conflict check is a "
                                              "solicitor's)")

    # --- the file ------------------------------------------------------------------------
    def read(self, data: bytes, file_name: str) -> ImportFile:
        """The file's header and rows. ValidationError("file", why) when it cannot be used."""
        self._require()
        if len(data) > MAX_FILE_BYTES:
            raise ValidationError("file", f"is larger than {MAX_FILE_BYTES // 1024 // 1024} MB")
        table = read_table(data, file_name=file_name)
        rows = [tuple(r) for r in table.rows]
        while rows and not any(c.strip() for c in rows[-1]):
            rows.pop()
        if not rows or not any(c.strip() for c in rows[0]):
            raise ValidationError("file", "has no header row (the first row names the columns)")
        header = tuple(c.strip() for c in rows[0])
        if len(header) > MAX_COLUMNS:
            raise ValidationError("file", f"has more than {MAX_COLUMNS} columns")
        data_rows = tuple(r for r in rows[1:])
        if not any(any(c.strip() for c in r) for r in data_rows):
            raise ValidationError("file", "has a header row but no clients below it")
        if len(data_rows) > MAX_ROWS:
            raise ValidationError("file", f"has more than {MAX_ROWS:,} rows; split it")
        kind = "xlsx" if table.encoding == "xlsx" else "csv"
        return ImportFile(header, data_rows, table.encoding, kind)

    # --- the preview -----------------------------------------------------------------------
    def preview(self, source: ImportFile, mapping: Sequence[ImportField | None], *,
                today: date | None = None, progress: Progress | None = None) -> ImportPreview:
        """Every row read and checked; nothing is stored but an audit row of counts."""
        self._require()
        mapping = tuple(None if m is None else ImportField(m) for m in mapping)
        if len(mapping) != len(source.header):
            raise ValidationError("mapping", "must give a field (or none) for each column")
        check_mapping(mapping)
        today = today or date.today()

        def _write(conn):
            jurisdiction = CentreRepository().get(conn).jurisdiction
            parsed = [parse_row(number, cells, mapping, jurisdiction, today)
                      for number, cells in enumerate(source.rows, start=2)
                      if any(c.strip() for c in cells)]
            self._index.sync(conn)
            rows = self._checked(conn, parsed, progress)
            matches = sum(len(r.matches) for r in rows)
            self._audit.record(conn, "import_preview", "client", "",
                               f"rows={len(rows)};blocked={sum(r.parsed.blocked for r in rows)}"
                               f";matches={matches}")
            return ImportPreview(tuple(rows), mapping, (id(self._db), change_mark(conn)))
        return self._db.write(_write)

    def _checked(self, conn, parsed: list[ImportRow], progress: Progress | None
                 ) -> list[PreviewRow]:
        alike = rows_alike(parsed)
        found_all = self._find_all(conn, parsed, progress)
        labels = self._labels(conn, found_all)
        rows = []
        for row in parsed:
            found = found_all.get(row.row, ())
            matches = tuple(describe_found(f, labels) for f in found) + alike.get(row.row, ())
            rows.append(PreviewRow(row, matches, tuple(found)))
        return rows

    def _find_all(self, conn, parsed: Sequence[ImportRow], progress: Progress | None
                  ) -> dict[int, tuple[FoundRecord, ...]]:
        wanted = [r for r in parsed if not r.blocked]
        found: dict[int, tuple[FoundRecord, ...]] = {}
        same: dict[tuple, tuple[FoundRecord, ...]] = {}    # the same person twice: one check
        lookup = BatchLookup(conn, self._session.user_id, self._search)  # find_people's results
        for done, row in enumerate(wanted, start=1):
            key = (row.names, row.client.date_of_birth)
            if key not in same:
                same[key] = tuple(lookup.find(list(row.names), row.client.date_of_birth))
            found[row.row] = same[key]
            if progress is not None and (done % 50 == 0 or done == len(wanted)):
                progress(done, len(wanted))
        return found

    def _labels(self, conn, found_all) -> tuple[dict, dict]:
        client_ids = sorted({f.client_id for fs in found_all.values() for f in fs if f.visible})
        party_ids = sorted({f.party_id for fs in found_all.values() for f in fs
                            if f.visible and f.party_id})
        return (self._search.client_labels(conn, client_ids),
                self._search.party_labels(conn, party_ids))

    # --- the import ------------------------------------------------------------------------
    def run(self, preview: ImportPreview, decisions: Mapping[int, Decision | str], *,
            dry_run: bool = False, progress: Progress | None = None) -> ImportResult:
        """Import every row not skipped, in one transaction. `decisions` (file row -> import
        or skip) is needed for each row with a possible match and each row with a problem
        (which can only be skipped). With `dry_run` everything is done and rolled back."""
        self._require()
        chosen = self._chosen(preview, decisions)

        def _write(conn):
            if preview.mark != (id(self._db), change_mark(conn)):
                # A client or party saved since the preview: every chosen row is checked again.
                self._index.sync(conn)
                now = self._find_all(conn, [r.parsed for r in chosen], None)
                changed = [r.row for r in chosen if _keys(now[r.row]) != _keys(r.found)]
            else:
                changed = []       # nothing written since: the preview's checks still hold
            if changed:
                raise ValidationError("preview", f"the centre changed since the preview: "
                                      f"{len(changed)} row(s) now match other records (first: "
                                      f"row {changed[0]}); preview again")
            alerts = 0
            audit = _AuditRows()
            created = self._write_files(conn, chosen, audit)
            for done, (row, client) in enumerate(created, start=1):
                self._store_check(conn, client.id, row, audit)
                if client.contact.phone:
                    alerts += len(self._screening.screen_in(conn, client.id, [],
                                                            [client.contact.phone]))
                if progress is not None and (done % 50 == 0 or done == len(created)):
                    progress(done, len(created))
            audit.write(self._audit, conn)
            references = [client.reference for _row, client in created]
            notes = sum(1 for row, _client in created if row.parsed.note)
            self._index.sync(conn)
            result = ImportResult(len(references), len(preview.rows) - len(references), notes,
                                  alerts, tuple(references), dry_run)
            self._audit.record(conn, "import_clients", "client", "",
                               f"rows={len(preview.rows)};imported={result.imported};"
                               f"skipped={result.skipped};notes={notes};alerts={alerts}")
            if dry_run:
                raise _DryRun(result)
            return result
        try:
            return self._db.write(_write)
        except _DryRun as done:
            result = done.result
            self._db.write(lambda conn: self._audit.record(
                conn, "import_clients_dry_run", "client", "",
                f"rows={len(preview.rows)};would_import={result.imported};"
                f"skipped={result.skipped}"))
            return result

    def _write_files(self, conn, chosen: Sequence[PreviewRow], audit: "_AuditRows"
                     ) -> list[tuple[PreviewRow, Client]]:
        """Every new file and first note, written together (storage/bulk_writer.py: ids and
        references handed out in order, the schema's triggers queue each name for the index
        as a single save would). Each file names the importing solicitor as hers."""
        user = self._session.user_id
        writer = BulkWriter.for_connection(conn)
        created = []
        for row in chosen:
            client = row.parsed.client
            client = replace(client, id=writer.new_id(Client),
                             reference=writer.reference("C", client.opened_on.year),
                             solicitor_id=user if self._session.is_solicitor
                             else client.solicitor_id)
            writer.add(client)
            audit.add("create", "client", client.id, "import")
            if row.parsed.note:
                note = writer.add(CaseNote(
                    id=writer.new_id(CaseNote), client_id=client.id, note_type=NoteType.OTHER,
                    note_date=client.opened_on, title="Notes imported with her file",
                    body=row.parsed.note, author_id=user, updated_by=user))
                audit.add("create", "note", note.id, "import")
            created.append((row, client))
        write_pending(conn, writer.take())
        return created

    def _chosen(self, preview: ImportPreview, decisions: Mapping[int, Decision | str]
                ) -> list[PreviewRow]:
        try:
            decided = {int(row): Decision(d) for row, d in decisions.items()}
        except ValueError:
            raise ValidationError("decisions", "each decision is import or skip") from None
        problems = [r.row for r in preview.blocked if decided.get(r.row) is not Decision.SKIP]
        if problems:
            raise ValidationError("rows", f"{len(problems)} row(s) have problems (first: row "
                                  f"{problems[0]}): fix them in the file, or skip them")
        undecided = [r.row for r in preview.to_decide if r.row not in decided]
        if undecided:
            raise ValidationError("rows", f"{len(undecided)} row(s) may match someone on record "
                                  f"or another row (first: row {undecided[0]}): decide for each "
                                  f"whether to import it anyway or skip it")
        chosen = [r for r in preview.rows
                  if not r.parsed.blocked and decided.get(r.row) is not Decision.SKIP]
        if not chosen:
            raise ValidationError("rows", "every row is skipped: there is nothing to import")
        return chosen

    def _store_check(self, conn, client_id: int, row: PreviewRow, audit: "_AuditRows"
                     ) -> None:
        """Her conflict check, as intake stores it: the matches, the decision to proceed (made
        in the preview) and attached to her new file."""
        names = row.parsed.names[:20]
        stored = [StoredMatch(f.record_kind, f.client_id, f.party_id, f.match.score,
                              f.match.reason, min(f.query_name_index, len(names) - 1),
                              f.match.dob_note) for f in row.found]
        restricted = sum(1 for f in row.found if not f.visible)
        check_id = self._checks.insert(conn, subject_kind="client", names=names,
                                       date_of_birth=row.parsed.client.date_of_birth,
                                       client_id=client_id, checked_by=self._session.user_id,
                                       matches=stored, restricted_count=restricted)
        audit.add("conflict_check", "conflict_check", check_id,
                  f"subject=client;matches={len(stored)};restricted={restricted}")
        note = (f"Imported from a spreadsheet (row {row.row}); "
                + ("imported anyway after the possible matches were looked at in the import "
                   "preview." if row.matches else "no match found."))
        self._checks.decide(conn, check_id, 1, "proceed", note, self._session.user_id)
        audit.add("conflict_decision", "conflict_check", check_id, "proceed")


class _AuditRows:
    """The rows of each file created, written together at the end of the import's
    transaction (AuditLog.record_many: one look-up of the chain's end per kind of row)."""

    def __init__(self):
        self._rows: dict[tuple[str, str, str], list] = {}

    def add(self, action: str, entity: str, entity_id, detail: str) -> None:
        self._rows.setdefault((action, entity, detail), []).append(entity_id)

    def write(self, log, conn) -> None:
        for (action, entity, detail), ids in self._rows.items():
            log.record_many(conn, action, entity, ids, detail)


def _keys(found: Sequence[FoundRecord]) -> set[tuple[str, int, int | None]]:
    return {(f.record_kind, f.client_id, f.party_id) for f in found}


__all__ = ["ClientImportService", "Decision", "ImportFile", "ImportPreview", "ImportResult",
           "PreviewRow", "RowMatch"]
