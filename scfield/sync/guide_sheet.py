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

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from scfield.framework import Framework
from scfield.messages import Messages

GUIDE = "Guide"
LABEL_WIDTH, TEXT_WIDTH = 16, 100
_LINE_HEIGHT = 15.0
_BAND = PatternFill("solid", fgColor="DDEBF7")


def _height(text: str, width: int = TEXT_WIDTH) -> float:
    """Rows grow with their wrapped text (Calc and Excel do not measure on open)."""
    per_line = int(width * 1.25)  # characters of 11-pt Calibri in a column this wide
    lines = sum(max(1, -(-sum(2 if ord(c) >= 0x2E80 else 1 for c in part) // per_line))
                for part in text.split("\n"))
    return min(409.0, lines * _LINE_HEIGHT + 2)


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

    def put(label: str, text: str, font: Font = plain, fill: PatternFill | None = None
            ) -> None:
        nonlocal row
        a, b = ws.cell(row=row, column=1, value=label), ws.cell(row=row, column=2)
        b.value = text
        b.data_type = "s"  # a rubric line is never a formula, whatever it starts with
        for cell in (a, b):
            cell.alignment = wrap
            cell.font = font
            if fill is not None:
                cell.fill = fill
        a.font = bold
        ws.row_dimensions[row].height = _height(text)
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
