"""Schema 6: indexes for the caseload on a large centre (20,000 files).

The partial index holds every column the caseload filters read, for live files only, so a
count of "my open files" scans a narrow index instead of decrypting every client row.
"""

SQL = """
CREATE INDEX clients_live ON clients(id, key_worker_id, solicitor_id, closed_on)
    WHERE deleted_at IS NULL;
CREATE INDEX case_notes_client_live ON case_notes(client_id, privileged)
    WHERE deleted_at IS NULL;
"""
