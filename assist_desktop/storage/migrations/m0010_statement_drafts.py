"""Schema 9: witness statement drafts, with every saved version kept.

statement_drafts is one row per draft (whose file, which matter, its title for lists, who
made it and the optimistic-concurrency version); statement_draft_versions holds the content
of each save as JSON (paragraphs with headings, the exhibit register, the witness's
occupation, read-back status), one row per version, never updated: a save inserts the next
version after moving the draft's version on from the one the author started from, so two
people saving the same draft get a conflict instead of an overwrite.

statement_scratch holds what someone is typing between saves (one per person and draft, or
per person and client for a statement not saved yet), so a crash loses nothing; it is
replaced as they type and removed when they save or discard.

Drafts go with her file (ON DELETE CASCADE) when it is purged.
"""

SQL = """
CREATE TABLE statement_drafts (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    matter_id   INTEGER REFERENCES matters(id) ON DELETE SET NULL,
    title       TEXT NOT NULL DEFAULT '',
    created_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    updated_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;
CREATE INDEX statement_drafts_client ON statement_drafts(client_id, matter_id);

CREATE TABLE statement_draft_versions (
    id          INTEGER PRIMARY KEY,
    draft_id    INTEGER NOT NULL REFERENCES statement_drafts(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL CHECK (version >= 1),
    content     TEXT NOT NULL CHECK (json_valid(content)),
    saved_at    TEXT NOT NULL,
    saved_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    UNIQUE (draft_id, version)
) STRICT;

CREATE TABLE statement_scratch (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    client_id     INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    draft_id      INTEGER REFERENCES statement_drafts(id) ON DELETE CASCADE,
    base_version  INTEGER,
    matter_id     INTEGER REFERENCES matters(id) ON DELETE SET NULL,
    content       TEXT NOT NULL CHECK (json_valid(content)),
    saved_at      TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX statement_scratch_one ON statement_scratch(user_id, client_id,
                                                               ifnull(draft_id, 0));
"""
