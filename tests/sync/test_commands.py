"""The sync commands end to end (scfield export / import / conflicts / resolve / summary),
and what happens when the hidden _sync sheet is missing or edited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from scfield.cli import main
from scfield.store import Store, open_store
from scfield.sync.importer import import_workbooks
from tests.sync.helpers import edit, fingerprint, rows


def run(capsys: pytest.CaptureFixture, db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--author", "Office Lead", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _noted(path: Path) -> list[tuple[int, str]]:
    return [(n, r["ID"]) for n, r in enumerate(rows(path, "Evidence"), start=2) if r["ID"]]


def test_export_dry_run_import_conflicts_resolve(demo_store: Store, danang: str,
                                                 tmp_path: Path,
                                                 capsys: pytest.CaptureFixture) -> None:
    db = demo_store.path
    demo_store.close()
    book = tmp_path / "field.xlsx"
    code, out, _ = run(capsys, db, "export", danang[:8], str(book))
    assert code == 0 and book.exists() and "wrote" in out
    (r1, e1), (r2, e2), (r3, e3) = _noted(book)[:3]
    edit(book, Evidence=[(r1, "Score", 0), (r2, "Note", "field view"),
                         (r3, "Note", "field 3")])
    with open_store(db, author="Office Lead") as store:
        store.update("evidence", e2, {"note": "office view"})
        store.update("evidence", e3, {"note": "office 3"})
        before = fingerprint(store)

    code, out, _ = run(capsys, db, "import", "--dry-run", str(book))
    assert code == 0
    assert "would import: added 0, updated 1, unchanged" in out and "conflicts 2" in out
    assert "score: " in out and "→ '0'" in out
    with open_store(db) as store:
        assert fingerprint(store) == before

    code, out, _ = run(capsys, db, "import", str(book))
    assert code == 0 and "imported: added 0, updated 1" in out and "conflicts 2" in out

    code, out, _ = run(capsys, db, "conflicts", danang[:8], "--json")
    listed = json.loads(out)
    assert {(c["record_id"], c["office"], c["field_value"]) for c in listed} == {
        (e2, "office view", "field view"), (e3, "office 3", "field 3")}
    first = next(c for c in listed if c["record_id"] == e2)
    second = next(c for c in listed if c["record_id"] == e3)

    code, out, _ = run(capsys, db, "conflicts")
    assert code == 0 and "office: office view" in out and "field:  field view" in out

    code, out, _ = run(capsys, db, "resolve", first["id"][:8], "--take", "field",
                       "--why", "confirmed with the interviewee")
    assert code == 0 and "kept field view" in out
    with pytest.raises(SystemExit) as usage:
        run(capsys, db, "resolve", second["id"][:8], "--take", "office", "--value", "office",
            "--why", "x")
    assert usage.value.code == 2 and "not allowed with argument" in capsys.readouterr().err
    # --value is taken literally: a note that is just the word "office" stays a note.
    code, out, _ = run(capsys, db, "resolve", second["id"][:8], "--value", "office",
                       "--why", "the interviewee's own word")
    assert code == 0
    code, _, err = run(capsys, db, "resolve", second["id"][:8], "--take", "office",
                       "--why", "again")
    assert code == 1 and "already resolved" in err
    code, _, err = run(capsys, db, "resolve", "ffffffff", "--take", "office", "--why", "x")
    assert code == 1 and "no conflict with an id starting" in err

    with open_store(db) as store:
        assert store.get("evidence", e2)["note"] == "field view"
        assert store.get("evidence", e3)["note"] == "office"
        audit = store.query("SELECT reason, source FROM audit WHERE record_id = ? "
                            "ORDER BY id DESC LIMIT 1", [e2])[0]
        assert audit["reason"] == "conflict resolved: confirmed with the interviewee"
        assert "field.xlsx" in audit["source"]
        after = fingerprint(store)
    # The resolved conflicts are not raised again by the same workbook.
    code, out, _ = run(capsys, db, "import", str(book))
    assert code == 0 and "nothing to change" in out
    with open_store(db) as store:
        assert fingerprint(store) == after
    code, out, _ = run(capsys, db, "conflicts")
    assert "no open conflicts" in out

    code, out, _ = run(capsys, db, "summary", str(tmp_path / "summary.xlsx"))
    assert code == 0 and (tmp_path / "summary.xlsx").exists()


def test_template_command(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, _ = run(capsys, tmp_path / "db.sqlite", "template", str(tmp_path / "t.xlsx"))
    assert code == 0
    assert load_workbook(tmp_path / "t.xlsx").sheetnames[-1] == "_sync"
    code, _, err = run(capsys, tmp_path / "db.sqlite", "template", str(tmp_path / "t.ods"))
    assert code == 1 and "must be saved as .xlsx" in err


def test_missing_sync_sheet_compares_with_the_office_and_says_so(
        demo_store: Store, exported: Path) -> None:
    (n, evidence_id), (m, other) = _noted(exported)[:2]
    edit(exported, Evidence=[(n, "Score", 0)])
    wb = load_workbook(exported)
    wb.remove(wb["_sync"])
    wb.save(exported)
    [result] = import_workbooks(demo_store, [exported])
    assert result.status == "applied"
    assert (result.updated, result.conflicts) == (1, 0)
    assert any("_sync sheet is missing" in note for note in result.notes)
    assert demo_store.get("evidence", evidence_id)["score"] == 0


def test_edited_sync_sheet_is_noticed(demo_store: Store, exported: Path) -> None:
    (n, evidence_id), (m, other) = _noted(exported)[:2]
    wb = load_workbook(exported)
    ws = wb["_sync"]
    for row in ws.iter_rows():
        if row[0].value == "evidence" and row[1].value == evidence_id:
            row[5].value = 0  # someone "fixed" the base score by hand
    wb.save(exported)
    before = fingerprint(demo_store)
    [result] = import_workbooks(demo_store, [exported])
    assert any("_sync sheet was edited" in note for note in result.notes)
    assert result.status == "unchanged" and fingerprint(demo_store) == before


def test_office_changes_since_export_are_kept(demo_store: Store, exported: Path) -> None:
    (n, evidence_id), _ = _noted(exported)[:2]
    demo_store.update("evidence", evidence_id, {"score": 1, "note": "office rewrote it"})
    edit(exported, Evidence=[(n, "Source", "field source")])
    [result] = import_workbooks(demo_store, [exported])
    assert (result.updated, result.conflicts) == (1, 0)
    ev = demo_store.get("evidence", evidence_id)
    assert (ev["score"], ev["note"], ev["source"]) == (1, "office rewrote it", "field source")


def test_deleted_in_office_is_not_restored(demo_store: Store, exported: Path) -> None:
    (n, evidence_id), _ = _noted(exported)[:2]
    demo_store.delete("evidence", evidence_id)
    edit(exported, Evidence=[(n, "Score", 0)])
    [result] = import_workbooks(demo_store, [exported])
    assert demo_store.find("evidence", evidence_id) is None
    assert any("deleted in the office" in note for note in result.notes)


def test_import_reports_progress_and_can_be_cancelled(demo_store: Store,
                                                      exported: Path) -> None:
    from scfield.progress import Progress

    seen: list[tuple[int, int, str]] = []
    progress = Progress(lambda d, t, m: seen.append((d, t, m)))
    import_workbooks(demo_store, [exported, exported], progress)
    assert seen[0] == (0, 2, "importing danang-field.xlsx") and seen[-1][:2] == (2, 2)

    def stop(done: int, total: int, message: str) -> None:
        progress.cancel()

    # Cancel stops before the next workbook and says which ones were not reached.
    progress = Progress(stop)
    results = import_workbooks(demo_store, [exported, exported], progress)
    assert [r.status for r in results] == ["cancelled", "cancelled"]
    assert results[0].line() == ("danang-field.xlsx: not imported (the import was cancelled "
                                 "before it)")
