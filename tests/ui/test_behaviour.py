"""Autosave on close, profile autosave, errors in plain words, Cancel of a long job."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar

from scfield import scorecard
from scfield.demo import load_demo
from scfield.progress import Progress
from scfield.store import Store, open_store, records
from scfield.ui import messages
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


class _HeldAtFirstAssessment(Progress):
    """The runner's progress, but the job waits after its first assessment is written.

    The test then presses Cancel while the job is really in the middle of its
    transaction (one assessment in, four to go), and lets it go on: cancelling
    mid-job is tested, not a Cancel that was already set before the first step.
    """

    def __init__(self, inner: Progress) -> None:
        super().__init__()
        self.inner = inner
        self.reached = threading.Event()
        self.go_on = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self.inner.cancelled

    def step(self, done: int, total: int, message: str = "") -> None:
        self.inner.step(done, total, message)
        if done == 1 and not self.reached.is_set():
            self.reached.set()
            self.go_on.wait(10)
            self.inner.check()


def test_cancel_stops_a_long_job_and_keeps_the_database_unchanged(
        qtbot: Any, launch: Any, db_path: Path) -> None:
    window = launch(db_path)
    held: list[_HeldAtFirstAssessment] = []

    def job(store: Store, progress: Progress) -> list[str]:
        held.append(_HeldAtFirstAssessment(progress))
        return load_demo(store, held[0])

    outcome: list[str] = []
    dialog = window.ops.run(window, job, title="Loading the demo assessments",
                            success=lambda _r: outcome.append("done"),
                            cancelled=lambda: outcome.append("cancelled")).dialog
    qtbot.waitUntil(lambda: bool(held) and held[0].reached.is_set(), timeout=10000)
    # The first assessment is written (inside the job's transaction) and the bar shows it.
    qtbot.waitUntil(lambda: dialog.value() == 1, timeout=5000)
    qtbot.mouseClick(dialog.findChild(type(window.form.new_button)),
                     Qt.MouseButton.LeftButton)  # the dialog's Cancel button
    held[0].go_on.set()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=10000)
    wait_saved(qtbot, window)
    with open_store(db_path) as store:  # the half-loaded demo was rolled back
        assert scorecard.list_assessments(store) == []
        assert store.query("SELECT COUNT(*) AS n FROM interviews") == [{"n": 0}]


def test_demo_load_reports_progress_and_finishes(qtbot: Any, launch: Any,
                                                 db_path: Path) -> None:
    window = launch(db_path)
    dialog = window.ops.run(window, load_demo, title="Loading the demo assessments",
                            success=lambda _r: window.refresh()).dialog
    bar = dialog.findChild(QProgressBar)
    seen: list[tuple[int, int, str]] = []
    bar.valueChanged.connect(
        lambda value: seen.append((value, bar.maximum(), dialog.labelText())))
    qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=20000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)  # closed, freed
    # Every step reached the bar, in order, out of 5, each naming the assessment it loads.
    assert [value for value, _total, _label in seen] == [0, 1, 2, 3, 4, 5]
    assert {total for _value, total, _label in seen} == {5}
    titles = sorted(row.title for row in window.model.rows)
    named = sorted(label.split("\n", 1)[1] for value, _t, label in seen if value < 5)
    assert named == titles


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


def test_a_mistyped_database_path_is_not_created(qtbot: Any, tmp_path: Path) -> None:
    """Only the first start on the default path makes a database (issue: a mistyped --db
    became a new empty database, and the expert's work seemed gone)."""
    from scfield.ui.app import start

    messages.last_message = None
    path = tmp_path / "no" / "such" / "scfield.sqlite"
    window = start(path, ask_first_run=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: messages.last_message is not None, timeout=5000)
    assert str(path) in messages.last_message.text()
    assert "no such" in messages.last_message.text().lower() or \
        "does not exist" in messages.last_message.text().lower()
    assert not window.form.root.isEnabled()
    assert not (tmp_path / "no").exists()
    window.worker.stop()
