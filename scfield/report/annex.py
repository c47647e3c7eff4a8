"""The evidence annex: every note that may be shown, per element, in one table.

It was most of the report: each element had its own heading, its own table and
its own header row, and before that each row repeated the interviewee's name,
role, organisation and date. Now the interviews are listed once in *Stakeholders
interviewed* with a label (I1, I2 …) that each note refers to, and the annex is
one table whose header row repeats only at the top of a page: an element is a
shaded row across the table (number, name, score, the assessor's rationale,
how many notes are withheld) followed by its notes. An element's row never ends
a page without its first note (``NOSPLIT``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable

from scfield.disclosure import withheld_sentence
from scfield.report.content import withheld_count
from scfield.scoring import fmt

if TYPE_CHECKING:
    from scfield.report.sections import Builder


def evidence_annex(b: Builder) -> list[Flowable]:
    """The annex's heading, introduction and table."""
    from scfield.report.sections import chunks, clip

    m = b.m
    groups: list[tuple[Any, list[list[Any]]]] = []
    for e in b.data.card.elements:
        notes = b.data.evidence.get(e.number, [])
        title = f"{e.number:02d} {e.name} — {fmt(e.score, m.language)}"
        if e.provisional:
            title = m("{title} (provisional)", title=title)
        head: list[Flowable] = [b.p(title, "cellb")]
        rationale = (b.data.ratings.get(e.number) or {}).get("rationale")
        if rationale:
            head.append(b.p(m("Rating rationale: {text}", text=rationale), "cell"))
        withheld = withheld_count(notes)
        if withheld:
            head.append(b.p(withheld_sentence(withheld, len(notes), m), "cell"))
        if not notes:
            head.append(b.p(m("No evidence recorded."), "cell"))
        rows: list[list[Any]] = []
        for n in notes:
            if n.get("confidential"):
                continue
            first, *rest = chunks(n["note"] or "—")
            who = b.data.labels.get(n["interview_id"], "")
            rows.append([first, "–" if n["score"] is None else str(n["score"]),
                         clip(n["source"]) or "—", who])
            rows += [[f"… {part}", "", "", who] for part in rest]
        groups.append((head, rows))
    label = b.label_share(m("Interview"), 6)
    table = b.table([m("Note"), m("Score"), m("Source"), m("Interview")], [],
                    [78 - label, 6, 16, label], groups=groups)
    intro = b.p(m("Every evidence note, per element, with its score, its source and the "
                  "interview it comes from (I1, I2 …: see Stakeholders interviewed)."),
                "muted")
    return [b.p(m("Evidence annex"), "h1"), intro,
            table]

