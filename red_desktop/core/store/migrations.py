"""Numbered schema migrations. A shipped migration is never edited: add the next one instead."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite_utils loads pandas; the migrations run on a Database the store has made already
    from sqlite_utils import Database

# "RED1" as a big-endian integer, written to the SQLite header so other programs' files are told apart.
APPLICATION_ID = 0x52454431

_STAMP = """
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
"""


def _m001_initial_schema(db: Database) -> None:
    db.executescript(f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE evaluators (
    uuid TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    {_STAMP}
);
CREATE TABLE proposals (
    uuid TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
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
    {_STAMP}
);
CREATE INDEX proposals_country ON proposals (country);
CREATE INDEX proposals_region_type ON proposals (region_type);
CREATE INDEX proposals_status ON proposals (status);
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
    {_STAMP}
);
CREATE INDEX actors_proposal ON actors (proposal_uuid, position);
CREATE TABLE evaluations (
    uuid TEXT PRIMARY KEY,
    proposal_uuid TEXT NOT NULL REFERENCES proposals (uuid),
    evaluator_uuid TEXT NOT NULL REFERENCES evaluators (uuid),
    rubric_id TEXT NOT NULL,
    rubric_version TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('draft', 'final')),
    {_STAMP},
    UNIQUE (proposal_uuid, evaluator_uuid, rubric_id, rubric_version)
);
CREATE INDEX evaluations_evaluator ON evaluations (evaluator_uuid);
CREATE TABLE scores (
    uuid TEXT PRIMARY KEY,
    evaluation_uuid TEXT NOT NULL REFERENCES evaluations (uuid) ON DELETE CASCADE,
    subcriterion_id TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (typeof(level) = 'integer' AND level BETWEEN 0 AND 20),
    justification TEXT NOT NULL DEFAULT '',
    {_STAMP},
    UNIQUE (evaluation_uuid, subcriterion_id)
);
CREATE TABLE gate_overrides (
    uuid TEXT PRIMARY KEY,
    proposal_uuid TEXT NOT NULL UNIQUE REFERENCES proposals (uuid) ON DELETE CASCADE,
    rationale TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
    {_STAMP}
);
CREATE TABLE decisions (
    uuid TEXT PRIMARY KEY,
    proposal_uuid TEXT NOT NULL UNIQUE REFERENCES proposals (uuid),
    kind TEXT NOT NULL CHECK (kind IN ('approve', 'approve_with_conditions', 'defer', 'reject')),
    rationale TEXT NOT NULL,
    conditions TEXT NOT NULL DEFAULT '',
    decided_on TEXT NOT NULL,
    members_present TEXT NOT NULL DEFAULT '[]',
    {_STAMP}
);
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
CREATE INDEX audit_log_entity ON audit_log (entity_uuid);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
""")


def _m002_search_scores_attachments(db: Database) -> None:
    """Folded search text on proposals, a derived score summary per proposal, attachments by SHA-256."""
    db.executescript(f"""
ALTER TABLE proposals ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
-- Covering indexes of the proposal list, so a list query never reads the wide (~5 KB) proposal rows:
-- every list column but the search text, and the search text with what a search is combined with.
CREATE INDEX proposals_list ON proposals (code, country, region_type, priority_area, status, uuid, title,
    region_name, executing_agency, requested_amount, counterpart_public, counterpart_private, updated_at);
CREATE INDEX proposals_search ON proposals (code, search_text, country, region_type, priority_area, status, uuid);
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
CREATE INDEX proposal_scores_total ON proposal_scores (total);
CREATE INDEX proposal_scores_list ON proposal_scores (proposal_uuid, evaluations, finals, total);
CREATE TABLE attachments (
    uuid TEXT PRIMARY KEY,
    proposal_uuid TEXT NOT NULL REFERENCES proposals (uuid) ON DELETE CASCADE,
    filename TEXT NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
    media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    content BLOB NOT NULL,
    {_STAMP},
    UNIQUE (proposal_uuid, sha256)
);
CREATE INDEX attachments_proposal ON attachments (proposal_uuid);
""")
    _backfill_search_text(db)
    for statement in _SEARCH_INDEX:  # one by one: executescript would commit the migration half-way
        db.execute(statement)


# A trigram index of the search text answers a substring search of three characters or more without
# reading every proposal. Contentless (the text stays in proposals), kept in step by triggers; a
# contentless row is removed by restating what it held ('delete' with the old text).
_SEARCH_INDEX = (
    "CREATE VIRTUAL TABLE proposals_fts USING fts5(search_text, content='', tokenize='trigram')",
    """CREATE TRIGGER proposals_fts_insert AFTER INSERT ON proposals BEGIN
    INSERT INTO proposals_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END""",
    """CREATE TRIGGER proposals_fts_update AFTER UPDATE OF search_text ON proposals BEGIN
    INSERT INTO proposals_fts (proposals_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO proposals_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END""",
    """CREATE TRIGGER proposals_fts_delete AFTER DELETE ON proposals BEGIN
    INSERT INTO proposals_fts (proposals_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END""",
    "INSERT INTO proposals_fts (rowid, search_text) SELECT rowid, search_text FROM proposals",
)


def _backfill_search_text(db: Database) -> None:
    from red_desktop.core.text import search_text

    actors: dict[str, list[str]] = {}
    for proposal_uuid, name in db.execute("SELECT proposal_uuid, name FROM actors ORDER BY proposal_uuid, position"):
        actors.setdefault(proposal_uuid, []).append(name)
    rows = db.execute("SELECT uuid, code, title, region_name, executing_agency FROM proposals").fetchall()
    db.conn.executemany(
        "UPDATE proposals SET search_text = ? WHERE uuid = ?",
        [(search_text([*fields, *actors.get(uuid, [])]), uuid) for uuid, *fields in rows],
    )


def _m003_drop_trigram_index(db: Database) -> None:
    """The list searches its in-memory index (core/list_index.py): the trigram index only slowed every write."""
    for trigger in ("insert", "update", "delete"):
        db.execute(f"DROP TRIGGER proposals_fts_{trigger}")
    db.execute("DROP TABLE proposals_fts")


def _m004_import_sources(db: Database) -> None:
    """Where imported proposals came from, keyed by the submission identity, so a re-import updates in place."""
    # Statement by statement, not executescript, which would commit before the version is set.
    db.execute("""CREATE TABLE import_sources (
    submission_id TEXT PRIMARY KEY,
    proposal_uuid TEXT NOT NULL REFERENCES proposals (uuid),
    source TEXT NOT NULL,
    content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
    submitted_at TEXT,
    first_imported_at TEXT NOT NULL,
    last_imported_at TEXT NOT NULL
)""")
    db.execute("CREATE INDEX import_sources_proposal ON import_sources (proposal_uuid)")


def _m005_trusted_keys(db: Database) -> None:
    """The roster of evaluators' public keys this store trusts; a revoked key stays listed with who and why."""
    db.execute("""CREATE TABLE trusted_keys (
    fingerprint TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT,
    revoke_reason TEXT
)""")


def _m006_exchange(db: Database) -> None:
    """Exchange packages: each evaluator bound to the key that signs their work, the roster's encryption keys,
    and what merging packages needs to know (core/exchange/): every version of a record seen with the versions
    it descends from, the version last seen as current, versions in conflict with the current one (and the
    attachment contents they refer to), the version last shared, and the packages handled."""
    for statement in (
        "ALTER TABLE evaluators ADD COLUMN key_fingerprint TEXT",
        "CREATE UNIQUE INDEX evaluators_key ON evaluators (key_fingerprint) WHERE key_fingerprint IS NOT NULL",
        "ALTER TABLE trusted_keys ADD COLUMN encryption_key TEXT",
        f"""CREATE TABLE exchange_lineage (
    entity TEXT NOT NULL CHECK (entity IN {_EXCHANGED}),
    key TEXT NOT NULL,
    version TEXT NOT NULL CHECK (length(version) = 64),
    parents TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (entity, key, version)
)""",
        f"""CREATE TABLE exchange_heads (
    entity TEXT NOT NULL CHECK (entity IN {_EXCHANGED}),
    key TEXT NOT NULL,
    version TEXT NOT NULL CHECK (length(version) = 64),
    PRIMARY KEY (entity, key)
)""",
        f"""CREATE TABLE exchange_shared (
    entity TEXT NOT NULL CHECK (entity IN {_EXCHANGED}),
    key TEXT NOT NULL,
    version TEXT NOT NULL CHECK (length(version) = 64),
    PRIMARY KEY (entity, key)
)""",
        f"""CREATE TABLE exchange_conflicts (
    entity TEXT NOT NULL CHECK (entity IN {_EXCHANGED}),
    key TEXT NOT NULL,
    version TEXT NOT NULL CHECK (length(version) = 64),
    record TEXT NOT NULL,
    author TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (entity, key, version)
)""",
        """CREATE TABLE exchange_blobs (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    content BLOB NOT NULL
)""",
        """CREATE TABLE exchange_packages (
    package_id TEXT PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    author_fingerprint TEXT NOT NULL,
    author_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    handled_at TEXT NOT NULL,
    handled_by TEXT NOT NULL,
    file_name TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '{}'
)""",
    ):
        db.execute(statement)


_EXCHANGED = "('proposal', 'evaluation', 'decision', 'gate_override')"


def _m007_codes_are_labels(db: Database) -> None:
    """A proposal's identity is its uuid; its code is a label two stores may give two proposals at once (two
    laptops numbering offline), until the committee settles it (core/codes.py). So the code is no longer unique,
    a proposal merged into another names it, and a replaced code stays findable in former_codes: every code a
    version of the proposal carried that this store saw (saved here, or received), whatever the order."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'proposals'").fetchone()[0]
    unique = "code TEXT NOT NULL UNIQUE,"
    if unique not in sql:
        raise RuntimeError("unexpected proposals table: " + sql)
    rebuilt = re.sub(r'^CREATE TABLE\s+("proposals"|proposals)', "CREATE TABLE proposals_new", sql)
    rebuilt = rebuilt.replace(unique, "code TEXT NOT NULL,")
    indexes = [
        row[0]
        for row in db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'proposals' AND sql IS NOT NULL"
        )
    ]
    columns = [row[1] for row in db.execute("PRAGMA table_info(proposals)")]
    names = ", ".join(columns)
    for statement in (
        rebuilt,
        f"INSERT INTO proposals_new (rowid, {names}) SELECT rowid, {names} FROM proposals",
        "DROP TABLE proposals",
        "ALTER TABLE proposals_new RENAME TO proposals",
        *indexes,
        "CREATE INDEX proposals_code ON proposals (code)",
        "ALTER TABLE proposals ADD COLUMN merged_into TEXT REFERENCES proposals (uuid) DEFERRABLE INITIALLY DEFERRED",
        "CREATE INDEX proposals_merged ON proposals (merged_into) WHERE merged_into IS NOT NULL",
        """CREATE TABLE former_codes (
    code TEXT NOT NULL,
    proposal_uuid TEXT NOT NULL REFERENCES proposals (uuid) ON DELETE CASCADE,
    PRIMARY KEY (code, proposal_uuid)
)""",
        "CREATE INDEX former_codes_proposal ON former_codes (proposal_uuid)",
        """CREATE TRIGGER proposals_former_code AFTER UPDATE OF code ON proposals WHEN old.code <> new.code BEGIN
    INSERT OR IGNORE INTO former_codes (code, proposal_uuid) VALUES (old.code, old.uuid);
END""",
    ):
        db.execute(statement)


def _m008_criterion_scores(db: Database) -> None:
    """Each proposal's committee score per criterion beside its total, and the portfolio's figures derived from them,
    so a proposal's sheet reads its rank and the portfolio average instead of aggregating every evaluation (issue 19).

    The portfolio figures are a cache of the criterion scores: any change to those empties it (triggers), and the
    next refresh of the summaries computes it again. A store with committee totals already has summaries without
    criterion scores: its totals and counts stay as they are (the list shows them) and the meta key below says
    the summaries are not current (ScoreSummaries.is_current) until a refresh of every proposal fills them."""
    for statement in (
        """CREATE TABLE proposal_criterion_scores (
    proposal_uuid TEXT NOT NULL REFERENCES proposal_scores (proposal_uuid) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL,
    score REAL,
    PRIMARY KEY (proposal_uuid, criterion_id)
) WITHOUT ROWID""",
        # Which rubrics the summaries were computed with, answered by min() and max() (ScoreSummaries.is_current).
        "CREATE INDEX proposal_scores_rubric ON proposal_scores (rubric_id, rubric_version)",
        """CREATE TABLE portfolio_scores (
    criterion_id TEXT PRIMARY KEY,
    proposals INTEGER NOT NULL CHECK (proposals >= 0),
    average REAL
)""",
        *(
            f"""CREATE TRIGGER proposal_criterion_scores_{event} AFTER {event.upper()} ON proposal_criterion_scores
BEGIN DELETE FROM portfolio_scores; END"""
            for event in ("insert", "update", "delete")
        ),
        """INSERT INTO meta (key, value) SELECT 'score_summaries_without_criteria', '8'
    WHERE EXISTS (SELECT 1 FROM proposal_scores WHERE finals > 0)""",
    ):
        db.execute(statement)


def _m009_interests_assignments(db: Database) -> None:
    """Issue 21: declared conflicts of interest (with a proposal, an executing agency or an actor, by name), who is
    assigned which proposal and by when, the languages an evaluator reads, the committee members a decision recused;
    the exchange tables learn the two new kinds of record (their CHECK is rebuilt: SQLite cannot alter one).

    Interests and assignments name their evaluator by uuid and by name, without a reference to the evaluators
    table: a laptop receives the committee's assignments before it knows the other evaluators, and knows itself by
    name until its first package binds it (core/assigned.py). Neither is ever deleted: withdrawn with a reason or
    made inactive, a new version of the record, which travels as any change does."""
    exchanged = "('proposal', 'evaluation', 'decision', 'gate_override', 'interest', 'assignment')"
    statements = [
        f"""CREATE TABLE interests (
    uuid TEXT PRIMARY KEY,
    evaluator_uuid TEXT NOT NULL,
    evaluator_name TEXT NOT NULL CHECK (length(trim(evaluator_name)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('proposal', 'agency', 'actor')),
    proposal_uuid TEXT,
    subject TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    withdrawn_at TEXT,
    withdrawn_reason TEXT NOT NULL DEFAULT '',
    {_STAMP},
    CHECK ((kind = 'proposal') = (proposal_uuid IS NOT NULL)),
    CHECK (kind = 'proposal' OR length(trim(subject)) > 0)
)""",
        "CREATE INDEX interests_evaluator ON interests (evaluator_uuid)",
        "CREATE INDEX interests_proposal ON interests (proposal_uuid) WHERE proposal_uuid IS NOT NULL",
        f"""CREATE TABLE assignments (
    uuid TEXT PRIMARY KEY,
    proposal_uuid TEXT NOT NULL,
    evaluator_uuid TEXT NOT NULL,
    evaluator_name TEXT NOT NULL CHECK (length(trim(evaluator_name)) > 0),
    due_on TEXT CHECK (due_on IS NULL OR due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    {_STAMP},
    UNIQUE (proposal_uuid, evaluator_uuid)
)""",
        "CREATE INDEX assignments_evaluator ON assignments (evaluator_uuid)",
        "ALTER TABLE evaluators ADD COLUMN reads TEXT",  # JSON list of language codes; NULL: not said
        "ALTER TABLE decisions ADD COLUMN members_recused TEXT NOT NULL DEFAULT '[]'",
    ]
    for table in ("exchange_lineage", "exchange_heads", "exchange_shared", "exchange_conflicts"):
        sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()[0]
        if _EXCHANGED not in sql:
            raise RuntimeError(f"unexpected {table} table: {sql}")
        rebuilt = re.sub(rf'^CREATE TABLE\s+("{table}"|{table})', f"CREATE TABLE {table}_new", sql)
        rebuilt = rebuilt.replace(_EXCHANGED, exchanged)
        statements += [
            rebuilt,
            f"INSERT INTO {table}_new SELECT * FROM {table}",
            f"DROP TABLE {table}",
            f"ALTER TABLE {table}_new RENAME TO {table}",
        ]
    for statement in statements:
        db.execute(statement)


# Migrations that rebuild a table others refer to run with foreign keys off (SQLite's 12-step procedure): the
# references are checked before the transaction commits.
REBUILDS = frozenset({7})


MIGRATIONS: tuple[Callable[[Database], None], ...] = (
    _m001_initial_schema,
    _m002_search_scores_attachments,
    _m003_drop_trigram_index,
    _m004_import_sources,
    _m005_trusted_keys,
    _m006_exchange,
    _m007_codes_are_labels,
    _m008_criterion_scores,
    _m009_interests_assignments,
)
LATEST_VERSION = len(MIGRATIONS)


def schema_version(db: Database | sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database) -> list[int]:
    """Apply every pending migration, each in its own transaction with its version number. Returns those applied."""
    applied = []
    for number, migration in enumerate(MIGRATIONS, start=1):
        if number <= schema_version(db):
            continue
        keys_on = bool(db.execute("PRAGMA foreign_keys").fetchone()[0])
        if number in REBUILDS:
            db.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction
        try:
            with db.atomic():
                migration(db)
                broken = db.execute("PRAGMA foreign_key_check").fetchall() if number in REBUILDS else []
                if broken:
                    raise RuntimeError(f"migration {number} broke references: {broken[:3]}")
                db.execute(f"PRAGMA user_version = {number}")
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        finally:
            db.execute(f"PRAGMA foreign_keys = {'ON' if keys_on else 'OFF'}")
        applied.append(number)
    return applied
