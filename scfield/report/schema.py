"""Schema migrations owned by reports and sign-off (registered after sync's).

``signatures`` keeps every sign-off of an assessment, including those an
amendment has superseded: the fingerprint and the canonical content that was
signed stay, so that ``scfield verify`` can say what changed since a page was
printed; since m005 also the signer's certificate and the signature their key made
(``scfield.report.keys``). ``roadmaps`` holds the short / medium / long-term roadmap the assessor
writes before printing; it is part of the signed content. ``signatories`` (m006) lists
who is to sign the printed summary; it is not part of the signed content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scfield.store.schema import RECORD_COLUMNS

if TYPE_CHECKING:
    from sqlite_utils import Database


def m004_report_signatures_roadmaps(db: Database) -> None:
    """Sign-offs (with the signed snapshot) and the printed roadmap."""
    db.executescript(f"""
    CREATE TABLE signatures (
        {RECORD_COLUMNS},
        assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        signer_name TEXT NOT NULL,
        signer_role TEXT NOT NULL DEFAULT '',
        signer_organisation TEXT NOT NULL DEFAULT '',
        signed_at TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        content TEXT NOT NULL,
        superseded_at TEXT,
        amend_reason TEXT NOT NULL DEFAULT '',
        amended_by TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX signatures_assessment ON signatures(assessment_id);
    CREATE INDEX signatures_fingerprint ON signatures(fingerprint);
    CREATE TABLE roadmaps (
        {RECORD_COLUMNS},
        assessment_id TEXT NOT NULL UNIQUE REFERENCES assessments(id) ON DELETE CASCADE,
        short_term TEXT NOT NULL DEFAULT '',
        medium_term TEXT NOT NULL DEFAULT '',
        long_term TEXT NOT NULL DEFAULT ''
    );
    """)


def m005_report_key_signatures(db: Database) -> None:
    """Each signature row carries the signer's X.509 certificate (PEM) and the key's
    signature (base64) over the fingerprint and who signed when: rows written before
    keep both empty, and ``verify`` says they were not signed with a key."""
    db.executescript("""
    ALTER TABLE signatures ADD COLUMN certificate TEXT NOT NULL DEFAULT '';
    ALTER TABLE signatures ADD COLUMN key_signature TEXT NOT NULL DEFAULT '';
    """)


def m008_report_signatories(db: Database) -> None:
    """Who is to sign the summary (``scfield.report.signatories``): one box each on the
    sign-off page, assessors and counterparts, instead of names cut from the Team text."""
    db.executescript(f"""
    CREATE TABLE signatories (
        {RECORD_COLUMNS},
        assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        counterpart INTEGER NOT NULL DEFAULT 0 CHECK (counterpart IN (0, 1))
    );
    CREATE INDEX signatories_assessment ON signatories(assessment_id);
    """)


MIGRATIONS = (m004_report_signatures_roadmaps, m005_report_key_signatures,
              m008_report_signatories)
