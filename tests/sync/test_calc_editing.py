"""What people do to a field workbook in a real LibreOffice Calc, and what import makes of it.

One Calc per module (``calc`` fixture), driven through Python-UNO: text is typed with
``.uno:EnterString`` exactly as a person types it (Calc decides whether it becomes a
formula), rows are removed with *Delete Rows*, and the file is saved as .xlsx.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from scfield.store import Store
from scfield.sync.importer import import_workbooks
from tests.sync.calc import Calc, needs_calc
from tests.sync.helpers import fingerprint, rows

pytestmark = needs_calc


def column_of(path: Path, sheet: str, header: str) -> str:
    wb = load_workbook(path, read_only=True)
    head = next(wb[sheet].iter_rows(max_row=1, values_only=True))
    wb.close()
    return get_column_letter(list(head).index(header) + 1)


def evidence_rows(path: Path) -> list[tuple[int, dict]]:
    return list(enumerate(rows(path, "Evidence"), start=2))


def test_rows_deleted_in_calc_change_nothing_and_are_named(calc: Calc, demo_store: Store,
                                                           exported: Path,
                                                           tmp_path: Path) -> None:
    """Calc's *Delete Rows* leaves an empty row 1048576; the rest of the work goes in."""
    out = tmp_path / "deleted.xlsx"
    note = column_of(exported, "Evidence", "Note")
    first_with_id = next(n for n, r in evidence_rows(exported) if r["ID"])
    deleted_ids = [r["ID"] for n, r in evidence_rows(exported)
                   if n in (first_with_id, first_with_id + 1)]
    kept = next(n for n, r in evidence_rows(exported) if r["ID"] and n > first_with_id + 5)
    kept_id = rows(exported, "Evidence")[kept - 2]["ID"]
    # The sheet is protected (without a password) against this; a person lifts it first.
    calc.edit([{"in": exported, "out": out, "unprotect": True, "sheets": {"Evidence": [
        ["type", f"{note}{kept}", "confirmed by the port authority"],
        ["delete_rows", first_with_id, 2]]}}])
    assert b'r="1048576"' in _sheet_xml(out, "Evidence")
    before = {i: demo_store.get("evidence", i) for i in deleted_ids}
    [result] = import_workbooks(demo_store, [out])
    assert result.status == "applied", result.problems
    assert (result.updated, result.added, result.conflicts) == (1, 0, 0)
    assert demo_store.get("evidence", kept_id)["note"] == "confirmed by the port authority"
    assert {i: demo_store.get("evidence", i) for i in deleted_ids} == before
    [absent] = [n for n in result.notes if "not in the workbook" in n]
    assert "sheet Evidence: 2 exported row(s)" in absent
    assert all(i[:8] in absent for i in deleted_ids)


def _sheet_xml(path: Path, sheet: str) -> bytes:
    import zipfile
    wb = load_workbook(path, read_only=True)
    index = wb.sheetnames.index(sheet) + 1
    wb.close()
    with zipfile.ZipFile(path) as zf:
        return zf.read(f"xl/worksheets/sheet{index}.xml")


FORMULA_LIKE = ["=SUM(A1)", "=> budget approved in 2024", "+84 236 3822 000", "-2% a year"]


def test_formula_like_text_typed_in_calc_is_kept_as_typed(calc: Calc, demo_store: Store,
                                                          exported: Path,
                                                          tmp_path: Path) -> None:
    """Typed into pre-offered blank rows and into rows added below: kept as text."""
    out = tmp_path / "typed.xlsx"
    cols = {h: column_of(exported, "Evidence", h) for h in ("Interview", "No.", "Note",
                                                             "Source")}
    blank = [n for n, r in evidence_rows(exported) if not r["ID"]][:2]
    label = rows(exported, "Evidence")[0]["Interview"]
    last = len(rows(exported, "Evidence")) + 1
    ops = []
    for n, text in zip(blank, FORMULA_LIKE[:2], strict=True):
        ops += [["type", f"{cols['Note']}{n}", text],
                ["type", f"{cols['Source']}{n}", FORMULA_LIKE[2]]]
    # rows added below, on elements the interview has no row filled for (one score per
    # interview × element: their offered rows stay empty)
    free = [r["No."] for n, r in evidence_rows(exported)
            if not r["ID"] and r["Interview"] == label and n not in blank][-2:]
    for n, (number, text) in enumerate(zip(free, (FORMULA_LIKE[0], FORMULA_LIKE[3]),
                                           strict=True), start=last + 1):
        ops += [["type", f"{cols['Interview']}{n}", label],
                ["type", f"{cols['No.']}{n}", str(number)],
                ["type", f"{cols['Note']}{n}", text]]
    calc.edit([{"in": exported, "out": out, "sheets": {"Evidence": ops}}])
    [result] = import_workbooks(demo_store, [out])
    assert result.status == "applied", result.problems
    assert result.added == 4, result.changes
    notes = {r["note"] for r in demo_store.query("SELECT note FROM evidence")}
    assert set(FORMULA_LIKE[:2] + FORMULA_LIKE[3:]) <= notes
    assert demo_store.query("SELECT count(*) AS n FROM evidence WHERE source = ?",
                            [FORMULA_LIKE[2]])[0]["n"] == 2
    assert not notes & {"0", "#VALUE!", "#NAME?", "Err:510"}
    # The export formatted those cells as text, so Calc kept what was typed as text.
    wb = load_workbook(out)
    ws = wb["Evidence"]
    typed = [ws[f"{cols['Note']}{n}"] for n in blank + [last + 1, last + 2]]
    assert [c.data_type for c in typed] == ["s"] * 4, [c.value for c in typed]
    before = fingerprint(demo_store)
    [again] = import_workbooks(demo_store, [out])
    assert again.status == "unchanged"
    assert fingerprint(demo_store) == before
