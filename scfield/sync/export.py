"""``scfield export`` and ``scfield template``: the field workbook an expert fills anywhere.

The workbook works in Excel and in LibreOffice Calc alike, which shapes it:
dropdowns point at ranges on the ``Lists`` sheet (Excel caps a literal list at
255 characters); text that looks like a formula is stored as text; yes/no and
scores are plain text and whole numbers (Calc turns booleans into formulas and
keeps 15 digits of a float); the merge base lives in a *hidden* (not
"very hidden", which Calc drops) ``_sync`` sheet. Freeze panes are a comfort
only: the import never relies on them.

The Instructions sheet and the other texts the import never reads (dropdown
messages, element and domain names in grey columns, the meaning of each score)
are in the assessment's language; sheet names, header cells, dropdown values
and the ``_sync`` sheet are the same in every language, so that a workbook
exported in any language imports in any office.
"""

from __future__ import annotations

import hashlib
from functools import cache, partial
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill, Protection
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from scfield.disclosure import team_only_notice
from scfield.errors import ScfieldError, Text
from scfield.files import atomic_output
from scfield.framework import Framework, default_framework, framework_for
from scfield.i18n import translated_framework
from scfield.messages import ENGLISH, N_, Messages, assessment_language, messages
from scfield.progress import NO_PROGRESS, Progress
from scfield.store.database import Store, new_id, now
from scfield.store.queries import interviews_of, ratings_of
from scfield.store.records import CONFIDENCE, HELIX_GROUPS, LEVELS, interview_elements
from scfield.sync import layout as L
from scfield.sync.guide_sheet import level_hint, write_guide
from scfield.sync.rowheights import fit_row, line_count

MAX_INPUT_ROWS = 2000  # rows the dropdowns and unlocked columns cover for additions

# The Instructions sheet, one paragraph per row ("" leaves a row empty). Sheet names,
# headers and list values are quoted in English in every language: the workbook keeps them.
INSTRUCTIONS = (
    N_("How to fill this workbook"),
    N_("This workbook holds one smart-city readiness assessment. Fill it in Excel or "
       "LibreOffice Calc, save it as .xlsx (not .xls, not .xlsm) and send it back to the "
       "office. The office imports it with scfield; nothing you write is lost, and if the "
       "office changed the same value in the meantime both versions are kept for review."),
    "",
    N_("Assessment: the city or country profile, one field per row. Fill the Value column."),
    "",
    N_("Interviews: one row per interview. To add an interview, fill a new row at the bottom "
       "and leave ID empty. The Interview column is the name evidence rows use for the "
       "interview; if you leave it empty it becomes \"date · interviewee\". Helix group: "
       "public, private, academia or citizen. Consent and Confidential: yes or no. Elements: "
       "the element numbers discussed, such as 1,2,5 (empty means all 21)."),
    "",
    N_("Evidence: one row per interview and element. Choose the interview by its name from "
       "the Interviews sheet, the element by its number (No.), a score from 0 to 4 (leave it "
       "empty if the element was not discussed), what was said (Note), where it comes from "
       "(Source) and your confidence (high, medium, low). To add evidence, fill a new row and "
       "leave ID empty."),
    "",
    N_("Ratings: your consolidated score for each of the 21 elements, with the reason."),
    "",
    N_("Scores: {scores} (see Lists). The Guide sheet gives each element's definition, "
       "the questions to ask and what each score means for it."),
    "",
    N_("Please do not change the ID columns, the sheet names or the first row of each sheet, "
       "and do not delete the hidden _sync sheet: it lets the office merge your changes field "
       "by field. Deleting a row does not delete anything in the office database."),
    "",
)
# Added in every language but English: why some words in the workbook stay English.
ENGLISH_WORDS = N_(
    "The sheet names, the first row of each sheet and the values of the lists (yes, no; "
    "high, medium, low; public, private, academia, citizen; city, country) stay in English, "
    "whatever the language of these instructions: write them as they are, so that any "
    "office can import the workbook.")


def instructions(framework: Framework, m: Messages = ENGLISH) -> list[str]:
    """The Instructions sheet's rows in ``m``'s language (``framework`` translated alike)."""
    scores = " · ".join(f"{s.score} {s.name}" for s in framework.score_levels)
    rows = [m(text, scores=scores) if text else "" for text in INSTRUCTIONS]
    return rows if m.english else [*rows, m(ENGLISH_WORDS)]


GREY = PatternFill("solid", fgColor="E7E6E6")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")


def _styles(wb: Workbook) -> None:
    """Named styles: one lookup per cell instead of four style objects."""
    top = Alignment(vertical="top")
    body = Font(name="Calibri", size=11)
    styles = [
        NamedStyle("sc_header", font=Font(name="Calibri", size=11, bold=True,
                                             color="FFFFFF"), fill=HEADER_FILL,
                   alignment=Alignment(vertical="center", wrap_text=True),
                   protection=Protection(locked=True)),
        NamedStyle("sc_id", font=Font(name="Calibri", color="7F7F7F", size=9), fill=GREY,
                   alignment=top, protection=Protection(locked=True)),
        NamedStyle("sc_info", font=Font(name="Calibri", size=11, color="595959"), fill=GREY,
                   alignment=Alignment(vertical="top", wrap_text=True),
                   protection=Protection(locked=True)),
        NamedStyle("sc_note", font=body, alignment=Alignment(vertical="top", wrap_text=True)),
        NamedStyle("sc_cell", font=body, alignment=top, protection=Protection(locked=False),
                   number_format="@"),
        NamedStyle("sc_number", font=body,
                   alignment=Alignment(vertical="top", horizontal="center"),
                   protection=Protection(locked=False)),
        NamedStyle("sc_wrap", font=body, alignment=Alignment(vertical="top", wrap_text=True),
                   protection=Protection(locked=False), number_format="@"),
        # a text longer than a cell holds, shown shortened: grey and locked, since
        # the import never writes it over the office's whole text
        NamedStyle("sc_long", font=Font(name="Calibri", size=11, color="595959"), fill=GREY,
                   alignment=Alignment(vertical="top", wrap_text=True),
                   protection=Protection(locked=True), number_format="@"),
    ]
    for style in styles:
        wb.add_named_style(style)


def _style_of(column: L.Column) -> str:
    if column.kind == "id":
        return "sc_id"
    if column.field is None and column.kind != "label":
        return "sc_info"
    if column.kind in ("score", "element"):
        return "sc_number"
    return "sc_wrap" if column.wrap else "sc_cell"


FORMULA_START = ("=", "+", "-", "@", "\t")


def _put(ws: Worksheet, row: int, col: int, value: Any, style: str | None = None,
         cleaned: bool = False) -> None:
    """Write one cell. Empty cells are not written: their column's style (editable,
    wrapped, or grey and locked for IDs) applies to them, also in rows added later.

    ``cleaned``: the text already went through ``layout.clean_text`` (illegal
    characters removed, cut at Excel's limit), so openpyxl's own check, the same
    regex again, is skipped: it was a tenth of the export's time.
    """
    if value is None or value == "":
        return
    if cleaned and isinstance(value, str):
        # always text: "=SUM(…)" typed as a note stays a note
        cell = _new_cell(ws, row, col, value, "s")
    elif type(value) is int:
        cell = _new_cell(ws, row, col, value, "n")
    else:
        cell = ws.cell(row=row, column=col, value=value)
        if isinstance(value, str) and value.startswith(FORMULA_START):
            cell.data_type = "s"   # "=SUM(…)" typed as a note stays a note
    if style:
        # Share the style array of a prototype cell instead of a named-style lookup per
        # cell (the export is measured against a bare openpyxl write). Safe because no
        # cell's style is changed after it is written.
        prototypes = ws.parent.__dict__.setdefault("_scfield_styles", {})
        proto = prototypes.get(style)
        if proto is None:
            cell.style = style
            proto = prototypes[style] = cell._style = _SharedStyle(cell._style)
        else:
            cell._style = proto


class _SharedStyle(StyleArray):
    """The style array many cells share, its hash computed once: saving looks up every
    styled cell's array (``hash(tuple(array))`` each time), a tenth of the save's time.
    Never changed once shared, so the cached hash stays true."""

    __slots__ = ("_hash",)

    def __hash__(self) -> int:
        try:
            return self._hash
        except AttributeError:
            self._hash: int = hash(tuple(self))
            return self._hash


def _new_cell(ws: Worksheet, row: int, col: int, value: str | int, data_type: str) -> Cell:
    """A new cell holding ``value`` as it is (already checked: cleaned text, or a whole
    number), put in the sheet without ``Worksheet.cell``'s lookups and ``Cell``'s checked
    initialisation, which together cost more than the rest of writing a row. The cell is
    what ``ws.cell(row, col)`` followed by setting ``_value`` and ``data_type`` makes."""
    cell = _NEW_CELL(Cell)
    cell.parent = ws
    cell._style = None   # no style until _put gives it one (as Cell() leaves it)
    cell.row, cell.column = row, col
    cell._value, cell.data_type = value, data_type
    cell._hyperlink = cell._comment = None
    ws._cells[(row, col)] = cell
    if row > ws._current_row:
        ws._current_row = row
    return cell


_NEW_CELL = Cell.__new__


TYPED_TEXT = ("text", "label", "ref")


def _header(ws: Worksheet, columns: tuple[L.Column, ...]) -> None:
    for n, column in enumerate(columns, start=1):
        _put(ws, 1, n, column.header, "sc_header")
        dim = ws.column_dimensions[get_column_letter(n)]
        dim.width = column.width
        if column.kind == "id":
            dim.fill = GREY
            dim.font = Font(name="Calibri", color="7F7F7F", size=9)
        elif column.field is None and column.kind != "label":
            dim.fill = GREY
        else:
            # Cells below the data (rows the expert adds) stay editable under protection.
            dim.protection = Protection(locked=False)
            if column.kind in TYPED_TEXT:
                # Text format, so that "=SUM(A1)" typed into an empty cell in Calc or
                # Excel stays what was typed instead of becoming a formula.
                dim.number_format = "@"
            if column.wrap:
                dim.alignment = Alignment(vertical="top", wrap_text=True)
    # The row's subject stays in view while scrolling right: the interview, or the
    # element's number, domain and name.
    ws.freeze_panes = "B2" if ws.title != L.RATINGS else "D2"
    ws.row_dimensions[1].height = 20


def _print_setup(ws: Worksheet) -> None:
    """Printed (or PDF'd) sheets fit the page width, landscape, with the header repeated."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if ws.title != L.INSTRUCTIONS:
        ws.print_title_rows = "1:1"


def _protect(ws: Worksheet) -> None:
    """Protect (without a password) so the ID columns cannot be typed over by accident;
    rows can still be added, sorted and filtered."""
    p = ws.protection
    p.sheet = True
    p.insertRows = False
    p.deleteRows = False
    p.formatColumns = False
    p.formatRows = False
    p.sort = False
    p.autoFilter = False


def _dropdown(ws: Worksheet, formula: str, column: int, prompt: str,
              m: Messages = ENGLISH, hint: tuple[str, str] | None = None) -> None:
    """A list to pick from; the warning's title and ``prompt`` (already in ``m``'s
    language) are only shown, never read back. ``hint``: the input message (title,
    text) shown when the cell is selected."""
    letter = get_column_letter(column)
    dv = DataValidation(type="list", formula1=formula, allow_blank=True,
                        showErrorMessage=True, errorStyle="warning",
                        errorTitle=m("Not in the list"), error=prompt)
    if hint is not None:
        dv.showInputMessage = True
        dv.promptTitle, dv.prompt = hint
    dv.add(f"{letter}2:{letter}{MAX_INPUT_ROWS}")
    ws.add_data_validation(dv)


def _lists(ws: Worksheet, framework: Framework, shown: Framework) -> dict[str, str]:
    """The choices behind the dropdowns; returns the range formula of each list.

    The dropdowns' values come from ``framework`` (English, what the import reads);
    the meanings and names beside them from ``shown`` (the workbook's language).
    """
    columns = [
        ("Score", [s.score for s in framework.score_levels]),
        ("Meaning", [s.name for s in shown.score_levels]),
        ("Confidence", list(CONFIDENCE)),
        ("Helix group", list(HELIX_GROUPS)),
        ("Yes / no", [L.YES, L.NO]),
        ("No.", [e.number for e in framework.elements]),
        ("Element", [e.name for e in shown.elements]),
        ("Level", list(LEVELS)),
    ]
    ranges = {}
    for n, (title, values) in enumerate(columns, start=1):
        letter = get_column_letter(n)
        _put(ws, 1, n, title, "sc_header")
        for r, value in enumerate(values, start=2):
            _put(ws, r, n, value, "sc_number" if isinstance(value, int) else None)
        ws.column_dimensions[letter].width = {"Element": 44, "Meaning": 24, "Score": 8,
                                              "No.": 6}.get(title, 14)
        ranges[title] = f"Lists!${letter}$2:${letter}${len(values) + 1}"
    ws.freeze_panes = "A2"
    return ranges


class _Sync:
    """Collects the ``_sync`` rows and a checksum over them (to notice an edited sheet)."""

    def __init__(self) -> None:
        self.rows: list[list[str]] = []

    def add(self, *cells: Any) -> None:
        self.rows.append([L.sync_text(c) for c in cells])

    def write(self, ws: Worksheet) -> None:
        """Every value as text (never a formula). They are the normalised exported values
        (``_base``: texts already cleaned of what a cell cannot hold and within its length),
        ids, revisions and hashes, so openpyxl's per-value check — a quarter of the whole
        export's time, over the thousands of _sync cells — is skipped."""
        digest = checksum(self.rows)
        for r, cells in enumerate(self.rows + [["checksum", digest]], start=1):
            for c, value in enumerate(cells, start=1):
                if value:
                    _new_cell(ws, r, c, value, "s")
        ws.sheet_state = "hidden"


def checksum(rows: list[list[str]]) -> str:
    h = hashlib.sha256()
    for cells in rows:
        while cells and cells[-1] == "":
            cells = cells[:-1]
        h.update(("\x1f".join(cells) + "\x1e").encode("utf-8"))
    return h.hexdigest()


def _base(table: str, row: dict[str, Any] | None, framework: Framework,
          extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The normalised exported values of one record (what the merge compares with)."""
    values = {}
    for field in L.SYNC_FIELDS[table]:
        if extra and field in extra:
            values[field] = extra[field]
        elif row is None:
            kind = L.KIND_OF[table][field]
            values[field] = None if kind == "score" else L.DEFAULTS.get(kind, "")
        else:
            values[field] = L.normalise(table, field, row.get(field), framework)
    return values


def build_workbook(framework: Framework, assessment: dict[str, Any] | None,
                   interviews: list[dict[str, Any]], evidence: list[dict[str, Any]],
                   ratings: dict[int, dict[str, Any]], meta: dict[str, str],
                   progress: Progress = NO_PROGRESS, language: str | None = None) -> Workbook:
    """The whole field workbook as an openpyxl ``Workbook`` (not yet saved).

    ``framework`` is the English one the values are checked against; the texts
    only shown are in ``language`` (English when None).
    """
    m = messages(language)
    shown = translated_framework(framework, m.language)
    wb = Workbook()
    _styles(wb)
    ws = wb.active
    ws.title = L.INSTRUCTIONS
    ws.column_dimensions["A"].width = 110
    for r, line in enumerate([*instructions(shown, m), *team_only_notice(interviews, m)],
                             start=1):
        _put(ws, r, 1, line, "sc_header" if r == 1 else "sc_note")
        fit_row(ws, r, line_count(line, 110))
    write_guide(wb, shown, m)
    levels = level_hint(shown, m)
    sheets = {name: wb.create_sheet(name) for name in L.SHEETS[1:]}
    ranges = _lists(sheets[L.LISTS], framework, shown)
    sync = _Sync()
    sync.add(L.FORMAT, L.FORMAT_VERSION)
    for key in ("kind", "framework_id", "framework_version", "assessment_id", "database_id",
                "exported_at", "export_id"):
        sync.add(key, meta.get(key, ""))
    sync.add("records")

    # Assessment: label / value.
    ws = sheets[L.ASSESSMENT]
    _put(ws, 1, 1, "Field", "sc_header")
    _put(ws, 1, 2, "Value", "sc_header")
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 90
    # Empty values (a blank template) stay editable and text, like the filled ones.
    ws.column_dimensions["B"].protection = Protection(locked=False)
    ws.column_dimensions["B"].number_format = "@"
    base = _base("assessments", assessment, framework)
    r = 1
    for r, (label, field, kind) in enumerate(L.ASSESSMENT_ROWS, start=2):
        _put(ws, r, 1, label, "sc_info")
        value = L.to_cell(kind, base[field]) if assessment else None
        _put(ws, r, 2, value, "sc_long" if L.is_shortened(value) else "sc_wrap")
        fit_row(ws, r, line_count(value, 90))
    info = ((assessment or {}).get("id", meta.get("assessment_id", "")),
            (assessment or {}).get("status", "draft"),
            f"{shown.title} ({framework.id} {framework.version})",
            # when: without _sync, the import trusts a value only if the office's
            # audit log shows it unchanged since then
            meta.get("exported_at", ""))
    for label, value in zip(L.ASSESSMENT_INFO, info, strict=True):
        r += 1
        _put(ws, r, 1, label, "sc_info")
        _put(ws, r, 2, value, "sc_info")
    dv = DataValidation(type="list", formula1=ranges["Level"], allow_blank=True)
    dv.add("B5")
    ws.add_data_validation(dv)
    ws.freeze_panes = "B2"
    _protect(ws)
    if assessment:
        sync.add("assessments", assessment["id"], assessment["revision"],
                 L.record_hash(base, L.SYNC_FIELDS["assessments"]),
                 *(base[f] for f in L.SYNC_FIELDS["assessments"]))

    # Interviews.
    ws = sheets[L.INTERVIEWS]
    _header(ws, L.INTERVIEW_COLUMNS)
    labels = L.unique_labels([(i["date"], i["interviewee"]) for i in interviews])
    label_of = {}
    for r, (row, label) in enumerate(zip(interviews, labels, strict=True), start=2):
        label_of[row["id"]] = label
        b = _base("interviews", row, framework)
        _row(ws, r, L.INTERVIEW_COLUMNS, dict(b, id=row["id"]), label)
        sync.add("interviews", row["id"], row["revision"],
                 L.record_hash(b, L.SYNC_FIELDS["interviews"]),
                 *(b[f] for f in L.SYNC_FIELDS["interviews"]))
    at = partial(L.column_number, L.INTERVIEW_COLUMNS)
    _dropdown(ws, ranges["Helix group"], at("Helix group"),
              m("Choose public, private, academia or citizen."), m)
    _dropdown(ws, ranges["Yes / no"], at("Consent"), m("Write yes or no."), m)
    _dropdown(ws, ranges["Yes / no"], at("Confidential"), m("Write yes or no."), m)
    _protect(ws)
    progress.check()

    # Evidence: the notes taken, then an empty row for each element not yet covered.
    score_prompt = m("A score is a whole number {low}–{high}, or empty.",
                     low=framework.score_levels[0].score, high=framework.score_levels[-1].score)
    ws = sheets[L.EVIDENCE]
    _header(ws, L.EVIDENCE_COLUMNS)
    by_interview: dict[str, list[dict[str, Any]]] = {}
    for ev in evidence:
        by_interview.setdefault(ev["interview_id"], []).append(ev)
    r = 1
    for interview in interviews:
        label = label_of[interview["id"]]
        notes = by_interview.get(interview["id"], [])
        covered = {ev["element"] for ev in notes}
        rows = [(ev["element"], ev) for ev in notes]
        rows += [(n, None) for n in interview_elements(interview, framework) if n not in covered]
        rows.sort(key=lambda x: x[0])
        for number, ev in rows:
            r += 1
            name = shown.element(number).name
            if ev is None:
                _row(ws, r, L.EVIDENCE_COLUMNS, {"element": number, "interview_id": label,
                                                  "confidence": ""}, name, blank=True)
                continue
            b = _base("evidence", ev, framework, {"interview_id": ev["interview_id"]})
            _row(ws, r, L.EVIDENCE_COLUMNS, dict(b, id=ev["id"], interview_id=label), name)
            sync.add("evidence", ev["id"], ev["revision"],
                     L.record_hash(b, L.SYNC_FIELDS["evidence"]),
                     *(b[f] for f in L.SYNC_FIELDS["evidence"]))
    at = partial(L.column_number, L.EVIDENCE_COLUMNS)
    labels = get_column_letter(L.column_number(L.INTERVIEW_COLUMNS, "Interview"))
    _dropdown(ws, f"Interviews!${labels}$2:${labels}${MAX_INPUT_ROWS}", at("Interview"),
              m("Choose an interview named in the Interviews sheet."), m)
    _dropdown(ws, ranges["No."], at("No."), m("Choose an element number {first}–{last}.",
                                              first=framework.elements[0].number,
                                              last=framework.elements[-1].number), m)
    _dropdown(ws, ranges["Score"], at("Score"), score_prompt, m, levels)
    _dropdown(ws, ranges["Confidence"], at("Confidence"), m("Choose high, medium or low."),
              m)
    _protect(ws)
    progress.check()

    # Ratings: all elements, rated or not.
    ws = sheets[L.RATINGS]
    _header(ws, L.RATING_COLUMNS)
    for r, element in enumerate(framework.elements, start=2):
        rating = ratings.get(element.number)
        b = _base("ratings", rating, framework, {"element": element.number})
        info = (shown.domain(element.domain).name, shown.element(element.number).name)
        _row(ws, r, L.RATING_COLUMNS, dict(b, id=rating["id"] if rating else ""), *info,
             blank=rating is None)
        sync.add("ratings", rating["id"] if rating else "",
                 rating["revision"] if rating else "",
                 L.record_hash(b, L.SYNC_FIELDS["ratings"]),
                 *(b[f] for f in L.SYNC_FIELDS["ratings"]))
    at = partial(L.column_number, L.RATING_COLUMNS)
    _dropdown(ws, ranges["Score"], at("Score"), score_prompt, m, levels)
    _dropdown(ws, ranges["Confidence"], at("Confidence"), m("Choose high, medium or low."),
              m)
    _protect(ws)

    sync.write(sheets[L.SYNC])
    for ws in wb.worksheets[:-1]:
        _print_setup(ws)
    return wb


@cache
def _styled(columns: tuple[L.Column, ...]) -> tuple[tuple[L.Column, str], ...]:
    return tuple((column, _style_of(column)) for column in columns)


def _row(ws: Worksheet, r: int, columns: tuple[L.Column, ...], values: dict[str, Any],
         *info: str, blank: bool = False) -> None:
    """One data row; ``info`` fills the label / read-only columns in order."""
    texts = list(info)
    lines = 1
    for c, (column, style) in enumerate(_styled(columns), start=1):
        cleaned = False
        if column.field is None:
            value = texts.pop(0) if texts else None
        elif column.kind in ("id", "ref"):
            value = values.get(column.field) or None
        elif blank and column.kind not in ("element",):
            value = None
        elif column.kind == "flag":
            value = L.to_cell("flag", values.get(column.field))
        else:
            value = values.get(column.field)  # already normalised (cleaned) by _base
            cleaned = True
        _put(ws, r, c, value, "sc_long" if cleaned and L.is_shortened(value) else style,
             cleaned)
        if column.wrap and value:
            lines = max(lines, line_count(value, column.width))
    fit_row(ws, r, lines)


def save_workbook(wb: Workbook, out: str | Path, password: str | None = None) -> Path:
    """Save through a temporary file in the same folder, so a crash leaves no half file;
    with ``password``, encrypted as Excel does (``scfield.sync.encryption``)."""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise ScfieldError(f"{out}: the workbook must be saved as .xlsx")
    with atomic_output(out, N_("the workbook")) as f:
        if password is None:
            wb.save(f)
        else:
            from scfield.sync.encryption import encrypt_to

            encrypt_to(wb, f, password)
    return out


def export_assessment(store: Store, assessment_id: str, out: str | Path,
                      progress: Progress = NO_PROGRESS, language: str | None = None,
                      password: str | None = None) -> Path:
    """Write the field workbook of one assessment to ``out`` (.xlsx), its instructions in
    ``language`` (default: the assessment's own language); encrypted with ``password``."""
    return write_export(read_export(store, assessment_id, progress), out, progress,
                        language, password)


def read_export(store: Store, assessment_id: str, progress: Progress = NO_PROGRESS
                ) -> dict[str, Any]:
    """What the field workbook of one assessment holds, read from the database (the
    app reads on its database thread and writes the workbook on another)."""
    assessment = store.get("assessments", assessment_id)
    framework = framework_for(assessment["framework_id"], assessment["framework_version"])
    progress.step(0, 3, Text(N_("reading the assessment")))
    interviews = interviews_of(store, assessment_id)
    evidence = store.query(
        "SELECT e.* FROM evidence e JOIN interviews i ON i.id = e.interview_id "
        "WHERE i.assessment_id = ? ORDER BY e.element, e.created_at, e.id", [assessment_id])
    ratings = ratings_of(store, assessment_id)
    meta = {"kind": "export", "framework_id": framework.id,
            "framework_version": framework.version, "assessment_id": assessment_id,
            "database_id": store.database_id, "exported_at": now(), "export_id": new_id()}
    return {"framework": framework, "assessment": assessment, "interviews": interviews,
            "evidence": evidence, "ratings": ratings, "meta": meta}


def write_export(read: dict[str, Any], out: str | Path, progress: Progress = NO_PROGRESS,
                 language: str | None = None, password: str | None = None) -> Path:
    """Build and save the workbook ``read_export`` read; needs no database."""
    progress.step(1, 3, Text(N_("building the workbook")))
    wb = build_workbook(read["framework"], read["assessment"], read["interviews"],
                        read["evidence"], read["ratings"], read["meta"], progress,
                        assessment_language(read["assessment"], language))
    progress.step(2, 3, Text(N_("saving")))
    path = save_workbook(wb, out, password)
    progress.step(3, 3, Text(N_("done")))
    return path


def write_template(out: str | Path, framework: Framework | None = None,
                   language: str | None = None) -> Path:
    """A blank workbook to start an assessment in the field without the app (its
    instructions in ``language``, English by default).

    It carries a new assessment id, so importing it twice (or two copies of it) fills
    one assessment, not two.
    """
    framework = framework or default_framework()
    meta = {"kind": "template", "framework_id": framework.id,
            "framework_version": framework.version, "assessment_id": new_id(),
            "database_id": "", "exported_at": now(), "export_id": new_id()}
    return save_workbook(build_workbook(framework, None, [], [], {}, meta,
                                        language=assessment_language(None, language)), out)
