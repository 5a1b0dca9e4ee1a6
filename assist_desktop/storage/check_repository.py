"""Stored conflict checks (with their matches and decision) and safety alerts (schema 5).

Rows hold ids, scores and reasons; the services decide what each reader is shown.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from assist_desktop.domain.errors import EditConflict
from assist_desktop.platform.clock import utc_now




@dataclass(frozen=True)
class StoredMatch:
    record_kind: str          # "client" | "party"
    client_id: int | None     # the file the matched record is in (None once purged)
    party_id: int | None
    score: float
    reason: str
    query_name_index: int
    dob_note: str


@dataclass(frozen=True)
class StoredCheck:
    id: int
    subject_kind: str
    subject_names: tuple[str, ...]
    subject_date_of_birth: date | None
    client_id: int | None
    party_id: int | None
    checked_by: int | None
    checked_at: str
    match_count: int
    restricted_match_count: int
    decision: str
    decision_note: str
    decided_by: int | None
    decided_at: str | None
    version: int
    matches: tuple[StoredMatch, ...]


_CHECK_COLUMNS = ("id, subject_kind, subject_names, subject_date_of_birth, client_id, party_id, "
                  "checked_by, checked_at, match_count, restricted_match_count, decision, "
                  "decision_note, decided_by, decided_at, version")


class ConflictCheckRepository:
    def insert(self, conn, *, subject_kind: str, names: tuple[str, ...],
               date_of_birth: date | None, client_id: int | None, checked_by: int,
               matches: list[StoredMatch], restricted_count: int) -> int:
        cursor = conn.execute(
            "INSERT INTO conflict_checks (subject_kind, subject_names, subject_date_of_birth, "
            "client_id, checked_by, checked_at, match_count, restricted_match_count, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (subject_kind, json.dumps(list(names), ensure_ascii=False),
             date_of_birth.isoformat() if date_of_birth else None, client_id, checked_by,
             utc_now(), len(matches), restricted_count))
        check_id = cursor.lastrowid
        conn.executemany(
            "INSERT INTO conflict_check_matches (check_id, position, record_kind, client_id, "
            "party_id, score, reason, query_name_index, dob_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(check_id, position, m.record_kind, m.client_id, m.party_id, m.score, m.reason,
              m.query_name_index, m.dob_note) for position, m in enumerate(matches)])
        return check_id

    def get(self, conn, check_id: int) -> StoredCheck | None:
        row = conn.execute(f"SELECT {_CHECK_COLUMNS} FROM conflict_checks WHERE id = ?",
                           (check_id,)).fetchone()
        if row is None:
            return None
        matches = tuple(StoredMatch(*m) for m in conn.execute(
            "SELECT record_kind, client_id, party_id, score, reason, query_name_index, dob_note "
            "FROM conflict_check_matches WHERE check_id = ? ORDER BY position", (check_id,)))
        (cid, kind, names, dob, client_id, party_id, checked_by, checked_at, count, restricted,
         decision, note, decided_by, decided_at, version) = row
        return StoredCheck(cid, kind, tuple(json.loads(names)),
                           date.fromisoformat(dob) if dob else None, client_id, party_id,
                           checked_by, checked_at, count, restricted, decision, note, decided_by,
                           decided_at, version, matches)

    def decide(self, conn, check_id: int, expected_version: int, decision: str, note: str,
               decided_by: int) -> None:
        cursor = conn.execute(
            "UPDATE conflict_checks SET decision = ?, decision_note = ?, decided_by = ?, "
            "decided_at = ?, version = version + 1 WHERE id = ? AND version = ?",
            (decision, note, decided_by, utc_now(), check_id, expected_version))
        if cursor.rowcount != 1:
            raise EditConflict("conflict check")

    def attach(self, conn, check_id: int, *, client_id: int | None, party_id: int | None) -> None:
        conn.execute("UPDATE conflict_checks SET client_id = coalesce(?, client_id), "
                     "party_id = coalesce(?, party_id), version = version + 1 WHERE id = ?",
                     (client_id, party_id, check_id))

    def count_declined(self, conn, before: str) -> int:
        """How many declined checks purge_declined(conn, before) would erase."""
        return conn.execute(
            "SELECT count(*) FROM conflict_checks WHERE subject_kind = 'client' AND client_id IS "
            "NULL AND decision = 'decline' AND coalesce(decided_at, checked_at) < ?",
            (before,)).fetchone()[0]

    def purge_declined(self, conn, before: str) -> int:
        """Delete the declined checks on new clients (attached to no file) decided before
        `before` (a UTC ISO timestamp); their matches go with them. Returns how many."""
        cursor = conn.execute(
            "DELETE FROM conflict_checks WHERE subject_kind = 'client' AND client_id IS NULL "
            "AND decision = 'decline' AND coalesce(decided_at, checked_at) < ?", (before,))
        return cursor.rowcount

    def ids_for_client(self, conn, client_id: int) -> list[int]:
        return [r[0] for r in conn.execute(
            "SELECT id FROM conflict_checks WHERE client_id = ? ORDER BY checked_at DESC, id DESC",
            (client_id,))]


@dataclass(frozen=True)
class StoredAlert:
    id: int
    client_id: int
    subject_kind: str
    subject_party_id: int | None
    subject_label: str
    matched_party_id: int | None
    matched_client_id: int | None
    matched_role: str
    match_on: str
    score: float
    reason: str
    status: str
    raised_by: int | None
    raised_at: str
    resolved_by: int | None
    resolved_at: str | None
    resolution_note: str
    version: int


_ALERT_COLUMNS = ("id, client_id, subject_kind, subject_party_id, subject_label, matched_party_id, "
                  "matched_client_id, matched_role, match_on, score, reason, status, raised_by, "
                  "raised_at, resolved_by, resolved_at, resolution_note, version")


class SafetyAlertRepository:
    def insert(self, conn, *, client_id: int, subject_kind: str, subject_party_id: int | None,
               subject_label: str, matched_party_id: int | None, matched_client_id: int | None,
               matched_role: str, match_on: str, score: float, reason: str,
               raised_by: int) -> StoredAlert:
        cursor = conn.execute(
            "INSERT INTO safety_alerts (client_id, subject_kind, subject_party_id, subject_label, "
            "matched_party_id, matched_client_id, matched_role, match_on, score, reason, "
            "raised_by, raised_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (client_id, subject_kind, subject_party_id, subject_label, matched_party_id,
             matched_client_id, matched_role, match_on, score, reason, raised_by, utc_now()))
        return self.get(conn, cursor.lastrowid)

    def find_open(self, conn, client_id: int, subject_label: str, subject_party_id: int | None,
                  matched_party_id: int | None, match_on: str) -> StoredAlert | None:
        row = conn.execute(
            f"SELECT {_ALERT_COLUMNS} FROM safety_alerts WHERE client_id = ? AND status = 'open' "
            f"AND subject_label = ? AND subject_party_id IS ? AND matched_party_id IS ? "
            f"AND match_on = ?",
            (client_id, subject_label, subject_party_id, matched_party_id, match_on)).fetchone()
        return None if row is None else StoredAlert(*row)

    def find_dismissed(self, conn, client_id: int, subject_label: str,
                       subject_party_id: int | None, matched_party_id: int | None,
                       match_on: str) -> bool:
        """Whether this very match (same words, same people) was dismissed as false."""
        return conn.execute(
            "SELECT EXISTS (SELECT 1 FROM safety_alerts WHERE client_id = ? AND "
            "status = 'dismissed' AND subject_label = ? AND subject_party_id IS ? AND "
            "matched_party_id IS ? AND match_on = ?)",
            (client_id, subject_label, subject_party_id, matched_party_id, match_on)
        ).fetchone()[0] == 1

    def get(self, conn, alert_id: int) -> StoredAlert | None:
        row = conn.execute(f"SELECT {_ALERT_COLUMNS} FROM safety_alerts WHERE id = ?",
                           (alert_id,)).fetchone()
        return None if row is None else StoredAlert(*row)

    def for_client(self, conn, client_id: int, *, include_resolved: bool) -> list[StoredAlert]:
        where = "" if include_resolved else "AND status = 'open'"
        return [StoredAlert(*row) for row in conn.execute(
            f"SELECT {_ALERT_COLUMNS} FROM safety_alerts WHERE client_id = ? {where} "
            f"ORDER BY raised_at DESC, id DESC", (client_id,))]

    def open_count(self, conn, client_id: int) -> int:
        return conn.execute("SELECT count(*) FROM safety_alerts WHERE client_id = ? AND "
                            "status = 'open'", (client_id,)).fetchone()[0]

    def resolve(self, conn, alert_id: int, expected_version: int, status: str, note: str,
                resolved_by: int) -> StoredAlert:
        cursor = conn.execute(
            "UPDATE safety_alerts SET status = ?, resolution_note = ?, resolved_by = ?, "
            "resolved_at = ?, version = version + 1 WHERE id = ? AND version = ?",
            (status, note, resolved_by, utc_now(), alert_id, expected_version))
        if cursor.rowcount != 1:
            raise EditConflict("safety alert")
        return self.get(conn, alert_id)
