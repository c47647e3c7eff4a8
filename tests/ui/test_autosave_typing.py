"""Every autosaved field keeps up with a steady typist (issue 9, section 1): typing
without a pause (a key every 0.125 s) into the profile, the interview dialog, the
consolidation rationale and the roadmap, what was typed more than 1 s ago is already
in the database file — read through a separate connection while the typing goes on."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from scfield.store import Store, open_store, records
from tests.ui.helpers import wait_saved

KEY_MS = 125  # 8 keys a second, never a pause a plain debounce would wait for
TEXT = "Fibre backbone reaches every ward office; the data team has four analysts"


def type_steadily(qtbot: Any, widget: Any, read: Callable[[Store], str | None],
                  db_path: Path, text: str = TEXT) -> None:
    """Type ``text`` key by key; every second, check that the database (read by
    ``read`` on a connection of its own) holds all that was typed 1 s earlier."""
    times: list[float] = []
    checks = 0
    for i, char in enumerate(text):
        qtbot.keyClicks(widget, char)
        times.append(time.monotonic())
        qtbot.wait(KEY_MS)
        if i % 8 == 7:
            due = sum(1 for t in times if t <= time.monotonic() - 1.0)
            with open_store(db_path) as store:
                saved = read(store) or ""
            assert text.startswith(saved), saved  # what was typed, nothing else
            # (saved texts are stripped: a trailing space may not be there yet)
            assert saved.startswith(text[:due].rstrip()), (
                f"typed {due} characters over 1 s ago, saved {saved!r}")
            checks += due > 0
    assert checks >= 5


def _assessment(store: Store) -> str:
    aid = records.create_assessment(store, title="Hue readiness", level="city", city="Hue")
    records.add_interview(store, aid, interviewee="Tran Binh", helix_group="public")
    return aid


def test_profile_autosaves_under_steady_typing(qtbot: Any, launch: Any, store: Store,
                                               db_path: Path) -> None:
    aid = _assessment(store)
    window = launch(db_path)
    ws = window.open_assessment(aid, tab="profile")
    qtbot.waitUntil(lambda: ws.row is not None, timeout=10000)
    type_steadily(qtbot, ws.profile.form.profile_notes_edit,
                  lambda s: s.get("assessments", aid)["profile_notes"], db_path)


def test_consolidation_rationale_autosaves_under_steady_typing(
        qtbot: Any, launch: Any, store: Store, db_path: Path) -> None:
    aid = _assessment(store)
    window = launch(db_path)
    ws = window.open_assessment(aid, tab="consolidation")
    qtbot.waitUntil(lambda: ws.consolidation.current is not None, timeout=10000)
    element = ws.consolidation.current

    def read(s: Store) -> str | None:
        rows = s.query("SELECT rationale FROM ratings WHERE assessment_id = ? AND element = ?",
                       [aid, element])
        return rows[0]["rationale"] if rows else None

    type_steadily(qtbot, ws.consolidation.form.rationale_edit, read, db_path)


def test_roadmap_autosaves_under_steady_typing(qtbot: Any, launch: Any, store: Store,
                                               db_path: Path) -> None:
    from scfield.report.signoff import roadmap_of
    from scfield.ui.report_dialogs import RoadmapDialog

    aid = _assessment(store)
    window = launch(db_path)
    window.select_id(aid)
    window.reports.print_summary(aid)
    qtbot.waitUntil(lambda: isinstance(window.reports.dialog, RoadmapDialog)
                    and window.reports.dialog.isVisible(), timeout=10000)
    dialog = window.reports.dialog
    type_steadily(qtbot, dialog.form.medium_edit,
                  lambda s: roadmap_of(s, aid)["medium_term"], db_path)
    dialog.reject()  # closing keeps what was typed
    wait_saved(qtbot, window)
    assert roadmap_of(store, aid)["medium_term"] == TEXT


def test_interview_dialog_autosaves_under_steady_typing(qtbot: Any, launch: Any, store: Store,
                                                        db_path: Path) -> None:
    aid = records.create_assessment(store, title="Hue readiness", level="city")
    window = launch(db_path)
    ws = window.open_assessment(aid, tab="interviews")
    qtbot.waitUntil(lambda: ws.row is not None, timeout=10000)
    name = "Nguyen Thi Thu Ha"
    outcome: dict[str, Any] = {}

    def role(s: Store) -> str | None:
        rows = s.query("SELECT role FROM interviews WHERE assessment_id = ?", [aid])
        return rows[0]["role"] if rows else None

    def drive() -> None:
        dialog = ws.interviews.dialog
        try:
            qtbot.keyClicks(dialog.form.interviewee_edit, name)
            type_steadily(qtbot, dialog.form.role_edit, role, db_path)
            outcome["ok"] = True
        finally:
            dialog.accept()

    QTimer.singleShot(0, drive)
    ws.interviews.new_interview()  # the dialog's own event loop runs drive()
    assert outcome.get("ok")
    qtbot.waitUntil(lambda: ws.current_tab() == "guide" and ws.guide.interview is not None,
                    timeout=10000)
    rows = store.query("SELECT interviewee, role FROM interviews WHERE assessment_id = ?",
                       [aid])
    assert rows == [{"interviewee": name, "role": TEXT}]  # one interview, not two
    assert ws.guide.interview["interviewee"] == name


def test_cancelled_interview_dialog_leaves_no_interview(qtbot: Any, launch: Any,
                                                        store: Store, db_path: Path) -> None:
    aid = records.create_assessment(store, title="Hue readiness", level="city")
    window = launch(db_path)
    ws = window.open_assessment(aid, tab="interviews")
    qtbot.waitUntil(lambda: ws.row is not None, timeout=10000)
    counts = []

    def drive() -> None:
        dialog = ws.interviews.dialog
        qtbot.keyClicks(dialog.form.interviewee_edit, "Le Van An")
        dialog.flush()
        wait_saved(qtbot, window)
        counts.append(store.query("SELECT COUNT(*) AS n FROM interviews")[0]["n"])
        dialog.reject()

    QTimer.singleShot(0, drive)
    ws.interviews.new_interview()
    wait_saved(qtbot, window)
    assert counts == [1]  # autosaved while the dialog was open
    assert store.query("SELECT COUNT(*) AS n FROM interviews")[0]["n"] == 0
