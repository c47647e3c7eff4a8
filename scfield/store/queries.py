"""Read models: what the list, the dashboard, the CLI and the report read.

``scorecard`` gathers one assessment's ratings and interview proposals and
hands them to the pure scoring functions. ``list_assessments`` reads overall
scores and stages from ``score_cache`` and fills in any that a write has
invalidated, so listing 1,000 assessments does not re-read every evidence row.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from scfield.errors import ScfieldError, StoreError
from scfield.excerpts import around
from scfield.framework import Framework, framework_for
from scfield.i18n import translated_framework
from scfield.messages import ENGLISH, messages
from scfield.scoring import Scorecard, score_assessment
from scfield.store.database import Store

SEARCH_LIMIT = 50


def framework_key(framework: Framework) -> str:
    """Identifies the rules a cached score was computed with (thresholds included)."""
    stages = ",".join(f"{s.key}:{s.min_score}:{s.min_domain_score}" for s in framework.stages)
    return f"{framework.id}@{framework.version}|{stages}|cov:{framework.min_coverage}"


def load_scorecard(store: Store, assessment: dict[str, Any],
                   language: str | None = None) -> Scorecard:
    """The scorecard; with ``language``, its names and sentences in that language
    (the report's), the numbers being the same in every language."""
    framework = framework_for(assessment["framework_id"], assessment["framework_version"])
    m = ENGLISH
    if language is not None:
        framework, m = translated_framework(framework, language), messages(language)
    ratings = {r[0]: r[1] for r in store.conn.execute(
        "SELECT element, score FROM ratings WHERE assessment_id = ?", [assessment["id"]])}
    proposals: dict[int, list[int | None]] = defaultdict(list)
    counts: dict[int, int] = defaultdict(int)
    for element, score in store.conn.execute(
            "SELECT e.element, e.score FROM evidence e JOIN interviews i "
            "ON i.id = e.interview_id WHERE i.assessment_id = ?", [assessment["id"]]):
        proposals[element].append(score)
        counts[element] += 1
    return score_assessment(framework, assessment["level"], ratings, proposals, counts, m)


def scorecard(store: Store, assessment_id: str) -> Scorecard:
    return load_scorecard(store, store.get("assessments", assessment_id))


@dataclass(frozen=True)
class AssessmentSummary:
    id: str
    title: str
    country: str
    city: str
    level: str
    status: str
    start_date: str
    updated_at: str
    overall: float | None
    stage: str | None      # stage key
    # (scored, elements) when scores exist but too few for a stage; None otherwise
    thin_coverage: tuple[int, int] | None = None

    def as_dict(self, framework_stage_name: str | None = None) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "country": self.country,
                "city": self.city, "level": self.level, "status": self.status,
                "stage": framework_stage_name,
                "overall": None if self.overall is None else round(self.overall, 2)}


def _refresh_cache(store: Store, missing: list[dict[str, Any]]) -> None:
    """Score what the cache lacks into the rows, and cache it if the file can be written now.

    Listing is a read: it never waits for another writer, and works on a
    read-only, full or damaged database (the scores are then just not kept).
    """
    values = []
    for row in missing:
        card = load_scorecard(store, row)
        framework = framework_for(row["framework_id"], row["framework_version"])
        row.update(overall=card.overall, stage=card.stage.key if card.stage else None)
        values.append([row["id"], framework_key(framework), row["overall"], row["stage"]])
    try:
        with store.transaction(wait=False):
            store.conn.executemany(
                "INSERT OR REPLACE INTO score_cache (assessment_id, framework_key, overall, "
                "stage) VALUES (?, ?, ?, ?)", values)
    except StoreError:
        pass


def summary_of(store: Store, assessment_id: str) -> AssessmentSummary | None:
    """One assessment's row of the list, re-scored (None once it is deleted)."""
    row = store.find("assessments", assessment_id)
    if row is None:
        return None
    card = load_scorecard(store, row)
    return AssessmentSummary(row["id"], row["title"], row["country"], row["city"],
                             row["level"], row["status"], row["start_date"],
                             row["updated_at"], card.overall,
                             card.stage.key if card.stage else None)


def list_assessments(store: Store) -> list[AssessmentSummary]:
    """All assessments, newest first, each with its overall score and stage."""
    sql = ("SELECT a.id, a.title, a.country, a.city, a.level, a.status, a.start_date, "
           "a.updated_at, a.framework_id, a.framework_version, "
           "c.framework_key, c.overall, c.stage FROM assessments a "
           "LEFT JOIN score_cache c ON c.assessment_id = a.id "
           "ORDER BY a.start_date DESC, a.title")
    rows = store.query(sql)
    keys: dict[tuple[str, str], str] = {}
    missing = []
    for row in rows:
        fw = (row["framework_id"], row["framework_version"])
        if fw not in keys:
            keys[fw] = framework_key(framework_for(*fw))
        if row["framework_key"] != keys[fw]:
            missing.append(row)
    if missing:
        _refresh_cache(store, missing)
    return [AssessmentSummary(r["id"], r["title"], r["country"], r["city"], r["level"],
                              r["status"], r["start_date"], r["updated_at"], r["overall"],
                              r["stage"], _thin_coverage(store, r)) for r in rows]


def _thin_coverage(store: Store, row: dict[str, Any]) -> tuple[int, int] | None:
    """How many elements are scored, for an assessment whose scores are too few for a
    stage (few rows: only those with a score and no stage are re-scored)."""
    if row["stage"] is not None or row["overall"] is None:
        return None
    card = load_scorecard(store, store.get("assessments", row["id"]))
    return (card.coverage.scored, card.coverage.elements)


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


@dataclass(frozen=True)
class SearchHit:
    evidence_id: str
    assessment_id: str
    assessment_title: str
    interview_id: str
    interviewee: str
    element: int
    element_name: str
    note: str
    snippet: str   # about 80 characters of the note around the hit, marked [like this]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_evidence(store: Store, text: str, limit: int = SEARCH_LIMIT,
                    assessment_id: str | None = None) -> list[SearchHit]:
    """Evidence notes (and sources) containing ``text``, in any script.

    Three characters or more use the trigram index; shorter text (a two-kanji
    Japanese word, say) falls back to a scan, which is still fast enough.
    """
    text = text.strip()
    if not text:
        return []
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
    return [_hit(row, text) for row in store.query(sql, params)]


def _hit(row: dict[str, Any], text: str) -> SearchHit:
    """A hit with enough of its note to recognise it (FTS5's snippet() counts trigram
    tokens, which left about three characters each side of the hit)."""
    source = row.pop("source") or ""
    framework = (row.pop("framework_id"), row.pop("framework_version"))
    try:
        element_name = framework_for(*framework).element(row["element"]).name
    except (ScfieldError, KeyError):
        element_name = ""
    note = row["note"] or ""
    if text.casefold() not in note.casefold() and text.casefold() in source.casefold():
        snippet = around(source, text)   # the hit is in the document cited
    else:
        snippet = around(note, text)
    return SearchHit(**row, element_name=element_name, snippet=snippet)
