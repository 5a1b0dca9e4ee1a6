"""Schema 19: data protection records (domain/subject_access.py, domain/retention.py).

- sar_requests: the subject access log, requests she makes (received) and requests the
  centre makes for her, e.g. to the Home Office (made); due_on is worked out by the service
  from the deadline rules "sar-response" / "sar-response-extended".
- retention_rules: the centre's retention schedule, seeded and reset from
  resources/rules/retention_rules.json, edited by an administrator.
- retention_holds: a file's review put off ("extend"), with the reason; one row per decision.
- consent_overrides: a solicitor's decision to go ahead without her consent in force, with
  the reason (the audit row names only this row's id).
- destruction_certificates: what was destroyed, by reference and hash only; no client data
  and no link to a client row (the client is gone).
"""

SQL = """
CREATE TABLE sar_requests (
    id                   INTEGER PRIMARY KEY,
    client_id            INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    direction            TEXT NOT NULL CHECK (direction IN ('received', 'made')),
    received_on          TEXT NOT NULL CHECK (date(received_on) IS received_on),
    organisation         TEXT NOT NULL DEFAULT '',
    identity_checked_on  TEXT CHECK (date(identity_checked_on) IS identity_checked_on),
    identity_method      TEXT NOT NULL DEFAULT '',
    extended             INTEGER NOT NULL DEFAULT 0 CHECK (extended IN (0, 1)),
    extension_reason     TEXT NOT NULL DEFAULT '',
    extension_told_on    TEXT CHECK (date(extension_told_on) IS extension_told_on),
    due_on               TEXT CHECK (date(due_on) IS due_on),
    sent_on              TEXT CHECK (date(sent_on) IS sent_on),
    notes                TEXT NOT NULL DEFAULT '',
    recorded_by          INTEGER REFERENCES users(id),
    version              INTEGER NOT NULL CHECK (version >= 1),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    deleted_at           TEXT
) STRICT;
CREATE INDEX sar_requests_client ON sar_requests(client_id, received_on);
CREATE INDEX sar_requests_open ON sar_requests(due_on) WHERE sent_on IS NULL
                                                         AND deleted_at IS NULL;

CREATE TABLE retention_rules (
    id             TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64
                                           AND id NOT GLOB '*[^a-z0-9-]*'),
    position       INTEGER NOT NULL,
    jurisdiction   TEXT NOT NULL CHECK (jurisdiction IN ('england-wales', 'scotland',
                                                         'ireland')),
    matter_type    TEXT NOT NULL CHECK (matter_type <> ''),
    category       TEXT NOT NULL DEFAULT 'any' CHECK (category IN ('any', 'standard', 'minor',
                                                                   'extended')),
    outcome        TEXT NOT NULL DEFAULT 'any',
    years          INTEGER NOT NULL CHECK (years BETWEEN 0 AND 100),
    from_event     TEXT NOT NULL CHECK (from_event IN ('closure', 'age')),
    until_age      INTEGER CHECK (until_age BETWEEN 0 AND 120),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    source         TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    verify         INTEGER NOT NULL DEFAULT 1 CHECK (verify IN (0, 1)),
    updated_at     TEXT NOT NULL,
    updated_by     INTEGER REFERENCES users(id) ON DELETE SET NULL
) STRICT;

CREATE TABLE retention_holds (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    until_on    TEXT NOT NULL CHECK (date(until_on) IS until_on),
    reason      TEXT NOT NULL CHECK (reason <> ''),
    decided_by  INTEGER REFERENCES users(id),
    decided_at  TEXT NOT NULL
) STRICT;
CREATE INDEX retention_holds_client ON retention_holds(client_id, until_on);

CREATE TABLE consent_overrides (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    record_kind  TEXT NOT NULL CHECK (record_kind IN ('referral', 'identification',
                                                      'export')),
    record_id    INTEGER,
    kind         TEXT NOT NULL CHECK (kind IN ('nrm_referral', 'support_provider_referral',
                                               'information_sharing')),
    reason       TEXT NOT NULL CHECK (reason <> ''),
    decided_by   INTEGER REFERENCES users(id),
    decided_at   TEXT NOT NULL
) STRICT;
CREATE INDEX consent_overrides_client ON consent_overrides(client_id);

CREATE TABLE destruction_certificates (
    id              INTEGER PRIMARY KEY,
    certificate     TEXT NOT NULL UNIQUE,
    reference       TEXT NOT NULL,
    record_hash     TEXT NOT NULL CHECK (length(record_hash) = 64),
    rule_id         TEXT NOT NULL DEFAULT '',
    records         INTEGER NOT NULL DEFAULT 0 CHECK (records >= 0),
    destroyed_at    TEXT NOT NULL,
    destroyed_by    INTEGER REFERENCES users(id)
) STRICT;
"""
