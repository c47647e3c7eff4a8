"""The guide's "2 / 4" domain counts stay readable: they sit beside the progress bar,
never over its fill, and they follow the elements saved."""

from __future__ import annotations

from typing import Any

from scfield.store import Store


def test_domain_counts_sit_beside_the_bars(qtbot: Any, launch: Any, demo_store: Store) -> None:
    window = launch(demo_store.path)
    summary = next(r for r in window.model.rows if "2025" in r.title and r.city)
    ws = window.open_assessment(summary.id, tab="interviews")
    ws.resize(1366, 768)
    qtbot.waitExposed(ws)
    qtbot.waitUntil(lambda: ws.guide.interview is not None, timeout=10000)
    ws.show_tab("guide")
    guide = ws.guide
    qtbot.waitUntil(lambda: bool(guide.saved), timeout=10000)
    framework = guide.framework
    partly = 0
    for domain in framework.domains:
        bar = guide.progress_bars[domain.key]
        count = guide.progress_counts[domain.key]
        mine = [n for n in guide.elements if framework.element(n).domain == domain.key]
        done = len([n for n in mine if n in guide.saved])
        assert count.text() == f"{done} / {len(mine)}"
        assert (bar.value(), bar.maximum()) == (done, len(mine))
        assert not bar.isTextVisible(), "no text drawn over the fill"
        assert count.isVisible() and bar.isVisible()
        bar_box = bar.geometry().translated(bar.parentWidget().mapTo(ws, bar.pos())
                                            - bar.pos())
        count_box = count.geometry().translated(count.parentWidget().mapTo(ws, count.pos())
                                                - count.pos())
        assert not bar_box.intersects(count_box)
        assert count.width() >= count.fontMetrics().horizontalAdvance(count.text())
        partly += 0 < done < len(mine)
    assert partly, "the demo interview has a domain partly done (the case of the issue)"
    ws.close()
