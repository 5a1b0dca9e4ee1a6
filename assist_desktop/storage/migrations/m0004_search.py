"""Schema 4: full-text search over names (clients, aliases, parties, party aliases) and case
notes, and normalised party phone numbers for safety screening.

- search_notes: FTS5 over case_notes(title, body) as external content (the text is not stored
  twice), kept in step by triggers in this migration, so a note is searchable as soon as it is
  saved and its words leave the index when it is edited or purged.
- search_names: FTS5 holding each name as written plus its folded/transliterated forms and
  consonant keys, which only Python can compute (domain.name_matching). Inserts and edits put
  the record in search_queue; storage/search_index.py fills the index from the queue before
  every search or check. Deletes (purge, an alias removed) remove the index row at once, here,
  in SQL, so a purged name never waits in the index.
- party_phone_keys: each party phone number normalised, the same way (queue kind 4).
Both FTS tables have secure-delete on, so deleted words are overwritten in the index, not only
marked deleted. Name row ids: record id * 8 + kind (0 client, 1 client alias, 2 party,
3 party alias).
"""

SQL = """
CREATE VIRTUAL TABLE search_notes USING fts5(
    title, body,
    content = 'case_notes', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
INSERT INTO search_notes (search_notes, rank) VALUES ('secure-delete', 1);
INSERT INTO search_notes (search_notes) VALUES ('rebuild');

CREATE TRIGGER search_notes_ai AFTER INSERT ON case_notes BEGIN
    INSERT INTO search_notes (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER search_notes_ad AFTER DELETE ON case_notes BEGIN
    INSERT INTO search_notes (search_notes, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER search_notes_au AFTER UPDATE OF title, body ON case_notes BEGIN
    INSERT INTO search_notes (search_notes, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO search_notes (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE VIRTUAL TABLE search_names USING fts5(
    name, folded, keys,
    kind UNINDEXED, owner_id UNINDEXED, client_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
INSERT INTO search_names (search_names, rank) VALUES ('secure-delete', 1);

CREATE TABLE search_queue (
    kind       INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 4),
    record_id  INTEGER NOT NULL,
    PRIMARY KEY (kind, record_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE party_phone_keys (
    phone_id   INTEGER PRIMARY KEY REFERENCES party_phones(id) ON DELETE CASCADE,
    party_id   INTEGER NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
    client_id  INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    digits     TEXT NOT NULL,
    tail       TEXT NOT NULL
) STRICT;
CREATE INDEX party_phone_keys_tail ON party_phone_keys(tail);
CREATE INDEX party_phone_keys_party ON party_phone_keys(party_id);

CREATE TRIGGER search_clients_ai AFTER INSERT ON clients BEGIN
    INSERT OR IGNORE INTO search_queue (kind, record_id) VALUES (0, new.id);
END;
CREATE TRIGGER search_clients_au
AFTER UPDATE OF reference, given_names, family_name, preferred_name ON clients BEGIN
    INSERT OR IGNORE INTO search_queue (kind, record_id) VALUES (0, new.id);
END;
CREATE TRIGGER search_clients_ad AFTER DELETE ON clients BEGIN
    DELETE FROM search_names WHERE rowid = old.id * 8;
    DELETE FROM search_queue WHERE kind = 0 AND record_id = old.id;
END;

CREATE TRIGGER search_client_aliases_ai AFTER INSERT ON client_aliases BEGIN
    INSERT OR IGNORE INTO search_queue (kind, record_id) VALUES (1, new.id);
END;
CREATE TRIGGER search_client_aliases_au AFTER UPDATE OF name ON client_aliases BEGIN
    INSERT OR IGNORE INTO search_queue (kind, record_id) VALUES (1, new.id);
END;
CREATE TRIGGER search_client_aliases_ad AFTER DELETE ON client_aliases BEGIN
    DELETE FROM search_names WHERE rowid = old.id * 8 + 1;
    DELETE FROM search_queue WHERE kind = 1 AND record_id = old.id;
END;

CREATE TRIGGER search_parties_ai AFTER INSERT ON parties BEGIN
    INSERT OR IGNORE INTO search_queue (kind, record_id) VALUES (2, new.id);
END;
CREATE TRIGGER search_parties_au AFTER UPDATE OF name, organisation ON parties BEGIN
    INSERT OR IGNORE INTO search_queue (kind, record_id) VALUES (2, new.id);
END;
CREATE TRIGGER search_parties_ad AFTER DELETE ON parties BEGIN
    DELETE FROM search_names WHERE rowid = old.id * 8 + 2;
    DELETE FROM search_queue WHERE kind = 2 AND record_id = old.id;
END;

CREATE TRIGGER search_party_aliases_ai AFTER INSERT ON party_aliases BEGIN
    INSERT OR IGNORE INTO search_queue (kind, record_id) VALUES (3, new.id);
END;
CREATE TRIGGER search_party_aliases_au AFTER UPDATE OF name ON party_aliases BEGIN
    INSERT OR IGNORE INTO search_queue (kind, record_id) VALUES (3, new.id);
END;
CREATE TRIGGER search_party_aliases_ad AFTER DELETE ON party_aliases BEGIN
    DELETE FROM search_names WHERE rowid = old.id * 8 + 3;
    DELETE FROM search_queue WHERE kind = 3 AND record_id = old.id;
END;

CREATE TRIGGER search_party_phones_ai AFTER INSERT ON party_phones BEGIN
    INSERT OR IGNORE INTO search_queue (kind, record_id) VALUES (4, new.id);
END;
CREATE TRIGGER search_party_phones_au AFTER UPDATE OF number ON party_phones BEGIN
    INSERT OR IGNORE INTO search_queue (kind, record_id) VALUES (4, new.id);
END;
CREATE TRIGGER search_party_phones_ad AFTER DELETE ON party_phones BEGIN
    DELETE FROM party_phone_keys WHERE phone_id = old.id;
    DELETE FROM search_queue WHERE kind = 4 AND record_id = old.id;
END;

INSERT OR IGNORE INTO search_queue (kind, record_id) SELECT 0, id FROM clients;
INSERT OR IGNORE INTO search_queue (kind, record_id) SELECT 1, id FROM client_aliases;
INSERT OR IGNORE INTO search_queue (kind, record_id) SELECT 2, id FROM parties;
INSERT OR IGNORE INTO search_queue (kind, record_id) SELECT 3, id FROM party_aliases;
INSERT OR IGNORE INTO search_queue (kind, record_id) SELECT 4, id FROM party_phones;
"""
