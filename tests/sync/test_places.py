"""Every refusal names the place: file, sheet, row, column, and what was expected."""

from __future__ import annotations

from pathlib import Path

import pytest

from scfield.store import Store
from scfield.sync.importer import import_workbooks
from tests.sync.helpers import edit, evidence_rows, fingerprint


@pytest.mark.parametrize(("sheet", "row", "column", "typed", "expected"), [
    ("Evidence", "noted", "Score", "²", "score 0–4"),
    ("Evidence", "noted", "No.", "¹", "element number 1–21"),
    ("Evidence", "noted", "Score", "3½", "score 0–4"),
    ("Ratings", 3, "Score", "⁴", "score 0–4"),
    ("Ratings", 4, "No.", "¹²", "element number 1–21"),
    ("Interviews", 2, "Elements", "1,²", "list of element numbers"),
])
def test_an_unreadable_value_is_refused_naming_its_place(
        demo_store: Store, exported: Path, tmp_path: Path, sheet: str, row: int | str,
        column: str, typed: str, expected: str) -> None:
    if row == "noted":
        row = evidence_rows(exported)[0][0]
    book = edit(exported, tmp_path / "typed.xlsx", **{sheet: [(row, column, typed)]})
    before = fingerprint(demo_store)
    [result] = import_workbooks(demo_store, [book])
    assert result.refused and fingerprint(demo_store) == before
    [problem] = result.problems
    assert problem.startswith(f"sheet {sheet}, row {row}, column {column}: "), problem
    assert repr(typed) in problem and expected in problem, problem
    assert "cannot be read as an Excel workbook" not in problem
    assert result.line().startswith("typed.xlsx: refused: ")
