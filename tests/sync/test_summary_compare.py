"""``scfield summary OUT.xlsx --compare ID ID…``: the Compare sheet lays the chosen
assessments side by side with the numbers ``scfield compare`` prints."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from scfield.store import Store
from tests.core.test_cli import scfield


def _ids(store: Store, *titles: str) -> list[str]:
    return [store.query("SELECT id FROM assessments WHERE title LIKE ?", [t])[0]["id"]
            for t in titles]


def _block(ws, header: str) -> dict[str, list]:
    """The rows under the header row whose first cell is ``header``, up to a blank row."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == header)
    out = {"": list(rows[start][1:])}
    for r in rows[start + 1:]:
        if r[0] is None:
            break
        out[r[0]] = list(r[1:])
    return out


def test_compare_sheet_of_the_da_nang_pair(demo_store: Store, tmp_path: Path) -> None:
    demo_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = demo_store.path
    old, new = _ids(demo_store, "Da Nang%Assessment 2024", "Da Nang%Re-assessment 2025")
    out = tmp_path / "office.xlsx"
    run = scfield("summary", str(out), "--compare", old[:8], new[:8], db=db)
    assert run.returncode == 0, run.stderr
    wb = load_workbook(out)
    assert wb.sheetnames[-1] == "Compare"
    assert {"Assessments", "Elements", "Domains"} <= set(wb.sheetnames)
    ws = wb["Compare"]
    data = json.loads(scfield("compare", old, new, "--json", db=db).stdout)
    head = _block(ws, "Assessment")
    assert head[""] == ["Da Nang 2024", "Da Nang 2025", "Change"]
    assert head["Assessment ID"][:2] == [old, new]
    assert head["Overall"] == [a["overall"] for a in data["assessments"]] + [
        data["overall_change"]]
    assert head["Stage"][:2] == ["Accelerate", "Accelerate"]
    domains = _block(ws, "Domain")
    assert domains[""] == ["Da Nang 2024", "Da Nang 2025", "Change"]
    assert {k: v for k, v in domains.items() if k} == {
        d["name"]: d["scores"] + [d["change"]] for d in data["domains"]}
    elements = _block(ws, "Element")
    assert {k: v for k, v in elements.items() if k} == {
        f"{e['number']:02d} {e['name']}": e["scores"] + [e["change"]]
        for e in data["elements"]}
    assert len(ws._charts) == 1
    # Nothing but scores, stages and titles: no rationale leaves in this sheet.
    text = " ".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c)
    assert "updated vision" not in text


def test_compare_sheet_of_three_cities_has_the_median(demo_store: Store,
                                                      tmp_path: Path) -> None:
    demo_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ids = _ids(demo_store, "Da Nang%Assessment 2024", "Arequipa%", "Dakar%")
    out = tmp_path / "office.xlsx"
    assert scfield("summary", str(out), "--compare", *ids, db=demo_store.path).returncode == 0
    data = json.loads(scfield("compare", *ids, "--json", db=demo_store.path).stdout)
    domains = _block(load_workbook(out)["Compare"], "Domain")
    assert domains[""] == ["Da Nang 2024", "Arequipa 2024", "Dakar 2024", "Median"]
    assert domains["Technology"] == data["domains"][3]["scores"] + [
        data["domains"][3]["median"]]


def test_summary_without_compare_has_no_compare_sheet_and_refusal_writes_nothing(
        demo_store: Store, tmp_path: Path) -> None:
    demo_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out = tmp_path / "office.xlsx"
    assert scfield("summary", str(out), db=demo_store.path).returncode == 0
    assert "Compare" not in load_workbook(out).sheetnames
    old = _ids(demo_store, "Da Nang%Assessment 2024")[0]
    refused = tmp_path / "refused.xlsx"
    run = scfield("summary", str(refused), "--compare", old, db=demo_store.path)
    assert run.returncode == 1 and "at least two assessments" in run.stderr
    assert not refused.exists()
