"""A conflict is settled by a typed decision, not a string: keeping the literal text
"field" or "office" as a note is a value like any other, and the CLI's flags map onto
the same three decisions."""

from __future__ import annotations

from pathlib import Path

import pytest

from scfield.errors import ScfieldError
from scfield.store import Store
from scfield.sync.conflicts import (
    KeepField,
    KeepOffice,
    KeepValue,
    list_conflicts,
    resolve_conflict,
)
from scfield.sync.importer import import_workbooks
from tests.sync.helpers import edit, rows


def _two_conflicts(demo_store: Store, exported: Path, tmp_path: Path) -> list:
    first = [r for r in rows(exported, "Evidence") if r["ID"]][:3]
    for r in first:
        demo_store.update("evidence", r["ID"], {"note": r["Note"] + " (office)"})
    n = [i for i, r in enumerate(rows(exported, "Evidence"), start=2) if r["ID"]][:3]
    workbook = edit(exported, tmp_path / "field.xlsx",
                    Evidence=[(row, "Note", "field text") for row in n])
    [result] = import_workbooks(demo_store, [workbook])
    assert result.conflicts == 3
    return list_conflicts(demo_store)


def test_each_decision_keeps_what_it_says(demo_store: Store, exported: Path,
                                          tmp_path: Path) -> None:
    field, office, value = _two_conflicts(demo_store, exported, tmp_path)
    before = demo_store.get("evidence", office.record_id)["note"]
    resolve_conflict(demo_store, field.id, KeepField(), "the expert's wording")
    resolve_conflict(demo_store, office.id, KeepOffice(), "the office checked it")
    resolve_conflict(demo_store, value.id, KeepValue("office"), "the note is the word")
    assert demo_store.get("evidence", field.record_id)["note"] == "field text"
    assert demo_store.get("evidence", office.record_id)["note"] == before
    assert demo_store.get("evidence", value.record_id)["note"] == "office"
    assert [c.resolution for c in list_conflicts(demo_store, include_resolved=True)] == \
        ["field", "office", "value"]


def test_a_decision_needs_a_reason_and_a_typed_value(demo_store: Store, exported: Path,
                                                     tmp_path: Path) -> None:
    conflict = _two_conflicts(demo_store, exported, tmp_path)[0]
    with pytest.raises(ScfieldError, match="a reason is required"):
        resolve_conflict(demo_store, conflict.id, KeepField(), "  ")
    with pytest.raises(TypeError):
        resolve_conflict(demo_store, conflict.id, "field", "a string is not a decision")  # type: ignore[arg-type]
    assert list_conflicts(demo_store)[0].status == "open"
