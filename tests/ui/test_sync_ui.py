"""Field workbooks in the app: export from the menu's slot, edit with openpyxl, import
(by path and by drag and drop), the per-file result, and the conflict review."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from scfield import scorecard
from scfield.store import Store, queries, records
from tests.sync.helpers import edit
from tests.ui.helpers import wait_saved


def _da_nang_2025(store: Store) -> str:
    return next(r.id for r in scorecard.list_assessments(store)
                if r.title.startswith("Da Nang") and "2025" in r.title)


def _rating_row(path: Path, element: int) -> int:
    """The Ratings sheet row of an element (header in row 1)."""
    from openpyxl import load_workbook

    ws = load_workbook(path, read_only=True)["Ratings"]
    rows = ws.iter_rows(values_only=True)
    number = list(next(rows)).index("No.")
    for n, row in enumerate(rows, start=2):
        if row[number] == element:
            return n
    raise AssertionError(f"element {element} is not in the Ratings sheet")


def _export(qtbot: Any, window: Any, assessment_id: str, out: Path) -> Path:
    window.sync.export_to(assessment_id, out)
    qtbot.waitUntil(lambda: window.sync.last_written == out, timeout=20000)
    assert out.is_file() and out.stat().st_size > 5000
    return out


def _results(qtbot: Any, window: Any) -> Any:
    qtbot.waitUntil(lambda: window.sync.results_dialog is not None
                    and window.sync.results_dialog.isVisible(), timeout=20000)
    return window.sync.results_dialog


def _row(dialog: Any, name: str) -> list[str]:
    tree = dialog.form.results_tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.text(0) == name:
            return [item.text(c) for c in range(tree.columnCount())]
    raise AssertionError(f"{name} is not in the result list")


def test_export_edit_import_shows_the_result_and_changes_the_database(
        qtbot: Any, launch: Any, demo_store: Store, tmp_path: Path) -> None:
    aid = _da_nang_2025(demo_store)
    window = launch(demo_store.path)
    window.sync.export_to(aid, tmp_path / "da-nang-field")  # as typed in the dialog
    workbook = tmp_path / "da-nang-field.xlsx"  # the writer needs the extension
    qtbot.waitUntil(lambda: window.sync.last_written == workbook, timeout=20000)
    assert "da-nang-field.xlsx" in window.statusBar().currentMessage()
    workspace = window.open_assessment(aid, tab="profile")
    qtbot.waitUntil(lambda: workspace.row is not None, timeout=10000)
    row = _rating_row(workbook, 2)
    edit(workbook, Ratings=[(row, "Score", 2), (row, "Rationale", "Agreed in the field")],
         Assessment=[(None, "Population", "1.3 million (2025 census)")])
    broken = tmp_path / "not-a-workbook.xlsx"
    broken.write_text("this is not a spreadsheet", encoding="utf-8")

    window.select_id(aid)
    window.sync.import_files([workbook, broken])
    dialog = _results(qtbot, window)
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=10000)
    assert window.selected_id() == aid  # the list was refreshed, the selection kept
    imported = _row(dialog, "da-nang-field.xlsx")
    assert imported[1] == "Imported"
    assert imported[2:4] == ["1", "1"]  # element 2 had no rating yet; the profile changed
    assert int(imported[4]) > 20  # the other records were left as they were
    assert imported[5] == "0"
    refused = _row(dialog, "not-a-workbook.xlsx")
    assert refused[1] == "Refused" and refused[2] == ""
    assert "Workbooks imported: 1 of 2." in dialog.form.summary_label.text()
    assert "Refused: 1" in dialog.form.summary_label.text()
    # The refused file's reasons are shown in words, naming the file.
    tree = dialog.form.results_tree
    tree.setCurrentItem(tree.topLevelItem(1))
    details = dialog.form.details_text.toPlainText()
    assert "refused and nothing from it was written" in details
    assert "not-a-workbook.xlsx" in details
    # The open assessment window shows the imported profile value.
    population = workspace.profile.form.population_edit
    qtbot.waitUntil(lambda: population.text() == "1.3 million (2025 census)", timeout=10000)
    wait_saved(qtbot, window)
    rating = queries.ratings_of(demo_store, aid)[2]
    assert rating["score"] == 2 and rating["rationale"] == "Agreed in the field"
    audit = demo_store.query("SELECT source FROM audit WHERE record_id = ?", [rating["id"]])
    assert audit and all("da-nang-field.xlsx" in a["source"] for a in audit)


def test_dropping_workbooks_on_the_window_imports_them(
        qtbot: Any, launch: Any, demo_store: Store, tmp_path: Path) -> None:
    aid = _da_nang_2025(demo_store)
    window = launch(demo_store.path)
    workbook = _export(qtbot, window, aid, tmp_path / "dropped.xlsx")
    row = _rating_row(workbook, 5)
    edit(workbook, Ratings=[(row, "Score", 4)])
    (tmp_path / "notes.txt").write_text("not a workbook", encoding="utf-8")

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(workbook)),
                  QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    point = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    dialog = _results(qtbot, window)
    assert dialog.form.results_tree.topLevelItemCount() == 1  # the .txt was not offered
    assert _row(dialog, "dropped.xlsx")[1] == "Imported"
    wait_saved(qtbot, window)
    assert queries.ratings_of(demo_store, aid)[5]["score"] == 4

    # Text dragged from elsewhere is not taken for a workbook.
    text = QMimeData()
    text.setText("hello")
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, text,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_a_conflict_shows_both_values_and_resolving_it_updates_the_database(
        qtbot: Any, launch: Any, demo_store: Store, tmp_path: Path) -> None:
    aid = _da_nang_2025(demo_store)
    window = launch(demo_store.path)
    workbook = _export(qtbot, window, aid, tmp_path / "field.xlsx")
    # The same rationale is changed in the office database and in the returned workbook.
    records.set_rating(demo_store, aid, 1, rationale="Office: vision confirmed by the mayor")
    row = _rating_row(workbook, 1)
    edit(workbook, Ratings=[(row, "Rationale", "Field: vision only on paper so far")])

    window.sync.import_files([workbook])
    dialog = _results(qtbot, window)
    assert _row(dialog, "field.xlsx")[5] == "1"
    assert dialog.form.conflicts_button.isVisibleTo(dialog)
    assert "New conflicts: 1" in dialog.form.summary_label.text()
    # The import kept the office value.
    assert queries.ratings_of(demo_store, aid)[1]["rationale"].startswith("Office:")

    dialog.form.conflicts_button.click()
    review = window.sync.review
    qtbot.waitUntil(lambda: review.isVisible() and review.current is not None, timeout=10000)
    f = review.form
    assert f.conflicts_tree.topLevelItemCount() == 1
    assert "Da Nang" in f.conflicts_tree.topLevelItem(0).text(0)
    record = f.conflicts_tree.topLevelItem(0).text(1)
    assert record == "Rating of 01 Philosophy and Vision of Smart City"
    assert f.conflicts_tree.topLevelItem(0).text(2) == "Rationale"
    assert f.field_value_edit.toPlainText() == "Field: vision only on paper so far"
    assert f.office_value_edit.toPlainText() == "Office: vision confirmed by the mayor"
    assert "field.xlsx" in f.field_who_label.text()
    qtbot.waitUntil(lambda: "Test Assessor" in f.office_who_label.text(), timeout=5000)

    # No reason, no decision.
    f.take_field_button.click()
    assert "reason" in f.count_label.text()
    wait_saved(qtbot, window)
    assert queries.ratings_of(demo_store, aid)[1]["rationale"].startswith("Office:")

    qtbot.keyClicks(f.reason_edit, "confirmed with the city's planning office")
    f.take_field_button.click()
    qtbot.waitUntil(lambda: f.conflicts_tree.topLevelItemCount() == 0, timeout=10000)
    assert "No open conflicts" in f.count_label.text()
    rating = queries.ratings_of(demo_store, aid)[1]
    assert rating["rationale"] == "Field: vision only on paper so far"
    audit = demo_store.query("SELECT reason FROM audit WHERE record_id = ? AND field = "
                             "'rationale' ORDER BY at DESC LIMIT 1", [rating["id"]])
    assert "confirmed with the city's planning office" in audit[0]["reason"]


def test_template_and_summary_workbooks_are_written(qtbot: Any, launch: Any,
                                                    demo_store: Store, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    window = launch(demo_store.path)
    window.sync.template_to(tmp_path / "blank")
    qtbot.waitUntil(lambda: window.sync.last_written == tmp_path / "blank.xlsx", timeout=20000)
    assert "Ratings" in load_workbook(tmp_path / "blank.xlsx", read_only=True).sheetnames
    window.sync.summary_to(tmp_path / "office.xlsx")
    qtbot.waitUntil(lambda: window.sync.last_written == tmp_path / "office.xlsx", timeout=20000)
    ws = load_workbook(tmp_path / "office.xlsx", read_only=True)["Assessments"]
    assert ws.max_row == 1 + 5
    assert "office.xlsx" in window.statusBar().currentMessage()


def test_menus_have_the_sync_and_report_actions(launch: Any, demo_store: Store) -> None:
    window = launch(demo_store.path)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Assessment", "&Settings", "&Help"]
    actions = window.actions_by_name
    assert actions["import"].shortcut().toString() == "Ctrl+I"
    assert actions["export"].shortcut().toString() == "Ctrl+E"
    assert actions["print"].shortcut().toString() == "Ctrl+P"
    assert not actions["export"].isEnabled()  # nothing selected yet
    window.select_id(window.model.rows[0].id)
    assert actions["export"].isEnabled()
    assert not actions["amend"].isEnabled()  # a draft cannot be amended
    actions["language"].trigger()
    assert window.language_dialog.isVisible()
    window.language_dialog.reject()


def test_cancel_stops_the_import_before_the_next_workbook(
        qtbot: Any, launch: Any, demo_store: Store, tmp_path: Path) -> None:
    import threading

    aid = _da_nang_2025(demo_store)
    window = launch(demo_store.path)
    workbook = _export(qtbot, window, aid, tmp_path / "field.xlsx")
    edit(workbook, Ratings=[(_rating_row(workbook, 7), "Score", 1)])
    before = queries.ratings_of(demo_store, aid).get(7)
    # Hold the database thread so that Cancel is pressed before the import starts.
    gate = threading.Event()
    window.worker.submit(lambda _s: gate.wait(30))
    progress = window.sync.import_files([workbook, workbook]).dialog
    assert progress.isVisible() and progress.labelText().startswith("Importing 2 workbooks")
    from PySide6.QtWidgets import QPushButton

    progress.findChild(QPushButton).click()  # the dialog's Cancel button
    gate.set()
    # The results say which workbooks were not reached, so the office can import them later.
    qtbot.waitUntil(lambda: window.sync.results_dialog is not None
                    and window.sync.results_dialog.isVisible(), timeout=10000)
    dialog = window.sync.results_dialog
    tree = dialog.form.results_tree
    assert [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())] == [
        "Not imported (cancelled)"] * 2
    assert "Stopped by Cancel: 2 not imported" in dialog.form.summary_label.text()
    assert queries.ratings_of(demo_store, aid).get(7) == before


def test_an_error_is_shown_in_words(qtbot: Any, launch: Any, demo_store: Store) -> None:
    from scfield.ui import messages

    aid = _da_nang_2025(demo_store)
    window = launch(demo_store.path)
    messages.last_message = None  # an earlier test's box is gone
    window.reports.sign(aid, "   ", "Team Leader", "")
    qtbot.waitUntil(lambda: messages.last_message is not None
                    and messages.last_message.isVisible(), timeout=10000)
    assert "signer's name is required" in messages.last_message.text()
    assert "Traceback" not in messages.last_message.text()
    assert demo_store.get("assessments", aid)["status"] == "draft"


def test_conflicts_settled_with_a_typed_value_or_the_office_value(
        qtbot: Any, launch: Any, demo_store: Store, tmp_path: Path) -> None:
    aid = _da_nang_2025(demo_store)
    window = launch(demo_store.path)
    workbook = _export(qtbot, window, aid, tmp_path / "field.xlsx")
    records.set_rating(demo_store, aid, 3, score=1)
    records.set_rating(demo_store, aid, 4, confidence="low")
    edit(workbook, Ratings=[(_rating_row(workbook, 3), "Score", 4),
                            (_rating_row(workbook, 4), "Confidence", "high")])
    window.sync.import_files([workbook])
    _results(qtbot, window)
    review = window.sync.open_conflicts(aid)
    f = review.form
    qtbot.waitUntil(lambda: f.conflicts_tree.topLevelItemCount() == 2
                    and review.current is not None, timeout=10000)
    by_field = {f.conflicts_tree.topLevelItem(i).text(2): i for i in range(2)}

    f.conflicts_tree.setCurrentItem(f.conflicts_tree.topLevelItem(by_field["Score"]))
    assert (f.field_value_edit.toPlainText(), f.office_value_edit.toPlainText()) == ("4", "1")
    f.reason_edit.setText("the team agreed on 2 at the wrap-up meeting")
    f.enter_value_button.click()
    typed = review.input_dialog
    assert typed.isVisible() and typed.textValue() == "1"  # starts from the office value
    typed.setTextValue("2")
    typed.accept()
    qtbot.waitUntil(lambda: f.conflicts_tree.topLevelItemCount() == 1, timeout=10000)
    assert queries.ratings_of(demo_store, aid)[3]["score"] == 2

    assert f.conflicts_tree.currentItem().text(2) == "Confidence"
    f.reason_edit.setText("the office value was checked against the minutes")
    f.keep_office_button.click()
    qtbot.waitUntil(lambda: f.conflicts_tree.topLevelItemCount() == 0, timeout=10000)
    assert queries.ratings_of(demo_store, aid)[4]["confidence"] == "low"
    from scfield.sync.conflicts import list_conflicts

    settled = {c.field: c for c in list_conflicts(demo_store, aid, include_resolved=True)}
    assert settled["score"].resolution == "value" and settled["score"].resolved_value == 2
    assert settled["confidence"].resolution == "office"
    assert settled["confidence"].reason == "the office value was checked against the minutes"


def test_export_from_the_assessment_window_says_where_the_workbook_went(
        qtbot: Any, launch: Any, demo_store: Store, tmp_path: Path) -> None:
    """The assessment's window hides the main window's status bar: the file written is
    said over the window whose Export button was pressed."""
    aid = _da_nang_2025(demo_store)
    window = launch(demo_store.path)
    ws = window.open_assessment(aid)
    qtbot.waitUntil(lambda: ws.row is not None, timeout=10000)
    out = tmp_path / "from-the-workspace.xlsx"
    window.sync.export_to(aid, out, ws)
    qtbot.waitUntil(lambda: window.sync.message is not None
                    and window.sync.message.isVisible(), timeout=20000)
    box = window.sync.message
    assert box.parent() is ws
    assert str(out) in box.text()
    assert out.is_file()
    box.close()
