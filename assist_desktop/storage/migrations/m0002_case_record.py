"""Schema 2: the case record (clients, matters, parties, identification, compensation,
children, support, notes with history and drafts, tasks, time, attachments).

Conventions: every mutable record has id, version (>= 1, bumped on each save: optimistic
concurrency), created_at/updated_at (UTC ISO-8601) and deleted_at (soft delete). Dates are
ISO 'YYYY-MM-DD' (CHECK date(x) IS x, which also accepts NULL). Money is INTEGER minor units,
and typeof() = 'integer' keeps a float from ever being stored. Tables are STRICT.
Purging a client deletes its row; every table of her file hangs off it with ON DELETE CASCADE.
References to staff (users) never cascade: a user named on a restricted file cannot be deleted
(disable the account instead), so removing a user can never un-restrict a file.
"""

SQL = """
CREATE TABLE reference_counters (
    prefix  TEXT NOT NULL,
    year    INTEGER NOT NULL,
    last    INTEGER NOT NULL CHECK (last >= 0),
    PRIMARY KEY (prefix, year)
) STRICT;

CREATE TABLE clients (
    id                        INTEGER PRIMARY KEY,
    reference                 TEXT NOT NULL UNIQUE,
    given_names               TEXT NOT NULL DEFAULT '',
    family_name               TEXT NOT NULL DEFAULT '',
    preferred_name            TEXT NOT NULL DEFAULT '',
    sort_name                 TEXT NOT NULL DEFAULT '',
    date_of_birth             TEXT CHECK (date(date_of_birth) IS date_of_birth),
    age_disputed              INTEGER NOT NULL DEFAULT 0 CHECK (age_disputed IN (0, 1)),
    nationality               TEXT NOT NULL DEFAULT '',
    interpreter_needed        INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
    interpreter_gender        TEXT NOT NULL DEFAULT 'none'
                              CHECK (interpreter_gender IN ('none', 'female', 'male')),
    interviewer_gender        TEXT NOT NULL DEFAULT 'none'
                              CHECK (interviewer_gender IN ('none', 'female', 'male')),
    jurisdiction              TEXT NOT NULL
                              CHECK (jurisdiction IN ('england-wales', 'scotland', 'ireland')),
    immigration_status        TEXT NOT NULL DEFAULT 'unknown' CHECK (immigration_status IN (
                                  'unknown', 'no_status', 'asylum_seeker', 'appeal_pending',
                                  'refugee', 'humanitarian_protection',
                                  'temporary_permission_victim', 'other_limited_leave',
                                  'pre_settled', 'settled', 'citizen', 'other')),
    immigration_status_detail TEXT NOT NULL DEFAULT '',
    contact_phone             TEXT NOT NULL DEFAULT '',
    contact_email             TEXT NOT NULL DEFAULT '',
    contact_address           TEXT NOT NULL DEFAULT '',
    safe_contact_method       TEXT NOT NULL DEFAULT 'via_key_worker' CHECK (safe_contact_method IN (
                                  'phone_call', 'text_message', 'email', 'letter', 'in_person',
                                  'via_key_worker', 'via_named_person', 'no_contact')),
    safe_contact_safe_times   TEXT NOT NULL DEFAULT '',
    safe_contact_may_leave_messages INTEGER NOT NULL DEFAULT 0
                              CHECK (safe_contact_may_leave_messages IN (0, 1)),
    safe_contact_do_not_disclose_address INTEGER NOT NULL DEFAULT 1
                              CHECK (safe_contact_do_not_disclose_address IN (0, 1)),
    safe_contact_instructions TEXT NOT NULL DEFAULT '',
    key_worker_id             INTEGER REFERENCES users(id) ON DELETE SET NULL,
    solicitor_id              INTEGER REFERENCES users(id) ON DELETE SET NULL,
    opened_on                 TEXT CHECK (date(opened_on) IS opened_on),
    closed_on                 TEXT CHECK (date(closed_on) IS closed_on),
    version                   INTEGER NOT NULL CHECK (version >= 1),
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    deleted_at                TEXT
) STRICT;
CREATE INDEX clients_sort_name ON clients(sort_name, id);
CREATE INDEX clients_key_worker ON clients(key_worker_id);
CREATE INDEX clients_solicitor ON clients(solicitor_id);
CREATE INDEX clients_updated ON clients(updated_at);

CREATE TABLE client_aliases (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL CHECK (name <> ''),
    kind       TEXT NOT NULL CHECK (kind IN ('alias', 'spelling', 'former', 'nickname',
                                             'document')),
    note       TEXT NOT NULL DEFAULT '',
    UNIQUE (client_id, position)
) STRICT;

CREATE TABLE client_languages (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    language   TEXT NOT NULL CHECK (language <> ''),
    dialect    TEXT NOT NULL DEFAULT '',
    main       INTEGER NOT NULL DEFAULT 0 CHECK (main IN (0, 1)),
    UNIQUE (client_id, position)
) STRICT;

CREATE TABLE client_safety_flags (
    client_id  INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    flag       TEXT NOT NULL CHECK (flag IN ('trafficker_has_contact', 're_trafficking_risk',
                   'address_known_to_trafficker', 'children_used_as_leverage',
                   'family_threatened', 'debt_bondage', 'self_harm_risk', 'safety_alert')),
    PRIMARY KEY (client_id, flag)
) STRICT;

-- A client with any row here is visible only to the users named.
CREATE TABLE client_restrictions (
    client_id  INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (client_id, user_id)
) STRICT;
CREATE INDEX client_restrictions_user ON client_restrictions(user_id);

CREATE TABLE consents (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('nrm_referral', 'support_provider_referral',
                                               'information_sharing')),
    decision     TEXT NOT NULL CHECK (decision IN ('given', 'withdrawn')),
    decided_on   TEXT NOT NULL CHECK (date(decided_on) IS decided_on),
    shared_with  TEXT NOT NULL DEFAULT '',
    recorded_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    notes        TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL CHECK (version >= 1),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
) STRICT;
CREATE INDEX consents_client ON consents(client_id);

CREATE TABLE convictions (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    offence       TEXT NOT NULL,
    convicted_on  TEXT CHECK (date(convicted_on) IS convicted_on),
    court         TEXT NOT NULL DEFAULT '',
    country       TEXT NOT NULL DEFAULT '',
    sentence      TEXT NOT NULL DEFAULT '',
    spent         INTEGER CHECK (spent IS NULL OR spent IN (0, 1)),
    compelled_by_trafficking INTEGER NOT NULL DEFAULT 0
                  CHECK (compelled_by_trafficking IN (0, 1)),
    notes         TEXT NOT NULL DEFAULT '',
    version       INTEGER NOT NULL CHECK (version >= 1),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
) STRICT;
CREATE INDEX convictions_client ON convictions(client_id);

CREATE TABLE matters (
    id                  INTEGER PRIMARY KEY,
    client_id           INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    reference           TEXT NOT NULL UNIQUE,
    matter_type         TEXT NOT NULL CHECK (matter_type IN ('identification', 'asylum_claim',
                            'fresh_claim', 'appeal', 'judicial_review',
                            'criminal_proceedings_witness', 'compensation', 'employment',
                            'civil_claim', 'family_children', 'age_assessment',
                            'housing_welfare', 'other')),
    jurisdiction        TEXT NOT NULL
                        CHECK (jurisdiction IN ('england-wales', 'scotland', 'ireland')),
    title               TEXT NOT NULL DEFAULT '',
    regime              TEXT NOT NULL DEFAULT '',
    home_office_ref     TEXT NOT NULL DEFAULT '',
    tribunal_ref        TEXT NOT NULL DEFAULT '',
    police_ref          TEXT NOT NULL DEFAULT '',
    fee_earner_id       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    supervisor_id       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    opened_on           TEXT NOT NULL CHECK (date(opened_on) IS opened_on),
    decision_sent_on    TEXT CHECK (date(decision_sent_on) IS decision_sent_on),
    next_hearing_on     TEXT CHECK (date(next_hearing_on) IS next_hearing_on),
    closed_on           TEXT CHECK (date(closed_on) IS closed_on),
    status              TEXT NOT NULL DEFAULT 'open'
                        CHECK (status IN ('open', 'on_hold', 'closed')),
    outcome             TEXT NOT NULL DEFAULT '',
    retention_category  TEXT NOT NULL DEFAULT 'standard' CHECK (retention_category IN (
                            'standard', 'minor', 'extended', 'legal_hold')),
    version             INTEGER NOT NULL CHECK (version >= 1),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    deleted_at          TEXT
) STRICT;
CREATE INDEX matters_client ON matters(client_id);
CREATE INDEX matters_fee_earner ON matters(fee_earner_id);

CREATE TABLE parties (
    id               INTEGER PRIMARY KEY,
    client_id        INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    role             TEXT NOT NULL CHECK (role IN ('trafficker', 'associate', 'employer',
                         'witness', 'interpreter', 'expert', 'other_side', 'other')),
    name             TEXT NOT NULL CHECK (name <> ''),
    organisation     TEXT NOT NULL DEFAULT '',
    do_not_disclose  INTEGER NOT NULL DEFAULT 0 CHECK (do_not_disclose IN (0, 1)),
    notes            TEXT NOT NULL DEFAULT '',
    version          INTEGER NOT NULL CHECK (version >= 1),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
) STRICT;
CREATE INDEX parties_client ON parties(client_id);
CREATE INDEX parties_role ON parties(role);

CREATE TABLE party_aliases (
    id        INTEGER PRIMARY KEY,
    party_id  INTEGER NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL CHECK (name <> ''),
    UNIQUE (party_id, position)
) STRICT;

CREATE TABLE party_phones (
    id        INTEGER PRIMARY KEY,
    party_id  INTEGER NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    number    TEXT NOT NULL CHECK (number <> ''),
    label     TEXT NOT NULL DEFAULT '',
    UNIQUE (party_id, position)
) STRICT;

CREATE TABLE party_addresses (
    id        INTEGER PRIMARY KEY,
    party_id  INTEGER NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    address   TEXT NOT NULL CHECK (address <> ''),
    UNIQUE (party_id, position)
) STRICT;

CREATE TABLE matter_parties (
    matter_id  INTEGER NOT NULL REFERENCES matters(id) ON DELETE CASCADE,
    party_id   INTEGER NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
    PRIMARY KEY (matter_id, party_id)
) STRICT;
CREATE INDEX matter_parties_party ON matter_parties(party_id);

CREATE TABLE identification_records (
    id                            INTEGER PRIMARY KEY,
    client_id                     INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    matter_id                     INTEGER REFERENCES matters(id) ON DELETE SET NULL,
    process                       TEXT NOT NULL CHECK (process IN ('uk_nrm', 'ireland_legacy',
                                                                   'ireland_2024_act')),
    referring_organisation        TEXT NOT NULL DEFAULT '',
    referrer_contact              TEXT NOT NULL DEFAULT '',
    competent_authority           TEXT NOT NULL CHECK (competent_authority IN ('sca', 'ieca',
                                      'pilot_panel', 'garda', 'irish_competent_authority',
                                      'other')),
    referral_date                 TEXT CHECK (date(referral_date) IS referral_date),
    duty_to_notify_only           INTEGER NOT NULL DEFAULT 0
                                  CHECK (duty_to_notify_only IN (0, 1)),
    reasonable_grounds_on         TEXT CHECK (date(reasonable_grounds_on) IS reasonable_grounds_on),
    reasonable_grounds            TEXT NOT NULL CHECK (reasonable_grounds IN ('not_yet',
                                      'positive', 'negative', 'withdrawn')),
    recovery_period_start         TEXT CHECK (date(recovery_period_start) IS recovery_period_start),
    recovery_period_end           TEXT CHECK (date(recovery_period_end) IS recovery_period_end),
    conclusive_grounds_on         TEXT CHECK (date(conclusive_grounds_on) IS conclusive_grounds_on),
    conclusive_grounds            TEXT NOT NULL CHECK (conclusive_grounds IN ('not_yet',
                                      'positive', 'negative', 'withdrawn')),
    finding                       TEXT NOT NULL CHECK (finding IN ('unspecified', 'trafficking',
                                      'slavery_servitude_forced_labour', 'both')),
    reconsideration_requested_on  TEXT CHECK (date(reconsideration_requested_on)
                                              IS reconsideration_requested_on),
    reconsideration_outcome       TEXT NOT NULL CHECK (reconsideration_outcome IN ('not_yet',
                                      'positive', 'negative', 'withdrawn')),
    reconsideration_decided_on    TEXT CHECK (date(reconsideration_decided_on)
                                              IS reconsideration_decided_on),
    appeal_lodged_on              TEXT CHECK (date(appeal_lodged_on) IS appeal_lodged_on),
    guidance_version              TEXT NOT NULL DEFAULT '',
    notes                         TEXT NOT NULL DEFAULT '',
    version                       INTEGER NOT NULL CHECK (version >= 1),
    created_at                    TEXT NOT NULL,
    updated_at                    TEXT NOT NULL,
    deleted_at                    TEXT
) STRICT;
CREATE INDEX identification_client ON identification_records(client_id);

CREATE TABLE compensation_claims (
    id                           INTEGER PRIMARY KEY,
    client_id                    INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    matter_id                    INTEGER REFERENCES matters(id) ON DELETE SET NULL,
    scheme                       TEXT NOT NULL CHECK (scheme IN ('cica', 'irish_cict',
                                     'compensation_order', 'reparation_order',
                                     'employment_tribunal', 'wrc', 'civil_claim')),
    currency                     TEXT NOT NULL CHECK (currency IN ('GBP', 'EUR')),
    incident_from                TEXT CHECK (date(incident_from) IS incident_from),
    incident_to                  TEXT CHECK (date(incident_to) IS incident_to),
    period_of_abuse              INTEGER NOT NULL DEFAULT 0 CHECK (period_of_abuse IN (0, 1)),
    police_report_on             TEXT CHECK (date(police_report_on) IS police_report_on),
    crime_reference              TEXT NOT NULL DEFAULT '',
    cooperation_notes            TEXT NOT NULL DEFAULT '',
    unspent_convictions_checked  INTEGER NOT NULL DEFAULT 0
                                 CHECK (unspent_convictions_checked IN (0, 1)),
    unspent_convictions_note     TEXT NOT NULL DEFAULT '',
    application_on               TEXT CHECK (date(application_on) IS application_on),
    status                       TEXT NOT NULL CHECK (status IN ('preparing', 'submitted',
                                     'decided', 'review_requested', 'appealed', 'accepted',
                                     'paid', 'refused', 'withdrawn')),
    decision_on                  TEXT CHECK (date(decision_on) IS decision_on),
    review_requested_on          TEXT CHECK (date(review_requested_on) IS review_requested_on),
    review_decision_on           TEXT CHECK (date(review_decision_on) IS review_decision_on),
    amount_claimed               INTEGER CHECK (amount_claimed IS NULL OR
                                     (typeof(amount_claimed) = 'integer' AND amount_claimed >= 0)),
    amount_offered               INTEGER CHECK (amount_offered IS NULL OR
                                     (typeof(amount_offered) = 'integer' AND amount_offered >= 0)),
    amount_paid                  INTEGER CHECK (amount_paid IS NULL OR
                                     (typeof(amount_paid) = 'integer' AND amount_paid >= 0)),
    version                      INTEGER NOT NULL CHECK (version >= 1),
    created_at                   TEXT NOT NULL,
    updated_at                   TEXT NOT NULL,
    deleted_at                   TEXT
) STRICT;
CREATE INDEX compensation_claims_client ON compensation_claims(client_id);

CREATE TABLE case_notes (
    id                    INTEGER PRIMARY KEY,
    client_id             INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    matter_id             INTEGER REFERENCES matters(id) ON DELETE SET NULL,
    note_type             TEXT NOT NULL CHECK (note_type IN ('meeting', 'phone', 'letter',
                                                             'email', 'hearing', 'other')),
    note_date             TEXT NOT NULL CHECK (date(note_date) IS note_date),
    title                 TEXT NOT NULL DEFAULT '',
    body                  TEXT NOT NULL DEFAULT '',
    duration_minutes      INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),
    interpreter_used      INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_used IN (0, 1)),
    interpreter_language  TEXT NOT NULL DEFAULT '',
    privileged            INTEGER NOT NULL DEFAULT 0 CHECK (privileged IN (0, 1)),
    chronology_event      INTEGER NOT NULL DEFAULT 0 CHECK (chronology_event IN (0, 1)),
    chronology_date       TEXT CHECK (date(chronology_date) IS chronology_date),
    author_id             INTEGER NOT NULL REFERENCES users(id),
    updated_by            INTEGER REFERENCES users(id) ON DELETE SET NULL,
    idempotency_key       TEXT NOT NULL UNIQUE,  -- client-generated: a retried save finds it
    last_save_key         TEXT NOT NULL,         -- key of the latest edit, for retried edits
    version               INTEGER NOT NULL CHECK (version >= 1),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    deleted_at            TEXT,
    CHECK (chronology_event = 0 OR chronology_date IS NOT NULL)
) STRICT;
CREATE INDEX case_notes_client_date ON case_notes(client_id, note_date, id);
CREATE INDEX case_notes_matter ON case_notes(matter_id);

-- Each earlier version of a note, written when a save replaces it.
CREATE TABLE note_history (
    id                    INTEGER PRIMARY KEY,
    note_id               INTEGER NOT NULL REFERENCES case_notes(id) ON DELETE CASCADE,
    version               INTEGER NOT NULL CHECK (version >= 1),
    note_type             TEXT NOT NULL,
    note_date             TEXT NOT NULL,
    title                 TEXT NOT NULL,
    body                  TEXT NOT NULL,
    matter_id             INTEGER,
    duration_minutes      INTEGER NOT NULL,
    interpreter_used      INTEGER NOT NULL,
    interpreter_language  TEXT NOT NULL,
    privileged            INTEGER NOT NULL,
    chronology_event      INTEGER NOT NULL,
    chronology_date       TEXT,
    saved_at              TEXT NOT NULL,
    saved_by              INTEGER,
    UNIQUE (note_id, version)
) STRICT;

-- What someone is typing, kept in the (encrypted) database so a crash or lock loses nothing.
CREATE TABLE note_drafts (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    client_id     INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    note_id       INTEGER REFERENCES case_notes(id) ON DELETE CASCADE,
    base_version  INTEGER,
    title         TEXT NOT NULL DEFAULT '',
    body          TEXT NOT NULL DEFAULT '',
    form_state    TEXT NOT NULL DEFAULT '',
    saved_at      TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX note_drafts_one_per_user ON note_drafts(user_id, client_id, ifnull(note_id, 0));
CREATE INDEX note_drafts_note ON note_drafts(note_id);

CREATE TABLE attachments (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    matter_id    INTEGER REFERENCES matters(id) ON DELETE SET NULL,
    note_id      INTEGER REFERENCES case_notes(id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (name <> ''),
    mime_type    TEXT NOT NULL,
    size         INTEGER NOT NULL CHECK (size >= 0),
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    privileged   INTEGER NOT NULL DEFAULT 0 CHECK (privileged IN (0, 1)),
    description  TEXT NOT NULL DEFAULT '',
    uploaded_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
) STRICT;
CREATE INDEX attachments_client ON attachments(client_id);
CREATE INDEX attachments_note ON attachments(note_id);

-- The bytes apart from the metadata, so listing attachments never reads them.
CREATE TABLE attachment_blobs (
    attachment_id  INTEGER PRIMARY KEY REFERENCES attachments(id) ON DELETE CASCADE,
    data           BLOB NOT NULL
) STRICT;

CREATE TABLE schedule_of_loss_items (
    id                      INTEGER PRIMARY KEY,
    claim_id                INTEGER NOT NULL REFERENCES compensation_claims(id) ON DELETE CASCADE,
    head                    TEXT NOT NULL CHECK (head IN ('tariff_injury', 'loss_of_earnings',
                                'special_expenses', 'care', 'unpaid_wages', 'general_damages',
                                'aggravated_damages', 'other')),
    timing                  TEXT NOT NULL CHECK (timing IN ('past', 'future')),
    multiplicand            INTEGER NOT NULL CHECK (typeof(multiplicand) = 'integer'),
    multiplier              TEXT NOT NULL CHECK (multiplier <> ''),
    amount                  INTEGER NOT NULL CHECK (typeof(amount) = 'integer'),
    description             TEXT NOT NULL DEFAULT '',
    period_from             TEXT CHECK (date(period_from) IS period_from),
    period_to               TEXT CHECK (date(period_to) IS period_to),
    period_note             TEXT NOT NULL DEFAULT '',
    evidence_attachment_id  INTEGER REFERENCES attachments(id) ON DELETE SET NULL,
    position                INTEGER NOT NULL DEFAULT 0,
    version                 INTEGER NOT NULL CHECK (version >= 1),
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    deleted_at              TEXT
) STRICT;
CREATE INDEX schedule_of_loss_claim ON schedule_of_loss_items(claim_id, position);

CREATE TABLE children (
    id                    INTEGER PRIMARY KEY,
    client_id             INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    relationship          TEXT NOT NULL CHECK (relationship IN ('daughter', 'son', 'child',
                                                                'stepchild', 'other')),
    given_names           TEXT NOT NULL DEFAULT '',
    family_name           TEXT NOT NULL DEFAULT '',
    date_of_birth         TEXT CHECK (date(date_of_birth) IS date_of_birth),
    age_disputed          INTEGER NOT NULL DEFAULT 0 CHECK (age_disputed IN (0, 1)),
    location              TEXT NOT NULL CHECK (location IN ('with_client', 'in_care',
                              'country_of_origin', 'elsewhere', 'unknown')),
    location_detail       TEXT NOT NULL DEFAULT '',
    leverage_risk         INTEGER NOT NULL DEFAULT 0 CHECK (leverage_risk IN (0, 1)),
    safety_notes          TEXT NOT NULL DEFAULT '',
    guardian              TEXT NOT NULL DEFAULT '',
    social_worker         TEXT NOT NULL DEFAULT '',
    school_or_childcare   TEXT NOT NULL DEFAULT '',
    dependant_on_claim    INTEGER NOT NULL DEFAULT 0 CHECK (dependant_on_claim IN (0, 1)),
    best_interests_notes  TEXT NOT NULL DEFAULT '',
    family_reunion        TEXT NOT NULL CHECK (family_reunion IN ('not_applicable',
                              'considering', 'applied', 'granted', 'refused', 'appealed')),
    benefits              TEXT NOT NULL DEFAULT '',
    version               INTEGER NOT NULL CHECK (version >= 1),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    deleted_at            TEXT
) STRICT;
CREATE INDEX children_client ON children(client_id);

CREATE TABLE pregnancies (
    id                          INTEGER PRIMARY KEY,
    client_id                   INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    due_on                      TEXT CHECK (date(due_on) IS due_on),
    mat_b1_received             INTEGER NOT NULL DEFAULT 0 CHECK (mat_b1_received IN (0, 1)),
    maternity_grant_applied_on  TEXT CHECK (date(maternity_grant_applied_on)
                                            IS maternity_grant_applied_on),
    antenatal_care              TEXT NOT NULL DEFAULT '',
    outcome                     TEXT NOT NULL CHECK (outcome IN ('ongoing', 'born', 'ended')),
    ended_on                    TEXT CHECK (date(ended_on) IS ended_on),
    notes                       TEXT NOT NULL DEFAULT '',
    version                     INTEGER NOT NULL CHECK (version >= 1),
    created_at                  TEXT NOT NULL,
    updated_at                  TEXT NOT NULL,
    deleted_at                  TEXT
) STRICT;
CREATE INDEX pregnancies_client ON pregnancies(client_id);

CREATE TABLE needs_assessments (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    domain       TEXT NOT NULL CHECK (domain IN ('legal', 'accommodation', 'psychological',
                     'medical', 'training_education', 'employment', 'material', 'childcare',
                     'peer_support')),
    assessed_on  TEXT NOT NULL CHECK (date(assessed_on) IS assessed_on),
    level        TEXT NOT NULL CHECK (level IN ('none', 'low', 'medium', 'high', 'urgent')),
    needs        TEXT NOT NULL DEFAULT '',
    her_goals    TEXT NOT NULL DEFAULT '',
    assessed_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    review_on    TEXT CHECK (date(review_on) IS review_on),
    version      INTEGER NOT NULL CHECK (version >= 1),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
) STRICT;
CREATE INDEX needs_assessments_client ON needs_assessments(client_id);

CREATE TABLE support_plan_actions (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    domain        TEXT NOT NULL CHECK (domain IN ('legal', 'accommodation', 'psychological',
                      'medical', 'training_education', 'employment', 'material', 'childcare',
                      'peer_support')),
    action        TEXT NOT NULL CHECK (action <> ''),
    owner_id      INTEGER REFERENCES users(id) ON DELETE SET NULL,
    owner_name    TEXT NOT NULL DEFAULT '',
    start_on      TEXT CHECK (date(start_on) IS start_on),
    due_on        TEXT CHECK (date(due_on) IS due_on),
    completed_on  TEXT CHECK (date(completed_on) IS completed_on),
    status        TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done',
                                                  'cancelled')),
    notes         TEXT NOT NULL DEFAULT '',
    version       INTEGER NOT NULL CHECK (version >= 1),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
) STRICT;
CREATE INDEX support_plan_actions_client ON support_plan_actions(client_id);

CREATE TABLE referrals (
    id                INTEGER PRIMARY KEY,
    client_id         INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    organisation      TEXT NOT NULL CHECK (organisation <> ''),
    domain            TEXT NOT NULL CHECK (domain IN ('legal', 'accommodation', 'psychological',
                          'medical', 'training_education', 'employment', 'material',
                          'childcare', 'peer_support')),
    referred_on       TEXT CHECK (date(referred_on) IS referred_on),
    consent_given     INTEGER NOT NULL DEFAULT 0 CHECK (consent_given IN (0, 1)),
    consent_entry_id  INTEGER REFERENCES consents(id) ON DELETE SET NULL,
    status            TEXT NOT NULL CHECK (status IN ('planned', 'sent', 'accepted',
                          'waiting_list', 'declined', 'completed', 'withdrawn')),
    contact           TEXT NOT NULL DEFAULT '',
    outcome           TEXT NOT NULL DEFAULT '',
    outcome_on        TEXT CHECK (date(outcome_on) IS outcome_on),
    version           INTEGER NOT NULL CHECK (version >= 1),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT
) STRICT;
CREATE INDEX referrals_client ON referrals(client_id);

CREATE TABLE peer_mentor_assignments (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    mentor_name     TEXT NOT NULL CHECK (mentor_name <> ''),
    mentor_contact  TEXT NOT NULL DEFAULT '',
    started_on      TEXT CHECK (date(started_on) IS started_on),
    ended_on        TEXT CHECK (date(ended_on) IS ended_on),
    notes           TEXT NOT NULL DEFAULT '',
    version         INTEGER NOT NULL CHECK (version >= 1),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
) STRICT;
CREATE INDEX peer_mentor_assignments_client ON peer_mentor_assignments(client_id);

CREATE TABLE tasks (
    id             INTEGER PRIMARY KEY,
    client_id      INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    matter_id      INTEGER REFERENCES matters(id) ON DELETE SET NULL,
    title          TEXT NOT NULL CHECK (title <> ''),
    kind           TEXT NOT NULL CHECK (kind IN ('task', 'deadline')),
    due_on         TEXT NOT NULL CHECK (date(due_on) IS due_on),
    assigned_to    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    rule_id        TEXT,
    start_event    TEXT NOT NULL DEFAULT '',
    start_date     TEXT CHECK (date(start_date) IS start_date),
    reminder_days  INTEGER NOT NULL DEFAULT 0 CHECK (reminder_days BETWEEN 0 AND 366),
    done_on        TEXT CHECK (date(done_on) IS done_on),
    notes          TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL CHECK (version >= 1),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT
) STRICT;
CREATE INDEX tasks_client_open ON tasks(client_id, due_on) WHERE done_on IS NULL AND deleted_at IS NULL;
CREATE INDEX tasks_open_due ON tasks(due_on) WHERE done_on IS NULL AND deleted_at IS NULL;
CREATE INDEX tasks_client ON tasks(client_id);
CREATE INDEX tasks_matter ON tasks(matter_id);

CREATE TABLE time_entries (
    id           INTEGER PRIMARY KEY,
    matter_id    INTEGER NOT NULL REFERENCES matters(id) ON DELETE CASCADE,
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
CREATE INDEX time_entries_matter ON time_entries(matter_id, worked_on);
CREATE INDEX time_entries_user ON time_entries(user_id, worked_on);
"""
