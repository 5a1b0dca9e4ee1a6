"""Schema 16: a time entry belongs to a client, and to one of her matters or to none.

Support work is often for her and no particular matter; until now such time could only be
written on a note. `time_entries` is rebuilt with `client_id` (from the entry's matter) and
a `matter_id` that may be NULL. Every row keeps its id, version and timestamps; nothing
references time entries, so the rebuild touches no other table.
"""

SQL = """
CREATE TABLE time_entries_new (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    matter_id    INTEGER REFERENCES matters(id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES users(id),
    worked_on    TEXT NOT NULL CHECK (date(worked_on) IS worked_on),
    minutes      INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    activity     TEXT NOT NULL CHECK (activity IN ('attendance', 'preparation', 'correspondence',
                     'telephone', 'travel', 'waiting', 'advocacy', 'support', 'other')),
    funder       TEXT NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL CHECK (version >= 1),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
) STRICT;
INSERT INTO time_entries_new (id, client_id, matter_id, user_id, worked_on, minutes, activity,
                              funder, description, version, created_at, updated_at, deleted_at)
    SELECT t.id, m.client_id, t.matter_id, t.user_id, t.worked_on, t.minutes, t.activity,
           t.funder, t.description, t.version, t.created_at, t.updated_at, t.deleted_at
    FROM time_entries t JOIN matters m ON m.id = t.matter_id;
DROP TABLE time_entries;
ALTER TABLE time_entries_new RENAME TO time_entries;
CREATE INDEX time_entries_client ON time_entries(client_id, worked_on);
CREATE INDEX time_entries_matter ON time_entries(matter_id, worked_on);
CREATE INDEX time_entries_user ON time_entries(user_id, worked_on);
"""
