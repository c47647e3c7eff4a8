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

from scfield.report import wording
from scfield.report.sections import Builder
from scfield.scoring import ElementScore
from scfield.support_plan import activities_for, next_level, weak_groups


def recommendations(b: Builder) -> list[Flowable]:
    """The section's body (after its heading), built from the report's data."""
    data, m = b.data, b.m
    card, fw, level = data.card, data.framework, data.assessment["level"]
    out: list[Flowable] = []
    if card.stage is not None:
        out.append(b.p(wording.stage_framing(card.stage.name, card.stage.description, m)))
    if not card.weakest:
        out.append(b.p(m("No recommendation yet: no element is scored.")))
        return out
    out.append(b.p(m("For the weakest elements, grouped by domain: where each stands, what "
                     "its next level looks like, and the support at the {level} that helps.",
                     level=wording.level_words(level, m)), "muted"))
    domains = {d.key: d.name for d in fw.domains}
    seen: set[tuple[str, str]] = set()   # a scheme's long text is printed once
    for group in weak_groups(card.weakest, fw):
        block: list[Flowable] = [b.p(m("{domain}: {elements}", domain=domains[group[0].domain],
                                       elements=m.join(f"{e.number:02d} {e.name}"
                                                       for e in group)), "h3")]
        for e in group:
            block += standing(b, e, named=len(group) > 1)
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
            block.append(b.p(wording.without_support(
                level, [(e.number, e.name) for e in missing], m), "muted"))
        out.append(KeepTogether(block[:2]))
        out += block[2:]
    return out


def standing(b: Builder, e: ElementScore, named: bool = True) -> list[Flowable]:
    """Where an element stands, in words, and the rubric's next level as the target."""
    m, fw = b.m, b.data.framework
    rationale = (b.data.ratings.get(e.number) or {}).get("rationale") or ""
    out: list[Flowable] = [b.p(wording.standing(
        e.number, e.name, e.score, fw.level_name(e.score) or m("not scored"), rationale, m,
        named), "body")]
    nxt = next_level(fw, e)
    if nxt is not None:
        out.append(b.p(wording.next_level(*nxt, m), "small"))
    return out + [Spacer(1, 1.5 * mm)]
