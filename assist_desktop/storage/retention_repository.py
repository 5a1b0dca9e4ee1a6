"""Retention: the centre's schedule (retention_rules; empty means the shipped defaults), the
extensions an administrator records (retention_holds), the facts a review needs about closed
files (dates, matter types and categories; no names, no case text), and the destruction
certificates (a reference and a hash; no link to the client row, which is gone)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from assist_desktop.domain.retention import MatterFacts, RetentionRule
from assist_desktop.platform.clock import utc_now

# settings: certificates whose file a restore brought back, to destroy again (a JSON list)
RETURNED_SETTING = "destroyed_files_restored"
_RULE_COLUMNS = ("id", "jurisdiction", "matter_type", "category", "outcome", "years",
                 "from_event", "until_age", "source", "notes", "verify", "active")


@dataclass(frozen=True)
class ClosedFile:
    client_id: int
    reference: str
    closed_on: date | None
    date_of_birth: date | None
    deleted: bool
    matters: tuple[MatterFacts, ...]
    extended_to: date | None
    extension_reason: str


@dataclass(frozen=True)
class Certificate:
    certificate: str
    reference: str
    record_hash: str
    rule_id: str
    records: int
    destroyed_at: str
    destroyed_by: str


@dataclass(frozen=True)
class DeletedRecord:
    kind: str             # "note" or "attachment"
    id: int
    client_reference: str
    deleted_at: str


def _day(value) -> date | None:
    return date.fromisoformat(value) if value else None


class RetentionRepository:
    # --- the schedule ------------------------------------------------------------------
    def rules(self, conn) -> list[RetentionRule]:
        rows = conn.execute(f"SELECT {', '.join(_RULE_COLUMNS)} FROM retention_rules "
                            f"ORDER BY position, id").fetchall()
        return [_rule(row) for row in rows]

    def replace_rules(self, conn, rules: list[RetentionRule], user_id: int | None) -> None:
        conn.execute("DELETE FROM retention_rules")
        now = utc_now()
        for position, rule in enumerate(rules):
            conn.execute(
                f"INSERT INTO retention_rules ({', '.join(_RULE_COLUMNS)}, position, "
                f"updated_at, updated_by) VALUES ({', '.join('?' * len(_RULE_COLUMNS))}, ?, ?, ?)",
                (rule.id, rule.jurisdiction, rule.matter_type, rule.category, rule.outcome,
                 rule.years, rule.from_event, rule.until_age, rule.source, rule.notes,
                 int(rule.verify), int(rule.active), position, now, user_id))

    def clear_rules(self, conn) -> None:
        conn.execute("DELETE FROM retention_rules")

    # --- files to review ---------------------------------------------------------------
    def closed_files(self, conn, client_id: int | None = None, *,
                     open_too: bool = False) -> list[ClosedFile]:
        """Every file whose own record is closed (live or soft-deleted), with its matters'
        facts and the latest extension (`open_too`: her file whether closed or not)."""
        where = ("1" if open_too else "c.closed_on IS NOT NULL") + \
            (" AND c.id = ?" if client_id is not None else "")
        params = (client_id,) if client_id is not None else ()
        clients = conn.execute(
            f"SELECT c.id, c.reference, c.closed_on, c.date_of_birth, c.deleted_at FROM clients c "
            f"WHERE {where} ORDER BY c.closed_on, c.id", params).fetchall()
        if not clients:
            return []
        matters: dict[int, list[MatterFacts]] = {}
        for cid, mtype, category, outcome, closed in conn.execute(
                "SELECT client_id, matter_type, retention_category, outcome, closed_on "
                "FROM matters WHERE deleted_at IS NULL"
                + (" AND client_id = ?" if client_id is not None else ""), params):
            matters.setdefault(cid, []).append(MatterFacts(mtype, category, outcome,
                                                           _day(closed)))
        holds = {cid: (until, reason) for cid, until, reason in conn.execute(
            "SELECT h.client_id, h.until_on, h.reason FROM retention_holds h WHERE h.id = "
            "(SELECT max(l.id) FROM retention_holds l WHERE l.client_id = h.client_id)"
            + (" AND h.client_id = ?" if client_id is not None else ""), params)}
        return [ClosedFile(cid, ref, _day(closed), _day(dob), deleted is not None,
                           tuple(matters.get(cid, ())), _day(holds.get(cid, (None, ""))[0]),
                           holds.get(cid, (None, ""))[1])
                for cid, ref, closed, dob, deleted in clients]

    def add_hold(self, conn, client_id: int, until_on: date, reason: str,
                 user_id: int | None) -> int:
        return conn.execute(
            "INSERT INTO retention_holds (client_id, until_on, reason, decided_by, decided_at) "
            "VALUES (?, ?, ?, ?, ?)", (client_id, until_on.isoformat(), reason, user_id,
                                       utc_now())).lastrowid

    # --- single records waiting to be purged ---------------------------------------------
    def deleted_records(self, conn) -> list[DeletedRecord]:
        """Notes and attachments deleted (soft) in live files, newest first; an attachment
        of a deleted note goes with the note and is not listed on its own."""
        rows = conn.execute(
            "SELECT 'note', n.id, c.reference, n.deleted_at FROM case_notes n "
            "JOIN clients c ON c.id = n.client_id "
            "WHERE n.deleted_at IS NOT NULL AND c.deleted_at IS NULL "
            "UNION ALL SELECT 'attachment', a.id, c.reference, a.deleted_at FROM attachments a "
            "JOIN clients c ON c.id = a.client_id LEFT JOIN case_notes n ON n.id = a.note_id "
            "WHERE a.deleted_at IS NOT NULL AND c.deleted_at IS NULL "
            "AND (n.id IS NULL OR n.deleted_at IS NULL) ORDER BY 4 DESC").fetchall()
        return [DeletedRecord(*row) for row in rows]

    # --- certificates ------------------------------------------------------------------
    def next_certificate(self, conn, year: int) -> str:
        count = conn.execute("SELECT count(*) FROM destruction_certificates WHERE "
                             "certificate LIKE ?", (f"DC-{year}-%",)).fetchone()[0]
        return f"DC-{year}-{count + 1:04d}"

    def add_certificate(self, conn, certificate: str, reference: str, record_hash: str,
                        rule_id: str, records: int, user_id: int | None) -> str:
        stamp = utc_now()
        conn.execute("INSERT INTO destruction_certificates (certificate, reference, "
                     "record_hash, rule_id, records, destroyed_at, destroyed_by) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (certificate, reference, record_hash, rule_id, records, stamp, user_id))
        return stamp

    # --- the destruction register across restores (docs/DATA_PROTECTION.md) ------------
    def has_register(self, conn) -> bool:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                            "'destruction_certificates'").fetchone() is not None

    def register(self, conn) -> list[tuple]:
        """Every certificate as (certificate, reference, record_hash, rule_id, records,
        destroyed_at, the destroyer's username or ''): no client data."""
        return conn.execute(
            "SELECT d.certificate, d.reference, d.record_hash, d.rule_id, d.records, "
            "d.destroyed_at, coalesce(u.username, '') FROM destruction_certificates d "
            "LEFT JOIN users u ON u.id = d.destroyed_by ORDER BY d.id").fetchall()

    def carry(self, conn, row: tuple) -> None:
        """A certificate from the database a restore replaced, kept in the restored one (its
        destroyer by username, if that account exists here)."""
        *fields, username = row
        found = conn.execute("SELECT id FROM users WHERE username = ?", (username,)).fetchone()
        conn.execute("INSERT INTO destruction_certificates (certificate, reference, "
                     "record_hash, rule_id, records, destroyed_at, destroyed_by) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", (*fields, found[0] if found else None))

    def client_by_reference(self, conn, reference: str) -> int | None:
        """Her client row (live or soft-deleted) by reference, or None."""
        row = conn.execute("SELECT id FROM clients WHERE reference = ? ORDER BY id LIMIT 1",
                           (reference,)).fetchone()
        return row[0] if row else None

    def certificate_numbers(self, conn) -> list[str]:
        return [r[0] for r in conn.execute(
            "SELECT certificate FROM destruction_certificates ORDER BY id DESC")]

    def certificate(self, conn, certificate: str) -> Certificate | None:
        row = conn.execute(
            "SELECT d.certificate, d.reference, d.record_hash, d.rule_id, d.records, "
            "d.destroyed_at, "
            "coalesce(u.full_name, '') FROM destruction_certificates d LEFT JOIN users u "
            "ON u.id = d.destroyed_by WHERE d.certificate = ?", (certificate,)).fetchone()
        return Certificate(*row) if row else None


def _rule(row) -> RetentionRule:
    values = dict(zip(_RULE_COLUMNS, row))
    values["verify"] = bool(values["verify"])
    values["active"] = bool(values["active"])
    return RetentionRule(**values)
