"""Reopening an assessment returns to where the expert was; Ctrl+W closes its window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from scfield import scorecard
from scfield.store import Store, queries
from tests.ui.helpers import wait_saved


def open_window(qtbot: Any, window: Any, assessment_id: str) -> Any:
    ws = window.open_assessment(assessment_id)
    qtbot.waitUntil(lambda: ws.row is not None, timeout=10000)
    return ws


def test_reopen_returns_to_the_same_interview_and_element(qtbot: Any, launch: Any,
                                                          demo_store: Store) -> None:
    assessment = scorecard.list_assessments(demo_store)[0]
    interviews = queries.interviews_of(demo_store, assessment.id)
    second = interviews[1]
    window = launch(demo_store.path)
    ws = open_window(qtbot, window, assessment.id)
    assert ws.current_tab() == "profile"  # never opened before: the profile
    ws.show_in_guide(second["id"])
    qtbot.waitUntil(lambda: ws.guide.interview is not None
                    and ws.guide.interview["id"] == second["id"], timeout=10000)
    target = ws.guide.elements[-2]
    ws.guide.show_element(target)
    ws.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ws, timeout=5000)
    qtbot.keyClick(ws, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # Ctrl+W closes
    qtbot.waitUntil(lambda: assessment.id not in window.workspaces, timeout=10000)
    wait_saved(qtbot, window)

    ws2 = open_window(qtbot, window, assessment.id)
    qtbot.waitUntil(lambda: ws2.current_tab() == "guide" and ws2.guide.interview is not None
                    and ws2.guide.interview["id"] == second["id"]
                    and ws2.guide.current == target, timeout=10000)
    assert ws2.guide.form.interview_combo.currentData() == second["id"]


def test_reopen_on_another_tab_and_after_the_interview_was_deleted(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    assessment = scorecard.list_assessments(demo_store)[1]
    window = launch(demo_store.path)
    ws = open_window(qtbot, window, assessment.id)
    ws.show_tab("dashboard")
    ws.close()
    qtbot.waitUntil(lambda: assessment.id not in window.workspaces, timeout=10000)
    ws = open_window(qtbot, window, assessment.id)
    assert ws.current_tab() == "dashboard"

    last = queries.interviews_of(demo_store, assessment.id)[-1]
    ws.show_in_guide(last["id"])
    qtbot.waitUntil(lambda: ws.guide.interview is not None
                    and ws.guide.interview["id"] == last["id"], timeout=10000)
    ws.close()
    qtbot.waitUntil(lambda: assessment.id not in window.workspaces, timeout=10000)
    wait_saved(qtbot, window)
    demo_store.db.execute("DELETE FROM evidence WHERE interview_id = ?", [last["id"]])
    demo_store.db.execute("DELETE FROM interviews WHERE id = ?", [last["id"]])
    demo_store.db.conn.commit()
    ws = open_window(qtbot, window, assessment.id)
    qtbot.waitUntil(lambda: ws.current_tab() == "guide" and ws.guide.interview is not None,
                    timeout=10000)
    assert ws.guide.interview["id"] != last["id"]
    assert getattr(window, "message", None) is None or not window.message.isVisible()


def test_an_interview_deleted_meanwhile_is_said_and_the_guide_still_opens_one(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    """A stale link (a search hit, a remembered position) to an interview deleted since:
    one plain message, and the guide is not left waiting for it."""
    from scfield.ui import messages

    assessment = scorecard.list_assessments(demo_store)[2]
    window = launch(demo_store.path)
    ws = open_window(qtbot, window, assessment.id)
    messages.last_message = None  # an earlier test's box is gone
    ws.show_in_guide("no-such-interview")
    qtbot.waitUntil(lambda: messages.last_message is not None
                    and messages.last_message.isVisible(), timeout=10000)
    assert "no-such-interview" in messages.last_message.text()
    assert ws.guide.opening is None
    ws.interviews.refresh()  # the next list of interviews opens the first one
    first = queries.interviews_of(demo_store, assessment.id)
    qtbot.waitUntil(lambda: ws.guide.interview is not None, timeout=10000)
    assert ws.guide.interview["id"] in {i["id"] for i in first}
    messages.last_message.close()


def test_choosing_back_the_shown_interview_drops_the_one_still_loading(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    """Down then Up in the interview box before the second interview has loaded: the
    guide stays on the first; the slower load does not replace it afterwards."""
    assessment = scorecard.list_assessments(demo_store)[0]
    window = launch(demo_store.path)
    ws = window.open_assessment(assessment.id, tab="interviews")
    qtbot.waitUntil(lambda: ws.guide.current is not None, timeout=10000)
    ws.show_tab("guide")
    shown = ws.guide.interview["id"]
    combo = ws.guide.form.interview_combo
    assert combo.count() > 1 and combo.currentData() == shown
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # asks for the next interview…
    assert ws.guide.opening == combo.currentData() != shown
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # …and back, before it arrived
    assert ws.guide.opening is None
    wait_saved(qtbot, window)
    assert ws.guide.interview["id"] == shown and combo.currentData() == shown
