"""SQL for the address book (recipients of letters)."""
from __future__ import annotations

import dataclasses

from assist_desktop.domain.address_book import Recipient
from assist_desktop.domain.errors import EditConflict, NotFound

_COLUMNS = ("jurisdiction", "organisation", "department", "person", "address", "email",
            "used_for", "source")
_SELECT = ("SELECT id, version, created_at, updated_at, " + ", ".join(_COLUMNS)
           + " FROM address_book")


def _build(row) -> Recipient:
    return Recipient(id=row[0], version=row[1], created_at=row[2], updated_at=row[3],
                     **dict(zip(_COLUMNS, row[4:])))


class AddressBookRepository:
    def list(self, conn, jurisdiction: str | None = None) -> list[Recipient]:
        where, args = ("WHERE jurisdiction = ?", (jurisdiction,)) if jurisdiction else ("", ())
        return [_build(r) for r in conn.execute(
            f"{_SELECT} {where} ORDER BY organisation COLLATE NOCASE, "
            "department COLLATE NOCASE, person COLLATE NOCASE, id", args)]

    def get(self, conn, recipient_id: int) -> Recipient | None:
        row = conn.execute(f"{_SELECT} WHERE id = ?", (recipient_id,)).fetchone()
        return _build(row) if row else None

    def count(self, conn, jurisdiction: str) -> int:
        return conn.execute("SELECT count(*) FROM address_book WHERE jurisdiction = ?",
                            (jurisdiction,)).fetchone()[0]

    def create(self, conn, recipient: Recipient, now: str) -> Recipient:
        cur = conn.execute(
            f"INSERT INTO address_book ({', '.join(_COLUMNS)}, created_at, updated_at) "
            f"VALUES ({', '.join('?' * len(_COLUMNS))}, ?, ?)",
            (*(getattr(recipient, c) for c in _COLUMNS), now, now))
        return self.get(conn, cur.lastrowid)

    def update(self, conn, recipient: Recipient, now: str) -> Recipient:
        """Optimistic: `recipient.version` must be the stored one."""
        cur = conn.execute(
            "UPDATE address_book SET " + ", ".join(f"{c} = ?" for c in _COLUMNS)
            + ", updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
            (*(getattr(recipient, c) for c in _COLUMNS), now, recipient.id, recipient.version))
        if cur.rowcount != 1:
            self._missing_or_changed(conn, recipient.id)
        return self.get(conn, recipient.id)

    def delete(self, conn, recipient_id: int, version: int) -> Recipient:
        found = self.get(conn, recipient_id)
        cur = conn.execute("DELETE FROM address_book WHERE id = ? AND version = ?",
                           (recipient_id, version))
        if cur.rowcount != 1:
            self._missing_or_changed(conn, recipient_id)
        return dataclasses.replace(found, id=None)

    def _missing_or_changed(self, conn, recipient_id) -> None:
        if self.get(conn, recipient_id) is None:
            raise NotFound("address book entry")
        raise EditConflict("address book entry")
