"""The report's recommendations: for each group of weak elements, where they stand, what
the next level looks like, and which support of the assessment's level helps.

The layout of ``scfield.support_plan``. The support menu copied row by row repeated
the long scheme text, printed one weak element's four items separately and gave "why"
as a list of numbers. Here the weakest
elements are grouped by domain; each element says where it stands in words (score,
rubric level, the assessor's rationale) and quotes the rubric's next level as the
concrete target; then each support activity of the assessment's level is printed once
with its scheme, the items that serve the group and the elements they serve. When the
menu has no item at that level for an element, the page says so. The stage's own
description (the seed's words) frames the section.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from scfield.messages import N_
from scfield.report.sections import Builder
from scfield.scoring import ElementScore, fmt
from scfield.support_plan import activities_for, next_level, weak_groups

LEVEL_WORDS = {"city": N_("city level"), "country": N_("country level")}


def recommendations(b: Builder) -> list[Flowable]:
    """The section's body (after its heading), built from the report's data."""
    data, m = b.data, b.m
    card, fw, level = data.card, data.framework, data.assessment["level"]
    out: list[Flowable] = []
    if card.stage is not None:
        out.append(b.p(m("The {stage} stage sets the approach: {description}",
                         stage=card.stage.name, description=card.stage.description)))
    if not card.weakest:
        out.append(b.p(m("No recommendation yet: no element is scored.")))
        return out
    out.append(b.p(m("For the weakest elements, grouped by domain: where each stands, what "
                     "its next level looks like, and the support at the {level} that helps.",
                     level=m(LEVEL_WORDS.get(level, level))), "muted"))
    domains = {d.key: d.name for d in fw.domains}
    seen: set[tuple[str, str]] = set()   # a scheme's long text is printed once
    for group in weak_groups(card.weakest, fw):
        block: list[Flowable] = [b.p(m("{domain}: {elements}", domain=domains[group[0].domain],
                                       elements=m.join(f"{e.number:02d} {e.name}"
                                                       for e in group)), "h3")]
        for e in group:
            block += standing(b, e)
        acts = activities_for(fw, level, {e.number for e in group})
        if acts:
            rows = []
            for a in acts:
                scheme = m("as above") if (a.name, a.scheme) in seen else a.scheme
                seen.add((a.name, a.scheme))
                rows.append([a.name, scheme, "\n".join(f"• {t}" for t in a.items),
                             m.join(f"{n:02d}" for n in a.elements)])
            block.append(b.table([m("Activity"), m("Scheme"), m("Support"),
                                  m("For elements")], rows, [13, 27, 45, 15]))
        missing = [e for e in group if not any(e.number in a.elements for a in acts)]
        if missing:
            block.append(b.p(m(
                "The support menu has no item at the {level} for {elements}.",
                level=m(LEVEL_WORDS.get(level, level)),
                elements=m.join(f"{e.number:02d} {e.name}" for e in missing)), "muted"))
        out.append(KeepTogether(block[:2]))
        out += block[2:]
    return out


def standing(b: Builder, e: ElementScore) -> list[Flowable]:
    """Where an element stands, in words, and the rubric's next level as the target."""
    m, fw = b.m, b.data.framework
    level = fw.level_name(e.score) or m("not scored")
    rationale = (b.data.ratings.get(e.number) or {}).get("rationale") or ""
    now = m("{element} scores {score} ({level}).", element=f"{e.number:02d} {e.name}",
            score=fmt(e.score, m.language), level=level)
    if rationale:
        now += " " + m("Rating rationale: {text}", text=rationale)
    out: list[Flowable] = [b.p(now, "body")]
    nxt = next_level(fw, e)
    if nxt is not None:
        out.append(b.p(m("Next level, {score} {name}: {text}", score=nxt[0], name=nxt[1],
                         text=nxt[2]), "small"))
    return out + [Spacer(1, 1.5 * mm)]
