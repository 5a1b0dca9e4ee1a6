"""Moving records between keys: sealing a file when it is restricted, opening it when it no
longer is, re-encrypting under a new generation when a compartment key is rotated, and the
check that every sealed record still opens.

Each function works inside the caller's transaction, so a kill part-way leaves every record as
it was before (the old key copies are removed in the same transaction, after the records).
A record that does not open is left exactly as it is and returned, never dropped or blanked.
"""
from __future__ import annotations

import json
from datetime import date

from assist_desktop.storage import sealed_records as sealed

_BLOBS = (("attachments", "attachment_blobs", "attachment_id"),
          ("generated_documents", "generated_document_blobs", "document_id"),
          ("generated_documents", "generated_document_word", "document_id"))


def reseal_notes(conn, where: str, params: tuple = ()) -> list[str]:
    """Notes (n) matching `where`, and their earlier versions, under the key their file and
    privilege call for now. Returns a message for each one that did not open."""
    failures = []
    rows = conn.execute(f"SELECT n.id, n.client_id, n.privileged, n.title, n.body, n.sealed, "
                        f"n.sealed_with, n.note_date FROM case_notes n WHERE {where}",
                        params).fetchall()
    for note_id, client_id, privileged, title, body, blob, label, note_date in rows:
        target = sealed.label_for(conn, client_id, bool(privileged))
        if target != label:
            try:
                if label is not None:
                    title, body = sealed.open_note_text(conn, note_id, label, blob)
            except sealed.SealedRecordError:
                failures.append(sealed.note_failure(conn, note_id, date.fromisoformat(note_date),
                                                    client_id))
                continue
            if target is None:
                conn.execute("UPDATE case_notes SET title = ?, body = ?, sealed = NULL, "
                             "sealed_with = NULL WHERE id = ?", (title, body, note_id))
            else:
                data = sealed.seal_note_text(conn, note_id, target, title, body)
                if label is None:   # its words leave the shared index
                    conn.execute("UPDATE case_notes SET title = '', body = '' WHERE id = ?",
                                 (note_id,))
                conn.execute("UPDATE case_notes SET sealed = ?, sealed_with = ? WHERE id = ?",
                             (data, target, note_id))
        failures += _reseal_history(conn, note_id, client_id)
    return failures


def _reseal_history(conn, note_id: int, client_id: int) -> list[str]:
    failures = []
    for row_id, privileged, title, body, blob, label, note_date in conn.execute(
            "SELECT id, privileged, title, body, sealed, sealed_with, note_date FROM note_history "
            "WHERE note_id = ?", (note_id,)).fetchall():
        target = sealed.label_for(conn, client_id, bool(privileged))
        if target == label:
            continue
        try:
            if label is not None:
                title, body = sealed.open_note_text(conn, note_id, label, blob)
        except sealed.SealedRecordError:
            failures.append("An earlier version: " + sealed.note_failure(
                conn, note_id, date.fromisoformat(note_date), client_id))
            continue
        if target is None:
            conn.execute("UPDATE note_history SET title = ?, body = ?, sealed = NULL, "
                         "sealed_with = NULL WHERE id = ?", (title, body, row_id))
        else:
            conn.execute("UPDATE note_history SET title = '', body = '', sealed = ?, "
                         "sealed_with = ? WHERE id = ?",
                         (sealed.seal_note_text(conn, note_id, target, title, body), target,
                          row_id))
    return failures


def _reseal_blob_rows(conn, parent: str, blob_table: str, id_column: str, rows) -> list[str]:
    failures = []
    for record_id, client_id, privileged, label, name in rows:
        target = sealed.label_for(conn, client_id, bool(privileged))
        if target == label:
            continue
        row = conn.execute(f"SELECT data FROM {blob_table} WHERE {id_column} = ?",
                           (record_id,)).fetchone()
        if row is not None:
            try:
                data = sealed.open_blob(conn, blob_table, record_id, label, row[0])
            except sealed.SealedRecordError:
                failures.append(blob_failure(conn, parent, record_id, name, client_id))
                continue
            conn.execute(f"UPDATE {blob_table} SET data = ? WHERE {id_column} = ?",
                         (sealed.seal_blob(conn, blob_table, record_id, target, data),
                          record_id))
    return failures


def blob_failure(conn, parent: str, record_id: int, name: str, client_id: int) -> str:
    row = conn.execute("SELECT reference FROM clients WHERE id = ?", (client_id,)).fetchone()
    what = "Attachment" if parent == "attachments" else "Document"
    return (f"{what} “{name}” on {row[0] if row else 'an unknown file'} could not be decrypted "
            f"({what.lower()} {int(record_id)}): its key or its content is damaged, or no key "
            f"for it is open to you.")


def reseal_attachments(conn, where: str, params: tuple = ()) -> list[str]:
    """Attachments (a, with n its note) matching `where`, under the key they call for now."""
    rows = conn.execute(
        f"SELECT a.id, a.client_id, (a.privileged = 1 OR coalesce(n.privileged, 0) = 1), "
        f"a.sealed_with, a.name FROM attachments a LEFT JOIN case_notes n ON n.id = a.note_id "
        f"WHERE {where}", params).fetchall()
    failures = _reseal_blob_rows(conn, "attachments", "attachment_blobs", "attachment_id", rows)
    done = {r[0] for r in rows} - {_failed_id(f) for f in failures}
    for record_id, client_id, privileged, _label, _name in rows:
        if record_id in done:
            conn.execute("UPDATE attachments SET sealed_with = ? WHERE id = ?",
                         (sealed.label_for(conn, client_id, bool(privileged)), record_id))
    return failures


def reseal_documents(conn, where: str, params: tuple = ()) -> list[str]:
    """Generated documents (d) matching `where`: the PDF and its Word copy."""
    rows = conn.execute(f"SELECT d.id, d.client_id, d.privileged, d.sealed_with, d.title "
                        f"FROM generated_documents d WHERE {where}", params).fetchall()
    failures = _reseal_blob_rows(conn, "generated_documents", "generated_document_blobs",
                                 "document_id", rows)
    failures += _reseal_blob_rows(conn, "generated_documents", "generated_document_word",
                                  "document_id", rows)
    failed = {_failed_id(f) for f in failures}
    for record_id, client_id, privileged, _label, _title in rows:
        if record_id not in failed:
            conn.execute("UPDATE generated_documents SET sealed_with = ? WHERE id = ?",
                         (sealed.label_for(conn, client_id, bool(privileged)), record_id))
    return failures


def _failed_id(message: str) -> int:
    return int(message.rsplit("(", 1)[1].split()[1].rstrip("):"))


def _relabel(conn, label: str | None, client_id: int) -> str | None:
    """A draft's label with each compartment at its current generation (a compartment gone
    is dropped); a plain draft of a restricted file gets her file's key."""
    if label is None:
        return sealed.label_for(conn, client_id, False)
    parts = []
    for name, _gen in sealed.parse_label(label):
        gen = sealed.generation(conn, name)
        if gen is not None:
            parts.append(f"{name}@{gen}")
    name = sealed.client_compartment(client_id)
    gen = sealed.generation(conn, name)
    if gen is not None and f"{name}@{gen}" not in parts:
        parts.append(f"{name}@{gen}")
    return "+".join(parts) or None


def reseal_drafts(conn, where: str, params: tuple = ()) -> list[str]:
    """Note drafts (d) matching `where` under the current generation of their keys."""
    failures = []
    seal = sealed.sealer_for(conn)
    for draft_id, client_id, title, body, form, blob, label in conn.execute(
            f"SELECT d.id, d.client_id, d.title, d.body, d.form_state, d.sealed, d.sealed_with "
            f"FROM note_drafts d WHERE {where}", params).fetchall():
        target = _relabel(conn, label, client_id)
        if target == label:
            continue
        try:
            if label is not None:
                title, body, form = json.loads(seal.decrypt(
                    conn, label, sealed.aad("note_drafts", draft_id, label), bytes(blob)))
        except (sealed.SealedRecordError, ValueError, TypeError):
            failures.append(f"A note draft (draft {int(draft_id)}) could not be decrypted.")
            continue
        if target is None:
            conn.execute("UPDATE note_drafts SET title = ?, body = ?, form_state = ?, "
                         "sealed = NULL, sealed_with = NULL WHERE id = ?",
                         (title, body, form, draft_id))
        else:
            data = seal.encrypt(conn, target, sealed.aad("note_drafts", draft_id, target),
                                json.dumps([title, body, form], ensure_ascii=False).encode())
            conn.execute("UPDATE note_drafts SET title = '', body = '', form_state = '', "
                         "sealed = ?, sealed_with = ? WHERE id = ?", (data, target, draft_id))
    return failures


def reseal_client(conn, client_id: int) -> list[str]:
    """Everything of one file under the key it calls for now."""
    return (reseal_notes(conn, "n.client_id = ?", (client_id,))
            + reseal_attachments(conn, "a.client_id = ?", (client_id,))
            + reseal_documents(conn, "d.client_id = ?", (client_id,))
            + reseal_drafts(conn, "d.client_id = ?", (client_id,)))


def reseal_privileged(conn) -> list[str]:
    """Every privileged record (and any record sealed with the privilege key) under the key
    it calls for now."""
    like = f"%{sealed.PRIVILEGE}@%"
    return (reseal_notes(conn, "n.privileged = 1 OR n.sealed_with LIKE ? OR n.id IN "
                               "(SELECT note_id FROM note_history WHERE sealed_with LIKE ?)",
                         (like, like))
            + reseal_attachments(conn, "a.privileged = 1 OR coalesce(n.privileged, 0) = 1 "
                                       "OR a.sealed_with LIKE ?", (like,))
            + reseal_documents(conn, "d.privileged = 1 OR d.sealed_with LIKE ?", (like,))
            + reseal_drafts(conn, "d.sealed_with LIKE ?", (like,)))


def unopened(conn) -> tuple[list[str], int]:
    """Check: (a message for each sealed record whose key this person holds but which does
    not open, how many sealed records this person holds no key for and so could not test)."""
    seal = sealed.sealer_for(conn)
    failures, untested = [], 0
    for note_id, client_id, blob, label, note_date in conn.execute(
            "SELECT id, client_id, sealed, sealed_with, note_date FROM case_notes "
            "WHERE sealed_with IS NOT NULL").fetchall():
        if not seal.can_open(conn, label):
            untested += 1
            continue
        try:
            sealed.open_note_text(conn, note_id, label, blob)
        except sealed.SealedRecordError:
            failures.append(sealed.note_failure(conn, note_id, date.fromisoformat(note_date),
                                                client_id))
    for parent, blob_table, id_column in _BLOBS:
        name = "name" if parent == "attachments" else "title"
        for record_id, client_id, label, what, data in conn.execute(
                f"SELECT p.id, p.client_id, p.sealed_with, p.{name}, b.data FROM {parent} p "
                f"JOIN {blob_table} b ON b.{id_column} = p.id "
                f"WHERE p.sealed_with IS NOT NULL").fetchall():
            if not seal.can_open(conn, label):
                untested += 1
                continue
            try:
                sealed.open_blob(conn, blob_table, record_id, label, data)
            except sealed.SealedRecordError:
                failures.append(blob_failure(conn, parent, record_id, what, client_id))
    return failures, untested
