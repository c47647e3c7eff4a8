"""The consolidation and the dashboard show the numbers the core's scoring gives
(``scorecard.load_scorecard``, the function behind ``scfield show``)."""

from __future__ import annotations

from typing import Any

from scfield import scorecard
from scfield.scoring import fmt
from scfield.store import Store, queries
from tests.ui.helpers import wait_saved


def check_consolidation(ws: Any, card: Any) -> None:
    table = ws.consolidation.form.elements_table
    assert table.rowCount() == 21
    for row, e in enumerate(card.elements):
        assert table.item(row, 0).text() == f"{e.number:02d}"
        assert table.item(row, 2).text() == (", ".join(map(str, e.proposals)) or "–")
        assert table.item(row, 4).text() == fmt(e.score) + (" *" if e.provisional else "")
        highlighted = table.item(row, 1).background().color().name() == "#ffe3b3"
        assert highlighted == (e.spread >= 2)


def check_dashboard(ws: Any, card: Any) -> None:
    f = ws.dashboard.form
    assert f.overall_label.text().startswith(f"Overall {fmt(card.overall)} — {card.stage.name}")
    assert f.overall_reason_label.text() == card.stage_reason
    assert [(a.name, a.score) for a in ws.dashboard.radar.axes] == [(d.name, d.score)
                                                                   for d in card.domains]
    for row, d in enumerate(card.domains):
        assert f.domains_table.item(row, 1).text() == fmt(d.score)
        assert f.domains_table.item(row, 2).text() == (d.stage.name if d.stage else "–")
    assert [e.score for e in ws.dashboard.bars.elements] == [e.score for e in card.elements]
    for e in card.weakest:
        assert f"{e.number:02d} {e.name}: {fmt(e.score)}" in f.weakest_label.text()
    for rec in card.recommendations:
        assert rec.reason.replace("'", "&#x27;") in f.recommendations_label.text() or \
            rec.reason in f.recommendations_label.text()


def test_consolidation_and_dashboard_equal_the_core_scorecard(qtbot: Any, launch: Any,
                                                              demo_store: Store) -> None:
    window = launch(demo_store.path)
    for summary in window.model.rows:
        card = scorecard.scorecard(demo_store, summary.id)
        ws = window.open_assessment(summary.id, tab="consolidation")
        qtbot.waitUntil(lambda ws=ws: ws.consolidation.card is not None, timeout=10000)
        check_consolidation(ws, card)
        ws.show_tab("dashboard")
        qtbot.waitUntil(lambda ws=ws: ws.dashboard.card is not None, timeout=10000)
        check_dashboard(ws, card)
        ws.close()


def test_consolidated_rating_is_saved_and_scores_follow(qtbot: Any, launch: Any,
                                                        demo_store: Store) -> None:
    window = launch(demo_store.path)
    summary = next(r for r in window.model.rows if "2025" in r.title and r.city)
    ws = window.open_assessment(summary.id, tab="consolidation")
    page = ws.consolidation
    qtbot.waitUntil(lambda: page.card is not None, timeout=10000)
    spread = [i for i, e in enumerate(page.card.elements) if e.spread >= 2]
    assert spread, "the demo has elements whose interviews disagree"
    row = spread[0]
    number = page.card.elements[row].number
    page.form.elements_table.setCurrentCell(row, 1)
    assert page.current == number
    assert page.form.proposals_table.rowCount() == len(page.card.elements[row].proposals)
    page.set_rating(4, "Decree adopted and budgeted; citizens' doubts noted", "high")
    qtbot.waitUntil(lambda: not page.pending and window.worker.pending == 0, timeout=5000)
    rating = queries.ratings_of(demo_store, summary.id)[number]
    assert (rating["score"], rating["confidence"]) == (4, "high")
    assert rating["rationale"] == "Decree adopted and budgeted; citizens' doubts noted"
    card = scorecard.scorecard(demo_store, summary.id)
    qtbot.waitUntil(lambda: page.form.elements_table.item(row, 4).text() == "4.00",
                    timeout=5000)
    check_consolidation(ws, card)
    ws.show_tab("dashboard")
    qtbot.waitUntil(lambda: ws.dashboard.radar.plotted() == [d.score for d in card.domains],
                    timeout=5000)
    check_dashboard(ws, card)
    # The main list's overall score follows too.
    qtbot.waitUntil(lambda: next(r for r in window.model.rows if r.id == summary.id).overall
                    == card.overall, timeout=5000)
    ws.close()
    wait_saved(qtbot, window)
