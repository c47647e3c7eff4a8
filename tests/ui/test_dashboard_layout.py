"""The dashboard reads right in a 1366×768 window: the panels under the charts are
whole (no label shorter than its wrapped text), the evidence coverage and weakest
elements show without scrolling, and everything else is one scroll away."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint

from scfield.store import Store
from tests.ui.test_dashboard_charts import PARTIAL


def whole(label: Any) -> bool:
    """The label is as tall as its text needs at its width."""
    return label.height() >= label.heightForWidth(label.width())


@pytest.mark.parametrize("which", ["reassessment", "partial"])
def test_lower_panels_are_whole_at_1366x768(qtbot: Any, launch: Any, demo_store: Store,
                                            which: str) -> None:
    from scfield.store.records import create_assessment, set_rating

    if which == "partial":
        aid = create_assessment(demo_store, title="Partial 2026", city="Cebu",
                                country="Philippines", level="city")
        for element, score in PARTIAL.items():
            set_rating(demo_store, aid, element, score=score, rationale="documents")
    window = launch(demo_store.path)
    if which == "reassessment":
        aid = next(r for r in window.model.rows if "2025" in r.title and r.city).id
    ws = window.open_assessment(aid, tab="dashboard")
    ws.resize(1366, 768)
    qtbot.waitExposed(ws)
    page = ws.dashboard
    qtbot.waitUntil(lambda: page.card is not None, timeout=10000)
    f = page.form
    labels = [f.coverage_label, f.helix_coverage_label, f.weakest_label,
              f.recommendations_label, f.scale_up_label]
    qtbot.waitUntil(lambda: all(whole(label) for label in labels), timeout=5000)
    scroll = f.dash_scroll
    viewport = scroll.viewport()

    def on_screen(widget: Any) -> bool:
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + widget.height() <= viewport.height()

    assert scroll.verticalScrollBar().value() == 0
    for box in (f.coverage_box, f.helix_box, f.weakest_box):
        assert on_screen(box), f"{box.objectName()} is visible without scrolling"
    # The rest is reachable: each panel can be scrolled wholly into view.
    for box in (f.support_box,):
        scroll.ensureWidgetVisible(box, 0, 0)
        assert box.height() > viewport.height() or on_screen(box)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    assert on_screen(f.scale_up_label)
    ws.close()
