"""A note longer than a spreadsheet cell holds (32,767 characters) never loses text."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from scfield.store import Store
from scfield.sync import layout as L
from scfield.sync.conflicts import list_conflicts
from scfield.sync.export import export_assessment
from scfield.sync.importer import import_workbooks
from tests.sync.calc import Calc, needs_calc
from tests.sync.helpers import edit, evidence_rows, fingerprint

LONG = "".join(f"Meeting {n}: the data platform budget was discussed again. "
               for n in range(800))   # about 48,000 characters


def test_a_long_note_is_shown_shortened_and_never_cut_by_an_import(
        demo_store: Store, danang: str, tmp_path: Path) -> None:
    first = evidence_rows(export_assessment(demo_store, danang, tmp_path / "x.xlsx"))[0][1]
    demo_store.update("evidence", first["ID"], {"note": LONG})
    exported = export_assessment(demo_store, danang, tmp_path / "field.xlsx")
    n, row = next((n, r) for n, r in evidence_rows(exported) if r["ID"] == first["ID"])
    shown = row["Note"]
    assert len(shown) == L.MAX_TEXT and LONG.startswith(shown[:30000])
    assert f"{len(LONG) - L.MAX_TEXT + (L.MAX_TEXT - shown.index(' [… ')):,} more " \
           "characters not shown" in shown
    ws = load_workbook(exported)["Evidence"]
    cell = ws.cell(row=n, column=[c.value for c in ws[1]].index("Note") + 1)
    assert cell.protection.locked and cell.fill.fgColor.rgb.endswith("E7E6E6")

    # untouched: nothing changes
    before = fingerprint(demo_store)
    [result] = import_workbooks(demo_store, [exported])
    assert result.status == "unchanged" and fingerprint(demo_store) == before

    # the expert writes over the shortening mark (a cell holds no more) and changes the
    # score: the score goes in, the note is a conflict holding both, and the office note
    # keeps every character
    edited = shown[:shown.index(" [… ")] + " Approved in June."
    book = edit(exported, tmp_path / "appended.xlsx",
                Evidence=[(n, "Note", edited), (n, "Score", 0)])
    [result] = import_workbooks(demo_store, [book])
    assert (result.updated, result.conflicts) == (1, 1), result.line()
    record = demo_store.get("evidence", first["ID"])
    assert record["note"] == LONG and record["score"] == 0
    [conflict] = list_conflicts(demo_store, danang)
    assert conflict.field == "note" and conflict.office == LONG
    assert conflict.field_value.endswith("Approved in June.")


@needs_calc
@pytest.mark.slow
def test_a_shortened_note_saved_by_calc_reads_back_unchanged(
        calc: Calc, demo_store: Store, danang: str, tmp_path: Path) -> None:
    first = evidence_rows(export_assessment(demo_store, danang, tmp_path / "x.xlsx"))[0][1]
    demo_store.update("evidence", first["ID"], {"note": LONG})
    exported = export_assessment(demo_store, danang, tmp_path / "field.xlsx")
    out = tmp_path / "calc.xlsx"
    calc.edit([{"in": exported, "out": out, "sheets": {}}])
    before = fingerprint(demo_store)
    [result] = import_workbooks(demo_store, [out])
    assert result.status == "unchanged", result.line()
    assert fingerprint(demo_store) == before
