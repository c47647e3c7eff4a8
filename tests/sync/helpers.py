"""Helpers for the sync tests: edit a workbook as an expert would, fingerprint a database."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from scfield.store import Store

TABLES = ("assessments", "interviews", "evidence", "ratings", "attachments", "audit",
          "sync_imports", "sync_conflicts")


def fingerprint(store: Store) -> str:
    """A hash of every row of every table we own or merge into (timestamps included)."""
    h = hashlib.sha256()
    for table in TABLES:
        for row in store.db.execute(f"SELECT * FROM [{table}] ORDER BY 1"):
            h.update(repr(row).encode())
    return h.hexdigest()


def header_index(ws: Any) -> dict[str, int]:
    return {c.value: c.column for c in ws[1] if c.value}


def edit(path: Path, out: Path | None = None, **sheets: list[tuple[Any, str, Any]]) -> Path:
    """Set cells: ``Evidence=[(row, "Score", 3)]``; row may be "new" to append a row.

    Saved by openpyxl, like a workbook edited in Excel; text values are kept as text.
    """
    wb = load_workbook(path)
    for sheet, changes in sheets.items():
        ws = wb[sheet]
        cols = header_index(ws)
        new_row = None
        for row, column, value in changes:
            if row == "new":
                if new_row is None:
                    new_row = ws.max_row + 1
                row = new_row
            elif row == "next":
                new_row = ws.max_row + 1
                row = new_row
            if sheet == "Assessment":
                labels = {ws.cell(row=r, column=1).value: r for r in range(2, ws.max_row + 1)}
                cell = ws.cell(row=labels[column], column=2)
            else:
                cell = ws.cell(row=row, column=cols[column])
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"
    target = out or path
    wb.save(target)
    return target


def rows(path: Path, sheet: str) -> list[dict[str, Any]]:
    wb = load_workbook(path, read_only=True)
    ws = wb[sheet]
    it = ws.iter_rows(values_only=True)
    header = next(it)
    out = [dict(zip(header, r, strict=False)) for r in it if any(v is not None for v in r)]
    wb.close()
    return out


def resave(path: Path, out: Path) -> Path:
    """The same workbook saved again (as opening and saving it in Excel does): the same
    content in different bytes, so that an import cannot tell it by its checksum."""
    wb = load_workbook(path)
    wb.properties.description = f"saved again as {out.name}"
    wb.save(out)
    return out


def evidence_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(sheet row, values) of the Evidence rows that hold exported evidence."""
    return [(n, r) for n, r in enumerate(rows(path, "Evidence"), start=2) if r["ID"]]
