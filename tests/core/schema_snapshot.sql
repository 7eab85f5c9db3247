-- index actors_proposal
CREATE INDEX actors_proposal ON actors (proposal_uuid, position);
-- index assignments_evaluator
CREATE INDEX assignments_evaluator ON assignments (evaluator_uuid);
-- index attachments_proposal
CREATE INDEX attachments_proposal ON attachments (proposal_uuid);
-- index audit_log_entity
CREATE INDEX audit_log_entity ON audit_log (entity_uuid);
-- index evaluations_evaluator
CREATE INDEX evaluations_evaluator ON evaluations (evaluator_uuid);
-- index evaluators_key
CREATE UNIQUE INDEX evaluators_key ON evaluators (key_fingerprint) WHERE key_fingerprint IS NOT NULL;
-- index former_codes_proposal
CREATE INDEX former_codes_proposal ON former_codes (proposal_uuid);
-- index import_sources_proposal
CREATE INDEX import_sources_proposal ON import_sources (proposal_uuid);
-- index interests_evaluator
CREATE INDEX interests_evaluator ON interests (evaluator_uuid);
-- index interests_proposal
CREATE INDEX interests_proposal ON interests (proposal_uuid) WHERE proposal_uuid IS NOT NULL;
-- index proposal_scores_list
CREATE INDEX proposal_scores_list ON proposal_scores (proposal_uuid, evaluations, finals, total);
-- index proposal_scores_rubric
CREATE INDEX proposal_scores_rubric ON proposal_scores (rubric_id, rubric_version);
-- index proposal_scores_total
CREATE INDEX proposal_scores_total ON proposal_scores (total);
-- index proposals_code
CREATE INDEX proposals_code ON proposals (code);
-- index proposals_country
CREATE INDEX proposals_country ON proposals (country);
-- index proposals_list
CREATE INDEX proposals_list ON proposals (code, country, region_type, priority_area, status, uuid, title,
    region_name, executing_agency, requested_amount, counterpart_public, counterpart_private, updated_at);
-- index proposals_merged
CREATE INDEX proposals_merged ON proposals (merged_into) WHERE merged_into IS NOT NULL;
-- index proposals_region_type
CREATE INDEX proposals_region_type ON proposals (region_type);
-- index proposals_search
CREATE INDEX proposals_search ON proposals (code, search_text, country, region_type, priority_area, status, uuid);
-- index proposals_status
CREATE INDEX proposals_status ON proposals (status);
-- table actors
CREATE TABLE actors (
    uuid TEXT PRIMARY KEY,
    proposal_uuid TEXT NOT NULL REFERENCES proposals (uuid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    actor_type TEXT NOT NULL CHECK (actor_type IN ('local_government', 'business', 'university',
        'technology_centre', 'civil_society', 'large_company', 'national_government')),
    role TEXT NOT NULL DEFAULT '',
    contribution REAL NOT NULL DEFAULT 0 CHECK (contribution >= 0),
    contribution_kind TEXT NOT NULL CHECK (contribution_kind IN ('cash', 'in_kind')),
    evidence TEXT NOT NULL CHECK (evidence IN ('none', 'letter_of_intent', 'signed_agreement')),
    
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL

);
-- table assignments
CREATE TABLE assignments (
    uuid TEXT PRIMARY KEY,
    proposal_uuid TEXT NOT NULL,
    evaluator_uuid TEXT NOT NULL,
    evaluator_name TEXT NOT NULL CHECK (length(trim(evaluator_name)) > 0),
    due_on TEXT CHECK (due_on IS NULL OR due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
,
    UNIQUE (proposal_uuid, evaluator_uuid)
);
-- table attachments
CREATE TABLE attachments (
    uuid TEXT PRIMARY KEY,
    proposal_uuid TEXT NOT NULL REFERENCES proposals (uuid) ON DELETE CASCADE,
    filename TEXT NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
    media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    content BLOB NOT NULL,
    
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
,
    UNIQUE (proposal_uuid, sha256)
);
-- table audit_log
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT,
    reason TEXT NOT NULL DEFAULT ''
);
-- table decisions
CREATE TABLE decisions (
    uuid TEXT PRIMARY KEY,
    proposal_uuid TEXT NOT NULL UNIQUE REFERENCES proposals (uuid),
    kind TEXT NOT NULL CHECK (kind IN ('approve', 'approve_with_conditions', 'defer', 'reject')),
    rationale TEXT NOT NULL,
    conditions TEXT NOT NULL DEFAULT '',
    decided_on TEXT NOT NULL,
    members_present TEXT NOT NULL DEFAULT '[]',
    
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL

, members_recused TEXT NOT NULL DEFAULT '[]');
-- table evaluations
CREATE TABLE evaluations (
    uuid TEXT PRIMARY KEY,
    proposal_uuid TEXT NOT NULL REFERENCES proposals (uuid),
    evaluator_uuid TEXT NOT NULL REFERENCES evaluators (uuid),
    rubric_id TEXT NOT NULL,
    rubric_version TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('draft', 'final')),
    
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
,
    UNIQUE (proposal_uuid, evaluator_uuid, rubric_id, rubric_version)
);
-- table evaluators
CREATE TABLE evaluators (
    uuid TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL

, key_fingerprint TEXT, reads TEXT);
-- table exchange_blobs
CREATE TABLE exchange_blobs (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    content BLOB NOT NULL
);
-- table exchange_conflicts
CREATE TABLE "exchange_conflicts" (
    entity TEXT NOT NULL CHECK (entity IN ('proposal', 'evaluation', 'decision', 'gate_override', 'interest', 'assignment')),
    key TEXT NOT NULL,
    version TEXT NOT NULL CHECK (length(version) = 64),
    record TEXT NOT NULL,
    author TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (entity, key, version)
);
-- table exchange_heads
CREATE TABLE "exchange_heads" (
    entity TEXT NOT NULL CHECK (entity IN ('proposal', 'evaluation', 'decision', 'gate_override', 'interest', 'assignment')),
    key TEXT NOT NULL,
    version TEXT NOT NULL CHECK (length(version) = 64),
    PRIMARY KEY (entity, key)
);
-- table exchange_lineage
CREATE TABLE "exchange_lineage" (
    entity TEXT NOT NULL CHECK (entity IN ('proposal', 'evaluation', 'decision', 'gate_override', 'interest', 'assignment')),
    key TEXT NOT NULL,
    version TEXT NOT NULL CHECK (length(version) = 64),
    parents TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (entity, key, version)
);
-- table exchange_packages
CREATE TABLE exchange_packages (
    package_id TEXT PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    author_fingerprint TEXT NOT NULL,
    author_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    handled_at TEXT NOT NULL,
    handled_by TEXT NOT NULL,
    file_name TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '{}'
);
-- table exchange_shared
CREATE TABLE "exchange_shared" (
    entity TEXT NOT NULL CHECK (entity IN ('proposal', 'evaluation', 'decision', 'gate_override', 'interest', 'assignment')),
    key TEXT NOT NULL,
    version TEXT NOT NULL CHECK (length(version) = 64),
    PRIMARY KEY (entity, key)
);
-- table former_codes
CREATE TABLE former_codes (
    code TEXT NOT NULL,
    proposal_uuid TEXT NOT NULL REFERENCES proposals (uuid) ON DELETE CASCADE,
    PRIMARY KEY (code, proposal_uuid)
);
-- table gate_overrides
CREATE TABLE gate_overrides (
    uuid TEXT PRIMARY KEY,
    proposal_uuid TEXT NOT NULL UNIQUE REFERENCES proposals (uuid) ON DELETE CASCADE,
    rationale TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
    
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL

);
-- table import_sources
CREATE TABLE import_sources (
    submission_id TEXT PRIMARY KEY,
    proposal_uuid TEXT NOT NULL REFERENCES proposals (uuid),
    source TEXT NOT NULL,
    content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
    submitted_at TEXT,
    first_imported_at TEXT NOT NULL,
    last_imported_at TEXT NOT NULL
);
-- table interests
CREATE TABLE interests (
    uuid TEXT PRIMARY KEY,
    evaluator_uuid TEXT NOT NULL,
    evaluator_name TEXT NOT NULL CHECK (length(trim(evaluator_name)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('proposal', 'agency', 'actor')),
    proposal_uuid TEXT,
    subject TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    withdrawn_at TEXT,
    withdrawn_reason TEXT NOT NULL DEFAULT '',
    
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
,
    CHECK ((kind = 'proposal') = (proposal_uuid IS NOT NULL)),
    CHECK (kind = 'proposal' OR length(trim(subject)) > 0)
);
-- table meta
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- table portfolio_scores
CREATE TABLE portfolio_scores (
    criterion_id TEXT PRIMARY KEY,
    proposals INTEGER NOT NULL CHECK (proposals >= 0),
    average REAL
);
-- table proposal_criterion_scores
CREATE TABLE proposal_criterion_scores (
    proposal_uuid TEXT NOT NULL REFERENCES proposal_scores (proposal_uuid) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL,
    score REAL,
    PRIMARY KEY (proposal_uuid, criterion_id)
) WITHOUT ROWID;
-- table proposal_scores
CREATE TABLE proposal_scores (
    proposal_uuid TEXT PRIMARY KEY REFERENCES proposals (uuid) ON DELETE CASCADE,
    rubric_id TEXT NOT NULL,
    rubric_version TEXT NOT NULL,
    evaluations INTEGER NOT NULL DEFAULT 0,
    finals INTEGER NOT NULL DEFAULT 0,
    drafts INTEGER NOT NULL DEFAULT 0,
    total REAL,
    computed_at TEXT NOT NULL
);
-- table proposals
CREATE TABLE "proposals" (
    uuid TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    country TEXT NOT NULL CHECK (length(country) = 2),
    region_name TEXT NOT NULL DEFAULT '',
    region_kind TEXT CHECK (region_kind IN ('metropolitan_area', 'city_group', 'valley', 'rural_area', 'province')),
    region_type TEXT CHECK (region_type IN ('marginalized', 'emerging', 'declining')),
    priority_area TEXT CHECK (priority_area IN ('large_investments', 'innovation', 'urban_productive', 'value_chains')),
    sectors TEXT NOT NULL DEFAULT '[]',
    executing_agency TEXT NOT NULL DEFAULT '',
    requested_amount REAL NOT NULL DEFAULT 0 CHECK (requested_amount >= 0),
    counterpart_public REAL NOT NULL DEFAULT 0 CHECK (counterpart_public >= 0),
    counterpart_private REAL NOT NULL DEFAULT 0 CHECK (counterpart_private >= 0),
    beneficiary_msmes INTEGER NOT NULL DEFAULT 0 CHECK (beneficiary_msmes >= 0),
    duration_months INTEGER NOT NULL DEFAULT 0 CHECK (duration_months >= 0),
    regional_diagnosis TEXT NOT NULL DEFAULT '',
    institutional_assessment TEXT NOT NULL DEFAULT '',
    market_opportunities TEXT NOT NULL DEFAULT '',
    growth_constraints TEXT NOT NULL DEFAULT '',
    scaling_pathway TEXT NOT NULL DEFAULT '',
    results_plan TEXT NOT NULL DEFAULT '',
    latitude REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude REAL CHECK (longitude BETWEEN -180 AND 180),
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'under_review', 'decided')),
    author TEXT NOT NULL DEFAULT '',
    
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL

, search_text TEXT NOT NULL DEFAULT '', merged_into TEXT REFERENCES proposals (uuid) DEFERRABLE INITIALLY DEFERRED);
-- table scores
CREATE TABLE scores (
    uuid TEXT PRIMARY KEY,
    evaluation_uuid TEXT NOT NULL REFERENCES evaluations (uuid) ON DELETE CASCADE,
    subcriterion_id TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (typeof(level) = 'integer' AND level BETWEEN 0 AND 20),
    justification TEXT NOT NULL DEFAULT '',
    
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
,
    UNIQUE (evaluation_uuid, subcriterion_id)
);
-- table sqlite_sequence
CREATE TABLE sqlite_sequence(name,seq);
-- table trusted_keys
CREATE TABLE trusted_keys (
    fingerprint TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT,
    revoke_reason TEXT
, encryption_key TEXT);
-- trigger audit_log_no_delete
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
-- trigger audit_log_no_update
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
-- trigger proposal_criterion_scores_delete
CREATE TRIGGER proposal_criterion_scores_delete AFTER DELETE ON proposal_criterion_scores
BEGIN DELETE FROM portfolio_scores; END;
-- trigger proposal_criterion_scores_insert
CREATE TRIGGER proposal_criterion_scores_insert AFTER INSERT ON proposal_criterion_scores
BEGIN DELETE FROM portfolio_scores; END;
-- trigger proposal_criterion_scores_update
CREATE TRIGGER proposal_criterion_scores_update AFTER UPDATE ON proposal_criterion_scores
BEGIN DELETE FROM portfolio_scores; END;
-- trigger proposals_former_code
CREATE TRIGGER proposals_former_code AFTER UPDATE OF code ON proposals WHEN old.code <> new.code BEGIN
    INSERT OR IGNORE INTO former_codes (code, proposal_uuid) VALUES (old.code, old.uuid);
END;
