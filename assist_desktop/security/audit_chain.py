"""The audit log's hash chain: each row's hash covers its fields and the previous hash.

Pure functions, so the chain can be checked from any copy of the rows (a backup too).
"""
from __future__ import annotations

import hashlib
import json
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


# --- the rows of a replaced centre that a restore kept (backup.restore_over) ---------------
KEPT_PREFIX = "replaced_audit_log:"


def kept_block_text(database_id: str | None, rows: list[AuditRow]) -> str:
    return json.dumps({"replaced_database_id": database_id,
                       "rows": [[r.seq, r.at, r.actor, r.action, r.entity, r.entity_id,
                                 r.detail, r.prev_hash, r.hash] for r in rows]},
                      ensure_ascii=False, separators=(",", ":"))


def kept_block_rows(text: str) -> list[AuditRow]:
    return [AuditRow(*row) for row in json.loads(text)["rows"]]


def kept_block_digest(text: str) -> str:
    """What the restore's audit row records of the block: binds it to the chain."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def kept_block_problem(text: str, restore_row: AuditRow | None) -> str | None:
    """Why a kept block cannot be trusted, or None: it must be named, with its digest, by the
    restore row that kept it, and its own chain must hold from its first row on."""
    if restore_row is None or restore_row.action != "restore_backup":
        return "no restore entry records it"
    if f"sha256:{kept_block_digest(text)}" not in restore_row.detail:
        return "it differs from what the restore entry recorded"
    try:
        rows = kept_block_rows(text)
    except (ValueError, KeyError, TypeError):
        return "it cannot be read"
    if rows and first_broken_link(rows, start=rows[0].prev_hash) is not None:
        return "its chain breaks"
    return None
