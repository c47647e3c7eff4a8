"""``scfield summary``: the office workbook of all assessments, for pivot tables and charts.

Tidy data: one row per assessment × element, and one row per assessment ×
domain, plus one row per assessment with its overall score and stage. The
numbers come from ``load_scorecard``, so they are the ones ``scfield show``
prints (rounded to two decimals the same way).

The workbook leaves the team, so it follows ``scfield.disclosure``: no note, name,
role or organisation of any interview, and per element the number of notes from
confidential interviews ("Confidential notes"), which count in the score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from scfield.compare import Comparison, compare_assessments
from scfield.disclosure import confidential_note_counts
from scfield.errors import N_, Text
from scfield.framework import framework_for
from scfield.progress import NO_PROGRESS, Progress
from scfield.scorecard import load_scorecard
from scfield.store.database import Store
from scfield.sync.export import save_workbook
from scfield.sync.summary_compare import write_compare_sheet

ID_COLUMNS = ("Title", "Country", "City", "Level", "Status", "Start date")
SHEETS = {
    "Assessments": ID_COLUMNS + ("Overall", "Stage", "Stage reason", "Scale-up approach",
                                 "Assessment ID"),
    "Elements": ID_COLUMNS + ("No.", "Element", "Domain", "Score", "Provisional", "Rating",
                              "Evidence notes", "Confidential notes", "Spread", "Assessment ID"),
    "Domains": ID_COLUMNS + ("Domain", "Score", "Stage", "Elements scored",
                             "Elements with evidence", "Elements", "Assessment ID"),
}
WIDTHS = {"Assessment ID": 38, "Title": 50, "Element": 40, "Stage reason": 70,
          "Stage": 22, "Country": 14, "City": 14}


def _r2(x: float | None) -> float | None:
    return None if x is None else round(x, 2)


def _text(ws: Any, row: list[Any]) -> None:
    """Append a row whose strings stay text (never formulas), in time linear in the row.

    ``ws[ws.max_row]`` would count every cell of the sheet on each call, which made the
    summary quadratic (683 s at 1,000 assessments); the row just appended is
    ``ws._current_row``, and ``ws.cell`` finds each of its cells directly."""
    ws.append(row)
    at = ws._current_row
    for column, value in enumerate(row, start=1):
        if isinstance(value, str):
            ws.cell(row=at, column=column).data_type = "s"


@dataclass
class SummaryData:
    """What the office workbook shows, read from the database: each sheet's rows, and the
    comparison for the Compare sheet. Laying it out needs no database, so the app does it
    on another thread than the database's."""

    rows: dict[str, list[list[Any]]] = field(default_factory=dict)
    comparison: Comparison | None = None


def read_summary(store: Store, progress: Progress = NO_PROGRESS,
                 compare: Sequence[str] = ()) -> SummaryData:
    """Score every assessment; with ``compare`` (assessment ids), compare them too
    (``CompareError`` if they cannot be)."""
    data = SummaryData({title: [] for title in SHEETS})
    rows = store.query("SELECT * FROM assessments ORDER BY start_date, title")
    confidential = confidential_note_counts(store)
    for done, a in enumerate(rows):
        progress.step(done, len(rows), a["title"])
        card = load_scorecard(store, a)
        fw = framework_for(a["framework_id"], a["framework_version"])
        ident = [a["title"], a["country"], a["city"], a["level"], a["status"],
                 a["start_date"]]
        data.rows["Assessments"].append(ident + [
            _r2(card.overall), card.stage.name if card.stage else None, card.stage_reason,
            card.scale_up.key, a["id"]])
        domain_names = {d.key: d.name for d in card.domains}
        for e in card.elements:
            data.rows["Elements"].append(ident + [
                e.number, e.name, domain_names.get(e.domain, fw.domain(e.domain).name),
                _r2(e.score), "yes" if e.provisional else "no", e.rating, e.evidence_count,
                confidential.get((a["id"], e.number), 0), e.spread, a["id"]])
        for d in card.domains:
            data.rows["Domains"].append(ident + [
                d.name, _r2(d.score), d.stage.name if d.stage else None, d.coverage.scored,
                d.coverage.with_evidence, d.coverage.elements, a["id"]])
    if compare:
        data.comparison = compare_assessments(store, compare)
    progress.step(len(rows), len(rows), Text(N_("saving")))
    return data


def lay_out_summary(data: SummaryData, out: str | Path,
                    progress: Progress = NO_PROGRESS) -> Path:
    """Write the office workbook from what ``read_summary`` read."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, header in SHEETS.items():
        ws = wb.create_sheet(title)
        ws.append(list(header))
        for n, name in enumerate(header, start=1):
            cell = ws.cell(row=1, column=n)
            cell.font = Font(name="Calibri", bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="1F4E78")
            ws.column_dimensions[get_column_letter(n)].width = WIDTHS.get(name, 12)
        ws.freeze_panes = "B2"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}1"
        for row in data.rows.get(title, []):
            _text(ws, row)
        progress.check()
    if data.comparison is not None:
        write_compare_sheet(wb, data.comparison)
    return save_workbook(wb, out)


def write_summary(store: Store, out: str | Path, progress: Progress = NO_PROGRESS,
                  compare: Sequence[str] = ()) -> Path:
    """The office workbook; with ``compare`` (assessment ids), also the Compare sheet."""
    return lay_out_summary(read_summary(store, progress, compare), out, progress)
