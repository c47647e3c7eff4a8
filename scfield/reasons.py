"""Why a stage, a recommendation or a scale-up approach: structured reasons, and the one
function that puts them into words.

Scoring decides and says why as data — a ``Reason``: a message id and parameters that
do not depend on the language (scores as numbers, stages and domains by key, elements
by number). ``explain`` turns a reason into a sentence in the reader's language with
the framework's names in that language, at the edge: the report, the CLI (``show``,
and ``show --json`` beside the id and parameters), the app's dashboard. Keeping the
sentences here, one function per reason, is what lets every branch be read and tested
in every language; scoring never builds a sentence from parts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from scfield.framework import Framework
from scfield.messages import ENGLISH, Messages

# Reason ids (stable: ``show --json`` carries them).
DOMAIN_UNSCORED = "domain.unscored"
DOMAIN_THIN = "domain.not_enough_evidence"
DOMAIN_STAGE = "domain.stage"
OVERALL_UNSCORED = "overall.unscored"
OVERALL_THIN = "overall.not_enough_evidence"
OVERALL_STAGE = "overall.stage"
BELOW_MIN = "blocker.overall_below"
DOMAIN_TOO_THIN = "blocker.domain_thin"
DOMAIN_NOT_SCORED = "blocker.domain_unscored"
BELOW_FLOOR = "blocker.domain_below_floor"
STRENGTHENS = "recommendation.strengthens"
SCALE_UNSCORED = "scale_up.unscored"
SCALE_SECTOR = "scale_up.sector"
SCALE_AREA = "scale_up.area"


@dataclass(frozen=True)
class Reason:
    """A message id and its parameters (numbers, keys, element numbers, lists, and
    nested reasons: the overall stage's blockers)."""

    id: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """For JSON: nested reasons as dicts too."""
        def plain(value: Any) -> Any:
            if isinstance(value, Reason):
                return value.as_dict()
            if isinstance(value, list | tuple):
                return [plain(v) for v in value]
            return value

        return {"id": self.id, "params": {k: plain(v) for k, v in self.params.items()}}


def fmt(score: float | None, language: str | None = None) -> str:
    """Scores are shown with two decimals everywhere (screen, PDF, CLI); in a language
    other than English, with that language's decimal sign (CLDR, by Babel)."""
    if score is None:
        return "–"
    if not language or language == "en":
        return f"{score:.2f}"
    from babel.numbers import format_decimal

    return format_decimal(score, format="0.00", locale=language)


def not_enough_evidence(scored: int, elements: int, m: Messages = ENGLISH) -> str:
    """The plain words every screen and page shows instead of a stage."""
    return m("not enough evidence ({k} of {n} elements scored)", k=scored, n=elements)


def element_names(numbers: list[int] | tuple[int, ...], fw: Framework, m: Messages,
                  pair: bool = False) -> str:
    """"15 Urban Infrastructure Platform, 16 Data Utilization" (or "… and …" with
    ``pair``): each element once, by number and name."""
    labels = [f"{n:02d} {fw.element(n).name}" for n in numbers]
    if pair and len(labels) > 1:
        return m("{first} and {last}", first=m.join(labels[:-1]), last=labels[-1])
    return m.join(labels)


def explain(reason: Reason, fw: Framework, m: Messages = ENGLISH) -> str:
    """The sentence of ``reason`` in ``m``'s language; ``fw`` is the framework translated
    to the same language (``i18n.translated_framework``), whose names it quotes."""
    return _SENTENCES[reason.id](reason.params, fw, m)


def _domain(p: Mapping[str, Any], fw: Framework) -> str:
    return fw.domain(p["domain"]).name


def _domain_unscored(p: Mapping[str, Any], fw: Framework, m: Messages) -> str:
    return m("{domain}: no element is scored yet.", domain=_domain(p, fw))


def _domain_thin(p: Mapping[str, Any], fw: Framework, m: Messages) -> str:
    return m("{domain}: {reason}.", domain=_domain(p, fw),
             reason=not_enough_evidence(p["scored"], p["total"], m))


def _domain_stage(p: Mapping[str, Any], fw: Framework, m: Messages) -> str:
    values = {"domain": _domain(p, fw), "score": fmt(p["score"], m.language),
              "min": fmt(p["min"], m.language), "stage": fw.stage(p["stage"]).name}
    if p.get("next"):
        return m("{domain} scores {score}, at least {min} for {stage}; {next} needs "
                 "{next_min}.", next=fw.stage(p["next"]).name,
                 next_min=fmt(p["next_min"], m.language), **values)
    return m("{domain} scores {score}, at least {min} for {stage}.", **values)


def _overall_unscored(p: Mapping[str, Any], fw: Framework, m: Messages) -> str:
    return m("No element is scored yet, so no stage can be given.")


def _overall_thin(p: Mapping[str, Any], fw: Framework, m: Messages) -> str:
    return m("No stage: {reason}.", reason=not_enough_evidence(p["scored"], p["total"], m))


def _blocker(reason: Reason, fw: Framework, m: Messages) -> str:
    p = reason.params
    if reason.id == BELOW_MIN:
        return m("the overall score {score} is below {min}", score=fmt(p["score"], m.language),
                 min=fmt(p["min"], m.language))
    if reason.id == DOMAIN_TOO_THIN:
        return m("{domain} has too few scored elements", domain=_domain(p, fw))
    if reason.id == DOMAIN_NOT_SCORED:
        return m("{domain} is not scored", domain=_domain(p, fw))
    return m("{domain} scores {score}, below the floor of {floor}", domain=_domain(p, fw),
             score=fmt(p["score"], m.language), floor=fmt(p["floor"], m.language))


def _overall_stage(p: Mapping[str, Any], fw: Framework, m: Messages) -> str:
    stage = fw.stage(p["stage"])
    values = {"stage": stage.name, "score": fmt(p["score"], m.language),
              "min": fmt(stage.min_score, m.language),
              "floor": fmt(stage.min_domain_score, m.language)}
    if stage.min_score > 0 and stage.min_domain_score > 0:
        reason = m("{stage}: the overall score is {score}, at least the {min} it needs, and "
                   "every domain scores at least {floor}", **values)
    elif stage.min_score > 0:
        reason = m("{stage}: the overall score is {score}, at least the {min} it needs",
                   **values)
    elif stage.min_domain_score > 0:
        reason = m("{stage}: the overall score is {score}, and every domain scores at least "
                   "{floor}", **values)
    else:
        reason = m("{stage}: the overall score is {score}", **values)
    if p.get("next"):
        return m("{reason}. Not {stage}: {blockers}.", reason=reason,
                 stage=fw.stage(p["next"]).name,
                 blockers=m("; ").join(_blocker(b, fw, m) for b in p["blockers"]))
    return m("{reason}.", reason=reason)


def _strengthens(p: Mapping[str, Any], fw: Framework, m: Messages) -> str:
    names = element_names(p["elements"], fw, m)
    if p.get("stage"):
        return m("Strengthens {elements}; {activity} is a focus at the {stage} stage.",
                 elements=names, activity=fw.support[p["item"]].activity,
                 stage=fw.stage(p["stage"]).name)
    return m("Strengthens {elements}.", elements=names)


def _scale_unscored(p: Mapping[str, Any], fw: Framework, m: Messages) -> str:
    # (Babel reads a plural() call's texts only when its arguments hold no other call.)
    count, names = len(p["elements"]), element_names(p["elements"], fw, m, pair=True)
    return m.plural(
        count, "{elements} is not scored yet: with no evidence of a platform and "
        "data to connect sectors, start in a specific area, then spread.",
        "{elements} are not scored yet: with no evidence of a platform and data to "
        "connect sectors, start in a specific area, then spread.", elements=names)


def _scale_values(p: Mapping[str, Any], fw: Framework, m: Messages) -> dict[str, str]:
    # The mean is of the scored elements: those are named (an unscored one does not count).
    return {"elements": element_names(p["elements"], fw, m, pair=True),
            "mean": fmt(p["mean"], m.language), "min": fmt(p["min"], m.language)}


def _scale_sector(p: Mapping[str, Any], fw: Framework, m: Messages) -> str:
    count, values = len(p["elements"]), _scale_values(p, fw, m)
    return m.plural(
        count, "{elements} scores {mean}, at or above the threshold of {min}: "
        "there is a platform and data through which sectors can be connected.",
        "{elements} average {mean}, at or above the threshold of {min}: there is a "
        "platform and data through which sectors can be connected.",
        **values)


def _scale_area(p: Mapping[str, Any], fw: Framework, m: Messages) -> str:
    count, values = len(p["elements"]), _scale_values(p, fw, m)
    return m.plural(
        count, "{elements} scores {mean}, below the threshold of {min}: there is "
        "not yet a platform and data to connect sectors, so prove solutions in a specific "
        "area first, then spread them.",
        "{elements} average {mean}, below the threshold of {min}: there is not yet a "
        "platform and data to connect sectors, so prove solutions in a specific area first, "
        "then spread them.", **values)


_SENTENCES: dict[str, Callable[[Mapping[str, Any], Framework, Messages], str]] = {
    DOMAIN_UNSCORED: _domain_unscored, DOMAIN_THIN: _domain_thin, DOMAIN_STAGE: _domain_stage,
    OVERALL_UNSCORED: _overall_unscored, OVERALL_THIN: _overall_thin,
    OVERALL_STAGE: _overall_stage, STRENGTHENS: _strengthens,
    SCALE_UNSCORED: _scale_unscored, SCALE_SECTOR: _scale_sector, SCALE_AREA: _scale_area,
}
