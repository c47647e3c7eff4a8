"""The app open while the office imports from a shell: nothing is reverted, nothing lost.

The app is the real main window on a real database file; the other writer is a real
``scfield import`` process. The guide has an evidence row open; the import changes
its score and source; a word typed in the note afterwards must not write the old
score and source back, and a note changed on both sides is a conflict, never an
overwrite. The app also notices the other process's commit and shows its values
without losing what is being typed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextCursor

from scfield.store import Store
from scfield.sync.conflicts import list_conflicts
from scfield.sync.export import export_assessment
from tests.sync.helpers import edit, rows
from tests.ui.helpers import wait_saved


def _import(db: Path, workbook: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "scfield", "--db", str(db), "import",
                           str(workbook)], capture_output=True, text=True, timeout=300,
                          env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def setting(demo_store: Store, tmp_path: Path) -> dict[str, Any]:
    """An assessment, its exported workbook, and one evidence row that is the only one
    of its interview on its element (the row the guide shows for that element)."""
    aid = demo_store.query("SELECT id FROM assessments WHERE title LIKE 'Da Nang%' "
                           "ORDER BY start_date LIMIT 1")[0]["id"]
    workbook = export_assessment(demo_store, aid, tmp_path / "danang-field.xlsx")
    single = {r["id"] for r in demo_store.query(
        "SELECT min(e.id) AS id FROM evidence e JOIN interviews i ON i.id = e.interview_id "
        "WHERE i.assessment_id = ? AND e.score IS NOT NULL AND e.note != '' "
        "GROUP BY e.interview_id, e.element HAVING count(*) = 1", [aid])}
    sheet = rows(workbook, "Evidence")
    line = next(n for n, r in enumerate(sheet, start=2) if r["ID"] in single)
    evidence = demo_store.get("evidence", sheet[line - 2]["ID"])
    return {"aid": aid, "workbook": workbook, "line": line, "evidence": evidence,
            "path": demo_store.path, "store": demo_store}


def _open_guide(qtbot: Any, window: Any, setting: dict[str, Any]) -> Any:
    evidence = setting["evidence"]
    ws = window.open_assessment(setting["aid"])
    qtbot.waitUntil(lambda: ws.row is not None, timeout=10000)
    ws.show_in_guide(evidence["interview_id"], evidence["element"])
    qtbot.waitUntil(lambda: ws.guide.interview is not None
                    and ws.guide.interview["id"] == evidence["interview_id"]
                    and ws.guide.current == evidence["element"], timeout=10000)
    assert ws.guide.form.note_edit.toPlainText() == evidence["note"]
    return ws


def _type_at_end(qtbot: Any, guide: Any, text: str) -> None:
    note = guide.form.note_edit
    note.setFocus()
    note.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(note, text)


def _audit(store: Store, record_id: str) -> list[tuple[str, str, str]]:
    return [(r["field"], r["new_value"], r["source"]) for r in store.query(
        "SELECT field, new_value, source FROM audit WHERE record_id = ? AND field != '*' "
        "ORDER BY id", [record_id])]


def test_typing_after_an_import_reverts_nothing_and_both_sided_changes_conflict(
        qtbot: Any, launch: Any, setting: dict[str, Any], tmp_path: Path) -> None:
    store, evidence, line = setting["store"], setting["evidence"], setting["line"]
    new_score = 0 if evidence["score"] != 0 else 1
    window = launch(setting["path"])
    window.external._timer.stop()  # the page keeps what it read: the save path alone
    ws = _open_guide(qtbot, window, setting)
    guide = ws.guide

    by_import = edit(setting["workbook"], tmp_path / "score-source.xlsx",
                     Evidence=[(line, "Score", new_score),
                               (line, "Source", "ministry report (imported)")])
    assert "updated 1" in _import(setting["path"], by_import)
    _type_at_end(qtbot, guide, " checked")
    guide.flush()
    wait_saved(qtbot, window)
    row = store.get("evidence", evidence["id"])
    assert (row["score"], row["source"]) == (new_score, "ministry report (imported)")
    assert row["note"] == evidence["note"] + " checked"
    trail = _audit(store, evidence["id"])
    assert trail[-3:] == [("score", str(new_score), by_import.name),
                          ("source", "ministry report (imported)", by_import.name),
                          ("note", evidence["note"] + " checked", "app (Test Assessor)")]
    # The page shows the import's values now.
    assert guide.form.source_edit.text() == "ministry report (imported)"
    assert guide.group.checkedId() == new_score

    # The note changed on both sides: the import's stays, the typed one is a conflict.
    # A workbook exported now (a field expert's, returned after the first save).
    second = export_assessment(store, setting["aid"], tmp_path / "second-export.xlsx")
    line = next(n for n, r in enumerate(rows(second, "Evidence"), start=2)
                if r["ID"] == evidence["id"])
    by_import = edit(second, tmp_path / "note.xlsx",
                     Evidence=[(line, "Note", "note rewritten in the field")])
    assert "updated 1" in _import(setting["path"], by_import)
    _type_at_end(qtbot, guide, " twice")
    guide.flush()
    wait_saved(qtbot, window)
    assert store.get("evidence", evidence["id"])["note"] == "note rewritten in the field"
    [conflict] = list_conflicts(store, setting["aid"])
    assert (conflict.record_id, conflict.field) == (evidence["id"], "note")
    assert conflict.office == "note rewritten in the field"
    assert conflict.field_value == evidence["note"] + " checked twice"
    assert conflict.base == evidence["note"] + " checked"
    assert guide.form.note_edit.toPlainText() == "note rewritten in the field"
    assert "conflicts list" in guide.form.save_label.text()
    # Nothing written back after the import's note: no revert in the audit.
    assert _audit(store, evidence["id"])[-1] == ("note", "note rewritten in the field",
                                                 "note.xlsx")


def test_the_app_shows_another_process_changes_without_losing_typing(
        qtbot: Any, launch: Any, setting: dict[str, Any], tmp_path: Path) -> None:
    store, evidence, line = setting["store"], setting["evidence"], setting["line"]
    new_score = 0 if evidence["score"] != 0 else 1
    window = launch(setting["path"])
    ws = _open_guide(qtbot, window, setting)
    guide = ws.guide
    _type_at_end(qtbot, guide, " unsaved")
    guide.autosave.cancel()  # typed, not yet saved when the other process writes
    refreshed = window.external.refreshes
    by_import = edit(setting["workbook"], tmp_path / "score-source.xlsx",
                     Evidence=[(line, "Score", new_score),
                               (line, "Source", "ministry report (imported)")])
    _import(setting["path"], by_import)
    # The slow timer (or the app becoming active again) notices the commit.
    qtbot.waitUntil(lambda: window.external.refreshes > refreshed
                    and guide.form.source_edit.text() == "ministry report (imported)",
                    timeout=10000)
    assert guide.group.checkedId() == new_score
    assert guide.form.note_edit.toPlainText() == evidence["note"] + " unsaved"
    guide.flush()
    wait_saved(qtbot, window)
    row = store.get("evidence", evidence["id"])
    assert (row["score"], row["source"], row["note"]) == (
        new_score, "ministry report (imported)", evidence["note"] + " unsaved")
    assert list_conflicts(store, setting["aid"]) == []


def test_consolidation_and_profile_show_and_keep_another_process_changes(
        qtbot: Any, launch: Any, setting: dict[str, Any], tmp_path: Path) -> None:
    store = setting["store"]
    window = launch(setting["path"])
    ws = window.open_assessment(setting["aid"])
    qtbot.waitUntil(lambda: ws.row is not None, timeout=10000)
    ws.show_tab("consolidation")
    page = ws.consolidation
    qtbot.waitUntil(lambda: page.current is not None, timeout=10000)
    number = page.current
    ratings = rows(setting["workbook"], "Ratings")
    line = next(n for n, r in enumerate(ratings, start=2) if r["No."] == number)
    by_import = edit(setting["workbook"], tmp_path / "rating.xlsx",
                     Ratings=[(line, "Rationale", "agreed at the city workshop")])
    refreshed = window.external.refreshes
    _import(setting["path"], by_import)
    window.external.check()
    qtbot.waitUntil(lambda: window.external.refreshes > refreshed and
                    page.form.rationale_edit.toPlainText() == "agreed at the city workshop",
                    timeout=10000)
    # Choosing a confidence now writes the confidence only.
    page.form.confidence_combo.setCurrentIndex(page.form.confidence_combo.findData("low"))
    page._edited("confidence", "low")
    page.flush()
    wait_saved(qtbot, window)
    rating = store.query("SELECT * FROM ratings WHERE assessment_id = ? AND element = ?",
                         [setting["aid"], number])[0]
    assert (rating["rationale"], rating["confidence"]) == ("agreed at the city workshop",
                                                           "low")
    # The profile: a team typed in the app does not undo a title changed elsewhere,
    # and the list of assessments shows the new title (another connection wrote it).
    from scfield.store import records

    records.update_assessment(store, setting["aid"], title="Da Nang, revised in the office")
    window.external.check()
    qtbot.waitUntil(lambda: any(r.title == "Da Nang, revised in the office"
                                for r in window.model.rows), timeout=10000)
    ws.show_tab("profile")
    ws.profile.form.team_edit.setFocus()
    ws.profile.form.team_edit.selectAll()
    qtbot.keyClicks(ws.profile.form.team_edit, "JICA survey team")
    ws.profile.flush()
    wait_saved(qtbot, window)
    row = store.get("assessments", setting["aid"])
    assert (row["title"], row["team"]) == ("Da Nang, revised in the office",
                                           "JICA survey team")
    qtbot.waitUntil(lambda: "revised in the office" in ws.form.title_label.text(),
                    timeout=10000)


def test_the_dashboard_shows_a_rating_another_process_set(
        qtbot: Any, launch: Any, setting: dict[str, Any], tmp_path: Path) -> None:
    window = launch(setting["path"])
    ws = window.open_assessment(setting["aid"])
    qtbot.waitUntil(lambda: ws.row is not None, timeout=10000)
    ws.show_tab("dashboard")
    page = ws.dashboard
    qtbot.waitUntil(lambda: getattr(page, "card", None) is not None, timeout=10000)
    element = page.card.elements[0]
    new_score = 0 if element.score != 0 else 4
    ratings = rows(setting["workbook"], "Ratings")
    line = next(n for n, r in enumerate(ratings, start=2) if r["No."] == element.number)
    by_import = edit(setting["workbook"], tmp_path / "rating-score.xlsx",
                     Ratings=[(line, "Score", new_score)])
    _import(setting["path"], by_import)
    # Noticed by the app's own timer (no explicit check here).
    qtbot.waitUntil(lambda: page.card.elements[0].score == new_score, timeout=10000)


def test_an_import_in_the_app_refreshes_the_open_guide(
        qtbot: Any, launch: Any, setting: dict[str, Any], tmp_path: Path) -> None:
    evidence, line = setting["evidence"], setting["line"]
    window = launch(setting["path"])
    window.external._timer.stop()  # only the import's own refresh may show it
    ws = _open_guide(qtbot, window, setting)
    by_import = edit(setting["workbook"], tmp_path / "in-app.xlsx",
                     Evidence=[(line, "Source", "imported in the app")])
    window.sync.import_files([by_import])
    qtbot.waitUntil(lambda: ws.guide.form.source_edit.text() == "imported in the app",
                    timeout=20000)
    assert ws.guide.form.note_edit.toPlainText() == evidence["note"]
