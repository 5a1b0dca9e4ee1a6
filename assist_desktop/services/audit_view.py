"""The audit log as an administrator reads it: filters, references instead of ids, CSV.

Rows name records by id (the chain must never change); the viewer shows the references staff
know (C-2026-0001, M-2026-0003) in their place, looked up when a page is read. A purged
client's rows keep her id only: her reference went with her file, and it is not brought back.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from assist_desktop.security.audit_chain import AuditRow

_CLIENT_IN_DETAIL = re.compile(r"(?<![\w:])client:(\d+)")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class AuditQuery:
    actor: str = ""                 # a username
    action: str = ""
    client_reference: str = ""      # C-2026-0001 (typed)
    since: date | None = None       # local dates, both included
    until: date | None = None

    def bounds(self) -> tuple[str | None, str | None]:
        """The local days as UTC ISO bounds (the stored times are UTC); until is exclusive."""
        def utc(day: date) -> str:
            local = datetime.combine(day, time()).astimezone()
            return local.astimezone(timezone.utc).isoformat(timespec="seconds")
        return (utc(self.since) if self.since else None,
                utc(self.until + timedelta(days=1)) if self.until else None)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str                 # UTC ISO, shown in local time by the GUI
    actor: str
    action: str
    entity: str
    entity_id: str
    record: str             # "M-2026-0001", "C-2026-0001", "user 4", "note"
    client: str             # her reference when the row is about her file, else ""
    detail: str             # with "client:<id>" replaced by her reference


def _client_id(row: AuditRow) -> int | None:
    if row.entity == "client" and row.entity_id.isdigit():
        return int(row.entity_id)
    found = _CLIENT_IN_DETAIL.search(row.detail)
    return int(found.group(1)) if found else None


def ids_to_look_up(rows: list[AuditRow]) -> tuple[set[int], set[int]]:
    clients = {cid for cid in map(_client_id, rows) if cid is not None}
    matters = {int(r.entity_id) for r in rows if r.entity == "matter" and r.entity_id.isdigit()}
    return clients, matters


def entries(rows: list[AuditRow], clients: dict, matters: dict,
            users: dict | None = None) -> list[AuditEntry]:
    def client_text(cid: int | None) -> str:
        if cid is None:
            return ""
        return clients.get(cid) or f"client {cid} (removed)"

    made = []
    for row in rows:
        cid = _client_id(row)
        if row.entity == "matter" and row.entity_id.isdigit() and int(row.entity_id) in matters:
            reference, cid = matters[int(row.entity_id)]
            record = reference
        elif row.entity == "client":
            record = client_text(cid)
        elif row.entity == "user" and row.entity_id.isdigit() and \
                int(row.entity_id) in (users or {}):
            record = f"user {users[int(row.entity_id)]}"
        elif row.entity in ("user", "centre", "settings", "deadline_rule"):
            record = f"{row.entity.replace('_', ' ')} {row.entity_id}".strip()
        else:
            record = row.entity.replace("_", " ")
        # her file is in the Client column: the detail keeps the rest ("fields:title")
        detail = _CLIENT_IN_DETAIL.sub(
            lambda m: "" if int(m.group(1)) == cid else client_text(int(m.group(1))),
            row.detail).strip()
        made.append(AuditEntry(row.seq, row.at, row.actor, row.action, row.entity,
                               row.entity_id, record, client_text(cid), detail))
    return made


def _cell(value) -> str:
    """No spreadsheet formula from a cell: a leading = + - @ is quoted with an apostrophe."""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


CSV_HEADER = ("Entry", "When (UTC)", "Who", "Action", "Record kind", "Record", "Client",
              "Detail")


def csv_text(chunks) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for chunk in chunks:
        for e in chunk:
            writer.writerow([_cell(v) for v in (e.seq, e.at, e.actor, e.action, e.entity,
                                                e.record, e.client, e.detail)])
    return out.getvalue()
