"""Main window: first run, filters, search opening the hit, deletion with backup,
and a signed assessment shown read-only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from scfield import scorecard, search
from scfield.store import Store, open_store
from tests.ui.helpers import wait_saved


def test_first_run_asks_name_and_loads_the_demo(qtbot: Any, launch: Any,
                                                first_start_path: Path) -> None:
    window = launch(first_start_path, ask_first_run=True)
    qtbot.waitUntil(lambda: getattr(window, "first_run_dialog", None) is not None
                    and window.first_run_dialog.isVisible(), timeout=10000)
    dialog = window.first_run_dialog
    dialog.form.name_edit.clear()
    qtbot.keyClicks(dialog.form.name_edit, "Aiko Tanaka")
    assert dialog.form.initials_edit.text() == "AT"
    dialog.form.demo_radio.setChecked(True)
    qtbot.mouseClick(dialog.form.button_box.button(dialog.form.button_box.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=20000)
    wait_saved(qtbot, window)
    with open_store(first_start_path) as store:
        assert store.get_meta("author_name") == "Aiko Tanaka"
        assert store.get_meta("author_initials") == "AT"
        assert store.author == "Aiko Tanaka"
        assert len(scorecard.list_assessments(store)) == 5


def test_filters_narrow_the_list(qtbot: Any, launch: Any, demo_store: Store) -> None:
    window = launch(demo_store.path)
    f = window.form
    assert window.proxy.rowCount() == 5
    qtbot.keyClicks(f.filter_edit, "da nang")
    assert window.proxy.rowCount() == 2
    f.filter_edit.clear()
    f.level_combo.setCurrentIndex(f.level_combo.findData("country"))
    assert window.proxy.rowCount() == 1
    f.level_combo.setCurrentIndex(0)
    f.country_combo.setCurrentIndex(f.country_combo.findData("Peru"))
    assert window.proxy.rowCount() == 1
    f.country_combo.setCurrentIndex(0)
    stage = scorecard.list_assessments(demo_store)[0].stage
    f.stage_combo.setCurrentIndex(f.stage_combo.findData(stage))
    expected = [r for r in scorecard.list_assessments(demo_store) if r.stage == stage]
    assert window.proxy.rowCount() == len(expected)
    assert "match the filter" in f.count_label.text() or len(expected) == 5


def test_search_hit_opens_the_guide_at_that_element(qtbot: Any, launch: Any,
                                                    demo_store: Store) -> None:
    hit = search.search_evidence(demo_store, "budget")[0]
    window = launch(demo_store.path)
    qtbot.keyClicks(window.form.search_edit, "budget")
    results = window.form.search_results
    qtbot.waitUntil(lambda: results.count() > 0, timeout=5000)
    assert results.count() == len(search.search_evidence(demo_store, "budget"))
    window.open_hit(results.item(0))
    ws = window.workspaces[hit.assessment_id]
    qtbot.waitUntil(lambda: ws.guide.interview is not None and ws.guide.current == hit.element,
                    timeout=10000)
    assert ws.current_tab() == "guide"
    assert ws.guide.interview["id"] == hit.interview_id
    assert ws.guide.form.note_edit.toPlainText() == hit.note


def test_delete_makes_a_backup_and_says_where(qtbot: Any, launch: Any,
                                              demo_store: Store) -> None:
    window = launch(demo_store.path)
    victim = window.model.rows[-1]
    window.select_id(victim.id)
    assert window.selected_id() == victim.id
    window.delete_assessment(victim.id)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=10000)
    assert demo_store.find("assessments", victim.id) is None
    backups = list((demo_store.path.parent / "backups").glob("*before-delete*.sqlite"))
    assert len(backups) == 1
    assert str(backups[0]) in window.message.text()
    with open_store(backups[0]) as old:
        assert old.find("assessments", victim.id) is not None


def test_signed_assessment_is_read_only(qtbot: Any, launch: Any, demo_store: Store) -> None:
    target = scorecard.list_assessments(demo_store)[0]
    demo_store.update("assessments", target.id, {"status": "signed"}, locked_ok=True)
    before = demo_store.query("SELECT COUNT(*) AS n FROM audit")[0]["n"]
    window = launch(demo_store.path)
    ws = window.open_assessment(target.id, tab="guide")
    qtbot.waitUntil(lambda: ws.guide.current is not None, timeout=10000)
    assert ws.form.banner_label.isVisible()
    assert "signed" in ws.form.banner_label.text()
    guide = ws.guide
    assert guide.form.note_edit.isReadOnly()
    checked = guide.group.checkedId()
    qtbot.keyClick(guide.form.elements_list, "0" if checked != 0 else "1")
    assert guide.group.checkedId() == checked
    assert ws.profile.form.title_edit.isReadOnly()
    ws.close()
    wait_saved(qtbot, window)
    assert demo_store.query("SELECT COUNT(*) AS n FROM audit")[0]["n"] == before


def test_sorting_by_a_column_header(qtbot: Any, launch: Any, demo_store: Store) -> None:
    window = launch(demo_store.path)
    header = window.form.assessments_view.horizontalHeader()
    header.setSortIndicator(5, Qt.SortOrder.DescendingOrder)  # what a header click does
    overall = [window.proxy.index(r, 5).data() for r in range(window.proxy.rowCount())]
    best = max(r.overall for r in scorecard.list_assessments(demo_store) if r.overall is not None)
    assert overall[0] == f"{best:.2f}"
    assert overall == sorted(overall, reverse=True)
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    titles = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold)


def test_guide_fits_1366x768_without_sideways_scrolling(qtbot: Any, launch: Any,
                                                        demo_store: Store) -> None:
    window = launch(demo_store.path)
    target = scorecard.list_assessments(demo_store)[0]
    ws = window.open_assessment(target.id, tab="guide")
    ws.resize(1366, 740)
    qtbot.waitUntil(lambda: ws.guide.current is not None, timeout=10000)
    for number in ws.guide.elements:
        ws.guide.show_element(number)
        qtbot.waitUntil(lambda: ws.guide.form.page_scroll.widget().width()
                        <= ws.guide.form.page_scroll.viewport().width(), timeout=2000)
        assert ws.guide.form.page_scroll.horizontalScrollBar().maximum() == 0
    assert ws.guide.form.note_edit.isVisible()
    assert ws.guide.form.next_button.isVisible()
