"""``scfield audit``: one assessment's history, filtered, as text, JSON and a workbook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from scfield.audit import audit_trail
from scfield.cli import main
from scfield.disclosure import confidential_texts
from scfield.store import Store, open_store
from scfield.store.queries import evidence_of
from tests.sync.helpers import edit, rows


def run(capsys: pytest.CaptureFixture, db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--author", "Office Lead", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _danang(store: Store) -> str:
    return store.query("SELECT id FROM assessments WHERE title LIKE 'Da Nang%' "
                       "ORDER BY start_date LIMIT 1")[0]["id"]


def test_a_field_change_shows_who_when_what_old_new_reason_and_workbook(
        demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    aid = _danang(demo_store)
    db = demo_store.path
    demo_store.close()
    book = tmp_path / "danang-field.xlsx"
    assert run(capsys, db, "export", aid[:8], str(book))[0] == 0
    evidence = [(n, r) for n, r in enumerate(rows(book, "Evidence"), start=2)
                if r["No."] == 7 and r["ID"]]
    row, first = evidence[0]
    edit(book, Evidence=[(row, "Score", 1)])
    assert run(capsys, db, "import", str(book))[0] == 0
    with open_store(db, author="Keiko Tanabe") as store:
        store.update("ratings", store.query(
            "SELECT id FROM ratings WHERE assessment_id = ? AND element = 7", [aid])[0]["id"],
            {"score": 1}, reason="the counterpart showed the 2025 budget")
        other = store.query("SELECT e.id FROM evidence e JOIN interviews i ON "
                            "i.id = e.interview_id WHERE i.assessment_id = ? AND "
                            "e.element = 9 AND i.confidential = 0 LIMIT 1", [aid])[0]["id"]
        store.delete("evidence", other, reason="duplicate of another note")

    code, out, _ = run(capsys, db, "audit", aid[:8], "--element", "7", "--json")
    entries = json.loads(out)
    assert code == 0 and {e["element"] for e in entries} == {7}
    imported = next(e for e in entries if e["record_id"] == first["ID"] and e["field"] == "score")
    assert imported["who"] == "Office Lead" and imported["source"] == "danang-field.xlsx"
    assert (imported["old"], imported["new"]) == (str(first["Score"]), "1")
    assert imported["record"].startswith("evidence of interview · ")
    rating = next(e for e in entries if e["table"] == "ratings" and e["field"] == "score")
    assert rating["who"] == "Keiko Tanabe" and rating["new"] == "1"
    assert rating["reason"] == "the counterpart showed the 2025 budget"

    code, out, _ = run(capsys, db, "audit", aid[:8], "--person", "tanabe")
    assert code == 0 and "the counterpart showed the 2025 budget" in out
    assert "score: " in out and "→ 1" in out and "danang-field.xlsx" not in out

    with open_store(db) as store:
        deleted = [e for e in audit_trail(store, aid, element=9) if e.action == "deleted"]
    assert [(e.record_id, e.reason, e.who) for e in deleted] == [
        (other, "duplicate of another note", "Keiko Tanabe")]

    code, out, _ = run(capsys, db, "audit", aid[:8], "--person", "nobody at all")
    assert code == 0 and out.strip() == "no changes recorded that match"


def test_another_assessment_s_changes_are_not_listed(demo_store: Store) -> None:
    aid = _danang(demo_store)
    mine = {r["id"] for r in evidence_of(demo_store, aid)}
    listed = {e.record_id for e in audit_trail(demo_store, aid) if e.table == "evidence"}
    assert listed == mine


def test_the_audit_workbook_withholds_confidential_interviews_unless_asked(
        demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    aid = _danang(demo_store)
    secrets = confidential_texts(demo_store, aid)
    db = demo_store.path
    demo_store.close()
    out = tmp_path / "audit.xlsx"
    code, said, _ = run(capsys, db, "audit", aid[:8], "--xlsx", str(out))
    assert code == 0 and "confidential interviews withheld" in said
    cells = [str(c.value) for row in load_workbook(out)["Audit"].iter_rows() for c in row
             if c.value is not None]
    assert "Confidential interviewee (public body)" in " ".join(cells)
    assert not [s for s in secrets if any(s in c for c in cells)]

    full = tmp_path / "audit-team.xlsx"
    assert run(capsys, db, "audit", aid[:8], "--xlsx", str(full),
               "--include-confidential")[0] == 0
    text = " ".join(str(c.value) for row in load_workbook(full)["Audit"].iter_rows()
                    for c in row)
    assert all(s in text for s in secrets)


def test_audit_usage_errors(demo_store: Store, tmp_path: Path,
                            capsys: pytest.CaptureFixture) -> None:
    db = demo_store.path
    demo_store.close()
    with pytest.raises(SystemExit) as exc:
        run(capsys, db, "audit", "0", "--json", "--xlsx", str(tmp_path / "a.xlsx"))
    assert exc.value.code == 2
    code, _, err = run(capsys, db, "audit", "zzzz")
    assert code == 1 and "no assessment with an id starting 'zzzz'" in err
