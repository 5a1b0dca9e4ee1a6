"""Lists that hang off one record (a client's aliases, a party's phone numbers): written by
replacing the whole list inside the owner's transaction, read back in their saved order."""
from __future__ import annotations

from typing import Iterable, Sequence


def replace_children(conn, table: str, owner_column: str, owner_id: int,
                     columns: Sequence[str], rows: Iterable[Sequence], *,
                     ordered: bool = True) -> None:
    """Delete the owner's rows in `table` and insert `rows` (with a position if ordered)."""
    conn.execute(f"DELETE FROM {table} WHERE {owner_column} = ?", (owner_id,))
    names = [owner_column] + (["position"] if ordered else []) + list(columns)
    marks = ", ".join("?" for _ in names)
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})"
    for position, row in enumerate(rows):
        values = [owner_id] + ([position] if ordered else []) + list(row)
        conn.execute(sql, values)


def load_children(conn, table: str, owner_column: str, owner_id: int,
                  columns: Sequence[str], *, ordered: bool = True) -> list[tuple]:
    order = "position" if ordered else ", ".join(columns)
    return conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE {owner_column} = ? "
                        f"ORDER BY {order}", (owner_id,)).fetchall()


def load_children_for(conn, table: str, owner_column: str, owner_ids: Sequence[int],
                      columns: Sequence[str], *, ordered: bool = True) -> dict[int, list[tuple]]:
    """The same for many owners at once (one query per chunk, not one per owner)."""
    found: dict[int, list[tuple]] = {owner: [] for owner in owner_ids}
    order = f"{owner_column}, position" if ordered else owner_column
    ids = list(owner_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = conn.execute(f"SELECT {owner_column}, {', '.join(columns)} FROM {table} "
                            f"WHERE {owner_column} IN ({marks}) ORDER BY {order}", chunk)
        for row in rows:
            found[row[0]].append(tuple(row[1:]))
    return found

