"""Schema 13: each safety flag on a client says when it was raised and by whom, shown on her
banner, so a colleague can tell a flag raised this morning from one set at intake years ago
and knows whom to ask. Flags raised before this schema have neither (shown as "earlier")."""

SQL = """
ALTER TABLE client_safety_flags ADD COLUMN added_at TEXT;
ALTER TABLE client_safety_flags ADD COLUMN added_by INTEGER REFERENCES users(id)
    ON DELETE SET NULL;
"""
