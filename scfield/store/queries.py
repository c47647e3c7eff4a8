"""Plain reads of what the store holds: rows in, rows out.

The store is persistence only: scoring, translation and naming elements happen
above it (``scfield.scorecard``, ``scfield.search``), from the rows read here.
``score_cache`` is kept here as a table like any other: which framework rules
a cached score belongs to is the caller's business (``framework_key``).
"""

from __future__ import annotations

from typing import Any

from scfield.errors import StoreError
from scfield.store.database import Store


def rating_scores(store: Store, assessment_id: str) -> dict[int, int | None]:
    """The assessor's consolidated score per element (None where none is set)."""
    return {r[0]: r[1] for r in store.conn.execute(
        "SELECT element, score FROM ratings WHERE assessment_id = ?", [assessment_id])}


def evidence_scores(store: Store, assessment_id: str) -> list[tuple[int, int | None]]:
    """(element, score) of every evidence note of the assessment's interviews."""
    return [(r[0], r[1]) for r in store.conn.execute(
        "SELECT e.element, e.score FROM evidence e JOIN interviews i "
        "ON i.id = e.interview_id WHERE i.assessment_id = ?", [assessment_id])]


def assessments_with_cached_scores(store: Store) -> list[dict[str, Any]]:
    """Every assessment's list columns, newest first, with its ``score_cache`` row
    (``framework_key``, ``overall``, ``stage``: None where nothing is cached)."""
    return store.query(
        "SELECT a.id, a.title, a.country, a.city, a.level, a.status, a.start_date, "
        "a.updated_at, a.framework_id, a.framework_version, "
        "c.framework_key, c.overall, c.stage FROM assessments a "
        "LEFT JOIN score_cache c ON c.assessment_id = a.id "
        "ORDER BY a.start_date DESC, a.title")


def cache_scores(store: Store,
                 values: list[tuple[str, str, float | None, str | None]]) -> bool:
    """Keep (assessment id, framework key, overall, stage) rows in ``score_cache`` if the
    file can be written now; False when it cannot.

    Filling the cache is a side effect of a read: it never waits for another writer, and
    a read-only, full or damaged database just does not keep the scores.
    """
    try:
        with store.transaction(wait=False):
            store.conn.executemany(
                "INSERT OR REPLACE INTO score_cache (assessment_id, framework_key, overall, "
                "stage) VALUES (?, ?, ?, ?)", values)
    except StoreError:
        return False
    return True


def interviews_of(store: Store, assessment_id: str) -> list[dict[str, Any]]:
    return store.query("SELECT * FROM interviews WHERE assessment_id = ? "
                       "ORDER BY date, created_at", [assessment_id])


def evidence_of(store: Store, assessment_id: str) -> list[dict[str, Any]]:
    """Every evidence note of an assessment with who said it, in element order."""
    return store.query(
        "SELECT e.*, i.interviewee, i.role, i.organisation, i.helix_group, i.confidential, "
        "i.date AS interview_date FROM evidence e JOIN interviews i ON i.id = e.interview_id "
        "WHERE i.assessment_id = ? ORDER BY e.element, i.date, e.created_at", [assessment_id])


def notes_of_interview(store: Store, interview_id: str) -> list[dict[str, Any]]:
    """One interview's evidence (element, score, note, source, confidence), newest first:
    what the interview guide shows and edits."""
    return store.query("SELECT element, score, note, source, confidence FROM evidence "
                       "WHERE interview_id = ? ORDER BY created_at DESC, id DESC",
                       [interview_id])


def elements_covered(store: Store, assessment_id: str) -> dict[str, int]:
    """Per interview of the assessment, how many elements it has notes on."""
    return {r["interview_id"]: r["n"] for r in store.query(
        "SELECT e.interview_id, COUNT(DISTINCT e.element) AS n FROM evidence e "
        "JOIN interviews i ON i.id = e.interview_id WHERE i.assessment_id = ? "
        "GROUP BY e.interview_id", [assessment_id])}


def interview_in(store: Store, interview_id: str, assessment_id: str) -> bool:
    """Does this interview (still) belong to this assessment?"""
    return bool(store.query("SELECT 1 FROM interviews WHERE id = ? AND assessment_id = ?",
                            [interview_id, assessment_id]))


def has_assessments(store: Store) -> bool:
    return bool(store.query("SELECT 1 FROM assessments LIMIT 1"))


def assessment_ids_newest_first(store: Store) -> list[str]:
    """Every assessment, newest start date first: the order ``report --all`` writes in."""
    return [r["id"] for r in store.query(
        "SELECT id FROM assessments ORDER BY start_date DESC, title")]


def ratings_of(store: Store, assessment_id: str) -> dict[int, dict[str, Any]]:
    return {r["element"]: r for r in store.query(
        "SELECT * FROM ratings WHERE assessment_id = ?", [assessment_id])}


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def evidence_containing(store: Store, text: str, limit: int,
                        assessment_id: str | None = None) -> list[dict[str, Any]]:
    """Evidence rows whose note or source contains ``text`` (stripped, not empty), in any
    script, with their interview, assessment and framework.

    Three characters or more use the trigram index; shorter text (a two-kanji
    Japanese word, say) falls back to a scan, which is still fast enough.
    """
    base = ("SELECT e.id AS evidence_id, i.assessment_id, a.title AS assessment_title, "
            "e.interview_id, i.interviewee, e.element, e.note, e.source, "
            "a.framework_id, a.framework_version "
            "FROM {source} JOIN interviews i ON i.id = e.interview_id "
            "JOIN assessments a ON a.id = i.assessment_id WHERE {where}")
    params: list[Any]
    if len(text) >= 3:
        phrase = '"' + text.replace('"', '""') + '"'
        sql = base.format(
            source="evidence_fts f JOIN evidence e ON e.id = f.evidence_id",
            where="evidence_fts MATCH ?")
        params = [phrase]
    else:
        sql = base.format(source="evidence e",
                          where="(e.note LIKE ? ESCAPE '\\' OR e.source LIKE ? ESCAPE '\\')")
        pattern = f"%{_like_escape(text)}%"
        params = [pattern, pattern]
    if assessment_id:
        sql += " AND i.assessment_id = ?"
        params.append(assessment_id)
    sql += " LIMIT ?"
    params.append(limit)
    return store.query(sql, params)
