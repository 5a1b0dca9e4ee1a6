"""Bulk writing of many case records at once, for the demo centre (tens of thousands of
clients, hundreds of thousands of notes): ids handed out up front, rows buffered per table and
written with executemany in an order the foreign keys accept, inside the caller's transaction.

Rows are built from the domain records the same way the repositories build them (one column
per field, nested value objects spread over prefixed columns, lists in their child tables),
and every trigger of the schema fires as usual, so the full-text index and the name-index
queue stay in step exactly as with single saves.
"""
from __future__ import annotations

import dataclasses
import functools
import operator
import typing
from dataclasses import dataclass
from datetime import date

from assist_desktop.domain.asylum import (AgeAssessment, AsylumEvent, ExploitationProfile,
                                          encode_list)
from assist_desktop.domain.attachments import Attachment
from assist_desktop.domain.children import Child, Pregnancy
from assist_desktop.domain.clients import Client
from assist_desktop.domain.compensation import CompensationClaim, ScheduleOfLossItem
from assist_desktop.domain.consents import ConsentEntry
from assist_desktop.domain.convictions import Conviction
from assist_desktop.domain.identification import IdentificationRecord
from assist_desktop.domain.matters import Matter
from assist_desktop.domain.notes import CaseNote, NoteVersion
from assist_desktop.domain.parties import Party
from assist_desktop.domain.records import sort_key
from assist_desktop.domain.support import (NeedsAssessment, PeerMentorAssignment, Referral,
                                           SupportPlanAction)
from assist_desktop.domain.tasks import Task
from assist_desktop.domain.time_entries import TimeEntry
from assist_desktop.platform.clock import utc_now
from assist_desktop.storage.references import format_reference

# Parents before children, so every foreign key finds its row.
TABLES: tuple[tuple[type, str], ...] = (
    (Client, "clients"), (ConsentEntry, "consents"), (Conviction, "convictions"),
    (Party, "parties"), (Matter, "matters"), (IdentificationRecord, "identification_records"),
    (AsylumEvent, "asylum_events"), (AgeAssessment, "age_assessments"),
    (ExploitationProfile, "exploitation_profiles"),
    (CompensationClaim, "compensation_claims"), (Child, "children"), (Pregnancy, "pregnancies"),
    (NeedsAssessment, "needs_assessments"), (SupportPlanAction, "support_plan_actions"),
    (Referral, "referrals"), (PeerMentorAssignment, "peer_mentor_assignments"),
    (CaseNote, "case_notes"), (NoteVersion, "note_history"), (Task, "tasks"),
    (TimeEntry, "time_entries"), (Attachment, "attachments"),
    (ScheduleOfLossItem, "schedule_of_loss_items"),
)
TABLE_OF = dict(TABLES)
_LIST_ROWS = {  # child table -> its columns (after the owner id)
    "client_aliases": ("client_id", "position", "name", "kind", "note"),
    "client_languages": ("client_id", "position", "language", "dialect", "main"),
    "client_safety_flags": ("client_id", "flag"),
    "client_restrictions": ("client_id", "user_id"),
    "party_aliases": ("party_id", "position", "name"),
    "party_phones": ("party_id", "position", "number", "label"),
    "party_addresses": ("party_id", "position", "address"),
    "matter_parties": ("matter_id", "party_id"),
    "attachment_blobs": ("attachment_id", "data"),
}
_ORDER = (
    "clients", "client_aliases", "client_languages", "client_safety_flags",
    "client_restrictions", "consents", "convictions", "parties", "party_aliases",
    "party_phones", "party_addresses", "matters", "matter_parties", "identification_records",
    "asylum_events", "age_assessments", "exploitation_profiles",
    "compensation_claims", "children", "pregnancies", "needs_assessments",
    "support_plan_actions", "referrals", "peer_mentor_assignments", "case_notes",
    "note_history", "tasks", "time_entries", "attachments", "attachment_blobs",
    "schedule_of_loss_items",
)
assert set(_ORDER) == set(TABLE_OF.values()) | set(_LIST_ROWS)


_EXTRA = {"clients": ("sort_name",), "case_notes": ("idempotency_key", "last_save_key"),
          "schedule_of_loss_items": ("amount",), "exploitation_profiles": ("forms", "countries")}


def _is_date(hint) -> bool:
    return hint is date or date in typing.get_args(hint)


@functools.cache
def _columns(record_type) -> list[tuple[str, tuple[str, ...], bool]]:
    """(column, attribute path, is a date) for a record type: the repositories' mapping."""
    hints = typing.get_type_hints(record_type)
    out = []
    for f in dataclasses.fields(record_type):
        hint = hints[f.name]
        origin = typing.get_origin(hint)
        if origin in (tuple, frozenset) or hint in (tuple, frozenset):
            continue  # a list: written to its child table
        if dataclasses.is_dataclass(hint):
            inner_hints = typing.get_type_hints(hint)
            out.extend((f"{f.name}_{inner.name}", (f.name, inner.name),
                        _is_date(inner_hints[inner.name])) for inner in dataclasses.fields(hint))
            continue
        out.append((f.name, (f.name,), _is_date(hint)))
    return out


class _RowMaker:
    """Builds a record's row in one attrgetter call, converting only what must be."""

    def __init__(self, record_type, now: str):
        columns = _columns(record_type)
        self.get = operator.attrgetter(*(".".join(path) for _, path, _ in columns))
        self.dates = [i for i, (_, _, is_date) in enumerate(columns) if is_date]
        self.stamps = [i for i, (name, _, _) in enumerate(columns)
                       if name in ("created_at", "updated_at", "saved_at")]
        self.version = next((i for i, (name, _, _) in enumerate(columns)
                             if name == "version"), None) if record_type is not NoteVersion \
            else None
        self.now = now

    def row(self, record) -> list:
        values = list(self.get(record))
        for i in self.dates:
            if values[i] is not None:
                values[i] = values[i].isoformat()
        for i in self.stamps:
            values[i] = values[i] or self.now
        if self.version is not None:
            values[self.version] = values[self.version] or 1
        return values


@dataclass
class Pending:
    """Rows of one batch, ready to write, and where the reference counters have got to."""
    rows: dict[str, list[tuple]]
    counters: dict[tuple[str, int], int]


def allocation_state(conn) -> tuple[dict[str, int], dict[tuple[str, int], int]]:
    """The highest id of each table and the reference counters, to carry on from."""
    ids = {name: conn.execute(f"SELECT coalesce(max(id), 0) FROM {name}").fetchone()[0]
           for name in TABLE_OF.values() if name != "note_history"}
    counters = {(prefix, year): last for prefix, year, last in conn.execute(
        "SELECT prefix, year, last FROM reference_counters")}
    return ids, counters


class BulkWriter:
    """Hands out ids and references and builds rows without touching the database, so the
    next batch can be made while the last one is written (write_pending, on the owner thread).
    Only one BulkWriter may be filling a database at a time."""

    def __init__(self, ids: dict[str, int], counters: dict[tuple[str, int], int]):
        self.now = utc_now()
        self._next = dict(ids)
        self._counters = dict(counters)
        self._makers = {t: _RowMaker(t, self.now) for t, _ in TABLES}
        self._rows: dict[str, list[tuple]] = {name: [] for name in _ORDER}

    @classmethod
    def for_connection(cls, conn) -> "BulkWriter":
        return cls(*allocation_state(conn))

    def new_id(self, record_type) -> int:
        table = TABLE_OF[record_type]
        self._next[table] += 1
        return self._next[table]

    def reference(self, prefix: str, year: int) -> str:
        """'C-2026-0001' ...: the same numbering as storage/references.py."""
        last = self._counters.get((prefix, year), 0) + 1
        self._counters[(prefix, year)] = last
        return format_reference(prefix, year, last)

    def add(self, record, data: bytes | None = None):
        """Buffer one record (its id already set with new_id). Returns it."""
        table = TABLE_OF[type(record)]
        row = self._makers[type(record)].row(record)
        if isinstance(record, Client):
            row.append(sort_key(record.display_name))
            rows = self._rows
            rows["client_aliases"] += [(record.id, i, a.name, a.kind, a.note)
                                       for i, a in enumerate(record.aliases)]
            rows["client_languages"] += [(record.id, i, lang.language, lang.dialect,
                                          int(lang.main)) for i, lang in enumerate(record.languages)]
            rows["client_safety_flags"] += [(record.id, f) for f in sorted(record.safety_flags)]
            rows["client_restrictions"] += [(record.id, u) for u in sorted(record.restricted_to)]
        elif isinstance(record, Party):
            self._rows["party_aliases"] += [(record.id, i, a) for i, a in enumerate(record.aliases)]
            self._rows["party_phones"] += [(record.id, i, p.number, p.label)
                                           for i, p in enumerate(record.phones)]
            self._rows["party_addresses"] += [(record.id, i, a)
                                              for i, a in enumerate(record.addresses)]
        elif isinstance(record, Matter):
            self._rows["matter_parties"] += [(record.id, p) for p in sorted(record.party_ids)]
        elif isinstance(record, CaseNote):
            key = f"bulk-{record.id}"
            row += (key, key)
        elif isinstance(record, ScheduleOfLossItem):
            row.append(record.amount)
        elif isinstance(record, ExploitationProfile):
            row += (encode_list(record.forms), encode_list(record.countries))
        elif isinstance(record, Attachment):
            self._rows["attachment_blobs"].append((record.id, bytes(data or b"")))
        self._rows[table].append(row)
        return record

    def take(self) -> Pending:
        """The rows buffered so far (the buffers start empty again)."""
        pending = Pending(self._rows, dict(self._counters))
        self._rows = {name: [] for name in _ORDER}
        return pending


def write_pending(conn, pending: Pending) -> dict[str, int]:
    """Write a batch's rows, parents first, and move the reference counters on. Run inside
    one transaction. Returns rows written per table."""
    written = {}
    by_table = {name: t for t, name in TABLES}
    for table in _ORDER:
        rows = pending.rows[table]
        if not rows:
            continue
        if table in _LIST_ROWS:
            names = _LIST_ROWS[table]
        else:
            names = tuple(c[0] for c in _columns(by_table[table])) + _EXTRA.get(table, ())
        marks = ", ".join("?" for _ in names)
        conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", rows)
        written[table] = len(rows)
    conn.executemany("INSERT INTO reference_counters (prefix, year, last) VALUES (?, ?, ?) "
                     "ON CONFLICT (prefix, year) DO UPDATE SET last = max(last, excluded.last)",
                     [(prefix, year, last) for (prefix, year), last in pending.counters.items()])
    return written


@dataclass(frozen=True)
class SuspendedIndex:
    triggers: tuple[str, ...]   # the CREATE TRIGGER statements, exactly as they were
    after_id: int               # notes up to this id were indexed before the suspension


def suspend_note_index(conn) -> SuspendedIndex:
    """For a bulk load: drop the triggers that add each new note to the full-text index (one
    FTS insert per note costs more than indexing them all afterwards). restore_note_index
    puts them back; index_notes then indexes what was written in between."""
    found = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                         "tbl_name = 'case_notes'").fetchall()
    saved = [(name, sql) for name, sql in found
             if "AFTER INSERT" in sql.upper() and "SEARCH_NOTES" in sql.upper()]
    for name, _sql in saved:
        conn.execute(f'DROP TRIGGER "{name}"')
    after = conn.execute("SELECT coalesce(max(id), 0) FROM case_notes").fetchone()[0]
    return SuspendedIndex(tuple(sql for _name, sql in saved), after)


def restore_note_index(conn, suspended: SuspendedIndex) -> int:
    """Put the triggers back exactly as they were; returns the highest note id not yet
    indexed (index_notes up to it)."""
    for sql in suspended.triggers:
        conn.execute(sql)
    return conn.execute("SELECT coalesce(max(id), 0) FROM case_notes").fetchone()[0]


def index_notes(conn, after_id: int, upto_id: int) -> None:
    """Add notes with after_id < id <= upto_id to the full-text index (as the trigger would)."""
    conn.execute("INSERT INTO search_notes (rowid, title, body) SELECT id, title, body "
                 "FROM case_notes WHERE id > ? AND id <= ?", (after_id, upto_id))
