"""The audit log's chain: each row's link is an HMAC-SHA256, under the centre's audit key, of
its fields and the previous link; the head of the chain is anchored outside the database.

Pure functions, so the chain can be checked from any copy of the rows (a backup too).

- The **audit key** is derived (HKDF-SHA256) from the data key when the chain is first keyed
  (at creation, or at the first unlock after an upgrade re-links an older chain once) and is
  kept in the encrypted database (settings row ``audit_chain_key``), so a data-key rotation
  does not have to re-link millions of rows. Whoever holds the data key can read it: keying
  stops anyone else from forging links; it does not stop a passphrase holder (the anchor does
  the rest, see docs/SECURITY.md).
- The **anchor** is the latest (seq, link), MAC'd under the audit key and kept in the key-slot
  file and in each backup's header; ``short_code`` is what an administrator notes or prints.
- Chains written before keying used a bare SHA-256 (``key=None``); they are only ever read
  to report, once, whether they held before they were re-linked.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Iterable

GENESIS = "0" * 64
_SEP = "\x1f"  # unit separator: cannot occur in the fields, which are cleaned of control chars
KEY_SETTING = "audit_chain_key"         # the settings row holding the audit key (hex)
_HKDF_INFO = b"assist-desktop audit chain v1"
_LINK_LABEL = b"assist-desktop audit link v1\x1f"
_ANCHOR_LABEL = b"assist-desktop audit anchor v1\x1f"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def derive_audit_key(data_key: bytes, database_id: str) -> bytes:
    """HKDF-SHA256 of the data key, salted with the centre's database id."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=database_id.encode("utf-8"),
                info=_HKDF_INFO).derive(data_key)


def key_from_text(text: str | None) -> bytes | None:
    """The audit key as stored in the settings row, or None (not keyed yet, or unreadable)."""
    try:
        key = bytes.fromhex(text or "")
    except ValueError:
        return None
    return key if len(key) == 32 else None


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
              entity_id: str, detail: str, *, key: bytes | None) -> str:
    """HMAC-SHA256 (hex) of the row under the audit key; key=None: the bare SHA-256 of chains
    written before keying (read only, to report on them before they are re-linked)."""
    payload = _SEP.join([prev_hash, str(seq), at, actor, action, entity, entity_id,
                         detail]).encode("utf-8")
    if key is None:
        return hashlib.sha256(payload).hexdigest()
    return hmac.new(key, _LINK_LABEL + payload, hashlib.sha256).hexdigest()


def row_link(row: AuditRow, prev: str, key: bytes | None) -> str:
    return link_hash(prev, row.seq, row.at, row.actor, row.action, row.entity, row.entity_id,
                     row.detail, key=key)


def first_broken_link(rows: Iterable[AuditRow], start: str = GENESIS, *,
                      key: bytes | None) -> int | None:
    """The seq of the first row whose link does not hold (altered, removed or reordered), or None.

    start: the hash the first row must follow (a part of a log, e.g. the rows of a replaced
    centre a restore kept, follows the last row they share). The chain must begin at seq 1
    when it starts from GENESIS."""
    prev = start
    expected_seq = 1 if start == GENESIS else None
    for row in rows:
        if expected_seq is not None and row.seq != expected_seq:
            return row.seq  # a row is missing before this one
        if row.prev_hash != prev:
            return row.seq
        if not hmac.compare_digest(row_link(row, prev, key), row.hash):
            return row.seq
        prev = row.hash
        expected_seq = row.seq + 1
    return None


# --- the anchor: the chain's head, kept outside the database ------------------------------
@dataclass(frozen=True)
class Anchor:
    seq: int
    link: str
    mac: str = ""          # base64 HMAC under the audit key; "" until signed
    closed: bool = False   # written at lock: nothing may be appended until the next sign-in

    def to_json(self) -> dict:
        return {"seq": self.seq, "link": self.link, "mac": self.mac, "closed": self.closed}

    @classmethod
    def from_json(cls, data) -> "Anchor | None":
        """An anchor as read from a file, or None when there is none or it is malformed."""
        try:
            anchor = cls(int(data["seq"]), str(data["link"]), str(data.get("mac", "")),
                         data.get("closed") is True)
        except (KeyError, TypeError, ValueError):
            return None
        return anchor if anchor.seq >= 0 and len(anchor.link) <= 128 else None


def _anchor_mac(key: bytes, database_id: str, seq: int, link: str, closed: bool) -> str:
    payload = _ANCHOR_LABEL + _SEP.join([database_id, str(seq), link,
                                         "closed" if closed else "open"]).encode("utf-8")
    return base64.b64encode(hmac.new(key, payload, hashlib.sha256).digest()).decode("ascii")


def signed_anchor(key: bytes, database_id: str, seq: int, link: str,
                  closed: bool = False) -> Anchor:
    return Anchor(seq, link, _anchor_mac(key, database_id, seq, link, closed), closed)


def anchor_is_authentic(anchor: Anchor, key: bytes, database_id: str) -> bool:
    return hmac.compare_digest(anchor.mac, _anchor_mac(key, database_id, anchor.seq, anchor.link,
                                                       anchor.closed))


def anchor_problem(anchor: Anchor | None, key: bytes, database_id: str,
                   head: tuple[int, str] | None, link_at) -> str | None:
    """Why the chain does not agree with an anchor kept outside the database, or None.

    head: the chain's last (seq, link); link_at(seq): the link of row seq or None. The anchor
    may lag behind the head (it is written after the commit), never run ahead of it."""
    if anchor is None:
        return "the key file holds no anchor for the audit log"
    if not anchor_is_authentic(anchor, key, database_id):
        return "the audit log's anchor in the key file is not authentic"
    last = head[0] if head else 0
    if anchor.seq > last:
        return (f"the audit log ends at entry {last:,} but its anchor is at entry "
                f"{anchor.seq:,}: entries were cut off the end")
    if anchor.seq and link_at(anchor.seq) != anchor.link:
        return (f"the audit log at entry {anchor.seq:,} does not match its anchor "
                f"(code {short_code(anchor.link)}): the log was rewritten")
    if anchor.closed and last > anchor.seq:
        return (f"entries {anchor.seq + 1:,} to {last:,} were added after the centre was "
                f"closed, by nothing that anchored them (an edit outside the program, or a "
                f"program killed at that moment)")
    return None


def short_code(link: str) -> str:
    """Ten Crockford base-32 characters (50 bits) of a link, for a person to note or print:
    "7F3K9-QXM2A". A chain rewritten to match a noted code at that entry would need about
    2^50 HMAC trials per entry."""
    try:
        number = int(link[:13], 16) >> 2      # 52 bits -> 50
    except ValueError:
        return "?????-?????"
    chars = "".join(_CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(10)))
    return f"{chars[:5]}-{chars[5:]}"


def head_text(seq: int, link: str) -> str:
    """What the Audit log screen shows and an administrator notes."""
    return f"Audit log head: entry {seq:,}, code {short_code(link)}"


def code_matches(link: str, code: str) -> bool:
    """A code as a person typed it (any case, with or without the dash; O/I/L read as 0/1)."""
    clean = code.upper().replace("-", "").replace(" ", "")
    clean = clean.translate(str.maketrans("OIL", "011"))
    return clean == short_code(link).replace("-", "")


# --- the rows of a replaced centre that a restore kept (backup.restore_over) ---------------
KEPT_PREFIX = "replaced_audit_log:"


def kept_block_text(database_id: str | None, rows: list[AuditRow],
                    key: bytes | None = None) -> str:
    """The block also carries the replaced centre's audit key (it stays inside the encrypted
    database; the restore row's digest binds it), so the block's own chain can be checked."""
    return json.dumps({"replaced_database_id": database_id,
                       "audit_key": key.hex() if key else None,
                       "rows": [[r.seq, r.at, r.actor, r.action, r.entity, r.entity_id,
                                 r.detail, r.prev_hash, r.hash] for r in rows]},
                      ensure_ascii=False, separators=(",", ":"))


def kept_block_rows(text: str) -> list[AuditRow]:
    return [AuditRow(*row) for row in json.loads(text)["rows"]]


def kept_block_key(text: str) -> bytes | None:
    return key_from_text(json.loads(text).get("audit_key"))


def kept_block_digest(text: str) -> str:
    """What the restore's audit row records of the block: binds it to the chain."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def kept_block_problem(text: str, restore_row: AuditRow | None) -> str | None:
    """Why a kept block cannot be trusted, or None: it must be named, with its digest, by the
    restore row that kept it, and its own chain must hold from its first row on (under the
    replaced centre's audit key, or the bare SHA-256 of a block kept before keying)."""
    if restore_row is None or restore_row.action != "restore_backup":
        return "no restore entry records it"
    if f"sha256:{kept_block_digest(text)}" not in restore_row.detail:
        return "it differs from what the restore entry recorded"
    try:
        rows = kept_block_rows(text)
        key = kept_block_key(text)
    except (ValueError, KeyError, TypeError, AttributeError):
        return "it cannot be read"
    if rows and first_broken_link(rows, start=rows[0].prev_hash, key=key) is not None:
        return "its chain breaks"
    return None
