"""Schema 5: the record of conflict checks (what was checked, what matched, the decision) and
safety alerts raised by safety screening.

Matches and alerts hold ids, scores and reasons, not copies of other files' text: what a
person is shown is worked out when it is read, for that person, so a restricted file is shown
only as "a restricted record matches". A check or an alert that belongs to a client's file goes
with it when the file is purged (ON DELETE CASCADE); a match or alert pointing at another file
loses the pointer when that file is purged.
"""

SQL = """
CREATE TABLE conflict_checks (
    id                      INTEGER PRIMARY KEY,
    subject_kind            TEXT NOT NULL CHECK (subject_kind IN ('client', 'party')),
    subject_names           TEXT NOT NULL CHECK (json_valid(subject_names)
                                                 AND json_type(subject_names) = 'array'),
    subject_date_of_birth   TEXT CHECK (date(subject_date_of_birth) IS subject_date_of_birth),
    client_id               INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    party_id                INTEGER REFERENCES parties(id) ON DELETE CASCADE,
    checked_by              INTEGER REFERENCES users(id) ON DELETE SET NULL,
    checked_at              TEXT NOT NULL,
    match_count             INTEGER NOT NULL CHECK (match_count >= 0),
    restricted_match_count  INTEGER NOT NULL CHECK (restricted_match_count >= 0),
    decision                TEXT NOT NULL DEFAULT 'pending'
                            CHECK (decision IN ('pending', 'proceed', 'decline', 'refer')),
    decision_note           TEXT NOT NULL DEFAULT '',
    decided_by              INTEGER REFERENCES users(id) ON DELETE SET NULL,
    decided_at              TEXT,
    version                 INTEGER NOT NULL CHECK (version >= 1)
) STRICT;
CREATE INDEX conflict_checks_client ON conflict_checks(client_id);
CREATE INDEX conflict_checks_party ON conflict_checks(party_id);
CREATE INDEX conflict_checks_checked_at ON conflict_checks(checked_at);

CREATE TABLE conflict_check_matches (
    check_id          INTEGER NOT NULL REFERENCES conflict_checks(id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    record_kind       TEXT NOT NULL CHECK (record_kind IN ('client', 'party')),
    client_id         INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    party_id          INTEGER REFERENCES parties(id) ON DELETE CASCADE,
    score             REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
    reason            TEXT NOT NULL,
    query_name_index  INTEGER NOT NULL DEFAULT 0,
    dob_note          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (check_id, position)
) STRICT;
CREATE INDEX conflict_check_matches_client ON conflict_check_matches(client_id);
CREATE INDEX conflict_check_matches_party ON conflict_check_matches(party_id);

CREATE TABLE safety_alerts (
    id                 INTEGER PRIMARY KEY,
    client_id          INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    subject_kind       TEXT NOT NULL CHECK (subject_kind IN ('contact', 'interpreter', 'party')),
    subject_party_id   INTEGER REFERENCES parties(id) ON DELETE SET NULL,
    subject_label      TEXT NOT NULL,
    matched_party_id   INTEGER REFERENCES parties(id) ON DELETE SET NULL,
    matched_client_id  INTEGER REFERENCES clients(id) ON DELETE SET NULL,
    matched_role       TEXT NOT NULL DEFAULT '',
    match_on           TEXT NOT NULL CHECK (match_on IN ('name', 'phone')),
    score              REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
    reason             TEXT NOT NULL,
    status             TEXT NOT NULL DEFAULT 'open'
                       CHECK (status IN ('open', 'acknowledged', 'dismissed')),
    raised_by          INTEGER REFERENCES users(id) ON DELETE SET NULL,
    raised_at          TEXT NOT NULL,
    resolved_by        INTEGER REFERENCES users(id) ON DELETE SET NULL,
    resolved_at        TEXT,
    resolution_note    TEXT NOT NULL DEFAULT '',
    version            INTEGER NOT NULL CHECK (version >= 1)
) STRICT;
CREATE INDEX safety_alerts_client ON safety_alerts(client_id, status);
CREATE INDEX safety_alerts_matched_party ON safety_alerts(matched_party_id);
"""
