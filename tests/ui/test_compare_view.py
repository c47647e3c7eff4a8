"""The Compare view: assessments chosen in the main list, side by side. Its numbers are
the ones ``scfield compare --json`` prints (the same core function), for the demo's
Da Nang re-assessment pair and for three cities; different framework versions are
refused with the CLI's message."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt

from scfield.compare import comparison_order
from scfield.framework import default_framework, register_framework
from scfield.store import Store
from scfield.store.records import create_assessment
from scfield.ui import messages
from scfield.ui.assessment_list import ID_ROLE
from tests.core.test_cli import scfield

DA_NANG_2024 = "Da Nang Smart City Readiness Assessment 2024"
DA_NANG_2025 = "Da Nang Smart City Readiness Re-assessment 2025"
AREQUIPA = "Arequipa Smart City Readiness Assessment 2024"
DAKAR = "Dakar Smart City Readiness Assessment 2024"


def ids_by_title(store: Store) -> dict[str, str]:
    return {r["title"]: r["id"] for r in store.query("SELECT id, title FROM assessments")}


def select(window: Any, ids: list[str]) -> None:
    """Ctrl+click these rows of the main list (whatever order the list shows them in)."""
    view = window.form.assessments_view
    model = view.selectionModel()
    model.clear()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(window.proxy.rowCount()):
        index = window.proxy.index(row, 0)
        if window.proxy.data(index, ID_ROLE) in ids:
            model.select(index, flags)
    assert sorted(window.compare.selected_ids()) == sorted(ids)


def open_compare(qtbot: Any, window: Any, ids: list[str], track: bool = True) -> Any:
    """The comparison window of ``ids`` (``track``: closed by the test's teardown)."""
    before = len(window.compare.windows)
    select(window, ids)
    window.actions_by_name["compare"].trigger()
    qtbot.waitUntil(lambda: len(window.compare.windows) > before, timeout=10000)
    view = window.compare.windows[-1]
    if track:
        qtbot.addWidget(view)
    return view


def cli_json(store: Store, ids: list[str]) -> dict[str, Any]:
    run = scfield("compare", *ids, "--json", db=store.path)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def num(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def sign(x: float | None) -> str:
    return "–" if x is None else f"{x:+.2f}"


def cells(table: Any, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def check_against_cli(view: Any, data: dict[str, Any]) -> None:
    """Every number in the three tables equals the CLI's JSON, in the same order."""
    n = len(data["assessments"])
    pair = n == 2
    assert [a.id for a in view.comparison.assessments] == [a["id"] for a in data["assessments"]]
    table = view.assessments_table
    assert table.rowCount() == n
    for r, a in enumerate(data["assessments"]):
        row = cells(table, r)
        assert row[1] == a["title"] and row[3] == a["date"]
        assert row[4] == a["stage"] and row[5] == num(a["overall"])
        assert row[6] == f"{a['coverage']['scored']} of {a['coverage']['elements']}"
    table = view.domains_table
    assert table.rowCount() == len(data["domains"]) + 1
    for r, d in enumerate(data["domains"]):
        row = cells(table, r)
        assert row[0] == d["name"]
        assert [row[1 + 2 * i] for i in range(n)] == [num(s) for s in d["scores"]]
        assert [row[2 + 2 * i] for i in range(n)] == d["stages"]
        assert row[-1] == (sign(d["change"]) if pair else num(d["median"]))
    overall = cells(table, len(data["domains"]))
    assert [overall[1 + 2 * i] for i in range(n)] == [num(a["overall"])
                                                     for a in data["assessments"]]
    assert overall[-1] == (sign(data["overall_change"]) if pair
                           else num(data["overall_median"]))
    table = view.elements_table
    assert table.rowCount() == len(data["elements"]) == 21
    for r, e in enumerate(data["elements"]):
        row = cells(table, r)
        assert row[0] == f"{e['number']:02d}" and row[1] == e["name"]
        assert row[2:2 + n] == [num(s) + (" *" if p else "")
                                for s, p in zip(e["scores"], e["provisional"], strict=True)]
        assert row[2 + n] == (sign(e["change"]) if pair else num(e["median"]))


def test_the_demo_pair_side_by_side_with_changes_and_reasons(qtbot: Any, launch: Any,
                                                             demo_store: Store) -> None:
    ids = ids_by_title(demo_store)
    old, new = ids[DA_NANG_2024], ids[DA_NANG_2025]
    window = launch(demo_store.path)
    # Chosen newest first: the view still reads from the earlier to the later one.
    view = open_compare(qtbot, window, [new, old])
    data = cli_json(demo_store, [old, new])
    assert data["reassessment"] is True
    check_against_cli(view, data)
    table = view.elements_table
    assert table.horizontalHeaderItem(table.columnCount() - 1).text() == \
        "Why it changed (rationale of Da Nang 2025)"
    moved = 0
    for r, e in enumerate(data["elements"]):
        why = table.item(r, table.columnCount() - 1).text()
        if e["change"]:
            moved += 1
            assert why == (" ".join(e["rationales"][1].split()) or
                           "no rationale yet: the score is provisional (the median of the "
                           "interviews' proposals)")
        else:
            assert why == ""
    assert moved == 14
    summary = view.summary_label.text()
    assert "is a re-assessment of" in summary
    assert "Overall 1.51 → 2.18 (+0.67)." in summary
    assert "Stage unchanged: Accelerate." in summary and "14 elements moved." in summary
    # The radar: the 2025 scores over the 2024 ones, dashed.
    assert view.radar.isVisibleTo(view)
    assert [round(x, 2) for x in view.radar.plotted()] == [d["scores"][1]
                                                         for d in data["domains"]]
    assert [round(a.score, 2) for a in view.radar.previous] == [d["scores"][0]
                                                               for d in data["domains"]]
    assert view.radar.legend_lines()[0] == "dashed grey: Da Nang 2024; blue: Da Nang 2025"
    # A domain whose stage changed is marked: Operation went Small Start → Accelerate.
    operation = next(r for r, d in enumerate(data["domains"]) if d["name"] == "Operation")
    assert data["domains"][operation]["stages"] == ["Small Start", "Accelerate"]
    assert view.domains_table.item(operation, 4).font().bold()
    assert not view.domains_table.item(0, 4).font().bold()


def test_three_cities_with_the_group_median(qtbot: Any, launch: Any,
                                            demo_store: Store) -> None:
    ids = ids_by_title(demo_store)
    chosen = [ids[DA_NANG_2024], ids[AREQUIPA], ids[DAKAR]]
    window = launch(demo_store.path)
    view = open_compare(qtbot, window, chosen)
    # Not a chain of re-assessments: by start date (Da Nang March, Arequipa August, Dakar
    # November 2024).
    data = cli_json(demo_store, chosen)
    assert data["reassessment"] is False
    check_against_cli(view, data)
    assert view.elements_table.horizontalHeaderItem(5).text() == "Group median"
    assert view.elements_table.columnCount() == 6, "no rationale column across cities"
    assert not view.radar.isVisibleTo(view)
    assert "Group median overall: 1.42." in view.summary_label.text()


def test_different_framework_versions_are_refused_with_the_cli_message(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    newer = dataclasses.replace(default_framework(), version="2099.1")
    register_framework(newer)
    other = create_assessment(demo_store, newer, title="Da Nang on a newer framework",
                              city="Da Nang", country="Viet Nam", start_date="2026-01-05")
    old = ids_by_title(demo_store)[DA_NANG_2024]
    window = launch(demo_store.path)
    messages.last_message = None
    select(window, [old, other])
    window.actions_by_name["compare"].trigger()
    qtbot.waitUntil(lambda: messages.last_message is not None, timeout=10000)
    run = scfield("compare", old, other, db=demo_store.path)
    assert run.returncode == 1
    assert messages.last_message.text() == run.stderr.strip().removeprefix("scfield: ")
    assert "same framework version" in messages.last_message.text()
    assert window.compare.windows == []
    messages.last_message.close()


def test_compare_asks_for_two_assessments(qtbot: Any, launch: Any, demo_store: Store) -> None:
    window = launch(demo_store.path)
    select(window, [ids_by_title(demo_store)[DAKAR]])
    window.actions_by_name["compare"].trigger()
    box = window.findChild(messages.QMessageBox)
    assert box is not None and "two or more" in box.text()
    assert window.compare.windows == []
    box.close()


@pytest.mark.parametrize("given", [[0, 1], [1, 0]])
def test_comparison_order_follows_the_reassessment_link(demo_store: Store,
                                                        given: list[int]) -> None:
    ids = ids_by_title(demo_store)
    pair = [ids[DA_NANG_2024], ids[DA_NANG_2025]]
    assert comparison_order(demo_store, [pair[i] for i in given]) == pair
    cities = [ids[DAKAR], ids[DA_NANG_2025], ids[AREQUIPA]]
    assert comparison_order(demo_store, cities) == [ids[AREQUIPA], ids[DAKAR],
                                                    ids[DA_NANG_2025]]


def test_the_compare_button_beside_open_and_delete(qtbot: Any, launch: Any,
                                                   demo_store: Store) -> None:
    ids = ids_by_title(demo_store)
    window = launch(demo_store.path)
    button = window.compare.button
    assert button.isVisibleTo(window) and button.parentWidget() is \
        window.form.delete_button.parentWidget()
    select(window, [ids[DA_NANG_2024], ids[DA_NANG_2025]])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.compare.windows) == 1, timeout=10000)
    view = window.compare.windows[0]
    qtbot.addWidget(view)
    assert view.comparison.is_reassessment


def test_two_cities_show_a_difference_not_a_change(qtbot: Any, launch: Any,
                                                   demo_store: Store) -> None:
    ids = ids_by_title(demo_store)
    chosen = [ids[AREQUIPA], ids[DAKAR]]
    window = launch(demo_store.path)
    view = open_compare(qtbot, window, chosen)
    data = cli_json(demo_store, chosen)
    check_against_cli(view, data)
    assert view.elements_table.horizontalHeaderItem(4).text() == \
        "Difference (Dakar 2024 − Arequipa 2024)"
    assert view.elements_table.columnCount() == 5, "no rationale column between two cities"
    assert "Overall Arequipa 2024: 0.58; Dakar 2024: 1.42 (difference +0.84). " in \
        view.summary_label.text()
    assert view.domains_table.horizontalHeaderItem(5).text() == "Difference"
    assert view.domains_table.horizontalHeaderItem(5).toolTip() == \
        "Difference (Dakar 2024 − Arequipa 2024)"
    differ = sum(1 for e in data["elements"] if e["change"])
    assert f"{differ} elements differ." in view.summary_label.text()


def test_a_chain_of_three_reads_as_change_from_the_first(qtbot: Any, launch: Any,
                                                         demo_store: Store) -> None:
    from scfield.reassess import start_reassessment
    from scfield.store.records import set_rating

    ids = ids_by_title(demo_store)
    later = start_reassessment(demo_store, ids[DA_NANG_2025], "Da Nang 2026")
    set_rating(demo_store, later, 1, score=4, rationale="Vision adopted by the council")
    chain = [ids[DA_NANG_2024], ids[DA_NANG_2025], later]
    window = launch(demo_store.path)
    view = open_compare(qtbot, window, [later, chain[0], chain[1]], track=False)
    assert [a.id for a in view.comparison.assessments] == chain
    data = cli_json(demo_store, chain)
    assert data["reassessment"] is True
    table = view.elements_table
    assert table.horizontalHeaderItem(5).text() == "Change"
    assert cells(table, 0)[2:7] == ["2.00", "3.00", "4.00", "+2.00",
                                    "Vision adopted by the council"]
    assert cells(table, 0)[5] == sign(data["elements"][0]["change"])
    assert view.radar.isVisibleTo(view) and [round(a.score, 2) for a in view.radar.previous] \
        == [d["scores"][0] for d in data["domains"]]
    # Ctrl+W closes the comparison, as it closes an assessment's window.
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not shiboken6.isValid(view), timeout=5000)
