"""Copy a database into an attached snapshot and compute its manifest in the same pass.

What ``sqlcipher_export`` does (the same statements, in the same order: tables, then
indexes, then rows table by table, sqlite_sequence, then views, triggers and virtual tables
as schema rows), except that every row copied also passes through a SQL function that
hashes it, exactly as ``compute_manifest`` would hash it read back. So the live database is
read once, by one reader, inside one read transaction: the manifest describes exactly the
rows that went into the copy, and no second reader has to decrypt the database again.

Rows are copied in the order compute_manifest reads them (rowid order, key order for
WITHOUT ROWID tables; ``NOT INDEXED`` in both), so the two hashes agree.
"""
from __future__ import annotations

from assist_desktop.storage.snapshot_manifest import (OnBytes, RowHasher, ShouldStop,
                                                      manifest_tables, schema_digest)

_FUNCTION = "assist_backup_row"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def export_hashing(conn, *, on_bytes: OnBytes | None = None,
                   should_stop: ShouldStop | None = None) -> dict:
    """Copy main into the attached ``snap`` inside the caller's read transaction; the manifest.

    The caller has begun the read transaction (which fixes the state) and COMMITs and
    DETACHes afterwards: ``snapshot.export_to_target(conn, export_hashing)`` does both.
    A row whose TEXT is not valid UTF-8 stops the copy (an error, never a wrong manifest).
    """
    hasher = RowHasher(on_bytes, should_stop)
    conn.create_function(_FUNCTION, -1, hasher.row)
    try:
        tables, without_rowid = manifest_tables(conn)
        schema = conn.execute("SELECT type, name, sql FROM main.sqlite_master "
                              "WHERE sql IS NOT NULL").fetchall()
        for kind, name, sql in schema:
            if kind == "table" and name != "sqlite_sequence" and name in tables:
                conn.execute("CREATE TABLE snap." + sql[len("CREATE TABLE "):])
        for kind, name, sql in schema:
            if kind == "index" and sql.startswith("CREATE INDEX "):
                conn.execute("CREATE INDEX snap." + sql[len("CREATE INDEX "):])
            elif kind == "index" and sql.startswith("CREATE UNIQUE INDEX "):
                conn.execute("CREATE UNIQUE INDEX snap." + sql[len("CREATE UNIQUE INDEX "):])
        result = {}
        # sqlite_sequence last, as sqlcipher_export: copying rows into an AUTOINCREMENT table
        # raises its counter, which must end as the source's.
        for name in sorted(tables, key=lambda n: n == "sqlite_sequence"):
            if name == "sqlite_sequence":
                conn.execute("DELETE FROM snap.sqlite_sequence")
            columns = [row[1] for row in conn.execute(
                f"SELECT * FROM pragma_table_info({_quote(name)}, 'main')")]
            order = "" if name in without_rowid else " ORDER BY rowid"
            hasher.start(name)
            conn.execute(f"INSERT INTO snap.{_quote(name)} SELECT * FROM main.{_quote(name)} "
                         f"NOT INDEXED WHERE {_FUNCTION}({', '.join(map(_quote, columns))})"
                         f"{order}")
            result[name] = hasher.finish()
        conn.execute("PRAGMA writable_schema = ON")
        try:
            conn.execute("INSERT INTO snap.sqlite_master SELECT type, name, tbl_name, rootpage, "
                         "sql FROM main.sqlite_master WHERE type = 'view' OR type = 'trigger' "
                         "OR (type = 'table' AND rootpage = 0)")
        finally:
            conn.execute("PRAGMA writable_schema = OFF")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        return {"user_version": version, "schema_sha256": schema_digest(conn),
                "tables": dict(sorted(result.items()))}
    finally:
        conn.create_function(_FUNCTION, -1, None)
