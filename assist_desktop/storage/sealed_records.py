"""Sealed records: where privileged and restricted text and bytes are encrypted and opened.

Repositories call these helpers, so every reader (the notes screen, documents, the bundle,
interchange export, erasure) gets the same records, and no writer can forget to seal. The keys
come from a *sealer* that the services register for the connection at unlock
(services/sealing.py); storage never sees a slot's private key, only asks the sealer to
encrypt or open with the key named by a record's label.

A label names the key: "privilege@3" (the privilege key, generation 3), "client:12@2" (her
file's key), or both joined with "+" (a privileged record in a restricted file: both keys are
needed). The associated data of every ciphertext is "<table>|<record id>|<label>", so a
ciphertext cannot be moved to another record or another key.
"""
from __future__ import annotations

import json
import threading
from datetime import date
from typing import Protocol

from assist_desktop.domain.errors import DamagedStoreError

PRIVILEGE = "privilege"
_JSON = json.JSONDecoder()


class SealedRecordError(DamagedStoreError):
    """A sealed record that did not open (its ciphertext or its key is damaged, or this
    person holds no key for it). str() names the record."""


class Sealer(Protocol):
    def can_open(self, conn, label: str) -> bool: ...
    def encrypt(self, conn, label: str, aad: bytes, data: bytes) -> bytes: ...
    def decrypt(self, conn, label: str, aad: bytes, blob: bytes) -> bytes: ...


class _NoKeys:
    """No one signed in (or an older caller): nothing opens, and nothing is sealed by it."""

    def can_open(self, conn, label):
        return False

    def encrypt(self, conn, label, aad, data):
        raise SealedRecordError("This record belongs to a sealed compartment and no key for it "
                                "is open.")

    def decrypt(self, conn, label, aad, blob):
        raise SealedRecordError("no key")


_NO_KEYS = _NoKeys()
_SEALERS: dict[int, Sealer] = {}
_LOCK = threading.Lock()


def register(conn, sealer: Sealer) -> None:
    with _LOCK:
        _SEALERS[id(conn)] = sealer


def unregister(conn) -> None:
    from assist_desktop.storage import sealed_search
    with _LOCK:
        _SEALERS.pop(id(conn), None)
    sealed_search.drop(conn)


def drop_index(conn) -> None:
    """The in-memory index of sealed notes is dropped (the keys that open them changed)."""
    from assist_desktop.storage import sealed_search
    sealed_search.drop(conn)


def keys_changed(conn, added: Sealer | None = None) -> bool:
    """The sealer of this connection gained keys (those `added` holds) or lost some: the
    in-memory index of sealed notes keeps what still opens and adds what now does, or is
    dropped when something it holds no longer opens. True when it is to be built again
    (storage/sealed_search.py)."""
    from assist_desktop.storage import sealed_search
    return sealed_search.keys_changed(conn, added)


def sealer_for(conn) -> Sealer:
    return _SEALERS.get(id(conn), _NO_KEYS)


def key_state(conn, name: str) -> str:
    """"held", "waiting" (her copy of the current key is not sealed to her yet), "damaged" or
    "none" (services/sealing.py, Keyring.key_state)."""
    state = getattr(sealer_for(conn), "key_state", None)
    return state(conn, name) if state is not None else "none"


def label_waiting(conn, label: str) -> bool:
    """True when a record under `label` does not open only because a key it needs has not
    reached this person yet (none of its keys damaged)."""
    try:
        states = [key_state(conn, name) for name, _gen in parse_label(label)]
    except (ValueError, AttributeError):
        return False
    return "waiting" in states and "damaged" not in states


def waiting_on_file(conn, client_id: int, see_privileged: bool) -> tuple[str, ...]:
    """The keys this person waits for that her file's live notes need: "privilege" (she may
    see privileged notes, the file has some and her copy of the privilege key has not reached
    her) and "file" (her copy of this restricted file's key has not reached her)."""
    waiting = []
    if see_privileged and generation(conn, PRIVILEGE) is not None and conn.execute(
            "SELECT EXISTS (SELECT 1 FROM case_notes WHERE client_id = ? AND privileged = 1 "
            "AND deleted_at IS NULL)", (client_id,)).fetchone()[0] \
            and key_state(conn, PRIVILEGE) == "waiting":
        waiting.append("privilege")
    if key_state(conn, client_compartment(client_id)) == "waiting":
        waiting.append("file")
    return tuple(waiting)


# --- labels ----------------------------------------------------------------------------------
def client_compartment(client_id: int) -> str:
    return f"client:{int(client_id)}"


def generation(conn, name: str) -> int | None:
    row = conn.execute("SELECT generation FROM compartments WHERE name = ?", (name,)).fetchone()
    return row[0] if row else None


def label_for(conn, client_id: int, privileged: bool) -> str | None:
    """The label a record of this client with this privilege is sealed under now (None: not
    sealed). A restricted file whose compartment is not made yet is sealed at the next
    reconciliation (services/sealing.py), which every unlock runs."""
    parts = []
    if privileged:
        gen = generation(conn, PRIVILEGE)
        if gen is not None:
            parts.append(f"{PRIVILEGE}@{gen}")
    name = client_compartment(client_id)
    gen = generation(conn, name)
    if gen is not None:
        parts.append(f"{name}@{gen}")
    return "+".join(parts) or None


def parse_label(label: str) -> list[tuple[str, int]]:
    parts = []
    for part in label.split("+"):
        name, _, gen = part.rpartition("@")
        parts.append((name, int(gen)))
    return parts


def aad(table: str, record_id: int, label: str) -> bytes:
    return f"assist-desktop/sealed|{table}|{int(record_id)}|{label}".encode()


# --- notes -----------------------------------------------------------------------------------
def seal_note_text(conn, note_id: int, label: str, title: str, body: str) -> bytes:
    plain = json.dumps({"title": title, "body": body}, ensure_ascii=False).encode("utf-8")
    return sealer_for(conn).encrypt(conn, label, aad("case_notes", note_id, label), plain)


def open_note_text(conn, note_id: int, label: str, blob) -> tuple[str, str]:
    """(title, body) of a sealed note; SealedRecordError if it does not open."""
    try:
        data = json.loads(sealer_for(conn).decrypt(conn, label, aad("case_notes", note_id, label),
                                                   bytes(blob or b"")).decode("utf-8"))
        return str(data["title"]), str(data["body"])
    except SealedRecordError:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise SealedRecordError("damaged") from None


def note_opener(conn, label: str):
    """A function (note id, blob) -> (title, body) for the notes sealed under `label`, with the
    AES-GCM object made once for all of them (a list of a client's notes opens hundreds of
    notes under one or two labels); None when no key for it is open (or the sealer has no such
    fast path): the caller then goes through open_note_text, which says why."""
    cipher_for = getattr(sealer_for(conn), "record_cipher", None)
    cipher = cipher_for(conn, label) if cipher_for is not None else None
    if cipher is None:
        return None
    head, tail, decode = "assist-desktop/sealed|case_notes|", f"|{label}", _JSON.decode

    def open_one(note_id: int, blob) -> tuple[str, str]:
        try:
            data = decode(cipher.decrypt(blob[:12], blob[12:],
                                         f"{head}{int(note_id)}{tail}".encode()).decode("utf-8"))
            return str(data["title"]), str(data["body"])
        except Exception:          # InvalidTag, a short blob, bad JSON: all "damaged"
            raise SealedRecordError("damaged") from None
    return open_one


WAITING_TITLE = "Sealed: your copy of its key has not reached you yet"


def failure_texts(conn, note_id: int, note_date: date | None, client_id: int,
                  label: str | None) -> tuple[str, str]:
    """(title, body) shown for a sealed note that did not open: a short title when it only
    waits for her key (the list stays one line a note), the whole message otherwise."""
    message = note_failure(conn, note_id, note_date, client_id, label)
    if label is not None and label_waiting(conn, label):
        return WAITING_TITLE, message
    return message, message


def note_failure(conn, note_id: int, note_date: date | None, client_id: int,
                 label: str | None = None) -> str:
    row = conn.execute("SELECT reference FROM clients WHERE id = ?", (client_id,)).fetchone()
    when = f"{note_date.day} {note_date:%B %Y}" if note_date else "unknown date"
    if label is not None and label_waiting(conn, label):
        return (f"Sealed note of {when} on {row[0] if row else 'an unknown file'} (note "
                f"{int(note_id)}): your copy of its key has not reached you yet. It arrives "
                f"when a colleague who holds it next signs in; nothing is wrong with the note.")
    return (f"Note of {when} on {row[0] if row else 'an unknown file'} could not be decrypted "
            f"(note {int(note_id)}): its key or its text is damaged, or no key for it is open "
            f"to you. The rest of her file is unaffected; run Check to list such records.")


def sealed_note_columns(conn, table: str, id_column: str, ids: list[int]) -> dict[int, tuple]:
    """row id -> (sealed, sealed_with) for the sealed rows among `ids`."""
    if not ids:
        return {}
    found = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row_id, blob, label in conn.execute(
                f"SELECT {id_column}, sealed, sealed_with FROM {table} WHERE {id_column} IN "
                f"({marks}) AND sealed_with IS NOT NULL", chunk):
            found[row_id] = (blob, label)
    return found


# --- blobs (attachments, documents, their Word copies) -------------------------------------
def seal_blob(conn, table: str, record_id: int, label: str | None, data: bytes) -> bytes:
    if label is None:
        return bytes(data)
    return sealer_for(conn).encrypt(conn, label, aad(table, record_id, label), bytes(data))


def open_blob(conn, table: str, record_id: int, label: str | None, data) -> bytes:
    if label is None:
        return bytes(data)
    return sealer_for(conn).decrypt(conn, label, aad(table, record_id, label), bytes(data))
