"""One event hub tells every open view what an operation changed: the window of the
assessment concerned re-reads, the others are left alone, and the list follows —
without any window reaching into another."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scfield import scorecard
from scfield.changes import Changes
from scfield.store import Store, open_store


def _retitle(db: Path, assessment_id: str, title: str) -> None:
    """Another connection (as another process would) changes a title."""
    with open_store(db, author="Someone Else") as store:
        store.update("assessments", assessment_id, {"title": title})


def test_a_change_reaches_the_window_concerned_and_the_list_only(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    rows = scorecard.list_assessments(demo_store)
    first, second = rows[0].id, rows[1].id
    window = launch(demo_store.path)
    window.external._timer.stop()  # only the published changes may refresh here
    a = window.open_assessment(first)
    b = window.open_assessment(second)
    qtbot.waitUntil(lambda: a.row is not None and b.row is not None, timeout=10000)
    title_b = b.row["title"]
    _retitle(demo_store.path, first, "Renamed A")
    _retitle(demo_store.path, second, "Renamed B")
    window.events.publish(Changes.of(first))
    qtbot.waitUntil(lambda: a.row["title"] == "Renamed A", timeout=10000)
    qtbot.waitUntil(lambda: any(r.title == "Renamed A" for r in window.model.rows),
                    timeout=10000)
    assert "Renamed A" in a.windowTitle()
    assert b.row["title"] == title_b  # not concerned: not re-read
    assert not any(r.title == "Renamed B" for r in window.model.rows)
    # A change the operation cannot scope (another process, a restore) reaches all.
    window.events.publish(Changes.all())
    qtbot.waitUntil(lambda: b.row["title"] == "Renamed B", timeout=10000)
    qtbot.waitUntil(lambda: any(r.title == "Renamed B" for r in window.model.rows),
                    timeout=10000)


def test_a_window_does_not_re_read_its_own_change(qtbot: Any, launch: Any,
                                                  demo_store: Store) -> None:
    rows = scorecard.list_assessments(demo_store)
    window = launch(demo_store.path)
    window.external._timer.stop()
    a = window.open_assessment(rows[0].id)
    qtbot.waitUntil(lambda: a.row is not None, timeout=10000)
    _retitle(demo_store.path, rows[0].id, "Renamed elsewhere")
    window.events.publish(Changes.of(rows[0].id, origin=a))
    qtbot.waitUntil(lambda: any(r.title == "Renamed elsewhere" for r in window.model.rows),
                    timeout=10000)  # the list follows
    assert a.row["title"] != "Renamed elsewhere"  # the window that made it is not re-read
