"""Reading a returned workbook safely, and checking every cell before anything is written.

A workbook from the field is untrusted input. Before openpyxl touches it,
``container.py`` looks at the bytes and at the zip directory (OLE files, macro
workbooks, zip bombs, padded files). openpyxl parses the XML through defusedxml, which refuses
entity declarations (XML bombs, XXE); we turn that into our own message. Then
every sheet is read (read-only, streaming) and every cell checked, collecting
all problems with their sheet, row and column, so the expert can fix them in
one go.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

from scfield.errors import N_, FrameworkError, InvalidValue, ScfieldError, Text
from scfield.framework import Framework, framework_for
from scfield.sync import layout as L
from scfield.sync.container import (  # noqa: F401 - importers of the reader use these
    MAX_FILE_BYTES,
    MAX_MEMBER_BYTES,
    MAX_SHARED_STRINGS,
    MAX_TOTAL_BYTES,
    OLE_MAGIC,
    WorkbookRefused,
    _check_xml_prologs,
    _xml_problem,
    check_container,
)

MAX_ROWS = 20_000        # data rows in one sheet
MAX_PROBLEMS = 20
EXPECTED = {"score": N_("a score 0–4 (a whole number, or empty)"),
            "element": N_("an element number"),
            "elements": N_("a list of element numbers such as 1,2,5"),
            "flag": N_("yes or no"), "date": N_("a date"), "level": N_("city or country"),
            "helix": N_("public, private, academia or citizen"),
            "confidence": N_("high, medium or low")}


@dataclass
class Row:
    """One data row as read, converted to database values."""
    sheet: str
    number: int
    id: str
    values: dict[str, Any]
    label: str = ""       # Interviews: the name evidence rows use
    ref: str = ""         # Evidence: the interview name it points at

    def where(self, column: str | None = None) -> str:
        """The row's place in English (kept in the database with a conflict)."""
        return str(self.place(column))

    def place(self, column: str | None = None) -> Text:
        """The row's place (and column), to be rendered in the reader's language."""
        if column:
            return Text(N_("sheet {sheet}, row {row}, column {column}"), sheet=self.sheet,
                        row=self.number, column=column)
        return Text(N_("sheet {sheet}, row {row}"), sheet=self.sheet, row=self.number)


@dataclass
class ParsedWorkbook:
    path: Path
    sha256: str
    meta: dict[str, str]
    framework: Framework
    sync_ok: bool
    sync_problem: Text
    base: dict[tuple[str, str], dict[str, Any]]   # (table, id or element) -> base record
    assessment: dict[str, Any]
    interviews: list[Row] = field(default_factory=list)
    evidence: list[Row] = field(default_factory=list)
    ratings: list[Row] = field(default_factory=list)
    notes: list[Text] = field(default_factory=list)   # said in the import's summary

    @property
    def name(self) -> str:
        return self.path.name


# -- the sheets ----------------------------------------------------------------------
def read_workbook(path: str | Path) -> ParsedWorkbook:
    """Open, read and check a returned workbook; raises ``WorkbookRefused``."""
    path = Path(path)
    sha = check_container(path)
    _check_xml_prologs(path, path.name)
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = load_workbook(path, read_only=True, data_only=True, keep_links=False)
            try:
                return _parse(path, sha, wb)
            finally:
                wb.close()
    except WorkbookRefused:
        raise
    except ScfieldError as exc:
        raise WorkbookRefused(path.name, [exc.text]) from None
    except Exception as exc:  # noqa: BLE001 - any parser failure is a bad file, said plainly
        raise WorkbookRefused(path.name, [_xml_problem(exc)]) from None


class _Problems:
    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[Text] = []

    def add(self, text: Text) -> None:
        self.items.append(text)
        if len(self.items) >= MAX_PROBLEMS:
            self.raise_if_any(more=True)

    def raise_if_any(self, more: bool = False) -> None:
        if self.items:
            items = list(self.items)
            if more:
                items.append(Text(N_("(stopped after the first problems)")))
            raise WorkbookRefused(self.file, items)


class _CellParser(WorkSheetParser):
    """openpyxl's sheet parser, also keeping a formula's own text beside its cached result.

    A person who types ``=SUM(A1)`` or ``=> budget approved`` into a cell Calc
    formats as General gets a formula; the cached result (``0``, ``#VALUE!``) is
    not what they wrote, the formula's text is.
    """

    def parse_cell(self, element: Any) -> dict[str, Any]:
        cell = super().parse_cell(element)
        if element.find(FORMULA_TAG) is not None:
            formula = self.parse_formula(element)
            cell["formula"] = formula if isinstance(formula, str) else None
        return cell


@dataclass
class SheetRow:
    """A row as read: cell values by position, and the formula text of formula cells."""
    number: int
    values: tuple
    formulas: dict[int, str]


def _rows(ws: Any, sheet: str, width: int, problems: _Problems,
          limit: int = MAX_ROWS + 1) -> list[SheetRow]:
    """The rows of a sheet that hold something, with their row numbers.

    Only rows holding data count towards the limit: Calc writes an empty
    ``<row r="1048576">`` after *Delete Rows*, and a sheet's dimension or last row
    number says nothing about its size. Rows missing from the XML are skipped, not
    filled in (openpyxl's own reader would make a million empty ones).
    """
    out = []
    book = ws.parent
    with ws._get_source() as src:
        parser = _CellParser(src, ws._shared_strings, data_only=True, epoch=book.epoch,
                             date_formats=book._date_formats,
                             timedelta_formats=book._timedelta_formats)
        for number, cells in parser.parse():
            values: list[Any] = [None] * width
            formulas: dict[int, str] = {}
            for cell in cells:
                col = cell["column"] - 1
                if col >= width:
                    continue
                values[col] = cell["value"]
                if cell.get("formula"):
                    formulas[col] = cell["formula"]
            if all(v is None for v in values) and not formulas:
                continue
            out.append(SheetRow(number, tuple(values), formulas))
            if len(out) > limit:
                raise WorkbookRefused(problems.file, [Text(N_(
                    "sheet {sheet} has more than {limit} rows holding data, far beyond any "
                    "real workbook"), sheet=sheet, limit=f"{MAX_ROWS:,}")])
    return out


def _read_sync(wb: Any, framework_hint: Framework | None) -> tuple[dict[str, str], list]:
    """The ``_sync`` meta and record rows, as text."""
    from scfield.sync.export import checksum

    ws = wb[L.SYNC]
    rows: list[list[str]] = []
    for row in _rows(ws, L.SYNC, 64, _Problems("_sync"), limit=3 * MAX_ROWS):
        cells = [L.cell_text(v) for v in row.values]
        while cells and cells[-1] == "":
            cells.pop()
        if cells:
            rows.append(cells)
    if not rows or rows[-1][0] != "checksum" or len(rows[-1]) < 2:
        raise ValueError("no checksum")
    if checksum(rows[:-1]) != rows[-1][1]:
        raise ValueError("checksum differs")
    meta = {}
    records = []
    in_records = False
    for cells in rows[:-1]:
        if cells[0] == "records":
            in_records = True
        elif in_records:
            records.append(cells)
        else:
            meta[cells[0]] = cells[1] if len(cells) > 1 else ""
    return meta, records


def _header_map(header: tuple, columns: tuple[L.Column, ...], sheet: str,
                problems: _Problems) -> dict[str, int]:
    found = {}
    for i, value in enumerate(header):
        text = L.cell_text(value).strip().lower()
        if text:
            found.setdefault(text, i)
    index = {}
    for column in columns:
        i = found.get(column.header.lower())
        if i is None:
            if column.required:
                problems.add(Text(N_("sheet {sheet}, row 1: the column {column} is missing "
                                     "(do not rename or delete header cells)"),
                                  sheet=sheet, column=repr(column.header)))
            continue
        index[column.header] = i
    return index


def _parse(path: Path, sha: str, wb: Any) -> ParsedWorkbook:
    name = path.name
    problems = _Problems(name)
    present = list(wb.sheetnames)
    missing = [s for s in L.SHEETS if s != L.SYNC and s not in present]
    if missing:
        raise WorkbookRefused(name, [Text(N_("sheet {sheet} is missing (sheets found: "
                                             "{found}); do not rename or delete sheets"),
                                          sheet=s, found=", ".join(present))
                                     for s in missing])

    # _sync first: it tells the framework; if it was removed or edited, say so.
    meta: dict[str, str] = {}
    records: list[list[str]] = []
    sync_ok, sync_problem = False, Text("")
    if L.SYNC in present:
        try:
            meta, records = _read_sync(wb, None)
            sync_ok = True
        except (ValueError, KeyError, IndexError):
            sync_problem = Text(N_("the hidden _sync sheet was edited, so every value was "
                                   "compared with the office database instead of the "
                                   "exported one"))
    else:
        sync_problem = Text(N_("the hidden _sync sheet is missing, so every value was "
                               "compared with the office database instead of the exported "
                               "one"))
    if sync_ok and meta.get(L.FORMAT) != L.FORMAT_VERSION:
        raise WorkbookRefused(name, [Text(N_(
            "sheet _sync: workbook format {format} is not one this version of scfield "
            "reads; update scfield"), format=repr(meta.get(L.FORMAT)))])
    if not sync_ok:
        meta = _assessment_meta_without_sync(wb, name)
    try:
        framework = framework_for(meta.get("framework_id", ""),
                                  meta.get("framework_version", ""))
    except FrameworkError as exc:
        raise WorkbookRefused(name, [Text(N_("sheet _sync: {problem}"),
                                          problem=exc.text)]) from None

    base: dict[tuple[str, str], dict[str, Any]] = {}
    if sync_ok:
        for cells in records:
            cells = cells + [""] * (4 + 16 - len(cells))
            table, rid, revision, digest = cells[:4]
            fields = L.SYNC_FIELDS.get(table)
            if fields is None:
                raise WorkbookRefused(name, [Text(N_("sheet _sync: unknown record type "
                                                     "{table}"), table=repr(table))])
            try:
                values = {f: (cells[4 + i] if L.KIND_OF[table][f] == "ref" else
                              L.from_cell(L.KIND_OF[table][f], cells[4 + i] or None, framework))
                          for i, f in enumerate(fields)}
            except InvalidValue as exc:
                raise WorkbookRefused(name, [Text(N_("sheet _sync: {problem}"),
                                                  problem=exc.text)]) from None
            key = str(values["element"]) if table == "ratings" else rid
            base[(table, key)] = {"id": rid, "revision": revision, "hash": digest,
                                  "values": values}

    notes: list[Text] = []
    parsed = ParsedWorkbook(path, sha, meta, framework, sync_ok, sync_problem, base,
                            _read_assessment(wb, framework, problems, notes))
    parsed.notes = notes
    _read_data(wb, L.INTERVIEWS, framework, problems, parsed.interviews, notes)
    _read_data(wb, L.EVIDENCE, framework, problems, parsed.evidence, notes)
    _read_data(wb, L.RATINGS, framework, problems, parsed.ratings, notes)
    problems.raise_if_any()
    _check_references(parsed, problems)
    problems.raise_if_any()
    return parsed


def _assessment_meta_without_sync(wb: Any, name: str) -> dict[str, str]:
    """With no usable ``_sync``, the Assessment sheet's info rows name the assessment."""
    from scfield.framework import default_framework

    info = {}
    for values in wb[L.ASSESSMENT].iter_rows(max_col=2, max_row=60, values_only=True):
        if len(values) >= 2:
            info[L.cell_text(values[0]).strip()] = L.cell_text(values[1]).strip()
    fw = default_framework()
    framework_text = info.get("Framework", "")
    if framework_text and f"({fw.id} {fw.version})" not in framework_text:
        raise WorkbookRefused(name, [Text(N_(
            "sheet Assessment, row Framework: {framework} is not a framework this version "
            "of scfield knows"), framework=repr(framework_text))])
    exported = info.get("Exported", "")
    created = getattr(wb.properties, "created", None)
    if not exported and created is not None:  # a workbook from before the Exported row
        exported = created.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return {"kind": "export", "framework_id": fw.id, "framework_version": fw.version,
            "assessment_id": info.get("Assessment ID", ""), "export_id": "",
            "exported_at": exported}


def _typed(row: SheetRow, i: int, kind: str, notes: list[Text], where: Row,
           column: str) -> Any:
    """The value a person typed into cell ``i`` (of ``column`` in row ``where``): for a
    text column whose cell became a formula, the formula's own text, never its result
    (said in ``notes``)."""
    formula = row.formulas.get(i)
    if formula and kind == "text":
        notes.append(Text(N_("{place}: {formula} was a formula in the workbook; its text "
                             "was kept, not its result"), place=where.place(column),
                          formula=repr(formula[:40])))
        return formula
    return row.values[i]


def _read_assessment(wb: Any, framework: Framework, problems: _Problems,
                     notes: list[Text]) -> dict[str, Any]:
    ws = wb[L.ASSESSMENT]
    labels = {label.lower(): (label, f, k) for label, f, k in L.ASSESSMENT_ROWS}
    values: dict[str, Any] = {}
    rows = _rows(ws, L.ASSESSMENT, 2, problems)
    if not rows or rows[0].number != 1 or [L.cell_text(v).strip().lower()
                                           for v in rows[0].values] != ["field", "value"]:
        problems.add(Text(N_("sheet Assessment, row 1: the header must be Field, Value")))
        return values
    for row in rows[1:]:
        n, cells = row.number, row.values
        key = L.cell_text(cells[0]).strip().lower()
        if key not in labels:
            continue
        label, field_name, kind = labels[key]
        try:
            value = _typed(row, 1, kind, notes, Row(L.ASSESSMENT, n, "", {}), "Value")
            values[field_name] = L.from_cell(kind, value, framework)
        except InvalidValue as exc:
            problems.add(Text(N_("sheet Assessment, row {row}, column Value ({label}): "
                                 "{problem}"), row=n, label=label, problem=exc.text))
        except (ValueError, TypeError, OverflowError):
            problems.add(Text(N_("sheet Assessment, row {row}, column Value ({label}): "
                                 "{value} cannot be read as {expected}"), row=n, label=label,
                              value=repr(L.cell_text(row.values[1])),
                              expected=Text(EXPECTED.get(kind, N_("text")))))
    for label, field_name, _ in L.ASSESSMENT_ROWS:
        if field_name not in values:
            problems.add(Text(N_("sheet Assessment: the row {label} is missing"),
                              label=repr(label)))
    return values


def _read_data(wb: Any, sheet: str, framework: Framework, problems: _Problems,
               out: list[Row], notes: list[Text]) -> None:
    columns = L.DATA_SHEETS[sheet]
    rows = _rows(wb[sheet], sheet, len(columns) + 8, problems)
    if not rows:
        problems.add(Text(N_("sheet {sheet}, row 1: the header row is missing"),
                          sheet=sheet))
        return
    header = rows[0].values if rows[0].number == 1 else ()
    index = _header_map(header, columns, sheet, problems)
    if any(c.required and c.header not in index for c in columns):
        return
    for sheet_row in rows[1:]:
        n, cells = sheet_row.number, sheet_row.values
        got: dict[str, Any] = {}
        raw_blank = all(v is None or (isinstance(v, str) and not v.strip()) for v in cells)
        if raw_blank and not sheet_row.formulas:
            continue
        row = Row(sheet, n, "", got)
        bad = False
        for column in columns:
            i = index.get(column.header)
            if i is None or column.kind == "info":
                continue
            value = _typed(sheet_row, i, column.kind, notes, row, column.header)
            try:
                converted = L.from_cell(column.kind, value, framework)
            except InvalidValue as exc:
                problems.add(Text(N_("{place}: {problem}"), place=row.place(column.header),
                                  problem=exc.text))
                bad = True
                continue
            except (ValueError, TypeError, OverflowError):  # said plainly, with its place
                problems.add(Text(N_("{place}: {value} cannot be read as {expected}"),
                                  place=row.place(column.header),
                                  value=repr(L.cell_text(value)),
                                  expected=Text(EXPECTED.get(column.kind, N_("text")))))
                bad = True
                continue
            if column.kind == "id":
                row.id = converted
            elif column.kind == "label":
                row.label = converted
            elif column.kind == "ref":
                row.ref = converted
            else:
                got[column.field] = converted
        if bad:
            continue
        if not row.id and _is_empty(sheet, got):
            continue  # a row offered for filling and left empty
        if sheet == L.INTERVIEWS and not row.label:
            row.label = L.interview_label(got.get("date", ""), got.get("interviewee", ""))
        out.append(row)


def _is_empty(sheet: str, values: dict[str, Any]) -> bool:
    if sheet == L.EVIDENCE:
        return values.get("score") is None and not values.get("note") and \
            not values.get("source")
    if sheet == L.RATINGS:
        return values.get("score") is None and not values.get("rationale")
    return not any(values.get(f) for f in ("date", "place", "interviewer", "interviewee",
                                           "role", "organisation"))


def _check_references(parsed: ParsedWorkbook, problems: _Problems) -> None:
    labels: dict[str, Row] = {}
    for row in parsed.interviews:
        if row.label in labels:
            problems.add(Text(N_("{place}: the name {name} is also used in row {other}; "
                                 "give each interview its own name"),
                              place=row.place("Interview"), name=repr(row.label),
                              other=labels[row.label].number))
        labels[row.label] = row
    seen_ids: dict[str, Row] = {}
    for row in parsed.interviews + parsed.evidence + parsed.ratings:
        if row.id:
            if row.id in seen_ids:
                problems.add(Text(N_("{place}: the ID {id}… is also in {other}; copied "
                                     "rows must have an empty ID"), place=row.place("ID"),
                                  id=row.id[:8], other=seen_ids[row.id].place()))
            seen_ids[row.id] = row
    for row in parsed.evidence:
        if not row.ref:
            problems.add(Text(N_("{place}: evidence must name its interview"),
                              place=row.place("Interview")))
        elif row.ref not in labels:
            problems.add(Text(N_("{place}: {name} is not an interview in the Interviews "
                                 "sheet"), place=row.place("Interview"), name=repr(row.ref)))
    elements: dict[int, Row] = {}
    for row in parsed.ratings:
        number = row.values.get("element")
        if number in elements:
            problems.add(Text(N_("{place}: element {number} is rated twice (also row "
                                 "{other})"), place=row.place("No."), number=number,
                              other=elements[number].number))
        elements[number] = row
