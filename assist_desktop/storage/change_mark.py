"""A mark of what the conflict check and safety screening read: the clients and the parties.
A new one, a save (every save moves updated_at, and names, aliases, phones and restrictions
are saved with their record), a soft delete or a purge all move it; an audit row or a note
does not. Two equal marks mean the checks made between them would find the same (the client
import reuses its preview's checks only then)."""
from __future__ import annotations

_MARK = ("SELECT (SELECT count(*) FROM clients), (SELECT max(id) FROM clients), "
         "(SELECT max(updated_at) FROM clients), (SELECT count(*) FROM parties), "
         "(SELECT max(id) FROM parties), (SELECT max(updated_at) FROM parties)")


def change_mark(conn) -> tuple:
    return tuple(conn.execute(_MARK).fetchone())
