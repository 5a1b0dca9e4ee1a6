"""Schema 1: the centre, staff accounts and roles, settings, and the hash-chained audit log."""

SQL = """
CREATE TABLE centre (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    database_id   TEXT NOT NULL,
    name          TEXT NOT NULL,
    jurisdiction  TEXT NOT NULL CHECK (jurisdiction IN ('england-wales', 'scotland', 'ireland')),
    address       TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);

-- Centre-wide policy (idle lock, device unlock allowed, minimum passphrase score, ...).
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    username    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name   TEXT NOT NULL,
    disabled    INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE user_roles (
    user_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('administrator', 'solicitor', 'support_worker')),
    PRIMARY KEY (user_id, role)
);

-- Who did what to which record, never the record's text. Rows are hash-chained: each hash
-- covers the previous row's hash, so a removed or altered row breaks the chain.
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '',
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL UNIQUE
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""
