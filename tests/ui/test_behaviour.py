"""Autosave on close, profile autosave, errors in plain words, Cancel of a long job."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt

from scfield.demo import load_demo
from scfield.store import Store, open_store, queries, records
from scfield.ui import messages
from scfield.ui.messages import run_long
from tests.ui.helpers import wait_saved


def open_first_interview(qtbot: Any, window: Any, store: Store) -> Any:
    assessment_id = records.create_assessment(store, title="Hue 2026", level="city")
    records.add_interview(store, assessment_id, interviewee="An Nguyen", helix_group="academia")
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    ws = window.open_assessment(assessment_id, tab="guide")
    qtbot.waitUntil(lambda: ws.guide.current == 1, timeout=10000)
    return ws


def test_closing_right_after_typing_loses_nothing(qtbot: Any, launch: Any, store: Store
                                                  ) -> None:
    window = launch(store.path)
    ws = open_first_interview(qtbot, window, store)
    qtbot.keyClick(ws.guide.form.elements_list, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier)
    assert ws.guide.current == 2
    qtbot.keyClick(ws.guide.form.elements_list, "1")
    qtbot.keyClicks(ws.guide.form.note_edit, "typed then closed at once")
    ws.close()  # before the half-second autosave timer fires
    wait_saved(qtbot, window)
    rows = store.query("SELECT element, score, note FROM evidence")
    assert rows == [{"element": 2, "score": 1, "note": "typed then closed at once"}]


def test_profile_edits_autosave_and_update_the_list(qtbot: Any, launch: Any,
                                                    store: Store) -> None:
    window = launch(store.path)
    ws = open_first_interview(qtbot, window, store)
    ws.show_tab("profile")
    edit = ws.profile.form.title_edit
    edit.selectAll()
    qtbot.keyClicks(edit, "Hue smart city readiness 2026")
    qtbot.keyClicks(ws.profile.form.economy_edit, "Tourism and heritage")
    qtbot.waitUntil(lambda: window.model.rows[0].title == "Hue smart city readiness 2026",
                    timeout=3000)
    wait_saved(qtbot, window)
    row = store.get("assessments", ws.assessment_id)
    assert row["title"] == "Hue smart city readiness 2026"
    assert row["economy"] == "Tourism and heritage"
    assert "Hue smart city readiness 2026" in ws.windowTitle()


def test_report_language_is_chosen_from_the_shipped_languages(qtbot: Any, launch: Any,
                                                               store: Store) -> None:
    window = launch(store.path)
    ws = open_first_interview(qtbot, window, store)
    ws.show_tab("profile")
    combo = ws.profile.form.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "fr", "es", "ja"]
    assert combo.currentData() == "en"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # a closed combo box steps to the next item
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Español"
    ws.profile.flush()
    wait_saved(qtbot, window)
    assert store.get("assessments", ws.assessment_id)["language"] == "es"
    # A value scfield does not ship (an older version's free text) is kept and shown.
    records.update_assessment(store, ws.assessment_id, language="th")
    ws.reload()
    qtbot.waitUntil(lambda: combo.currentData() == "th", timeout=5000)
    assert combo.currentText() == "th (printed in English)"


def test_errors_are_shown_in_plain_words(qtbot: Any, launch: Any, db_path: Path,
                                        caplog: Any) -> None:
    window = launch(db_path)
    messages.last_message = None
    window.worker.submit(lambda s: records.update_assessment(s, "no-such-id", title="x"))
    qtbot.waitUntil(lambda: messages.last_message is not None
                    and messages.last_message.isVisible(), timeout=5000)
    assert messages.last_message.text() == "no assessment with id no-such-id"
    messages.last_message.close()
    window.worker.submit(lambda s: 1 / 0)
    qtbot.waitUntil(lambda: "ZeroDivisionError" in messages.last_message.text(),
                    timeout=5000)
    assert "Traceback" not in messages.last_message.text()
    # The details (traceback) go to the log, not to the user.
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_cancel_stops_a_long_job_and_keeps_the_database_unchanged(
        qtbot: Any, launch: Any, db_path: Path) -> None:
    window = launch(db_path)
    release = threading.Event()
    window.worker.submit(lambda s: release.wait(10))  # keep the database thread busy
    outcome: list[str] = []
    dialog = run_long(window, window.worker, "Loading the demo assessments", load_demo,
                      success=lambda _r: outcome.append("done"),
                      cancelled=lambda: outcome.append("cancelled"))
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.mouseClick(dialog.findChild(type(window.form.new_button)),
                     Qt.MouseButton.LeftButton)  # the dialog's Cancel button
    release.set()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=10000)
    wait_saved(qtbot, window)
    with open_store(db_path) as store:
        assert queries.list_assessments(store) == []


def test_demo_load_reports_progress_and_finishes(qtbot: Any, launch: Any,
                                                 db_path: Path) -> None:
    window = launch(db_path)
    dialog = run_long(window, window.worker, "Loading the demo assessments", load_demo,
                      success=lambda _r: window.refresh())
    qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=20000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)  # closed, freed


def test_a_foreign_file_is_refused_with_a_message(qtbot: Any, tmp_path: Path) -> None:
    from scfield.ui.app import start

    messages.last_message = None
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are not the droids you are looking for")
    window = start(path, ask_first_run=False)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: messages.last_message is not None
                    and "not an SQLite database" in messages.last_message.text(),
                    timeout=5000)
    assert not window.form.root.isEnabled()
    assert path.read_bytes() == b"these are not the droids you are looking for"
    window.worker.stop()
