"""Human references for records: C-2026-0001 for clients, M-2026-0001 for matters."""
from __future__ import annotations


def next_reference(conn, prefix: str, year: int) -> str:
    """'C-2026-0001', then 0002, ... A counter row per (prefix, year), so a reference is never
    given twice, even after the record that had it is purged."""
    conn.execute("INSERT INTO reference_counters (prefix, year, last) VALUES (?, ?, 0) "
                 "ON CONFLICT (prefix, year) DO NOTHING", (prefix, year))
    conn.execute("UPDATE reference_counters SET last = last + 1 WHERE prefix = ? AND year = ?",
                 (prefix, year))
    last = conn.execute("SELECT last FROM reference_counters WHERE prefix = ? AND year = ?",
                        (prefix, year)).fetchone()[0]
    return format_reference(prefix, year, last)


def format_reference(prefix: str, year: int, number: int) -> str:
    """('C', 2026, 1) -> 'C-2026-0001'."""
    return f"{prefix}-{year}-{number:04d}"
