"""What a workbook's values are compared with when the export's own record is missing:
no ``_sync`` sheet, or a blank template copied to several experts."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from scfield.store import Store
from scfield.sync.conflicts import list_conflicts
from scfield.sync.export import write_template
from scfield.sync.importer import import_workbooks
from tests.sync.helpers import edit, evidence_rows


def test_without_sync_a_newer_office_value_is_a_conflict_not_overwritten(
        demo_store: Store, danang: str, exported: Path, tmp_path: Path) -> None:
    (n, kept), (m, newer) = evidence_rows(exported)[:2]
    book = edit(exported, tmp_path / "field.xlsx",
                Evidence=[(n, "Note", "field only"), (m, "Note", "field and office")])
    wb = load_workbook(book)
    wb.remove(wb["_sync"])
    wb.save(book)
    demo_store.update("evidence", newer["ID"], {"note": "office, after the export"})
    [result] = import_workbooks(demo_store, [book])
    assert (result.updated, result.conflicts) == (1, 1), result.line()
    assert demo_store.get("evidence", kept["ID"])["note"] == "field only"
    assert demo_store.get("evidence", newer["ID"])["note"] == "office, after the export"
    [conflict] = list_conflicts(demo_store, danang)
    assert (conflict.office, conflict.field_value, conflict.base) == (
        "office, after the export", "field and office", None)


def test_two_copies_of_the_blank_template_conflict_on_a_field_both_filled(
        demo_store: Store, tmp_path: Path) -> None:
    blank = write_template(tmp_path / "blank.xlsx")
    mai = edit(blank, tmp_path / "mai.xlsx", Assessment=[
        (0, "Title", "Da Nang 2026"), (0, "Team", "Trần Thị Mai"), (0, "Country", "Viet Nam")])
    kenji = edit(blank, tmp_path / "kenji.xlsx", Assessment=[
        (0, "Title", "Da Nang smart city 2026"), (0, "Team", "Sato Kenji"),
        (0, "Country", "Viet Nam"), (0, "City", "Da Nang")])
    [first] = import_workbooks(demo_store, [mai])
    [second] = import_workbooks(demo_store, [kenji])
    assert first.added == 1 and second.conflicts == 2, second.line()
    aid = first.assessment_id
    a = demo_store.get("assessments", aid)
    assert (a["title"], a["team"], a["country"], a["city"]) == (
        "Da Nang 2026", "Trần Thị Mai", "Viet Nam", "Da Nang")
    both = {c.field: (c.office, c.field_value, c.base) for c in list_conflicts(demo_store, aid)}
    assert both == {"title": ("Da Nang 2026", "Da Nang smart city 2026", ""),
                    "team": ("Trần Thị Mai", "Sato Kenji", "")}
