"""Schema 16: separation by key (security/compartment_keys.py, storage/sealed_records.py).

- compartments: the privilege compartment ('privilege') and one per restricted client
  ('client:<id>'), each with the generation of its current key. A client's compartment goes
  when her file is purged.
- compartment_keys: each generation's key sealed to one key slot (its public key in
  keyslots.json); username NULL for the recovery slot. Nothing here opens without the slot's
  private key, which the data key alone does not give.
- sealed / sealed_with: a sealed note keeps title and body empty (so the shared full-text
  index holds nothing of it) and its text as AES-GCM ciphertext in `sealed`; `sealed_with`
  names the compartment(s) and generation. A note draft is sealed the same way (title, body
  and form state together). Attachments and generated documents keep their
  bytes in their blob tables, sealed when `sealed_with` is set.
"""

SQL = """
CREATE TABLE compartments (
    name        TEXT PRIMARY KEY CHECK (name = 'privilege' OR name GLOB 'client:[0-9]*'),
    client_id   INTEGER UNIQUE REFERENCES clients(id) ON DELETE CASCADE,
    generation  INTEGER NOT NULL CHECK (generation >= 1),
    created_at  TEXT NOT NULL,
    CHECK ((name = 'privilege') = (client_id IS NULL))
) STRICT;

CREATE TABLE compartment_keys (
    compartment  TEXT NOT NULL REFERENCES compartments(name) ON DELETE CASCADE,
    generation   INTEGER NOT NULL CHECK (generation >= 1),
    slot_id      TEXT NOT NULL,
    username     TEXT,
    sealed       TEXT NOT NULL,
    PRIMARY KEY (compartment, generation, slot_id)
) STRICT;

ALTER TABLE case_notes ADD COLUMN sealed BLOB;
ALTER TABLE case_notes ADD COLUMN sealed_with TEXT;
ALTER TABLE note_history ADD COLUMN sealed BLOB;
ALTER TABLE note_history ADD COLUMN sealed_with TEXT;
ALTER TABLE note_drafts ADD COLUMN sealed BLOB;
ALTER TABLE note_drafts ADD COLUMN sealed_with TEXT;
ALTER TABLE attachments ADD COLUMN sealed_with TEXT;
ALTER TABLE generated_documents ADD COLUMN sealed_with TEXT;
CREATE INDEX case_notes_sealed ON case_notes(sealed_with, version) WHERE sealed_with IS NOT NULL;
-- Moves on whenever a sealed note is written, edited, deleted or purged: the in-memory search
-- index of sealed notes (storage/sealed_search.py) is rebuilt when it has moved.
CREATE TABLE sealed_note_epoch (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    epoch  INTEGER NOT NULL
) STRICT;
INSERT INTO sealed_note_epoch (id, epoch) VALUES (1, 0);
CREATE TRIGGER sealed_note_epoch_ai AFTER INSERT ON case_notes
WHEN new.sealed_with IS NOT NULL BEGIN
    UPDATE sealed_note_epoch SET epoch = epoch + 1 WHERE id = 1;
END;
CREATE TRIGGER sealed_note_epoch_au AFTER UPDATE ON case_notes
WHEN old.sealed_with IS NOT NULL OR new.sealed_with IS NOT NULL BEGIN
    UPDATE sealed_note_epoch SET epoch = epoch + 1 WHERE id = 1;
END;
CREATE TRIGGER sealed_note_epoch_ad AFTER DELETE ON case_notes
WHEN old.sealed_with IS NOT NULL BEGIN
    UPDATE sealed_note_epoch SET epoch = epoch + 1 WHERE id = 1;
END;
CREATE INDEX case_notes_privileged_open ON case_notes(id)
    WHERE privileged = 1 AND sealed_with IS NULL;
"""
