"""The dashboard's charts say what is known: an unscored domain is not drawn at 0,
a domain scored on too few elements is marked, and the legend explains both."""

from __future__ import annotations

from typing import Any

import pytest

from scfield import scorecard
from scfield.store import Store
from scfield.store.records import create_assessment, set_rating

# Policy 3 of 5, Organization 3 of 4, System 1 of 5, Technology 2 of 4, Operation none.
PARTIAL = {1: 3, 2: 3, 3: 2, 6: 2, 7: 3, 8: 2, 10: 4, 15: 2, 16: 3}


@pytest.fixture
def partial(store: Store) -> str:
    aid = create_assessment(store, title="Partial Readiness Check 2026", city="Cebu",
                            country="Philippines", level="city", start_date="2026-11-01")
    for element, score in PARTIAL.items():
        set_rating(store, aid, element, score=score, rationale="seen in documents")
    return aid


def open_dashboard(qtbot: Any, launch: Any, store: Store, aid: str) -> Any:
    window = launch(store.path)
    ws = window.open_assessment(aid, tab="dashboard")
    qtbot.waitUntil(lambda: ws.dashboard.card is not None, timeout=10000)
    return ws


def test_radar_leaves_a_gap_for_an_unscored_domain(qtbot: Any, launch: Any, store: Store,
                                                   partial: str) -> None:
    ws = open_dashboard(qtbot, launch, store, partial)
    radar = ws.dashboard.radar
    card = scorecard.scorecard(store, partial)
    names = [d.name for d in card.domains]
    assert [a.name for a in radar.axes] == names
    plotted = dict(zip(names, radar.plotted(), strict=True))
    assert plotted["Operation"] is None, "an unscored domain is not drawn at 0"
    assert plotted["System"] == 4.0 and plotted["Policy"] == pytest.approx(8 / 3)
    states = {a.name: a.state for a in radar.axes}
    assert states == {"Policy": "scored", "Organization": "scored", "System": "thin",
                      "Technology": "thin", "Operation": "unscored"}
    by_name = {a.name: a for a in radar.axes}
    assert radar.value_text(by_name["Operation"]) == "not scored"
    assert radar.value_text(by_name["System"]) == "4.00 (1 of 5 scored)"
    assert radar.value_text(by_name["Policy"]) == "2.67"
    legend = radar.legend_lines()
    assert "gap: domain not scored (not drawn at 0)" in legend
    assert "○ too few elements scored for a stage" in legend
    assert "Operation: not scored" in radar.toolTip()
    table = ws.dashboard.form.domains_table
    assert table.item(4, 2).text() == "not scored"
    assert table.item(2, 2).text() == "not enough evidence (1 of 5 elements scored)"
    # Nothing provisional: no "still provisional (0)" sentence.
    coverage = ws.dashboard.form.coverage_label.text()
    assert coverage == "9 of 21 elements scored, 0 with evidence; 0 evidence notes in all."
    ws.close()


def test_radar_of_a_fully_scored_assessment_has_no_gap_legend(qtbot: Any, launch: Any,
                                                              demo_store: Store) -> None:
    window = launch(demo_store.path)
    summary = next(r for r in window.model.rows if "2025" in r.title and r.city)
    ws = window.open_assessment(summary.id, tab="dashboard")
    qtbot.waitUntil(lambda: ws.dashboard.card is not None, timeout=10000)
    card = scorecard.scorecard(demo_store, summary.id)
    assert ws.dashboard.radar.plotted() == [d.score for d in card.domains]
    assert ws.dashboard.radar.legend_lines() == []
    provisional = sum(1 for e in card.elements if e.provisional)
    assert provisional > 1
    assert ws.dashboard.form.coverage_label.text().endswith(
        f" {provisional} of them are still provisional: marked * in Consolidation, the median "
        "of the interviews' proposals until a rating is set.")
    ws.close()


def nearest_domain(colour: Any) -> int:
    """Index of the domain colour closest to a pixel's colour."""
    from PySide6.QtGui import QColor

    from scfield.ui.charts import DOMAIN_COLOURS

    def distance(i: int) -> int:
        c = QColor(DOMAIN_COLOURS[i])
        return sum((a - b) ** 2 for a, b in zip(
            (c.red(), c.green(), c.blue()), (colour.red(), colour.green(), colour.blue()),
            strict=True))
    return min(range(5), key=distance)


def test_element_chart_has_a_domain_legend_and_provisional_bars_keep_their_domain_colour(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    from PySide6.QtGui import QColor

    from scfield.ui.charts import DOMAIN_COLOURS

    window = launch(demo_store.path)
    summary = next(r for r in window.model.rows if "2025" in r.title and r.city)
    ws = window.open_assessment(summary.id, tab="dashboard")
    ws.resize(1366, 768)
    qtbot.waitUntil(lambda: ws.dashboard.card is not None, timeout=10000)
    bars = ws.dashboard.bars
    card = scorecard.scorecard(demo_store, summary.id)
    legend = bars.legend_entries()
    assert [(e.kind, e.label) for e in legend[:5]] == [("domain", d.name) for d in card.domains]
    assert [e.colour for e in legend[:5]] == list(DOMAIN_COLOURS[:5])
    assert legend[5].kind == "provisional" and "provisional" in legend[5].label
    assert all(e.kind != "unscored" for e in legend), "every element is scored"
    # Every legend key fits in the widget (wrapped into rows, none beyond the right edge).
    metrics = bars.fontMetrics()
    for x, _row, entry in bars._legend_layout(bars.width()):
        assert x + bars.SWATCH + 6 + metrics.horizontalAdvance(entry.label) <= bars.width()
    # On screen, a provisional bar's coloured pixels are its own domain's colour, not a
    # lighter shade that reads as another domain; its inside is mostly white.
    image = bars.grab().toImage()
    provisional = [i for i, e in enumerate(bars.elements) if e.provisional]
    assert provisional, "the demo re-assessment has provisional elements"
    domains = [d.key for d in card.domains]
    for i in provisional:
        rect = bars.bar_rect(i).toRect().adjusted(3, 3, -3, -3)
        own = domains.index(bars.elements[i].domain)
        white = coloured = 0
        for x in range(rect.left(), rect.right()):
            for y in range(rect.top(), rect.bottom()):
                pixel = QColor(image.pixel(x, y))
                if pixel.saturation() < 40:
                    white += 1
                    continue
                coloured += 1
                assert nearest_domain(pixel) == own, (bars.elements[i].number, pixel.name())
        assert white > coloured > 0
    ws.close()
