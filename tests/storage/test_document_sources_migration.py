"""Schema 8 links the documents made before it to their possible sources: every note of the
same client, for the kinds that can print note text, so purging a note later also purges an
older chronology or statement that may hold its text."""
from __future__ import annotations

import os

from assist_desktop.storage import connection as cx
from assist_desktop.storage.database import Database
from assist_desktop.storage.migrations import migrate

NOW = "2026-01-01T00:00:00+00:00"


def _client(conn, reference: str) -> int:
    return conn.execute("INSERT INTO clients (reference, jurisdiction, version, created_at, "
                        "updated_at) VALUES (?, 'scotland', 1, ?, ?)",
                        (reference, NOW, NOW)).lastrowid


def _note(conn, client_id: int, key: str) -> int:
    return conn.execute("INSERT INTO case_notes (client_id, note_type, note_date, body, "
                        "author_id, idempotency_key, last_save_key, version, created_at, "
                        "updated_at) VALUES (?, 'meeting', '2025-01-02', 'text', 1, ?, ?, 1, "
                        "?, ?)", (client_id, key, key, NOW, NOW)).lastrowid


def _document(conn, client_id: int, kind: str) -> int:
    return conn.execute("INSERT INTO generated_documents (client_id, kind, title, template, "
                        "template_version, jurisdiction, size, sha256, version, created_at, "
                        "updated_at) VALUES (?, ?, 'T', 'scotland/x', 1, 'scotland', 0, ?, 1, "
                        "?, ?)", (client_id, kind, "0" * 64, NOW, NOW)).lastrowid


def test_documents_made_before_schema_8_are_linked_to_their_clients_notes(tmp_path):
    path, key = tmp_path / "seven.db", os.urandom(32)
    conn = cx.create_connection(path, key)
    assert migrate(conn, target=7) == 7
    conn.execute("BEGIN")
    conn.execute("INSERT INTO centre VALUES (1, 'db', 'Old Centre', 'scotland', '', 'then')")
    conn.execute("INSERT INTO users (username, full_name, created_at, updated_at) "
                 "VALUES ('old', 'Old User', 'then', 'then')")
    ana, bea = _client(conn, "C-2025-0001"), _client(conn, "C-2025-0002")
    ana_notes = {_note(conn, ana, "a1"), _note(conn, ana, "a2")}
    _note(conn, bea, "b1")
    documents = {kind: _document(conn, ana, kind) for kind in (
        "witness_statement", "chronology", "representations", "further_submissions",
        "support_letter", "bundle", "case_summary", "conflict_check", "children_report")}
    conn.execute("COMMIT")
    cx.checkpoint_and_close(conn)

    db = Database.open(path, key)   # opening migrates to the latest schema
    try:
        rows = db.read(lambda c: c.execute(
            "SELECT document_id, note_id FROM generated_document_sources").fetchall())
        linked: dict[int, set[int]] = {}
        for document_id, note_id in rows:
            linked.setdefault(document_id, set()).add(note_id)
        for kind in ("witness_statement", "chronology", "representations",
                     "further_submissions", "support_letter", "bundle"):
            assert linked.get(documents[kind]) == ana_notes, kind
        for kind in ("case_summary", "conflict_check", "children_report"):
            assert documents[kind] not in linked, kind
        assert db.integrity_problems() == []
    finally:
        db.close()
