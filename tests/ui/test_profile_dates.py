"""The profile's start and end dates use a date editor with a calendar popup; a date can
be left empty; every change reaches the database file within a second; a stored value
that is not an ISO date is shown and kept until the expert picks a date."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDateEdit

from scfield.store import Store, open_store, records
from tests.ui.helpers import wait_saved


def saved_within_a_second(qtbot: Any, db_path: Path, aid: str, field: str,
                          expected: str) -> None:
    """The value is in the database file (read on a connection of its own) within 1 s
    of the edit."""
    start = time.monotonic()

    def stored() -> bool:
        with open_store(db_path) as store:
            return store.get("assessments", aid)[field] == expected

    qtbot.waitUntil(stored, timeout=1000)
    assert time.monotonic() - start < 1.0


def open_profile(qtbot: Any, launch: Any, store: Store, **fields: Any) -> tuple[Any, Any, str]:
    aid = records.create_assessment(store, title="Hue readiness", level="city", city="Hue",
                                    **fields)
    window = launch(store.path)
    ws = window.open_assessment(aid, tab="profile")
    qtbot.waitUntil(lambda: ws.row is not None, timeout=10000)
    return window, ws, aid


def test_dates_are_picked_typed_and_cleared(qtbot: Any, launch: Any, store: Store) -> None:
    window, ws, aid = open_profile(qtbot, launch, store, start_date="2025-03-10")
    f = ws.profile.form
    start, end = f.start_date_edit, f.end_date_edit
    assert isinstance(start, QDateEdit) and start.calendarPopup()
    assert start.date() == QDate(2025, 3, 10) and start.text() == "2025-03-10"
    assert end.text() == "no date" and f.end_date_clear.isEnabled() is False

    # A day later with the arrow key on the day section.
    start.setFocus()
    start.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClick(start, Qt.Key.Key_Up)
    saved_within_a_second(qtbot, store.path, aid, "start_date", "2025-03-11")

    # An empty date typed as digits starts from "no date", not from 1900.
    end.setFocus()
    qtbot.keyClicks(end, "20250321")
    assert end.text() == "2025-03-21"
    saved_within_a_second(qtbot, store.path, aid, "end_date", "2025-03-21")

    # Cleared with its button: stored empty, shown as "no date".
    assert f.end_date_clear.isEnabled()
    qtbot.mouseClick(f.end_date_clear, Qt.MouseButton.LeftButton)
    saved_within_a_second(qtbot, store.path, aid, "end_date", "")
    assert end.text() == "no date" and not f.end_date_clear.isEnabled()

    # The arrow key on an empty date gives today.
    qtbot.keyClick(end, Qt.Key.Key_Up)
    today = QDate.currentDate().toString("yyyy-MM-dd")
    assert end.text() == today
    saved_within_a_second(qtbot, store.path, aid, "end_date", today)
    wait_saved(qtbot, window)


def test_the_calendar_opens_on_this_month_and_picks_a_day(qtbot: Any, launch: Any,
                                                          store: Store) -> None:
    window, ws, aid = open_profile(qtbot, launch, store)
    end = ws.profile.form.end_date_edit
    assert end.text() == "no date"
    calendar = end.calendarWidget()

    def open_calendar() -> None:  # the drop-down arrow, at the right end of the field
        qtbot.mouseClick(end, Qt.MouseButton.LeftButton, pos=QPoint(end.width() - 6,
                                                                    end.height() // 2))
        qtbot.waitUntil(calendar.isVisible, timeout=3000)

    open_calendar()  # and closed with Escape: still no date
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible(), timeout=3000)
    assert end.text() == "no date" and "end_date" not in ws.profile.changes
    open_calendar()
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.setFocus()
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible(), timeout=3000)
    assert end.text() == today.toString("yyyy-MM-dd")
    saved_within_a_second(qtbot, store.path, aid, "end_date", today.toString("yyyy-MM-dd"))
    wait_saved(qtbot, window)


def test_a_date_that_is_not_iso_is_shown_and_kept(qtbot: Any, launch: Any,
                                                  store: Store) -> None:
    window, ws, aid = open_profile(qtbot, launch, store, start_date="March 2025")
    f = ws.profile.form
    start = f.start_date_edit
    assert start.text() == "March 2025"
    assert "March 2025" in start.toolTip()
    # Another field's edit saves the profile: the free-text date is not rewritten.
    qtbot.keyClicks(f.team_edit, "JICA team")
    ws.profile.flush()
    wait_saved(qtbot, window)
    row = store.get("assessments", aid)
    assert (row["team"], row["start_date"]) == ("JICA team", "March 2025")
    # Picking a date replaces it.
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Down)
    assert start.text() == QDate.currentDate().toString("yyyy-MM-dd")
    assert start.toolTip() == ""
    saved_within_a_second(qtbot, store.path, aid, "start_date", start.text())
    wait_saved(qtbot, window)


def test_signed_dates_are_read_only(qtbot: Any, launch: Any, store: Store) -> None:
    from scfield.report.signoff import sign_assessment

    aid = records.create_assessment(store, title="Signed", start_date="2024-01-02")
    sign_assessment(store, aid, "Test Assessor")
    window = launch(store.path)
    ws = window.open_assessment(aid, tab="profile")
    qtbot.waitUntil(lambda: ws.row is not None, timeout=10000)
    f = ws.profile.form
    assert f.start_date_edit.isReadOnly() and not f.start_date_clear.isEnabled()
    f.start_date_edit.setFocus()
    qtbot.keyClick(f.start_date_edit, Qt.Key.Key_Up)
    assert f.start_date_edit.text() == "2024-01-02"
    qtbot.keyClick(f.end_date_edit, Qt.Key.Key_Up)  # empty and read-only: stays empty
    assert f.end_date_edit.text() == "no date"
    wait_saved(qtbot, window)
    assert store.get("assessments", aid)["end_date"] == ""


def test_a_date_changed_elsewhere_is_shown(qtbot: Any, launch: Any, store: Store) -> None:
    """An imported workbook or a settled conflict changes a date: the editor follows."""
    window, ws, aid = open_profile(qtbot, launch, store, start_date="2025-03-10")
    records.update_assessment(store, aid, start_date="2025-04-01", end_date="2025-04-12")
    ws.reload()
    f = ws.profile.form
    qtbot.waitUntil(lambda: f.start_date_edit.text() == "2025-04-01"
                    and f.end_date_edit.text() == "2025-04-12", timeout=5000)
    assert f.end_date_clear.isEnabled() and not ws.profile.changes
    wait_saved(qtbot, window)
