"""One way to run an operation in the app (``scfield/ui/run.py``): the operation says
what it changed and the runner publishes it once; errors reach a message box; long
layout and printing run off the database thread, so autosaves never wait behind
them; and no GUI slot waits for the database."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter

from scfield import operations, scorecard
from scfield.changes import Changes
from scfield.progress import Cancelled
from scfield.store import Store, queries
from scfield.ui import messages
from tests.ui.helpers import wait_saved


def _da_nang_2025(store: Store) -> str:
    return next(r.id for r in scorecard.list_assessments(store)
                if r.title.startswith("Da Nang") and "2025" in r.title)


def test_an_operation_s_changes_are_published_once_with_who_asked(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    aid = _da_nang_2025(demo_store)
    window = launch(demo_store.path)
    window.external._timer.stop()  # only this operation publishes here
    heard: list[Changes] = []
    window.events.changed.connect(heard.append)
    answers: list[Any] = []
    asker = object()
    run = window.ops.run(window, lambda s, _p: operations.save_profile(
        s, aid, {"city": "Da Nang"}, {"city": "Đà Nẵng"}), success=answers.append,
        origin=asker)
    with qtbot.waitSignal(run.finished, timeout=10000) as done:
        pass
    assert done.args == [None]
    assert heard == [Changes.of(aid, origin=asker)]
    assert heard[0].origin is asker
    assert answers[0].current["city"] == "Đà Nẵng"  # success gets the value, not Done
    qtbot.waitUntil(lambda: any(r.city == "Đà Nẵng" for r in window.model.rows),
                    timeout=10000)  # the list heard it
    assert demo_store.get("assessments", aid)["city"] == "Đà Nẵng"


def test_a_read_publishes_nothing_and_a_failure_is_shown(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    window = launch(demo_store.path)
    window.external._timer.stop()
    heard: list[Changes] = []
    window.events.changed.connect(heard.append)
    run = window.ops.run(window, lambda s, _p: scorecard.list_assessments(s))
    with qtbot.waitSignal(run.finished, timeout=10000):
        pass
    assert heard == []
    run = window.ops.run(window, lambda s, _p: operations.amend(s, "no-such-id", "why"),
                         title="Amending")
    with qtbot.waitSignal(run.finished, timeout=10000) as done:
        pass
    assert done.args[0] is not None
    assert "no-such-id" in messages.last_message.text()
    assert messages.last_message.windowTitle() == "Amending"
    assert heard == []  # a failed operation changed nothing


def test_a_guide_save_completes_while_the_report_is_laid_out(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    aid = _da_nang_2025(demo_store)
    interview = demo_store.query("SELECT id FROM interviews WHERE assessment_id = ? "
                                 "ORDER BY date LIMIT 1", [aid])[0]["id"]
    window = launch(demo_store.path)
    ws = window.open_assessment(aid, interview_id=interview, element=5)
    qtbot.waitUntil(lambda: ws.guide.current == 5, timeout=10000)
    # The layout thread is held busy: the preview's report is read on the database
    # thread, then waits for its turn to be laid out.
    laying_out, go_on = threading.Event(), threading.Event()
    window.ops.renderer.submit(lambda: (laying_out.set(), go_on.wait(30)),
                               lambda _r: None, lambda _e: None)
    try:
        window.reports.preview(aid)
        assert laying_out.wait(10)
        ws.guide.form.note_edit.setPlainText("Saved while the report is laid out")
        ws.guide.flush()
        qtbot.waitUntil(lambda: any(
            r["note"] == "Saved while the report is laid out"
            for r in queries.notes_of_interview(demo_store, interview)), timeout=10000)
        assert aid not in window.reports.previews  # the layout has not finished
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: aid in window.reports.previews
                    and window.reports.previews[aid].isVisible(), timeout=30000)
    wait_saved(qtbot, window)


def test_printing_is_cancelled_like_any_operation(
        qtbot: Any, launch: Any, demo_store: Store, tmp_path: Path) -> None:
    aid = _da_nang_2025(demo_store)
    window = launch(demo_store.path)
    window.reports.preview(aid)
    qtbot.waitUntil(lambda: aid in window.reports.previews
                    and window.reports.previews[aid].isVisible(), timeout=30000)
    preview = window.reports.previews[aid]
    shown = messages.last_message
    gate = threading.Event()
    window.ops.renderer.submit(lambda: gate.wait(30), lambda _r: None, lambda _e: None)
    printer = preview.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    job = preview.print_to(printer)
    assert preview.job is job
    job.dialog.canceled.emit()  # the progress dialog's Cancel, before the first page
    gate.set()
    with qtbot.waitSignal(job.finished, timeout=30000) as done:
        pass
    assert isinstance(done.args[0], Cancelled)
    assert preview.job is None
    assert messages.last_message is shown  # a cancel is not an error
    # Printing again, to the end, goes through the same runner.
    job = preview.print_to(printer)
    with qtbot.waitSignal(job.finished, timeout=60000) as done:
        pass
    assert done.args == [None]
    assert (tmp_path / "printed.pdf").stat().st_size > 0


def test_a_new_interview_opens_while_the_database_is_busy(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    aid = _da_nang_2025(demo_store)
    window = launch(demo_store.path)
    ws = window.open_assessment(aid, tab="interviews")
    qtbot.waitUntil(lambda: ws.row is not None and bool(ws.author), timeout=10000)
    gate = threading.Event()
    window.worker.submit(lambda _s: gate.wait(30))  # an import, say, holds the database
    seen: list[tuple[bool, str]] = []

    def drive() -> None:
        dialog = ws.interviews.dialog
        seen.append((gate.is_set(), dialog.form.interviewer_edit.text()))
        dialog.reject()

    try:
        QTimer.singleShot(0, drive)
        ws.interviews.new_interview()
    finally:
        gate.set()
    assert seen == [(False, ws.author)]  # open at once, the author known from the load
    wait_saved(qtbot, window)


def test_printing_saves_what_is_typed_first_without_reaching_into_the_window(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    """Print summary asks the hub to flush the assessment: its window queues the note
    typed a moment ago (its autosave not yet due), so the report prints it."""
    from pypdf import PdfReader

    aid = _da_nang_2025(demo_store)
    interview = demo_store.query("SELECT id FROM interviews WHERE assessment_id = ? "
                                 "ORDER BY date LIMIT 1", [aid])[0]["id"]
    window = launch(demo_store.path)
    ws = window.open_assessment(aid, interview_id=interview, element=5)
    qtbot.waitUntil(lambda: ws.guide.current == 5, timeout=10000)
    ws.guide.form.note_edit.setPlainText("Typed just before printing")
    assert ws.guide.autosave.pending  # not saved yet
    window.reports.preview(aid)
    assert not ws.guide.autosave.pending  # queued by the flush the preview asked for
    qtbot.waitUntil(lambda: aid in window.reports.previews
                    and window.reports.previews[aid].isVisible(), timeout=30000)
    path = window.reports.previews[aid].result.path
    text = " ".join((p.extract_text() or "") for p in PdfReader(path).pages)
    assert "Typed just before printing" in " ".join(text.split())
    wait_saved(qtbot, window)
