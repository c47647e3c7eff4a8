"""The consolidation explains its marks: the "*" of a provisional score has a legend
line under the table."""

from __future__ import annotations

from typing import Any

from scfield import scorecard
from scfield.store import Store


def open_consolidation(qtbot: Any, launch: Any, store: Store, assessment_id: str) -> Any:
    window = launch(store.path)
    ws = window.open_assessment(assessment_id, tab="consolidation")
    qtbot.waitUntil(lambda: ws.consolidation.card is not None, timeout=10000)
    return ws


def test_the_provisional_star_is_explained(qtbot: Any, launch: Any, demo_store: Store) -> None:
    summaries = scorecard.list_assessments(demo_store)
    # An assessment with a provisional (not yet consolidated) element.
    for summary in summaries:
        card = scorecard.load_scorecard(demo_store, demo_store.get("assessments", summary.id))
        if any(e.provisional for e in card.elements):
            break
    else:
        raise AssertionError("the demo has no provisional element")
    ws = open_consolidation(qtbot, launch, demo_store, summary.id)
    f = ws.consolidation.form
    starred = [f.elements_table.item(r, 4).text() for r in range(f.elements_table.rowCount())
               if f.elements_table.item(r, 4).text().endswith(" *")]
    assert starred
    legend = f.cons_legend
    assert legend.isVisible() and legend.text().startswith("* Provisional")
    assert "median" in legend.text()
    # Under the table, in the same column.
    table_rect = f.elements_table.geometry()
    assert legend.geometry().top() >= table_rect.bottom()
    assert legend.geometry().left() == table_rect.left()
