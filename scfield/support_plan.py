"""What to support, per group of weak elements: the structure the report prints and
``show --json`` carries (``support_plan``).

The weakest elements are grouped by domain; each carries where it stands (score,
rubric level, the assessor's rationale) and the rubric's next level, the concrete
target; each support activity of the assessment's level (country or city) appears
once per group with its scheme, the items that serve the group and the elements they
serve; elements that no item at that level serves are listed as such, rather than
borrowing the other level's items. The stage's own description (the seed's words)
frames it. Qt-free and layout-free.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from scfield.framework import Framework
from scfield.scoring import ElementScore, Scorecard


@dataclass(frozen=True)
class Activity:
    """One support activity and scheme for a group, with its items."""

    name: str
    scheme: str
    items: tuple[str, ...]
    elements: tuple[int, ...]


def weak_groups(weakest: tuple[ElementScore, ...], framework: Framework
                ) -> list[list[ElementScore]]:
    """The weakest elements grouped by domain, the weakest group first."""
    order = [d.key for d in framework.domains]
    groups: dict[str, list[ElementScore]] = {}
    for e in weakest:
        groups.setdefault(e.domain, []).append(e)
    return sorted(groups.values(), key=lambda g: (min(e.score or 0 for e in g),
                                                  order.index(g[0].domain)))


def activities_for(framework: Framework, level: str, numbers: set[int]) -> list[Activity]:
    """Each activity (with its scheme) of the level once, with the items that serve any of
    ``numbers`` and all the elements among them it serves, in the menu's order."""
    found: dict[tuple[str, str], tuple[list[str], set[int]]] = {}
    for item in framework.support:
        served = numbers.intersection(item.elements) if level in item.levels else set()
        if served:
            items, elements = found.setdefault((item.activity, item.scheme), ([], set()))
            items.append(item.text)
            elements.update(served)
    return [Activity(name, scheme, tuple(items), tuple(sorted(elements)))
            for (name, scheme), (items, elements) in found.items()]


def next_level(framework: Framework, e: ElementScore) -> tuple[int, str, str] | None:
    """(score, level name, rubric text) of the level above the element's, if any."""
    if e.score is None:
        return None
    nxt = math.floor(e.score) + 1
    text = framework.element(e.number).rubric.get(nxt)
    if nxt > framework.score_levels[-1].score or not text:
        return None
    name = next((lv.name for lv in framework.score_levels if lv.score == nxt), str(nxt))
    return nxt, name, text


def support_plan(framework: Framework, card: Scorecard, level: str,
                 rationales: Mapping[int, str]) -> dict[str, Any]:
    """The plan as plain data (``show --json``); the report lays out the same."""
    domains = {d.key: d.name for d in framework.domains}
    groups = []
    for group in weak_groups(card.weakest, framework):
        acts = activities_for(framework, level, {e.number for e in group})
        served = {n for a in acts for n in a.elements}
        elements = []
        for e in group:
            nxt = next_level(framework, e)
            elements.append({
                "number": e.number, "name": e.name,
                "score": None if e.score is None else round(e.score, 2),
                "level": framework.level_name(e.score), "rationale": rationales.get(e.number, ""),
                "next_level": None if nxt is None else
                {"score": nxt[0], "name": nxt[1], "text": nxt[2]}})
        groups.append({
            "domain": domains[group[0].domain], "elements": elements,
            "activities": [{"activity": a.name, "scheme": a.scheme, "items": list(a.items),
                            "elements": list(a.elements)} for a in acts],
            "without_support": [e.number for e in group if e.number not in served]})
    return {"level": level, "stage": card.stage.name if card.stage else None,
            "approach": card.stage.description if card.stage else "", "groups": groups}
