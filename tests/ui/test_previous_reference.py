"""A re-assessment shows, per element, the previous assessment's consolidated score and
rationale as a reference — in the guide and the consolidation — from the core's
``previous_reference``; never as a proposal (no score button checked, no consolidated
score filled) and never counted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from scfield import scorecard
from scfield.reassess import previous_reference, start_reassessment
from scfield.scoring import fmt
from scfield.store import Store, records
from scfield.ui.previous import RATIONALE_CHARS, reference_text, score_text
from tests.ui.helpers import wait_saved

DEMO_2024 = "Da Nang Smart City Readiness Assessment 2024"


def demo_id(store: Store, title: str) -> str:
    return next(a.id for a in scorecard.list_assessments(store) if a.title == title)


def test_the_demo_reassessment_shows_the_previous_scores(qtbot: Any, launch: Any,
                                                         demo_store: Store) -> None:
    reassessment = next(a for a in scorecard.list_assessments(demo_store)
                        if "Re-assessment 2025" in a.title)
    ref = previous_reference(demo_store, reassessment.id)
    assert ref
    window = launch(demo_store.path)
    ws = window.open_assessment(reassessment.id, tab="interviews")
    qtbot.waitUntil(lambda: ws.guide.current is not None, timeout=10000)
    ws.show_tab("guide")
    label = ws.guide.form.previous_label
    for number in ws.guide.elements[:4]:
        ws.guide.show_element(number)
        assert label.isVisible()
        assert label.text() == reference_text(ref[number], RATIONALE_CHARS)
        assert label.text().startswith(f"Previous assessment (2024-03-11): "
                                       f"{fmt(ref[number].score)}")
        assert "not a proposal" in label.toolTip() and DEMO_2024 in label.toolTip()

    ws.show_tab("consolidation")
    qtbot.waitUntil(lambda: ws.consolidation.card is not None, timeout=10000)
    f = ws.consolidation.form
    table = f.elements_table
    assert not table.isColumnHidden(5)
    assert table.horizontalHeaderItem(5).text() == "Previous"
    for row, e in enumerate(ws.consolidation.card.elements):
        assert table.item(row, 5).text() == score_text(ref[e.number])
    table.setCurrentCell(10, 1)
    number = ws.consolidation.card.elements[10].number
    assert f.cons_previous_label.isVisible()
    assert f.cons_previous_label.text() == reference_text(ref[number])
    assert ref[number].rationale in f.cons_previous_label.text()


def test_a_new_reassessment_is_never_prefilled_nor_counted(qtbot: Any, launch: Any,
                                                           demo_store: Store) -> None:
    previous_id = demo_id(demo_store, DEMO_2024)
    draft = start_reassessment(demo_store, previous_id, title="Da Nang again")
    interview = records.add_interview(demo_store, draft, interviewee="Lê Văn Tám",
                                      helix_group="public")
    ref = previous_reference(demo_store, draft)
    window = launch(demo_store.path)
    ws = window.open_assessment(draft, interview_id=interview)
    qtbot.waitUntil(lambda: ws.guide.current == 1, timeout=10000)
    guide = ws.guide
    assert guide.form.previous_label.text() == reference_text(ref[1], RATIONALE_CHARS)
    assert guide.group.checkedButton() is None  # the previous 2 is not proposed
    guide.form.elements_list.setFocus()
    qtbot.keyClick(guide.form.elements_list, Qt.Key.Key_PageDown)
    assert guide.current == 2
    assert guide.form.previous_label.text() == reference_text(ref[2], RATIONALE_CHARS)
    assert guide.group.checkedButton() is None
    guide.flush()
    wait_saved(qtbot, window)
    assert demo_store.query("SELECT COUNT(*) AS n FROM evidence WHERE interview_id = ?",
                            [interview]) == [{"n": 0}]

    ws.show_tab("consolidation")
    qtbot.waitUntil(lambda: ws.consolidation.card is not None, timeout=10000)
    page = ws.consolidation
    assert page.card.overall is None  # nothing of the previous assessment counts
    table = page.form.elements_table
    for row, e in enumerate(page.card.elements):
        assert table.item(row, 4).text() == "–"
        assert table.item(row, 5).text() == score_text(ref[e.number])
    assert page.form.rating_combo.currentData() is None  # not set, not the previous score
    assert page.form.rationale_edit.toPlainText() == ""
    page.flush()
    wait_saved(qtbot, window)
    assert demo_store.query("SELECT COUNT(*) AS n FROM ratings WHERE assessment_id = ?",
                            [draft]) == [{"n": 0}]
    card = scorecard.load_scorecard(demo_store, demo_store.get("assessments", draft))
    assert card.overall is None


def test_a_first_assessment_shows_no_reference(qtbot: Any, launch: Any,
                                               demo_store: Store) -> None:
    first = demo_id(demo_store, DEMO_2024)
    window = launch(demo_store.path)
    ws = window.open_assessment(first, tab="interviews")
    qtbot.waitUntil(lambda: ws.guide.current is not None, timeout=10000)
    ws.show_tab("guide")
    assert not ws.guide.form.previous_label.isVisible()
    ws.show_tab("consolidation")
    qtbot.waitUntil(lambda: ws.consolidation.card is not None, timeout=10000)
    assert ws.consolidation.form.elements_table.isColumnHidden(5)
    assert not ws.consolidation.form.cons_previous_label.isVisible()
