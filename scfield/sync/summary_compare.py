"""The office summary's *Compare* sheet: chosen assessments side by side, ready for a chart.

``scfield summary OUT.xlsx --compare ID ID…`` adds it. One column per assessment
(in the order given), then the change (two assessments: last minus first) or the
group's median (three or more): first who they are (title, date, stage, overall),
then the five domains and then the 21 elements as rows — the shape a spreadsheet's
chart wizard takes as it is. A clustered bar chart of the domains is already there.

The numbers are ``scfield.compare``'s, so they equal ``scfield compare``'s. Only
scores, stages and titles are written: no note, interviewee or rationale, so the
sheet can leave the team like the rest of the office workbook.
"""

from __future__ import annotations

from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from scfield.compare import Comparison, r2

SHEET = "Compare"
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(name="Calibri", bold=True, color="FFFFFF")


def column_labels(comparison: Comparison) -> list[str]:
    """"Da Nang 2024", "Da Nang 2025", …; made unique with [n] when two would read the same."""
    labels = [f"{a.city or a.country or a.title} {a.date[:4]}".strip()
              for a in comparison.assessments]
    return [f"{label} [{n}]" if labels.count(label) > 1 else label
            for n, label in enumerate(labels, start=1)]


def _row(ws: Any, values: list[Any], header: bool = False) -> int:
    ws.append(values)
    row = ws.max_row
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=col)
        if isinstance(value, str):
            cell.data_type = "s"   # a title starting with "=" stays text
        elif isinstance(value, float):
            cell.number_format = "0.00"
        if header:
            cell.font, cell.fill = HEAD_FONT, HEAD_FILL
    return row


def write_compare_sheet(wb: Workbook, comparison: Comparison) -> None:
    """Add the Compare sheet of ``comparison`` (``scfield.compare.compare_assessments``)."""
    pair = len(comparison.assessments) == 2
    last = "Change" if pair else "Median"
    labels = column_labels(comparison)
    ws = wb.create_sheet(SHEET)
    people = comparison.assessments
    _row(ws, ["Assessment", *labels, last], header=True)
    _row(ws, ["Title", *[a.title for a in people]])
    _row(ws, ["Date", *[a.date for a in people]])
    _row(ws, ["Stage", *[a.stage for a in people]])
    _row(ws, ["Overall", *[r2(a.overall) for a in people],
              r2(comparison.overall_change if pair else comparison.overall_median)])
    _row(ws, ["Elements scored", *[a.coverage.scored for a in people]])
    _row(ws, ["Assessment ID", *[a.id for a in people]])
    ws.append([])
    first = _row(ws, ["Domain", *labels, last], header=True)
    for d in comparison.domains:
        _row(ws, [d.name, *[r2(s) for s in d.scores], r2(d.change if pair else d.median)])
    domains_end = ws.max_row
    ws.append([])
    _row(ws, ["Element", *labels, last], header=True)
    for e in comparison.elements:
        _row(ws, [f"{e.number:02d} {e.name}", *[r2(s) for s in e.scores],
                  r2(e.change if pair else e.median)])
    ws.column_dimensions["A"].width = 48
    for col in range(2, len(labels) + 3):
        ws.column_dimensions[get_column_letter(col)].width = 16
    ws.freeze_panes = "B2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    chart = BarChart()
    chart.type = "col"
    chart.title = "Domain scores"
    chart.y_axis.title = "Score (0–4)"
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 4
    chart.add_data(Reference(ws, min_col=2, max_col=len(labels) + 1, min_row=first,
                             max_row=domains_end), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first + 1, max_row=domains_end))
    chart.width, chart.height = 18, 9
    ws.add_chart(chart, f"{get_column_letter(len(labels) + 4)}{first}")
