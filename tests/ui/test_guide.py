"""The guided interview, driven from the keyboard on the real widgets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from scfield.store import open_store
from tests.ui.helpers import wait_saved


def new_assessment_with_interview(qtbot: Any, window: Any, subset: list[int] | None = None
                                  ) -> Any:
    """Create an assessment and an interview the way a user does, return the workspace."""
    from scfield.ui.interviews import InterviewDialog

    window.create_assessment("Kobe readiness 2026", country="Japan", city="Kobe", level="city")
    qtbot.waitUntil(lambda: len(window.workspaces) == 1, timeout=10000)
    ws = next(iter(window.workspaces.values()))
    qtbot.waitUntil(lambda: ws.row is not None, timeout=10000)
    assert ws.current_tab() == "profile"
    ws.show_tab("interviews")
    dialog = InterviewDialog(ws.interviews)
    qtbot.addWidget(dialog)
    f = dialog.form
    qtbot.keyClicks(f.interviewee_edit, "Keiko Mori")
    qtbot.keyClicks(f.role_edit, "Head of Digital Transformation")
    qtbot.keyClicks(f.organisation_edit, "Kobe City Office")
    f.helix_combo.setCurrentIndex(f.helix_combo.findData("public"))
    f.consent_check.setChecked(True)
    if subset:
        f.subset_radio.setChecked(True)
        for row in range(f.elements_list.count()):
            item = f.elements_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole + 1) in subset:
                item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(f.button_box.button(f.button_box.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    ws.interviews.add_interview(dialog.values())
    qtbot.waitUntil(lambda: ws.current_tab() == "guide" and ws.guide.current is not None,
                    timeout=10000)
    return ws


def test_walk_all_21_elements_with_keyboard_then_resume(qtbot: Any, launch: Any,
                                                        db_path: Path) -> None:
    window = launch(db_path)
    ws = new_assessment_with_interview(qtbot, window)
    guide = ws.guide
    assert guide.elements == list(range(1, 22))
    assert guide.current == 1
    expected: dict[int, tuple[int | None, str]] = {}
    for i, number in enumerate(guide.elements):
        assert guide.current == number
        if number == 7:
            qtbot.keyClick(guide.form.elements_list, "n")  # not discussed
            score = None
        else:
            score = i % 5
            qtbot.keyClick(guide.form.elements_list, str(score))
        assert guide.group.checkedButton() is not None
        note = f"Element {number}: budget 2026 seen, page {i}"
        qtbot.keyClicks(guide.form.note_edit, note)
        if number == 12:  # text from an input method (Vietnamese, Japanese)
            guide.form.note_edit.insertPlainText(" ổn định 予算")
            note += " ổn định 予算"
        expected[number] = (score, note)
        if number != 21:
            qtbot.keyClick(guide.form.note_edit, Qt.Key.Key_PageDown)
    assert guide.current == 21
    # PageUp goes back one and Alt+Right forward again, from inside the note.
    qtbot.keyClick(guide.form.note_edit, Qt.Key.Key_PageUp)
    assert guide.current == 20
    assert guide.form.note_edit.toPlainText() == expected[20][1]
    qtbot.keyClick(guide.form.note_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert guide.current == 21
    # Every page shows as done in the side list and the domain bars are full.
    qtbot.waitUntil(lambda: len(guide.saved) == 21, timeout=10000)
    assert all(bar.value() == bar.maximum() for bar in guide.progress_bars.values())
    assessment_id = ws.assessment_id
    ws.close()
    wait_saved(qtbot, window)

    with open_store(db_path) as store:
        rows = store.query("SELECT e.element, e.score, e.note FROM evidence e "
                           "JOIN interviews i ON i.id = e.interview_id "
                           "WHERE i.assessment_id = ?", [assessment_id])
        interview = store.query("SELECT * FROM interviews")[0]
    assert {r["element"]: (r["score"], r["note"]) for r in rows} == expected
    assert interview["last_element"] == 21
    assert interview["interviewee"] == "Keiko Mori" and interview["consent"] == 1

    ws2 = window.open_assessment(assessment_id, tab="guide")
    qtbot.waitUntil(lambda: ws2.guide.current is not None, timeout=10000)
    assert ws2.guide.current == 21  # resumes where the interview was left
    assert ws2.guide.form.note_edit.toPlainText() == expected[21][1]
    assert ws2.guide.group.checkedId() == expected[21][0]
    qtbot.keyClick(ws2.guide.form.elements_list, Qt.Key.Key_PageUp)
    assert ws2.guide.form.note_edit.toPlainText() == expected[20][1]
    ws2.guide.show_element(7)
    assert ws2.guide.group.checkedId() == 9  # "not discussed" is remembered


def test_interview_subset_and_autosave_without_leaving_the_page(qtbot: Any, launch: Any,
                                                               db_path: Path) -> None:
    window = launch(db_path)
    ws = new_assessment_with_interview(qtbot, window, subset=[3, 8, 15])
    guide = ws.guide
    assert guide.elements == [3, 8, 15]
    qtbot.keyClick(guide.form.elements_list, "2")
    qtbot.keyClicks(guide.form.note_edit, "draft plan seen")
    # No page change, no focus change: the debounce alone writes it within a second.
    qtbot.waitUntil(lambda: not guide.dirty and window.worker.pending == 0, timeout=1500)
    with open_store(db_path) as store:
        rows = store.query("SELECT element, score, note FROM evidence")
    assert rows == [{"element": 3, "score": 2, "note": "draft plan seen"}]
    # Typing digits inside the note types them; it does not change the score.
    qtbot.keyClicks(guide.form.note_edit, " 4")
    assert guide.group.checkedId() == 2
    assert guide.form.note_edit.toPlainText() == "draft plan seen 4"
    # Alt+4 sets the score even while typing.
    qtbot.keyClick(guide.form.note_edit, "4", Qt.KeyboardModifier.AltModifier)
    assert guide.group.checkedId() == 4
