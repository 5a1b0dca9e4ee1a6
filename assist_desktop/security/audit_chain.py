"""The audit log's hash chain: each row's hash covers its fields and the previous hash.

Pure functions, so the chain can be checked from any copy of the rows (a backup too).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterable

GENESIS = "0" * 64
_SEP = "\x1f"  # unit separator: cannot occur in the fields, which are cleaned of control chars


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    detail: str
    prev_hash: str
    hash: str


def link_hash(prev_hash: str, seq: int, at: str, actor: str, action: str, entity: str,
              entity_id: str, detail: str) -> str:
    payload = _SEP.join([prev_hash, str(seq), at, actor, action, entity, entity_id, detail])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def first_broken_link(rows: Iterable[AuditRow], start: str = GENESIS) -> int | None:
    """The seq of the first row whose link does not hold (altered, removed or reordered), or None.

    start: the hash the first row must follow (a part of a log, e.g. the rows of a replaced
    centre a restore kept, follows the last row they share)."""
    prev = start
    expected_seq = None
    for row in rows:
        if expected_seq is not None and row.seq != expected_seq:
            return row.seq  # a row is missing before this one
        if row.prev_hash != prev:
            return row.seq
        if link_hash(prev, row.seq, row.at, row.actor, row.action, row.entity, row.entity_id,
                     row.detail) != row.hash:
            return row.seq
        prev = row.hash
        expected_seq = row.seq + 1
    return None
