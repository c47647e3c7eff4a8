"""The *Progress since <date>* section of a re-assessment's report.

What a JICA programme is judged on is the change between two assessments of a
city. A re-assessment's report (its ``previous_id`` names the earlier one) gets
one section after the executive summary: the radar with both assessments, the
domain scores and stages before and now, and the elements that moved with the
assessor's rationale for each. The numbers come from ``scfield.compare`` — the
same ones ``scfield compare`` and the app's Compare view show.

Self-contained: ``progress_of`` is what the report's data gathering reads, and
``progress_section`` what the story adds; an assessment with no previous one (or
one on another framework version, which cannot be compared) gets no section.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from scfield.compare import CompareError, Comparison, compare_assessments
from scfield.report.chart import radar
from scfield.scoring import fmt

if TYPE_CHECKING:
    from scfield.report.sections import Builder
    from scfield.store import Store


def progress_of(store: Store, assessment: dict[str, Any], language: str) -> Comparison | None:
    """The comparison with the previous assessment, or None when there is none to make."""
    previous = assessment.get("previous_id")
    if not previous or store.find("assessments", previous) is None:
        return None
    try:
        return compare_assessments(store, [previous, assessment["id"]], language)
    except CompareError:
        return None


def signed_change(x: float | None, language: str | None = None) -> str:
    return "–" if x is None else ("+" if x >= 0 else "-") + fmt(abs(x), language)


def progress_section(b: Builder) -> list[Flowable]:
    """The section's flowables ([] for an assessment that is not a re-assessment)."""
    comparison: Comparison | None = getattr(b.data, "progress", None)
    if comparison is None:
        return []
    m = b.m
    before, now = comparison.assessments
    since = m.date(before.date) if before.date else before.title
    # The heading, the summary, the table and the radar start on one page.
    out = [CondPageBreak(170 * mm), *b.heading(m("Progress since {date}", date=since), "h1")]
    out.append(b.p(m("Compared with “{title}” ({date}): the overall score went from {old} to "
                     "{new} ({change}).", title=before.title, date=since,
                     old=fmt(before.overall, m.language),
                     new=fmt(now.overall, m.language),
                     change=signed_change(comparison.overall_change, m.language))))
    if comparison.stage_changed:
        out.append(b.p(m("Stage: {old} → {new}.", old=before.stage or m("No stage yet"),
                         new=now.stage or m("No stage yet")), "stage"))
    else:
        out.append(b.p(m("Stage unchanged: {stage}.", stage=now.stage or m("No stage yet")),
                       "stage"))
    rows = [[d.name, fmt(d.scores[0], m.language), fmt(d.scores[1], m.language),
             signed_change(d.change, m.language),
             m("{old} → {new}", old=d.stages[0] or "–", new=d.stages[1] or "–")
             if d.stages[0] != d.stages[1] else (d.stages[1] or "–")]
            for d in comparison.domains]
    legend = (m("{date} (before)", date=since),
              m("{date} (now)", date=m.date(now.date) if now.date else now.title))
    out += [Spacer(1, 3 * mm), KeepTogether([
        b.p(m("Domain scores before and now"), "h3"),
        b.table([m("Domain"), legend[0], legend[1], m("Change"), m("Stage")], rows,
                [26, 17, 17, 12, 28]),
        Spacer(1, 3 * mm),
        radar(now.card.domains, width=b.width, height=280, m=m,
              previous=before.card.domains, legend=legend)])]
    moved = comparison.moved()
    out.append(b.p(m("Elements that moved, and why"), "h3"))
    if not moved:
        out.append(b.p(m("No element score changed.")))
        return out
    rows = [[f"{e.number:02d}", e.name] + [fmt(s, m.language) + (" *" if p else "") for s, p in
                                            zip(e.scores, e.provisional, strict=True)]
            + [signed_change(e.change, m.language), e.rationales[1] or m("No rationale recorded.")]
            for e in moved]
    out.append(b.table([m("No."), m("Element"), m("Before"), m("Now"), m("Change"), m("Why")],
                       rows, [7, 28, 10, 10, 11, 54]))
    if any(p for e in moved for p in e.provisional):
        out.append(b.p(m("* provisional: the median of the scores proposed in interviews; the "
                         "assessor has not set a consolidated rating yet."), "muted"))
    return out
