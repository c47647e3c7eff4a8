"""The database schema, as an ordered list of migrations.

A database is upgraded in place by applying the migrations it has not seen,
each in its own transaction (sqlite-utils ``Migrations``). A migration, once
released, is never edited: a change to the schema is a new migration at the end
of the list. ``known_migrations()`` lets ``open_store`` refuse a database written
by a newer scfield instead of corrupting it.

Feature packages own their part of the schema and register it here
(``register_migrations``); the store names none of them. ``scfield.features``,
imported with the package root by the CLI, the app and every script alike, does
the registering, so no database is ever opened knowing only part of its schema.

Migrations are plain functions, registered with sqlite-utils only when one has
to run (``migration_set``): opening an up-to-date database then never imports
sqlite-utils, which is ~40 ms of the desktop app's start (see ``Store.db``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "scfield"
APP_ID = "scfield"

# Columns every record that travels between machines carries.
RECORD_COLUMNS = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 1
"""


def m001_core(db: Database) -> None:
    """The first schema: assessments, interviews, evidence, ratings, attachments, audit."""
    db.executescript(f"""
    CREATE TABLE meta (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    );
    CREATE TABLE assessments (
        {RECORD_COLUMNS},
        title TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        level TEXT NOT NULL DEFAULT 'city' CHECK (level IN ('country', 'city')),
        start_date TEXT NOT NULL DEFAULT '',
        end_date TEXT NOT NULL DEFAULT '',
        team TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed', 'amended')),
        framework_id TEXT NOT NULL,
        framework_version TEXT NOT NULL,
        language TEXT NOT NULL DEFAULT 'en',
        population TEXT NOT NULL DEFAULT '',
        economy TEXT NOT NULL DEFAULT '',
        existing_assets TEXT NOT NULL DEFAULT '',
        implementing_entities TEXT NOT NULL DEFAULT '',
        profile_notes TEXT NOT NULL DEFAULT '',
        previous_id TEXT REFERENCES assessments(id) ON DELETE SET NULL
    );
    CREATE TABLE interviews (
        {RECORD_COLUMNS},
        assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        date TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        interviewer TEXT NOT NULL DEFAULT '',
        interviewee TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        helix_group TEXT NOT NULL DEFAULT 'public'
            CHECK (helix_group IN ('public', 'private', 'academia', 'citizen')),
        consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
        confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
        elements TEXT NOT NULL DEFAULT '',
        last_element INTEGER
    );
    CREATE INDEX interviews_assessment ON interviews(assessment_id);
    CREATE TABLE evidence (
        {RECORD_COLUMNS},
        interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
        element INTEGER NOT NULL CHECK (element >= 1),
        score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 4),
        note TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        confidence TEXT NOT NULL DEFAULT 'medium'
            CHECK (confidence IN ('high', 'medium', 'low'))
    );
    CREATE INDEX evidence_interview_element ON evidence(interview_id, element);
    CREATE TABLE ratings (
        {RECORD_COLUMNS},
        assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        element INTEGER NOT NULL CHECK (element >= 1),
        score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 4),
        rationale TEXT NOT NULL DEFAULT '',
        confidence TEXT NOT NULL DEFAULT 'medium'
            CHECK (confidence IN ('high', 'medium', 'low')),
        set_by TEXT NOT NULL DEFAULT '',
        UNIQUE (assessment_id, element)
    );
    CREATE TABLE attachments (
        {RECORD_COLUMNS},
        evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
        filename TEXT NOT NULL,
        media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        data BLOB NOT NULL
    );
    CREATE INDEX attachments_evidence ON attachments(evidence_id);
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        table_name TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        reason TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_record ON audit(record_id);
    """)


def m002_search_and_score_cache(db: Database) -> None:
    """Full-text search over evidence, and a cache of each assessment's scores.

    The trigram tokenizer finds substrings in scripts written without spaces
    (Thai, Japanese) where FTS5's default tokenizer finds nothing. The FTS
    table keeps its own copy of the text, keyed by the evidence id, so that it
    never depends on rowids (which VACUUM may renumber).

    ``score_cache`` holds each assessment's overall score and stage so that the
    list of 1,000 assessments does not re-read 300,000 evidence rows; triggers
    drop an assessment's row whenever its evidence, interviews or ratings change.
    """
    db.executescript("""
    CREATE VIRTUAL TABLE evidence_fts USING fts5(
        note, source, evidence_id UNINDEXED, tokenize = 'trigram'
    );
    INSERT INTO evidence_fts (note, source, evidence_id) SELECT note, source, id FROM evidence;
    CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN
        INSERT INTO evidence_fts (note, source, evidence_id)
        VALUES (new.note, new.source, new.id);
    END;
    CREATE TRIGGER evidence_fts_update AFTER UPDATE OF note, source ON evidence BEGIN
        DELETE FROM evidence_fts WHERE evidence_id = old.id;
        INSERT INTO evidence_fts (note, source, evidence_id)
        VALUES (new.note, new.source, new.id);
    END;
    CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence BEGIN
        DELETE FROM evidence_fts WHERE evidence_id = old.id;
    END;

    CREATE TABLE score_cache (
        assessment_id TEXT PRIMARY KEY NOT NULL
            REFERENCES assessments(id) ON DELETE CASCADE,
        framework_key TEXT NOT NULL,
        overall REAL,
        stage TEXT
    );
    CREATE TRIGGER score_cache_evidence_insert AFTER INSERT ON evidence BEGIN
        DELETE FROM score_cache WHERE assessment_id =
            (SELECT assessment_id FROM interviews WHERE id = new.interview_id);
    END;
    CREATE TRIGGER score_cache_evidence_update AFTER UPDATE OF score, element, interview_id
        ON evidence BEGIN
        DELETE FROM score_cache WHERE assessment_id IN
            (SELECT assessment_id FROM interviews WHERE id IN (old.interview_id,
                                                               new.interview_id));
    END;
    CREATE TRIGGER score_cache_evidence_delete AFTER DELETE ON evidence BEGIN
        DELETE FROM score_cache WHERE assessment_id =
            (SELECT assessment_id FROM interviews WHERE id = old.interview_id);
    END;
    CREATE TRIGGER score_cache_interview_delete AFTER DELETE ON interviews BEGIN
        DELETE FROM score_cache WHERE assessment_id = old.assessment_id;
    END;
    CREATE TRIGGER score_cache_rating_insert AFTER INSERT ON ratings BEGIN
        DELETE FROM score_cache WHERE assessment_id = new.assessment_id;
    END;
    CREATE TRIGGER score_cache_rating_update AFTER UPDATE ON ratings BEGIN
        DELETE FROM score_cache WHERE assessment_id IN (old.assessment_id, new.assessment_id);
    END;
    CREATE TRIGGER score_cache_rating_delete AFTER DELETE ON ratings BEGIN
        DELETE FROM score_cache WHERE assessment_id = old.assessment_id;
    END;
    CREATE TRIGGER score_cache_assessment_framework AFTER UPDATE OF framework_id,
        framework_version ON assessments BEGIN
        DELETE FROM score_cache WHERE assessment_id = new.id;
    END;
    """)


Migration = Callable[["Database"], None]

# The core's migrations. A tuple, not import statements, so that sorting imports can
# never reorder the schema.
CORE_MIGRATIONS: tuple[Migration, ...] = (m001_core, m002_search_and_score_cache)
# The features' migrations by name, with the feature that registered each.
_REGISTERED: dict[str, tuple[str, Migration]] = {}


def register_migrations(feature: str, migrations: tuple[Migration, ...]) -> None:
    """Add a feature's migrations (functions named ``mNNN_…``) to the schema.

    Numbered across features (m006 may belong to the sync, after the report's m005):
    the number, not the feature, gives the order. Registering the same function again
    changes nothing; a number already taken by another migration is a bug, refused.
    """
    taken = {fn.__name__[:4]: fn.__name__ for fn in all_migrations()}
    for fn in migrations:
        name = fn.__name__
        if len(name) < 5 or name[0] != "m" or not name[1:4].isdigit() or name[4] != "_":
            raise ValueError(f"{feature}: migration {name!r} is not named mNNN_…")
        if name[:4] in taken:
            if taken[name[:4]] == name:
                continue  # registered already (a module imported twice)
            raise ValueError(f"{feature}: migration {name} takes the number of "
                             f"{taken[name[:4]]}")
        taken[name[:4]] = name
        _REGISTERED[name] = (feature, fn)


def all_migrations() -> list[Migration]:
    """Every migration in the order it is applied; its name is its function's name."""
    found = list(CORE_MIGRATIONS) + [fn for _, fn in _REGISTERED.values()]
    return sorted(found, key=lambda fn: fn.__name__[:4])


def known_migrations() -> list[str]:
    return [fn.__name__ for fn in all_migrations()]


def migration_set() -> Migrations:
    """The migrations registered with sqlite-utils, which records what it applied."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for fn in all_migrations():
        migrations(name=fn.__name__)(fn)
    return migrations
