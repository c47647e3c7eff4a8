"""Start a re-assessment from the app: the list's context menu and the Assessment menu
ask the title (prefilled as ``scfield reassess`` names it), create the linked draft
with the core's ``start_reassessment`` and open it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from scfield import scorecard
from scfield.reassess import COPIED_FIELDS, default_title
from scfield.store import Store


def first_of(store: Store, title_part: str) -> Any:
    return next(a for a in scorecard.list_assessments(store) if title_part in a.title)


def row_rect(window: Any, assessment_id: str) -> Any:
    view = window.form.assessments_view
    for row in range(window.proxy.rowCount()):
        index = window.proxy.index(row, 0)
        if window.proxy.data(index, Qt.ItemDataRole.UserRole + 2) == assessment_id:
            return view.visualRect(index)
    raise AssertionError("row not shown")


def test_context_menu_starts_and_opens_a_reassessment(qtbot: Any, launch: Any,
                                                      demo_store: Store) -> None:
    previous = first_of(demo_store, "Dakar")
    window = launch(demo_store.path)
    view = window.form.assessments_view
    # A right click on the row: the menu of that row.
    view.customContextMenuRequested.emit(row_rect(window, previous.id).center())
    menu = window.context_menu
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    assert window.selected_id() == previous.id
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names[:2] == ["open", "reassess"]
    reassess = window.actions_by_name["reassess"]
    assert reassess.text() == "Start a &re-assessment…"
    menu.hide()
    reassess.trigger()

    dialog = window.title_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    expected_title = default_title(previous.title, date.today().year)
    edit = dialog.line_edit()
    assert edit.text() == expected_title
    assert edit.width() >= edit.fontMetrics().horizontalAdvance(expected_title)
    assert previous.title in dialog.labelText()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClicks(edit, " (mid-term)")
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    new_title = expected_title + " (mid-term)"
    qtbot.waitUntil(lambda: any(ws.row and ws.row["title"] == new_title
                                for ws in window.workspaces.values()), timeout=10000)
    ws = next(ws for ws in window.workspaces.values() if ws.row["title"] == new_title)
    assert ws.current_tab() == "profile"
    assert ws.profile.form.title_edit.text() == new_title
    new = demo_store.get("assessments", ws.assessment_id)
    old = demo_store.get("assessments", previous.id)
    assert new["previous_id"] == previous.id and new["status"] == "draft"
    assert {k: new[k] for k in COPIED_FIELDS} == {k: old[k] for k in COPIED_FIELDS}
    assert (new["framework_id"], new["framework_version"]) == (old["framework_id"],
                                                               old["framework_version"])
    assert new["start_date"] == date.today().isoformat()
    assert ws.profile.form.start_date_edit.text() == date.today().isoformat()
    assert demo_store.query("SELECT COUNT(*) AS n FROM interviews WHERE assessment_id = ?",
                            [ws.assessment_id]) == [{"n": 0}]
    qtbot.waitUntil(lambda: any(r.id == ws.assessment_id for r in window.model.rows),
                    timeout=10000)


def test_the_menu_action_follows_the_selection_and_cancel_creates_nothing(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    window = launch(demo_store.path)
    reassess = window.actions_by_name["reassess"]
    window.form.assessments_view.clearSelection()
    window.form.assessments_view.setCurrentIndex(window.proxy.index(-1, -1))
    assert not reassess.isEnabled()
    previous = first_of(demo_store, "Arequipa")
    window.select_id(previous.id)
    assert reassess.isEnabled()
    before = len(scorecard.list_assessments(demo_store))
    reassess.trigger()
    dialog = window.title_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    qtbot.keyClick(dialog.line_edit(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    window.worker.call(lambda s: None)
    assert len(scorecard.list_assessments(demo_store)) == before
