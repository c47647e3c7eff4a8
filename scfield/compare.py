"""Did the city move? Assessments side by side: element by element, domain by domain.

One Qt-free function, ``compare_assessments``, is what ``scfield compare``, the
app's Compare view, the report's *Progress since …* section and the office
summary's comparison sheet all read, so that every place shows the same numbers.

Two shapes of comparison use it:

* a **re-assessment** and the assessment it follows (linked by ``previous_id``):
  the change of every score and stage, and the assessor's rationale for each
  element in both, which explains the change;
* a **cross-city benchmark**: two or more assessments (of any places) on the same
  framework version, with the median of the group for each element and domain.

Assessments made with different framework versions are refused: the same element
number may not mean the same thing, and the thresholds of the stages may differ.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from scfield.errors import N_, ScfieldError
from scfield.framework import Framework, framework_for
from scfield.scoring import Coverage, Scorecard
from scfield.store.database import Store
from scfield.store.queries import load_scorecard, ratings_of

# A change smaller than this (scores are means of whole numbers) is no change.
EPSILON = 1e-9


class CompareError(ScfieldError):
    """Assessments that cannot be compared (different framework versions, the same one twice)."""


@dataclass(frozen=True)
class ComparedAssessment:
    id: str
    title: str
    city: str
    country: str
    level: str
    date: str
    previous_id: str | None
    card: Scorecard

    @property
    def stage(self) -> str | None:
        return self.card.stage.name if self.card.stage else None

    @property
    def overall(self) -> float | None:
        return self.card.overall

    @property
    def label(self) -> str:
        """A column heading: place and year (the full date is in the summary)."""
        place = self.city or self.country or self.title
        return f"{place} {self.date[:4]}".strip()

    @property
    def coverage(self) -> Coverage:
        """Elements scored and with evidence, over the whole framework."""
        return Coverage(sum(1 for e in self.card.elements if e.score is not None),
                        sum(1 for e in self.card.elements if e.evidence_count),
                        len(self.card.elements))


@dataclass(frozen=True)
class DomainRow:
    key: str
    name: str
    scores: tuple[float | None, ...]
    stages: tuple[str | None, ...]
    coverage: tuple[Coverage, ...]
    change: float | None
    median: float | None


@dataclass(frozen=True)
class ElementRow:
    number: int
    domain: str          # the domain's name
    name: str
    scores: tuple[float | None, ...]
    provisional: tuple[bool, ...]
    rationales: tuple[str, ...]     # the assessor's consolidated rationale, "" if none
    change: float | None
    median: float | None

    @property
    def moved(self) -> bool:
        return self.change is not None and abs(self.change) > EPSILON


@dataclass(frozen=True)
class Comparison:
    framework: Framework
    assessments: tuple[ComparedAssessment, ...]
    domains: tuple[DomainRow, ...]
    elements: tuple[ElementRow, ...]
    overall_change: float | None
    overall_median: float | None

    @property
    def is_reassessment(self) -> bool:
        """Each assessment after the first follows the one before it (previous_id)."""
        a = self.assessments
        return len(a) >= 2 and all(a[i].previous_id == a[i - 1].id for i in range(1, len(a)))

    @property
    def stage_changed(self) -> bool:
        return self.assessments[0].stage != self.assessments[-1].stage

    def moved(self) -> list[ElementRow]:
        """Elements whose score changed from the first assessment to the last, biggest first."""
        return sorted((e for e in self.elements if e.moved),
                      key=lambda e: (-abs(e.change or 0.0), e.number))

    def as_dict(self) -> dict[str, Any]:
        """The ``scfield compare --json`` document; every list of scores in the order given."""
        return {
            "assessments": [{"id": a.id, "title": a.title, "city": a.city,
                             "country": a.country, "level": a.level, "date": a.date,
                             "stage": a.stage, "overall": r2(a.overall),
                             "coverage": a.coverage.as_dict(), "previous_id": a.previous_id}
                            for a in self.assessments],
            "reassessment": self.is_reassessment,
            "overall_change": r2(self.overall_change),
            "overall_median": r2(self.overall_median),
            "domains": [{"name": d.name, "scores": [r2(s) for s in d.scores],
                         "stages": list(d.stages), "change": r2(d.change),
                         "median": r2(d.median),
                         "coverage": [c.as_dict() for c in d.coverage]} for d in self.domains],
            "elements": [{"number": e.number, "domain": e.domain, "name": e.name,
                          "scores": [r2(s) for s in e.scores],
                          "provisional": list(e.provisional), "change": r2(e.change),
                          "median": r2(e.median), "rationales": list(e.rationales)}
                         for e in self.elements],
        }


def r2(x: float | None) -> float | None:
    """Two decimals, as ``scfield show`` prints them."""
    return None if x is None else round(x, 2)


def change(scores: Sequence[float | None]) -> float | None:
    """Last minus first, when both are scored."""
    if len(scores) < 2 or scores[0] is None or scores[-1] is None:
        return None
    return scores[-1] - scores[0]


def median(scores: Sequence[float | None]) -> float | None:
    """The group's median over the scored values (an unscored one is not a zero)."""
    scored = [s for s in scores if s is not None]
    return float(statistics.median(scored)) if scored else None


def _framework_text(row: dict[str, Any]) -> str:
    return f"{row['framework_id']} {row['framework_version']}"


def compare_assessments(store: Store, assessment_ids: Sequence[str],
                        language: str | None = None) -> Comparison:
    """Compare assessments in the order given (oldest first for a re-assessment).

    ``language`` gives names (elements, domains, stages) in that language, as the
    report prints them; the numbers do not depend on it. Raises ``CompareError``
    when the assessments use different framework versions or one is given twice.
    """
    if len(assessment_ids) < 2:
        raise CompareError(N_("give at least two assessments to compare"))
    if len(set(assessment_ids)) != len(assessment_ids):
        raise CompareError(N_("the same assessment is given twice; give different "
                              "assessments"))
    rows = [store.get("assessments", i) for i in assessment_ids]
    first = rows[0]
    for row in rows[1:]:
        if (row["framework_id"], row["framework_version"]) != (
                first["framework_id"], first["framework_version"]):
            raise CompareError(
                N_("cannot compare {first!r} (framework {first_framework}) with {other!r} "
                   "(framework {other_framework}): scores are only comparable on the same "
                   "framework version"), first=first["title"],
                first_framework=_framework_text(first), other=row["title"],
                other_framework=_framework_text(row))
    cards = [load_scorecard(store, row, language) for row in rows]
    ratings = [ratings_of(store, row["id"]) for row in rows]
    assessments = tuple(
        ComparedAssessment(row["id"], row["title"], row["city"], row["country"], row["level"],
                           row["start_date"], row["previous_id"], card)
        for row, card in zip(rows, cards, strict=True))
    domains = []
    for i, d in enumerate(cards[0].domains):
        scores = tuple(c.domains[i].score for c in cards)
        domains.append(DomainRow(
            d.key, d.name, scores,
            tuple(c.domains[i].stage.name if c.domains[i].stage else None for c in cards),
            tuple(c.domains[i].coverage for c in cards), change(scores), median(scores)))
    names = {d.key: d.name for d in cards[0].domains}
    elements = []
    for i, e in enumerate(cards[0].elements):
        scores = tuple(c.elements[i].score for c in cards)
        elements.append(ElementRow(
            e.number, names[e.domain], e.name, scores,
            tuple(c.elements[i].provisional for c in cards),
            tuple((r.get(e.number) or {}).get("rationale") or "" for r in ratings),
            change(scores), median(scores)))
    overalls = [c.overall for c in cards]
    return Comparison(framework_for(first["framework_id"], first["framework_version"]),
                      assessments, tuple(domains), tuple(elements), change(overalls),
                      median(overalls))


def comparison_order(store: Store, assessment_ids: Sequence[str]) -> list[str]:
    """The order the app compares a chosen set in (a list's selection has none).

    Assessments that follow one another by their re-assessment links are put along
    the chain, oldest first, so the change reads from the earlier to the later one;
    any other set goes by start date, then title.
    """
    rows = {i: store.get("assessments", i) for i in assessment_ids}
    after = {rows[i]["previous_id"]: i for i in assessment_ids
             if rows[i]["previous_id"] in rows}
    roots = [i for i in assessment_ids if rows[i]["previous_id"] not in rows]
    if len(roots) == 1 and len(after) == len(assessment_ids) - 1:
        chain = [roots[0]]
        while chain[-1] in after and len(chain) <= len(assessment_ids):
            chain.append(after[chain[-1]])
        if len(chain) == len(assessment_ids):
            return chain
    return sorted(assessment_ids, key=lambda i: (rows[i]["start_date"] or "", rows[i]["title"]))
