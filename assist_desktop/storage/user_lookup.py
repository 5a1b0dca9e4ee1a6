"""Checks on staff ids that case records refer to (the users table belongs to the accounts code)."""
from __future__ import annotations

from typing import Iterable


def unknown_user_ids(conn, user_ids: Iterable[int]) -> set[int]:
    """The ids among `user_ids` that are not staff accounts."""
    wanted = {int(u) for u in user_ids}
    if not wanted:
        return set()
    marks = ", ".join("?" for _ in wanted)
    found = {row[0] for row in conn.execute(f"SELECT id FROM users WHERE id IN ({marks})",
                                            tuple(wanted))}
    return wanted - found
