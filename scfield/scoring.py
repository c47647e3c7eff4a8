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

Why each stage, recommendation and scale-up approach was given is returned as
data (``why``, a ``reasons.Reason``: a message id and language-neutral
parameters); ``reasons.explain`` puts it into words at the edge, in the reader's
language. No sentence is built here.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial

from scfield import reasons as why
from scfield.framework import MAX_SCORE, Framework, Stage, SupportItem
from scfield.messages import ENGLISH, Messages
from scfield.reasons import Reason, explain, fmt

__all__ = ["Coverage", "DomainScore", "ElementScore", "Reason", "Recommendation",
           "ScaleUpSuggestion", "Scorecard", "fmt", "not_enough_evidence", "score_assessment"]

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
    return why.not_enough_evidence(coverage.scored, coverage.elements, m)


Say = Callable[[Reason], str]


def _say_in_english(reason: Reason) -> str:
    from scfield.framework import default_framework

    return explain(reason, default_framework())


# Each result keeps the reason as data (``why``) and says it, when asked, in the language
# and with the framework it was scored with (``score_assessment``'s ``m``); the words
# are ``reasons.explain``'s, never built here.
def _say() -> Say:
    return field(default=_say_in_english, compare=False, repr=False)  # type: ignore[return-value]


@dataclass(frozen=True)
class DomainScore:
    key: str
    name: str
    score: float | None
    stage: Stage | None
    why: Reason
    coverage: Coverage
    say: Say = _say()

    @property
    def stage_reason(self) -> str:
        return self.say(self.why)

    @property
    def enough_evidence(self) -> bool:
        """False when the domain has scores but too few for a stage."""
        return self.stage is not None or self.score is None


@dataclass(frozen=True)
class Recommendation:
    item: SupportItem
    addresses: tuple[int, ...]
    why: Reason
    say: Say = _say()

    @property
    def reason(self) -> str:
        return self.say(self.why)


@dataclass(frozen=True)
class ScaleUpSuggestion:
    key: str
    why: Reason
    say: Say = _say()

    @property
    def reason(self) -> str:
        return self.say(self.why)


@dataclass(frozen=True)
class Scorecard:
    elements: tuple[ElementScore, ...]
    domains: tuple[DomainScore, ...]
    overall: float | None
    stage: Stage | None
    why: Reason
    weakest: tuple[ElementScore, ...]
    recommendations: tuple[Recommendation, ...]
    scale_up: ScaleUpSuggestion
    level: str = "city"
    notes: tuple[str, ...] = field(default=())
    coverage: Coverage = Coverage(0, 0, 0)
    say: Say = _say()

    @property
    def stage_reason(self) -> str:
        return self.say(self.why)

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


def domain_stage(framework: Framework, key: str, score: float | None
                 ) -> tuple[Stage | None, Reason]:
    """The stage a domain score reaches, with why."""
    if score is None:
        return None, Reason(why.DOMAIN_UNSCORED, {"domain": key})
    reached = [s for s in framework.stages if score >= s.min_score]
    stage = reached[-1]
    higher = [s for s in framework.stages if s.min_score > score]
    return stage, Reason(why.DOMAIN_STAGE, {
        "domain": key, "score": score, "stage": stage.key, "min": stage.min_score,
        "next": higher[0].key if higher else None,
        "next_min": higher[0].min_score if higher else None})


def overall_stage(framework: Framework, overall: float | None,
                  domains: Iterable[tuple[str, float | None]],
                  coverage: Coverage | None = None, thin: Iterable[str] = ()
                  ) -> tuple[Stage | None, Reason]:
    """The overall stage: the overall score's threshold and every domain's floor.

    ``domains`` gives each domain's key and score, or None when it is unscored or has
    too little evidence for a stage (those in ``thin``); ``coverage`` (all elements)
    below the framework's minimum gives no stage at all.
    """
    domains = list(domains)
    thin = set(thin)
    if overall is None:
        return None, Reason(why.OVERALL_UNSCORED)
    if coverage is not None and not coverage.enough(framework.min_coverage):
        return None, Reason(why.OVERALL_THIN, {"scored": coverage.scored,
                                               "total": coverage.elements})

    def blockers(stage: Stage) -> list[Reason]:
        out = []
        if overall < stage.min_score:
            out.append(Reason(why.BELOW_MIN, {"score": overall, "min": stage.min_score}))
        for key, score in domains:
            if stage.min_domain_score > 0 and key in thin:
                out.append(Reason(why.DOMAIN_TOO_THIN, {"domain": key}))
            elif stage.min_domain_score > 0 and score is None:
                out.append(Reason(why.DOMAIN_NOT_SCORED, {"domain": key}))
            elif score is not None and score < stage.min_domain_score:
                out.append(Reason(why.BELOW_FLOOR, {"domain": key, "score": score,
                                                    "floor": stage.min_domain_score}))
        return out

    reached = [s for s in framework.stages if not blockers(s)]
    stage = reached[-1] if reached else framework.stages[0]
    index = framework.stages.index(stage)
    nxt = framework.stages[index + 1] if index + 1 < len(framework.stages) else None
    return stage, Reason(why.OVERALL_STAGE, {
        "stage": stage.key, "score": overall, "next": nxt.key if nxt else None,
        "blockers": tuple(blockers(nxt)) if nxt else ()})


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
    say = partial(explain, fw=framework, m=m)
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
        params: dict[str, object] = {"elements": hits}
        if emphasised and stage is not None:
            params.update(item=framework.support.index(item), stage=stage.key)
        out.append(Recommendation(item, hits, Reason(why.STRENGTHENS, params), say))
    return tuple(out)


def suggest_scale_up(framework: Framework, elements: Mapping[int, ElementScore],
                     m: Messages = ENGLISH) -> ScaleUpSuggestion:
    """Sector-based when the platform and data elements are strong, otherwise area-based.

    The approach is named beside the reason (report heading, dashboard, CLI): the
    reason gives the evidence only, the elements it rests on and their mean."""
    say = partial(explain, fw=framework, m=m)
    refs = [elements[n] for n in framework.sector_elements if n in elements]
    scored = [e for e in refs if e.score is not None]
    if not scored:
        return ScaleUpSuggestion("area", Reason(why.SCALE_UNSCORED, {
            "elements": tuple(e.number for e in refs)}), say)
    mean = sum(e.score or 0.0 for e in scored) / len(scored)
    params = {"elements": tuple(e.number for e in scored), "mean": mean,
              "min": framework.sector_min_score}
    if mean >= framework.sector_min_score:
        return ScaleUpSuggestion("sector", Reason(why.SCALE_SECTOR, params), say)
    return ScaleUpSuggestion("area", Reason(why.SCALE_AREA, params), say)


def score_assessment(framework: Framework, level: str,
                     ratings: Mapping[int, int | None],
                     proposals: Mapping[int, Iterable[int | None]],
                     evidence_counts: Mapping[int, int], m: Messages = ENGLISH) -> Scorecard:
    """Everything the dashboard, report and CLI show about one assessment.

    Why each stage, recommendation and scale-up approach is given is data
    (``why``: a ``reasons.Reason``); their ``stage_reason``/``reason`` say it in
    ``m``'s language through ``reasons.explain``, quoting the names of
    ``framework`` (give the framework translated to the same language,
    ``i18n.translated_framework``). The numbers depend on neither.

    ``ratings`` maps element number to the consolidated score (None or absent:
    not set); ``proposals`` maps element number to the interview scores
    (None: not discussed); ``evidence_counts`` to the number of evidence notes.
    """
    say = partial(explain, fw=framework, m=m)
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
            stage, reason = None, Reason(why.DOMAIN_THIN, {
                "domain": domain.key, "scored": coverage.scored, "total": coverage.elements})
        else:
            stage, reason = domain_stage(framework, domain.key, score)
        domains.append(DomainScore(domain.key, domain.name, score, stage, reason, coverage,
                                   say))
    overall = _mean([d.score for d in domains if d.score is not None])
    total = Coverage(sum(d.coverage.scored for d in domains),
                     sum(d.coverage.with_evidence for d in domains),
                     sum(d.coverage.elements for d in domains))
    stage, reason = overall_stage(
        framework, overall,
        [(d.key, d.score if d.enough_evidence else None) for d in domains], total,
        thin=[d.key for d in domains if not d.enough_evidence])
    weakest = weakest_elements(elements.values())
    return Scorecard(
        elements=tuple(elements.values()),
        domains=tuple(domains),
        overall=overall,
        stage=stage,
        why=reason,
        weakest=weakest,
        recommendations=recommend(framework, level, weakest, stage, m=m),
        scale_up=suggest_scale_up(framework, elements, m),
        level=level,
        coverage=total,
        say=say,
    )
