"""SQL the client-file import needs beyond the repositories: keeping a record's version and
timestamps from the file, the note's last editor, and the note's earlier versions.

Table names come from this module's own list, never from the file.
"""
from __future__ import annotations

from assist_desktop.domain.notes import NoteVersion

_TABLES = frozenset({
    "clients", "consents", "convictions", "parties", "matters", "identification_records",
    "compensation_claims", "schedule_of_loss_items", "children", "pregnancies",
    "needs_assessments", "support_plan_actions", "referrals", "peer_mentor_assignments",
    "case_notes", "tasks", "time_entries", "attachments", "asylum_events", "age_assessments",
    "exploitation_profiles",
})


def keep_meta(conn, table: str, record_id: int, version: int, created_at: str,
              updated_at: str) -> None:
    """Give a just-inserted record the version and timestamps it had in the file."""
    if table not in _TABLES:
        raise ValueError("not a case record table")
    conn.execute(f"UPDATE {table} SET version = ?, created_at = ?, updated_at = ? WHERE id = ?",
                 (version, created_at, updated_at, record_id))


def set_note_updated_by(conn, note_id: int, user_id: int | None) -> None:
    conn.execute("UPDATE case_notes SET updated_by = ? WHERE id = ?", (user_id, note_id))


def insert_note_version(conn, note_id: int, version: NoteVersion) -> None:
    """One earlier version of a note, as the note history keeps it."""
    conn.execute(
        "INSERT INTO note_history (note_id, version, note_type, note_date, title, body, "
        "matter_id, duration_minutes, interpreter_used, interpreter_language, privileged, "
        "chronology_event, chronology_date, saved_at, saved_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (note_id, version.version, version.note_type.value, version.note_date.isoformat(),
         version.title, version.body, version.matter_id, version.duration_minutes,
         int(version.interpreter_used), version.interpreter_language, int(version.privileged),
         int(version.chronology_event),
         version.chronology_date.isoformat() if version.chronology_date else None,
         version.saved_at, version.saved_by))


def staff_usernames(conn) -> dict[int, str]:
    """Every staff account, id -> username (disabled ones too: they wrote notes)."""
    return dict(conn.execute("SELECT id, username FROM users").fetchall())


def client_id_by_reference(conn, reference: str) -> int | None:
    """The live client with this reference (C-2026-0001), or None."""
    row = conn.execute("SELECT id FROM clients WHERE reference = ? AND deleted_at IS NULL",
                       (reference,)).fetchone()
    return None if row is None else row[0]


def exports_of(conn, client_id: int) -> list[tuple[str, str]]:
    """(when, audit detail) of every export of her file, oldest first (the audit log is the
    record of what left)."""
    return conn.execute(
        "SELECT at, detail FROM audit_log WHERE action = 'export' AND entity = 'client' "
        "AND entity_id = ? ORDER BY seq", (str(client_id),)).fetchall()


def letters_sent_of(conn, client_id: int) -> list[tuple[str, str, str, str]]:
    """(when, 'export' or 'print', document id, detail) of every letter about her that went
    to another organisation, oldest first: the audit rows whose detail records her consent
    (or an override), which only letters for another organisation carry."""
    return conn.execute(
        "SELECT at, action, entity_id, detail FROM audit_log WHERE action IN ('export', "
        "'print') AND entity = 'document' AND detail LIKE ? ORDER BY seq",
        (f"client:{int(client_id)} consent:%",)).fetchall()
