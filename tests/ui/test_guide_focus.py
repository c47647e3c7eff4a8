"""The guide never traps a score key in a text field the expert did not choose."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_guide import new_assessment_with_interview


def guide_fields(guide: Any) -> dict[str, Any]:
    """Every widget of the guide the keyboard can reach."""
    f = guide.form
    fields = {"note": f.note_edit, "source": f.source_edit, "confidence": f.confidence_combo,
              "elements list": f.elements_list, "interview": f.interview_combo,
              "previous": f.prev_button, "next": f.next_button}
    for button in guide.group.buttons():
        fields[button.objectName()] = button
    return fields


def test_page_down_from_every_field_leaves_the_focus_where_scoring_works(
        qtbot: Any, launch: Any, db_path: Path) -> None:
    window = launch(db_path)
    ws = new_assessment_with_interview(qtbot, window)
    guide = ws.guide
    ws.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ws, timeout=5000)
    fields = guide_fields(guide)
    assert len(fields) == 13  # 5 scores + not discussed + 7 others
    for name, widget in fields.items():
        start = guide.current
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda w=widget: QApplication.focusWidget() is w, timeout=2000)
        qtbot.keyClick(widget, Qt.Key.Key_PageDown)
        assert guide.current == guide.elements[guide.elements.index(start) + 1], name
        focus = QApplication.focusWidget()
        assert focus is guide.form.elements_list, f"after PageDown from {name}: {focus}"
        qtbot.keyClick(focus, "3")
        assert guide.group.checkedId() == 3, name
        assert guide.values[guide.current]["score"] == 3, name
        assert guide.form.source_edit.text() == "", name
        assert guide.form.note_edit.toPlainText() == "", name


def test_page_up_and_list_click_also_leave_the_focus_on_the_list(
        qtbot: Any, launch: Any, db_path: Path) -> None:
    window = launch(db_path)
    ws = new_assessment_with_interview(qtbot, window)
    guide = ws.guide
    ws.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ws, timeout=5000)
    guide.show_element(5)
    guide.form.source_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is guide.form.source_edit, timeout=2000)
    qtbot.keyClick(guide.form.source_edit, Qt.Key.Key_PageUp)
    assert guide.current == 4
    assert QApplication.focusWidget() is guide.form.elements_list
    # Alt+Right from the note.
    guide.form.note_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is guide.form.note_edit, timeout=2000)
    qtbot.keyClick(guide.form.note_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert guide.current == 5
    assert QApplication.focusWidget() is guide.form.elements_list
    # A click in the list (the user chose the list).
    guide.form.source_edit.setFocus()
    item = guide.form.elements_list.item(9)
    rect = guide.form.elements_list.visualItemRect(item)
    guide.form.elements_list.scrollToItem(item)
    rect = guide.form.elements_list.visualItemRect(item)
    qtbot.mouseClick(guide.form.elements_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert guide.current == guide.elements[9]
    qtbot.keyClick(QApplication.focusWidget(), "2")
    assert guide.values[guide.current]["score"] == 2
    assert guide.form.source_edit.text() == ""


def test_element_list_shows_the_score_given(qtbot: Any, launch: Any, db_path: Path) -> None:
    window = launch(db_path)
    ws = new_assessment_with_interview(qtbot, window, subset=[3, 8, 15])
    guide = ws.guide
    qtbot.keyClick(guide.form.elements_list, "3")
    qtbot.keyClick(guide.form.elements_list, Qt.Key.Key_PageDown)
    qtbot.keyClick(guide.form.elements_list, "n")
    qtbot.keyClick(guide.form.elements_list, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: guide.saved == {3, 8}, timeout=10000)
    texts = [guide.form.elements_list.item(i).text() for i in range(3)]
    assert texts[0].startswith("✔3 ")
    assert texts[1].startswith("– ")
    assert texts[2].startswith("○ ")
