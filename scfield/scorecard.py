"""Scorecards and the list of assessments: the store's rows, scored (and translated).

The store only stores (``scfield.store.queries`` reads rows); this module is where
those rows meet the framework and the pure scoring functions. The CLI (``show``,
``list``), the app's list and dashboard, the report, the office summary workbook,
compare and reassess all call the functions here, so every one of them shows the
same numbers.

``list_assessments`` reads overall scores and stages from ``score_cache`` and
fills in any that a write has invalidated, so listing 1,000 assessments does not
re-read every evidence row.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from scfield.framework import Framework, framework_for
from scfield.i18n import translated_framework
from scfield.messages import ENGLISH, messages
from scfield.scoring import Scorecard, score_assessment
from scfield.store import queries
from scfield.store.database import Store


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
    ratings = queries.rating_scores(store, assessment["id"])
    proposals: dict[int, list[int | None]] = defaultdict(list)
    counts: dict[int, int] = defaultdict(int)
    for element, score in queries.evidence_scores(store, assessment["id"]):
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
    """Score what the cache lacks into the rows, and cache it if the file can be written
    now (listing is a read: see ``queries.cache_scores``)."""
    values = []
    for row in missing:
        card = load_scorecard(store, row)
        framework = framework_for(row["framework_id"], row["framework_version"])
        row.update(overall=card.overall, stage=card.stage.key if card.stage else None)
        values.append((row["id"], framework_key(framework), row["overall"], row["stage"]))
    queries.cache_scores(store, values)


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
    rows = queries.assessments_with_cached_scores(store)
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
