"""Schema migrations owned by the workbook sync (registered after the core's).

``sync_imports`` remembers each workbook that changed the database (file name,
SHA-256, who, when, what it did). ``sync_conflicts`` keeps a field changed both
in the office and in the field, with both values, until someone resolves it
with a reason; the record itself is never overwritten by the import.
Values are stored as JSON so that a score 3 and a text "3" stay distinct.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def m003_sync_imports_conflicts(db: Database) -> None:
    """Imported workbooks and merge conflicts."""
    db.executescript("""
    CREATE TABLE sync_imports (
        id TEXT PRIMARY KEY NOT NULL,
        assessment_id TEXT REFERENCES assessments(id) ON DELETE CASCADE,
        file TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        export_id TEXT NOT NULL DEFAULT '',
        who TEXT NOT NULL,
        at TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX sync_imports_sha ON sync_imports(sha256);
    CREATE TABLE sync_conflicts (
        id TEXT PRIMARY KEY NOT NULL,
        assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        table_name TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        base_value TEXT,
        office_value TEXT,
        field_value TEXT,
        file TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        resolution TEXT NOT NULL DEFAULT '',
        resolved_value TEXT,
        reason TEXT NOT NULL DEFAULT '',
        resolved_by TEXT NOT NULL DEFAULT '',
        resolved_at TEXT
    );
    CREATE INDEX sync_conflicts_assessment ON sync_conflicts(assessment_id, status);
    CREATE INDEX sync_conflicts_record ON sync_conflicts(record_id, field);
    """)


def m007_sync_imports_by_assessment(db: Database) -> None:
    """Find an assessment's imports without reading every import of the database: the
    report's provenance asks for them once per report, and ``report --all`` once per
    assessment."""
    db.execute("CREATE INDEX IF NOT EXISTS sync_imports_assessment "
               "ON sync_imports(assessment_id, at)")


MIGRATIONS = (m003_sync_imports_conflicts, m007_sync_imports_by_assessment)
