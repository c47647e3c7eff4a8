"""The field workbook's *Guide* sheet: score with the workbook alone.

An expert filling the workbook in Calc on a plane has no app beside it, so the
workbook carries what the app's interview guide shows: each element's
definition, its guiding questions and its 0–4 rubric, in the assessment's
language, one block per element, read top to bottom in two columns that fit a
1366-pixel screen. The Score cells' input message names the five levels and
points here.

The sheet is only shown, never read back: the import ignores it, so nothing an
expert does to it (sorting, typing, deleting) changes what goes into the office.
"""

from __future__ import annotations

from copy import copy

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from scfield.framework import Framework
from scfield.messages import Messages
from scfield.sync.rowheights import fit_row, line_count

GUIDE = "Guide"
LABEL_WIDTH, TEXT_WIDTH = 16, 100
RUNNING_TEXT = 1.25  # characters to a unit of width in this wide column (seen in Calc)
_BAND = PatternFill("solid", fgColor="DDEBF7")


def level_hint(shown: Framework, m: Messages) -> tuple[str, str]:
    """The Score cells' input message: title and the five levels (Excel allows 255
    characters), pointing to the Guide sheet for each element's own levels."""
    levels = ", ".join(f"{level.score} {level.name}" for level in shown.score_levels)
    text = m("{levels}. Each element's own levels: sheet Guide.", levels=levels)
    return m("Score"), text[:255]


def write_guide(wb: Workbook, shown: Framework, m: Messages, index: int = 1) -> Worksheet:
    """Add the Guide sheet at ``index`` (after Instructions), protected, print-ready."""
    ws = wb.create_sheet(GUIDE, index)
    ws.column_dimensions["A"].width = LABEL_WIDTH
    ws.column_dimensions["B"].width = TEXT_WIDTH
    bold, plain = Font(name="Calibri", size=11, bold=True), Font(name="Calibri", size=11)
    wrap = Alignment(vertical="top", wrap_text=True)
    row = 1

    # One style per kind of cell, set once and shared (as the export's _put does): styling
    # each cell anew was most of the sheet's cost.
    shared: dict[tuple[bool, bool], object] = {}

    def styled(cell: object, bold_text: bool, banded: bool) -> None:
        key = (bold_text, banded)
        if key in shared:
            cell._style = copy(shared[key])  # type: ignore[attr-defined]
            return
        cell.alignment = wrap  # type: ignore[attr-defined]
        cell.font = bold if bold_text else plain  # type: ignore[attr-defined]
        if banded:
            cell.fill = _BAND  # type: ignore[attr-defined]
        shared[key] = copy(cell._style)  # type: ignore[attr-defined]

    def put(label: str, text: str, font: Font = plain, fill: PatternFill | None = None
            ) -> None:
        nonlocal row
        a, b = ws.cell(row=row, column=1), ws.cell(row=row, column=2)
        # The framework's own texts, already checked when it was loaded: written as text
        # directly (openpyxl's per-value checks were a third of the sheet's time), and a
        # rubric line is never a formula, whatever it starts with.
        a._value, a.data_type = label, "s"
        b._value, b.data_type = text, "s"
        styled(a, True, fill is not None)
        styled(b, font is bold, fill is not None)
        # Bold text is wider: fewer characters to a line.
        fit_row(ws, row, line_count(text, TEXT_WIDTH if font is plain else 85, RUNNING_TEXT))
        row += 1

    put(m("Guide"), m("For each element: what it is, what to ask, and what each score "
                      "means. Write the score and the note in the Evidence sheet."), bold)
    for element in shown.elements:
        row += 1
        domain = shown.domain(element.domain).name
        put(f"{element.number:02d}", f"{element.name} ({domain})", bold, _BAND)
        put(m("Definition"), element.definition)
        put(m("Ask"), "\n".join(f"• {q}" for q in element.questions))
        for level in shown.score_levels:
            put(f"{level.score} {level.name}", element.rubric[level.score])
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.protection.sheet = True
    return ws
