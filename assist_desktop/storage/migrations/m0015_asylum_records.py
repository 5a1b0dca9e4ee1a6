"""Schema 13: her asylum claim and appeal steps, age assessments, and her exploitation profile
(forms of exploitation, countries, how she reached the centre). domain/asylum.py.

Steps are one row each (several interviews or hearings are several rows); `dated` is the date
that matters in law (for a decision, the date it was sent). The profile is one row per client;
its lists (forms, countries) are kept one a line in a text column.
"""

SQL = """
CREATE TABLE asylum_events (
    id                    INTEGER PRIMARY KEY,
    client_id             INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    matter_id             INTEGER REFERENCES matters(id) ON DELETE SET NULL,
    step                  TEXT NOT NULL CHECK (step IN ('claim', 'screening_interview',
                              'substantive_interview', 'decision', 'appeal_lodged', 'hearing',
                              'determination', 'onward_appeal')),
    dated                 TEXT NOT NULL CHECK (date(dated) IS dated),
    outcome               TEXT NOT NULL CHECK (outcome IN ('none', 'granted_refugee',
                              'granted_humanitarian', 'granted_other', 'refused',
                              'refused_certified', 'withdrawn', 'allowed', 'dismissed',
                              'remitted', 'permission_granted', 'permission_refused')),
    body                  TEXT NOT NULL DEFAULT '',
    reference             TEXT NOT NULL DEFAULT '',
    interpreter_language  TEXT NOT NULL DEFAULT '',
    recording_requested   INTEGER NOT NULL DEFAULT 0 CHECK (recording_requested IN (0, 1)),
    notes                 TEXT NOT NULL DEFAULT '',
    version               INTEGER NOT NULL CHECK (version >= 1),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    deleted_at            TEXT
) STRICT;
CREATE INDEX asylum_events_client ON asylum_events(client_id, dated);

CREATE TABLE age_assessments (
    id                         INTEGER PRIMARY KEY,
    client_id                  INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    matter_id                  INTEGER REFERENCES matters(id) ON DELETE SET NULL,
    assessed_on                TEXT NOT NULL CHECK (date(assessed_on) IS assessed_on),
    assessor                   TEXT NOT NULL CHECK (assessor IN ('local_authority', 'home_office',
                                   'naab', 'tusla', 'tribunal_or_court', 'other')),
    assessing_body             TEXT NOT NULL DEFAULT '',
    outcome                    TEXT NOT NULL CHECK (outcome IN ('pending', 'accepted_as_child',
                                   'assessed_as_adult', 'assessed_other_age',
                                   'benefit_of_doubt')),
    assessed_age               INTEGER CHECK (assessed_age BETWEEN 0 AND 120),
    assessed_date_of_birth     TEXT CHECK (date(assessed_date_of_birth) IS assessed_date_of_birth),
    merton_compliant           INTEGER NOT NULL DEFAULT 0 CHECK (merton_compliant IN (0, 1)),
    interpreter_present        INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_present IN (0, 1)),
    appropriate_adult_present  INTEGER NOT NULL DEFAULT 0
                               CHECK (appropriate_adult_present IN (0, 1)),
    challenged_on              TEXT CHECK (date(challenged_on) IS challenged_on),
    challenge_outcome          TEXT NOT NULL DEFAULT '',
    notes                      TEXT NOT NULL DEFAULT '',
    version                    INTEGER NOT NULL CHECK (version >= 1),
    created_at                 TEXT NOT NULL,
    updated_at                 TEXT NOT NULL,
    deleted_at                 TEXT
) STRICT;
CREATE INDEX age_assessments_client ON age_assessments(client_id, assessed_on);

CREATE TABLE exploitation_profiles (
    id                INTEGER PRIMARY KEY,
    client_id         INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    forms             TEXT NOT NULL DEFAULT '',
    countries         TEXT NOT NULL DEFAULT '',
    route             TEXT NOT NULL CHECK (route IN ('unknown', 'outreach', 'self_referral',
                          'agency')),
    referring_agency  TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    version           INTEGER NOT NULL CHECK (version >= 1),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT
) STRICT;
CREATE UNIQUE INDEX exploitation_profiles_client ON exploitation_profiles(client_id);
"""
