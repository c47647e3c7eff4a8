"""The New-assessment dialog shows the whole of a long title, and creates it on OK."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from scfield.store import Store

LONG = "Da Nang Smart City Readiness Re-assessment 2025 (second mission)"


def test_a_long_title_is_shown_whole_and_created(qtbot: Any, launch: Any, store: Store
                                                 ) -> None:
    window = launch(store.path)
    qtbot.mouseClick(window.form.new_button, Qt.MouseButton.LeftButton)
    dialog = window.title_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    edit = dialog.line_edit()
    qtbot.waitUntil(edit.hasFocus, timeout=3000)  # typing goes straight into the title
    qtbot.keyClicks(edit, LONG)
    qtbot.waitUntil(lambda: edit.width() >= edit.fontMetrics().horizontalAdvance(LONG) + 20,
                    timeout=3000)
    # Nothing scrolled out at the left: the first character is where the text starts.
    edit.setCursorPosition(len(LONG))
    assert edit.cursorRect().right() < edit.width()
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= screen.width()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.workspaces) == 1, timeout=10000)
    ws = next(iter(window.workspaces.values()))
    qtbot.waitUntil(lambda: ws.row is not None, timeout=10000)
    assert ws.row["title"] == LONG and ws.current_tab() == "profile"
    assert store.query("SELECT title FROM assessments") == [{"title": LONG}]


def test_an_empty_title_creates_nothing(qtbot: Any, launch: Any, store: Store) -> None:
    window = launch(store.path)
    window.new_assessment()
    dialog = window.title_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.keyClicks(dialog.line_edit(), "   ")
    qtbot.keyClick(dialog.line_edit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    window.worker.call(lambda s: None)  # after anything the dialog might have queued
    assert store.query("SELECT title FROM assessments") == []
