"""Headings kept with the start of what they introduce, measured rather than guessed.

A heading at the foot of a page with its table on the next reads as a mistake
(the French report had one). Fixed "keep 30 mm free" breaks before headings
both failed (a heading, its rationale and a tall first row need more) and wasted
paper (a heading and a two-line paragraph need less). ReportLab's
``keepWithNext`` moves a heading *with the whole* next block, which leaves half a
page empty before every long table. Here, before each heading, a conditional
page break asks for exactly the height of the heading, the short texts that go
with it (more headings, a muted introduction, a rationale) and the start of the
block it introduces: a table's header row and first row (and its first group's
shaded row), or a paragraph's first
two lines; anything else (a chart) whole.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import UseUpSpace

from scfield.report.styles import CELL_PADDING, CELL_PADDING_BOTTOM, CELL_PADDING_TOP

HEADINGS = frozenset({"h1", "h2", "h3"})
CELL_LEADING = 10.0     # the grid's cell text (8 pt on 10 pt)
CELL_PADDING_Y = CELL_PADDING_TOP + CELL_PADDING_BOTTOM
WITH_HEADING = HEADINGS | {"small", "muted"}   # short texts that belong to a heading
BIG = 1e7


def _style(f: Flowable) -> str:
    return getattr(getattr(f, "style", None), "name", "") if isinstance(f, Paragraph) else ""


def start_height(blocks: list[Flowable], width: float, canvas: Any) -> float:
    """Height of ``blocks`` with only the start of the last one (see the module)."""
    total = 0.0
    for i, f in enumerate(blocks):
        if isinstance(f, Table) and i == len(blocks) - 1:
            total += first_rows_height(f, getattr(f, "start_rows", 2), canvas)
            continue
        _, height = f.wrapOn(canvas, width, BIG)
        if i < len(blocks) - 1:
            total += height + f.getSpaceBefore() + f.getSpaceAfter()
        elif isinstance(f, Table):
            total += first_rows_height(f, getattr(f, "start_rows", 2), canvas)
        elif isinstance(f, Paragraph):
            total += f.getSpaceBefore() + min(height, 2 * f.style.leading)
        else:
            total += height
    return total


def first_rows_height(table: Table, rows: int, canvas: Any) -> float:
    """The height of a table's first ``rows`` rows, measured cell by cell: laying out the
    whole table (the annex is most of the report) only to read two rows' heights cost a
    quarter of the report's time. A row of one list of flowables and empty cells is a
    group's row across the table. The cells' paragraphs keep their wrap for the table."""
    widths = table._argW
    total = 0.0
    for row in table._cellvalues[:rows]:
        spanned = isinstance(row[0], list) and not any(row[1:])
        height = 0.0
        for value, width in zip(row[:1] if spanned else row, widths, strict=False):
            inner = (sum(widths) if spanned else width) - 2 * CELL_PADDING
            parts = value if isinstance(value, list | tuple) else [value]
            cell = 0.0
            for part in parts:
                if isinstance(part, Flowable):
                    cell += part.wrapOn(canvas, inner, BIG)[1] + part.getSpaceAfter()
                elif str(part):
                    cell += CELL_LEADING * (str(part).count("\n") + 1)
            height = max(height, cell)
        total += height + CELL_PADDING_Y
    return total


class KeepStart(CondPageBreak):
    """A page break unless the heading's group and its block's start fit on the page."""

    def __init__(self, blocks: list[Flowable]) -> None:
        super().__init__(0)
        self.blocks = blocks

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.height = start_height(self.blocks, availWidth, self.canv)
        return super().wrap(availWidth, availHeight)


def keep_headings(story: list[Flowable]) -> list[Flowable]:
    """The story with a ``KeepStart`` before every group of a heading and its short texts."""
    out: list[Flowable] = []
    i = 0
    while i < len(story):
        if _style(story[i]) not in HEADINGS:
            out.append(story[i])
            i += 1
            continue
        j, texts = i, False
        while j < len(story):
            style = _style(story[j])
            if style in WITH_HEADING:
                texts = texts or style not in HEADINGS
            elif not isinstance(story[j], Spacer) or texts:
                break   # a space after the heading's short texts ends its group
            j += 1      # CondPageBreak is a Spacer: an old fixed break is dropped
        heads = [g for g in story[i:j] if not isinstance(g, CondPageBreak)]
        follows = story[j:j + 1]
        if follows and isinstance(follows[0], ActionFlowable | Spacer | UseUpSpace):
            follows = []
        out.append(KeepStart(heads + follows))
        out += heads
        i = j
    return out
