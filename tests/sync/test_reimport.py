"""Re-importing a workbook, and importing it again after the expert kept working in it.

Experts re-send files, offices re-run batches: importing any workbook that was
already imported must change nothing, whatever was resolved or exported since,
whether it comes back as the very same bytes or saved again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scfield.store import Store
from scfield.sync.conflicts import list_conflicts, resolve_conflict
from scfield.sync.export import export_assessment
from scfield.sync.importer import import_workbooks
from tests.sync.helpers import edit, evidence_rows, fingerprint, resave


def _replays_change_nothing(store: Store, book: Path, tmp_path: Path) -> None:
    """The same file, and the same file saved again, both leave the database as it is."""
    before = fingerprint(store)
    for again in (book, resave(book, tmp_path / f"again-{book.name}")):
        [result] = import_workbooks(store, [again])
        assert result.status == "unchanged", result.line()
        assert (result.added, result.updated, result.conflicts) == (0, 0, 0)
        assert fingerprint(store) == before


@pytest.mark.parametrize("take", ["office", "field", "a third value"])
def test_a_settled_conflict_never_comes_back(demo_store: Store, danang: str,
                                             exported: Path, tmp_path: Path,
                                             take: str) -> None:
    n, row = evidence_rows(exported)[0]
    book = edit(exported, tmp_path / "field.xlsx", Evidence=[(n, "Note", "field note"),
                                                             (n, "Score", 1)])
    demo_store.update("evidence", row["ID"], {"note": "office note"})
    [first] = import_workbooks(demo_store, [book])
    assert first.conflicts == 1
    [conflict] = list_conflicts(demo_store, danang)
    resolve_conflict(demo_store, conflict.id, take, "settled by phone")
    # the office keeps working on the record after the decision
    demo_store.update("evidence", row["ID"], {"score": 4, "note": "office, later"})
    _replays_change_nothing(demo_store, book, tmp_path)
    assert list_conflicts(demo_store, danang) == []


def test_an_old_workbook_after_a_later_export_changes_nothing(demo_store: Store, danang: str,
                                                              exported: Path,
                                                              tmp_path: Path) -> None:
    n, row = evidence_rows(exported)[0]
    book = edit(exported, tmp_path / "field.xlsx", Evidence=[(n, "Score", 1)])
    [first] = import_workbooks(demo_store, [book])
    assert first.updated == 1
    export_assessment(demo_store, danang, tmp_path / "second-round.xlsx")
    demo_store.update("evidence", row["ID"], {"score": 3})  # settled in the office since
    _replays_change_nothing(demo_store, book, tmp_path)
    assert demo_store.get("evidence", row["ID"])["score"] == 3
    assert list_conflicts(demo_store, danang) == []
