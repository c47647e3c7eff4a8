"""From ratings and interview proposals to element, domain and overall scores.

Pure functions over plain data: no database, no Qt. The CLI, the desktop
dashboard, the PDF report and the office summary workbook all call
``score_assessment`` so that every screen and every page shows the same
numbers. All thresholds come from the framework file.

The rules, in the words an assessor would use:

* An element's score is the consolidated rating when the assessor has set one;
  otherwise it is the median of the scores proposed in interviews, marked
  *provisional*. "Not discussed" proposals do not count.
* A domain's score is the mean of its scored elements; its coverage says how
  many of its elements are scored and how many have any evidence at all.
* The overall score is the mean of the scored domains (each domain weighs the
  same, whatever its number of elements).
* A domain's stage is the highest stage whose ``min_score`` its score reaches.
  The overall stage is the highest stage whose ``min_score`` the overall score
  reaches *and* whose ``min_domain_score`` every domain reaches.
* No stage is given on too little evidence: below the framework's
  ``min_coverage`` (share of elements scored) a domain's stage, or the overall
  stage, is ``None`` with "not enough evidence (k of n elements scored)". A
  score from 1 of 5 elements says something about that element, not about the
  domain; a stage built on it would mislead the counterpart.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from scfield.framework import MAX_SCORE, Framework, Stage, SupportItem
from scfield.messages import ENGLISH, Messages

WEAKEST_COUNT = 5
MAX_RECOMMENDATIONS = 8


@dataclass(frozen=True)
class ElementScore:
    number: int
    domain: str
    name: str
    score: float | None
    provisional: bool
    rating: int | None
    proposals: tuple[int, ...]
    evidence_count: int

    @property
    def spread(self) -> int:
        """Highest minus lowest interview proposal: 2 or more needs the assessor's eye."""
        return max(self.proposals) - min(self.proposals) if self.proposals else 0


@dataclass(frozen=True)
class Coverage:
    scored: int
    with_evidence: int
    elements: int

    def as_dict(self) -> dict[str, int]:
        return {"scored": self.scored, "with_evidence": self.with_evidence,
                "elements": self.elements}

    def enough(self, min_coverage: float) -> bool:
        """Whether enough elements are scored to give a stage (none scored: never)."""
        return self.scored > 0 and self.scored >= min_coverage * self.elements


def not_enough_evidence(coverage: Coverage, m: Messages = ENGLISH) -> str:
    """The plain words every screen and page shows instead of a stage."""
    return m("not enough evidence ({k} of {n} elements scored)", k=coverage.scored,
             n=coverage.elements)


@dataclass(frozen=True)
class DomainScore:
    key: str
    name: str
    score: float | None
    stage: Stage | None
    stage_reason: str
    coverage: Coverage

    @property
    def enough_evidence(self) -> bool:
        """False when the domain has scores but too few for a stage."""
        return self.stage is not None or self.score is None


@dataclass(frozen=True)
class Recommendation:
    item: SupportItem
    addresses: tuple[int, ...]
    reason: str


@dataclass(frozen=True)
class ScaleUpSuggestion:
    key: str
    reason: str


@dataclass(frozen=True)
class Scorecard:
    elements: tuple[ElementScore, ...]
    domains: tuple[DomainScore, ...]
    overall: float | None
    stage: Stage | None
    stage_reason: str
    weakest: tuple[ElementScore, ...]
    recommendations: tuple[Recommendation, ...]
    scale_up: ScaleUpSuggestion
    level: str = "city"
    notes: tuple[str, ...] = field(default=())
    coverage: Coverage = Coverage(0, 0, 0)

    @property
    def enough_evidence(self) -> bool:
        """False when elements are scored but too few for an overall stage."""
        return self.stage is not None or self.overall is None


def element_score(number: int, rating: int | None, proposals: Iterable[int | None]
                  ) -> tuple[float | None, bool]:
    """(score, provisional) for one element: the rating wins over the proposals' median."""
    if rating is not None:
        return float(rating), False
    scored = [p for p in proposals if p is not None]
    if not scored:
        return None, False
    return float(statistics.median(scored)), True


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def fmt(score: float | None, language: str | None = None) -> str:
    """Scores are shown with two decimals everywhere (screen, PDF, CLI); in a report's
    language other than English, with that language's decimal sign (CLDR, by Babel)."""
    if score is None:
        return "–"
    if not language or language == "en":
        return f"{score:.2f}"
    from babel.numbers import format_decimal

    return format_decimal(score, format="0.00", locale=language)


def domain_stage(framework: Framework, name: str, score: float | None,
                 m: Messages = ENGLISH) -> tuple[Stage | None, str]:
    """The stage a domain score reaches, with the sentence that justifies it."""
    if score is None:
        return None, m("{domain}: no element is scored yet.", domain=name)
    reached = [s for s in framework.stages if score >= s.min_score]
    stage = reached[-1]
    values = {"domain": name, "score": fmt(score, m.language),
              "min": fmt(stage.min_score, m.language), "stage": stage.name}
    higher = [s for s in framework.stages if s.min_score > score]
    if higher:
        return stage, m("{domain} scores {score}, at least {min} for {stage}; {next} needs "
                        "{next_min}.", next=higher[0].name,
                        next_min=fmt(higher[0].min_score, m.language), **values)
    return stage, m("{domain} scores {score}, at least {min} for {stage}.", **values)


def overall_stage(framework: Framework, overall: float | None,
                  domains: Iterable[tuple[str, float | None]], m: Messages = ENGLISH,
                  coverage: Coverage | None = None, thin: Iterable[str] = ()
                  ) -> tuple[Stage | None, str]:
    """The overall stage: the overall score's threshold and every domain's floor.

    ``domains`` gives each domain's score, or None when it is unscored or has too
    little evidence for a stage; ``coverage`` (all elements) below the framework's
    minimum gives no stage at all.
    """
    domains = list(domains)
    thin = set(thin)
    if overall is None:
        return None, m("No element is scored yet, so no stage can be given.")
    if coverage is not None and not coverage.enough(framework.min_coverage):
        return None, m("No stage: {reason}.", reason=not_enough_evidence(coverage, m))

    def blockers(stage: Stage) -> list[str]:
        out = []
        if overall < stage.min_score:
            out.append(m("the overall score {score} is below {min}",
                         score=fmt(overall, m.language), min=fmt(stage.min_score, m.language)))
        for name, score in domains:
            if stage.min_domain_score > 0 and name in thin:
                out.append(m("{domain} has too few scored elements", domain=name))
            elif stage.min_domain_score > 0 and score is None:
                out.append(m("{domain} is not scored", domain=name))
            elif score is not None and score < stage.min_domain_score:
                out.append(m("{domain} scores {score}, below the floor of {floor}",
                             domain=name, score=fmt(score, m.language),
                             floor=fmt(stage.min_domain_score, m.language)))
        return out

    reached = [s for s in framework.stages if not blockers(s)]
    stage = reached[-1] if reached else framework.stages[0]
    values = {"stage": stage.name, "score": fmt(overall, m.language),
              "min": fmt(stage.min_score, m.language),
              "floor": fmt(stage.min_domain_score, m.language)}
    if stage.min_score > 0 and stage.min_domain_score > 0:
        reason = m("{stage}: the overall score is {score}, at least {min}, and every domain "
                   "reaches {floor}", **values)
    elif stage.min_score > 0:
        reason = m("{stage}: the overall score is {score}, at least {min}", **values)
    elif stage.min_domain_score > 0:
        reason = m("{stage}: the overall score is {score}, and every domain reaches {floor}",
                   **values)
    else:
        reason = m("{stage}: the overall score is {score}", **values)
    index = framework.stages.index(stage)
    if index + 1 < len(framework.stages):
        nxt = framework.stages[index + 1]
        return stage, m("{reason}. Not {stage}: {blockers}.", reason=reason, stage=nxt.name,
                        blockers=m("; ").join(blockers(nxt)))
    return stage, m("{reason}.", reason=reason)


def weakest_elements(elements: Iterable[ElementScore], count: int = WEAKEST_COUNT
                     ) -> tuple[ElementScore, ...]:
    """The ``count`` lowest-scored elements, lowest first; equal scores in element order.

    A fixed number keeps the recommendations focused: when most elements share
    a score, "every element tied with the fifth" would recommend everything.
    """
    scored = sorted((e for e in elements if e.score is not None),
                    key=lambda e: (e.score, e.number))
    return tuple(scored[:count])


def recommend(framework: Framework, level: str, weakest: Iterable[ElementScore],
              stage: Stage | None, limit: int = MAX_RECOMMENDATIONS, m: Messages = ENGLISH
              ) -> tuple[Recommendation, ...]:
    """Support-menu items for the assessment's level that strengthen its weakest elements.

    Items are ranked by the gap they address: for each weak element they
    strengthen, how far its score is below the top of the scale, summed; at
    equal gap, items of the activities the stage emphasises come first, then
    the menu's own order.
    """
    weak = {e.number: e for e in weakest}
    emphasis = set(stage.emphasis) if stage else set()
    ranked = []
    for order, item in enumerate(framework.support):
        if level not in item.levels:
            continue
        hits = tuple(n for n in item.elements if n in weak)
        if not hits:
            continue
        emphasised = item.activity in emphasis
        gap = sum(MAX_SCORE - (weak[n].score or 0) for n in hits)
        ranked.append((-gap, not emphasised, order, item, hits, emphasised))
    ranked.sort(key=lambda r: r[:3])
    out = []
    for _, _, _, item, hits, emphasised in ranked[:limit]:
        names = m.join(f"{n:02d} {weak[n].name}" for n in hits)
        if emphasised and stage is not None:
            reason = m("Strengthens {elements}; {activity} is a focus at the {stage} stage.",
                       elements=names, activity=item.activity, stage=stage.name)
        else:
            reason = m("Strengthens {elements}.", elements=names)
        out.append(Recommendation(item, hits, reason))
    return tuple(out)


def suggest_scale_up(framework: Framework, elements: Mapping[int, ElementScore],
                     m: Messages = ENGLISH) -> ScaleUpSuggestion:
    """Sector-based when the platform and data elements are strong, otherwise area-based."""
    refs = [elements[n] for n in framework.sector_elements if n in elements]
    scored = [e.score for e in refs if e.score is not None]

    def names(of: list[ElementScore]) -> str:
        labels = [f"{e.number:02d} {e.name}" for e in of]
        return (m("{first} and {last}", first=m.join(labels[:-1]), last=labels[-1])
                if len(labels) > 1 else "".join(labels))

    sector = framework.scale_up_approach("sector")
    area = framework.scale_up_approach("area")
    # The approach is named beside the reason (report heading, dashboard, CLI): the
    # sentence gives the evidence only, and agrees with the number of elements.
    if not scored:
        return ScaleUpSuggestion(area.key, m.plural(
            len(refs), "{elements} is not scored yet: with no evidence of a platform and "
            "data to connect sectors, start in a specific area, then spread.",
            "{elements} are not scored yet: with no evidence of a platform and data to "
            "connect sectors, start in a specific area, then spread.", elements=names(refs)))
    mean = sum(scored) / len(scored)
    # The mean is of the scored elements: name those (an unscored one would not count).
    values = {"elements": names([e for e in refs if e.score is not None]),
              "mean": fmt(mean, m.language), "min": fmt(framework.sector_min_score, m.language)}
    if mean >= framework.sector_min_score:
        return ScaleUpSuggestion(sector.key, m.plural(
            len(scored), "{elements} scores {mean}, at or above the threshold of {min}: there "
            "is a platform and data through which sectors can be connected.",
            "{elements} average {mean}, at or above the threshold of {min}: there is a "
            "platform and data through which sectors can be connected.", **values))
    return ScaleUpSuggestion(area.key, m.plural(
        len(scored), "{elements} scores {mean}, below the threshold of {min}: there is not "
        "yet a platform and data to connect sectors, so prove solutions in a specific area "
        "first, then spread them.",
        "{elements} average {mean}, below the threshold of {min}: there is not yet a "
        "platform and data to connect sectors, so prove solutions in a specific area first, "
        "then spread them.", **values))


def score_assessment(framework: Framework, level: str,
                     ratings: Mapping[int, int | None],
                     proposals: Mapping[int, Iterable[int | None]],
                     evidence_counts: Mapping[int, int], m: Messages = ENGLISH) -> Scorecard:
    """Everything the dashboard, report and CLI show about one assessment.

    The sentences that explain the stage, the recommendations and the scale-up
    are in ``m``'s language; give it the framework translated to the same language
    (``i18n.translated_framework``), whose names those sentences quote. The numbers
    do not depend on either.

    ``ratings`` maps element number to the consolidated score (None or absent:
    not set); ``proposals`` maps element number to the interview scores
    (None: not discussed); ``evidence_counts`` to the number of evidence notes.
    """
    elements: dict[int, ElementScore] = {}
    for element in framework.elements:
        n = element.number
        props = tuple(p for p in proposals.get(n, ()) if p is not None)
        rating = ratings.get(n)
        score, provisional = element_score(n, rating, props)
        elements[n] = ElementScore(n, element.domain, element.name, score, provisional,
                                   rating, props, evidence_counts.get(n, 0))
    domains = []
    for domain in framework.domains:
        members = [elements[e.number] for e in framework.elements_of(domain.key)]
        scores = [e.score for e in members if e.score is not None]
        score = _mean(scores)
        coverage = Coverage(len(scores), sum(1 for e in members if e.evidence_count),
                            len(members))
        if score is not None and not coverage.enough(framework.min_coverage):
            stage, reason = None, m("{domain}: {reason}.", domain=domain.name,
                                    reason=not_enough_evidence(coverage, m))
        else:
            stage, reason = domain_stage(framework, domain.name, score, m)
        domains.append(DomainScore(domain.key, domain.name, score, stage, reason, coverage))
    overall = _mean([d.score for d in domains if d.score is not None])
    total = Coverage(sum(d.coverage.scored for d in domains),
                     sum(d.coverage.with_evidence for d in domains),
                     sum(d.coverage.elements for d in domains))
    stage, reason = overall_stage(
        framework, overall,
        [(d.name, d.score if d.enough_evidence else None) for d in domains], m, total,
        thin=[d.name for d in domains if not d.enough_evidence])
    weakest = weakest_elements(elements.values())
    return Scorecard(
        elements=tuple(elements.values()),
        domains=tuple(domains),
        overall=overall,
        stage=stage,
        stage_reason=reason,
        weakest=weakest,
        recommendations=recommend(framework, level, weakest, stage, m=m),
        scale_up=suggest_scale_up(framework, elements, m),
        level=level,
        coverage=total,
    )
