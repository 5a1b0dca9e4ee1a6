"""A mark that moves whenever the database is written: this connection's row changes, and
SQLite's data_version (commits by any other connection). Two equal marks mean nothing was
written in between (the client import reuses its preview's conflict checks only then)."""
from __future__ import annotations


def change_mark(conn) -> tuple[int, int]:
    return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]
