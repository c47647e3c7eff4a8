"""What a workbook's values are compared with when the export's own record is missing:
no ``_sync`` sheet, or a blank template copied to several experts."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from scfield.store import Store
from scfield.sync.conflicts import list_conflicts
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
