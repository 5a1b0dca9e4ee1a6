"""Lists leaving the store as CSV or XLSX: the caseload, and my open tasks (overdue and due in
the next year). For administrators who also work on cases (an administrator without a
casework role sees no case content, so has no caseload to export), with the warning every
unencrypted export carries, an audit row (the list, its row count and format; never a name)
committed before the file is written, and an export_failed row if the write fails.

Every text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is neutralised
by documents/tables.py; nothing else of the text is changed.
"""
from __future__ import annotations

from pathlib import Path

from assist_desktop.documents.tables import Sheet, to_csv, to_xlsx
from assist_desktop.domain.clients import CaseloadQuery
from assist_desktop.domain.dates import describe_birth
from assist_desktop.domain.errors import ValidationError
from assist_desktop.services import permissions as perm
from assist_desktop.services.clients import ClientService
from assist_desktop.services.export_files import check_export_target, write_export
from assist_desktop.services.tasks import TaskService
from assist_desktop.storage.centre_repository import UserRepository

LISTS = ("caseload", "tasks")
PAGE = 500
LEAVES_STORE_WARNING = ("The file is NOT encrypted: it holds clients' names and case details "
                        "and leaves the protection of the encrypted store. Save it only to an "
                        "encrypted drive, share it only by a secure route, and delete it when "
                        "it is no longer needed.")


class ListExportService:
    def __init__(self, db, session, audit):
        self._db, self._session, self._audit = db, session, audit

    def check_allowed(self) -> None:
        perm.require_administrator(self._session, "export lists")
        perm.require_casework(self._session)

    def sheet(self, which: str) -> Sheet:
        self.check_allowed()
        if which == "caseload":
            return self._caseload()
        if which == "tasks":
            return self._tasks()
        raise ValidationError("list", "must be caseload or tasks")

    def _names(self) -> dict[int, str]:
        return {u.id: u.full_name for u in self._db.read(UserRepository().list)}

    def _caseload(self) -> Sheet:
        clients = ClientService(self._db, self._session, self._audit)
        names, rows, offset = self._names(), [], 0
        while True:
            page = clients.caseload(CaseloadQuery(limit=PAGE, offset=offset))
            for c in page:
                rows.append([c.reference, c.display_name,
                             describe_birth(c.date_of_birth, c.date_of_birth_precision),
                             "yes" if c.age_disputed else "", c.nationality,
                             ", ".join(sorted(str(f).replace("_", " ") for f in c.safety_flags)),
                             names.get(c.key_worker_id, ""), names.get(c.solicitor_id, ""),
                             "yes" if c.restricted else "", c.closed_on, c.next_deadline])
            if len(page) < PAGE:
                break
            offset += PAGE
        return Sheet("Caseload", ["Reference", "Name", "Date of birth", "Age disputed",
                                  "Nationality", "Safety flags", "Key worker", "Solicitor",
                                  "Restricted", "Closed on", "Next deadline"], rows)

    def _tasks(self) -> Sheet:
        overdue, upcoming = TaskService(self._db, self._session, self._audit) \
            .week_with_references(mine=True, days=366)
        rows = [[reference, task.title, task.due_on, "overdue" if when == "o" else "",
                 str(task.kind).replace("_", " "), task.start_event, task.notes]
                for when, part in (("o", overdue), ("u", upcoming)) for task, reference in part]
        return Sheet("My tasks", ["Client", "Task", "Due on", "Overdue", "Kind",
                                  "Starts from", "Notes"], rows)

    def data(self, which: str, file_format: str) -> tuple[bytes, int]:
        """The file's bytes and its row count, audited as an export before they are
        returned (a laptop on a centre server writes them itself)."""
        self.check_allowed()
        if file_format not in ("csv", "xlsx"):
            raise ValidationError("format", "must be csv or xlsx")
        sheet = self.sheet(which)
        data = to_csv(sheet) if file_format == "csv" else to_xlsx([sheet])
        detail = f"list={which};rows={len(sheet.rows)};format={file_format}"
        self._db.write(lambda conn: self._audit.record(conn, "export", "list", which, detail))
        return data, len(sheet.rows)

    def export_failed(self, which: str, file_format: str) -> None:
        """The file could not be written: the audit says so after its export row."""
        detail = f"list={which};format={file_format}"
        self._db.write(lambda conn: self._audit.record(conn, "export_failed", "list", which,
                                                       detail))

    def save(self, which: str, target: Path, *, replace: bool = False) -> int:
        """Write the list to `target` (.csv or .xlsx, 0600); returns its row count."""
        self.check_allowed()
        target, file_format = list_target(target)
        check_export_target(target, replace=replace)
        data, count = self.data(which, file_format)
        write_export(target, data, lambda: self.export_failed(which, file_format))
        return count


def list_target(target) -> tuple[Path, str]:
    """The target and its format (from its suffix: .csv or .xlsx)."""
    target = Path(target)
    file_format = target.suffix.lower().lstrip(".")
    if file_format not in ("csv", "xlsx"):
        raise ValidationError("file", "must end .csv or .xlsx")
    return target, file_format
