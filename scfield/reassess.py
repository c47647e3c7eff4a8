"""Starting a re-assessment from a previous one, and what the previous one said.

A re-assessment is a new draft of the same place: ``start_reassessment`` copies
the previous assessment's profile, level and team, links it (``previous_id``)
and nothing else — interviews, evidence and ratings start empty, because the
city is assessed again, not edited.

``previous_reference`` gives, element by element, the previous score and the
assessor's rationale. The interview guide and the consolidation show it as a
*reference*: it is never a proposal, never pre-fills a score, and scoring never
reads it (scores come only from the assessment's own ratings and interviews).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from scfield.framework import framework_for
from scfield.scorecard import load_scorecard
from scfield.store.database import Store
from scfield.store.queries import ratings_of
from scfield.store.records import create_assessment

# What a re-assessment copies from the assessment it follows.
COPIED_FIELDS = ("country", "city", "level", "team", "language", "population", "economy",
                 "existing_assets", "implementing_entities", "profile_notes")


@dataclass(frozen=True)
class PreviousElement:
    """One element as the previous assessment left it."""

    assessment_id: str
    title: str
    date: str
    score: float | None
    provisional: bool
    rationale: str


def default_title(previous_title: str, year: int) -> str:
    """"… Assessment 2024" → "… Re-assessment 2025": the previous title with this year."""
    words = previous_title.split()
    if words and words[-1].isdigit() and len(words[-1]) == 4:
        words[-1] = str(year)
    else:
        words.append(str(year))
    title = " ".join(words)
    if "Re-assessment" not in title:
        title = title.replace("Assessment", "Re-assessment", 1)
    return title if title != previous_title else f"{title} (re-assessment)"


def start_reassessment(store: Store, previous_id: str, title: str | None = None,
                       today: date | None = None) -> str:
    """Create the new draft that re-assesses ``previous_id``; returns its id.

    It uses the previous assessment's framework version, so the two compare.
    """
    previous = store.get("assessments", previous_id)
    today = today or date.today()
    title = (title or "").strip() or default_title(previous["title"], today.year)
    framework = framework_for(previous["framework_id"], previous["framework_version"])
    fields = {k: previous[k] for k in COPIED_FIELDS}
    return create_assessment(store, framework, title=title, start_date=today.isoformat(),
                             previous_id=previous_id, **fields)


def previous_reference(store: Store, assessment_id: str) -> dict[int, PreviousElement]:
    """Element number → the previous assessment's score and rationale; {} if none."""
    row = store.get("assessments", assessment_id)
    previous = store.find("assessments", row["previous_id"]) if row["previous_id"] else None
    if previous is None:
        return {}
    card = load_scorecard(store, previous)
    ratings = ratings_of(store, previous["id"])
    return {e.number: PreviousElement(previous["id"], previous["title"],
                                      previous["start_date"], e.score, e.provisional,
                                      (ratings.get(e.number) or {}).get("rationale") or "")
            for e in card.elements}
