"""The Audit view: the same rows as ``scfield audit --json``, filtered by element and by
person, confidential interviews withheld unless asked, and "Export to Excel…" as
``scfield audit --xlsx`` writes it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt

from scfield.disclosure import confidential_texts
from scfield.store import Store, open_store
from tests.ui.helpers import wait_saved


def scfield(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scfield", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, env=dict(os.environ, SCFIELD_LANGUAGE="en"))


def cli_json(db: Path, aid: str, *args: str) -> list[dict[str, Any]]:
    run = scfield("audit", aid, "--json", *args, db=db)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def _danang(store: Store) -> str:
    """Da Nang 2024: it has confidential interviews."""
    return store.query("SELECT id FROM assessments WHERE title LIKE 'Da Nang%' "
                       "ORDER BY start_date LIMIT 1")[0]["id"]


def _with_history(db: Path, aid: str) -> None:
    """Changes by two more people, with reasons, on element 7."""
    with open_store(db, author="Ana Keller") as store:
        rating = store.query("SELECT id FROM ratings WHERE assessment_id = ? AND element = 7",
                             [aid])[0]["id"]
        store.update("ratings", rating, {"score": 1},
                     reason="the counterpart showed the 2025 budget")
    with open_store(db, author="Minh Tran") as store:
        store.update("ratings", rating, {"rationale": "Budget line confirmed by phone"},
                     reason="checked with the finance department")


def _open(qtbot: Any, window: Any, aid: str) -> Any:
    window.select_id(aid)
    window.actions_by_name["audit"].trigger()
    view = window.audit_view
    qtbot.waitUntil(lambda: view.loaded and window.worker.pending == 0, timeout=20000)
    return view


def _shown(view: Any) -> list[dict[str, Any]]:
    return [e.as_dict() for e in view.entries]


def _wait_reloaded(qtbot: Any, view: Any) -> None:
    qtbot.waitUntil(lambda: view.worker.pending == 0, timeout=20000)


def test_the_view_shows_what_scfield_audit_prints_and_filters_by_element_and_person(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    aid = _danang(demo_store)
    db = demo_store.path
    _with_history(db, aid)
    window = launch(db)
    view = _open(qtbot, window, aid)

    everything = cli_json(db, aid)
    assert len(everything) > 50
    assert _shown(view) == everything
    assert view.table.rowCount() == len(everything)
    last = view.table.rowCount() - 1
    assert view.cell_text(last, 1) == "Minh Tran"
    assert view.cell_text(last, 4) == "rationale"
    assert view.cell_text(last, 6) == "Budget line confirmed by phone"
    assert view.cell_text(last, 7) == "checked with the finance department"
    assert "Da Nang" in view.windowTitle()

    # By element: the combo lists the elements the history mentions.
    index = view.element_combo.findData(7)
    assert index > 0
    view.element_combo.setCurrentIndex(index)
    _wait_reloaded(qtbot, view)
    by_element = cli_json(db, aid, "--element", "7")
    assert _shown(view) == by_element and {e["element"] for e in by_element} == {7}
    assert view.table.rowCount() == len(by_element) < len(everything)

    # And by person, on top of the element.
    view.person_combo.setCurrentIndex(view.person_combo.findData("Ana Keller"))
    _wait_reloaded(qtbot, view)
    both = cli_json(db, aid, "--element", "7", "--person", "Ana Keller")
    assert _shown(view) == both and len(both) == 1
    assert view.cell_text(0, 5) != "1" and view.cell_text(0, 6) == "1"
    assert view.cell_text(0, 7) == "the counterpart showed the 2025 budget"

    view.element_combo.setCurrentIndex(0)
    _wait_reloaded(qtbot, view)
    assert _shown(view) == cli_json(db, aid, "--person", "Ana Keller")
    view.person_combo.setCurrentIndex(0)
    _wait_reloaded(qtbot, view)
    assert _shown(view) == everything


def _cells(path: Path) -> str:
    ws = load_workbook(path, read_only=True)["Audit"]
    return "\n".join(str(v) for row in ws.iter_rows(values_only=True) for v in row
                     if v is not None)


def test_confidential_notes_are_withheld_unless_the_box_is_ticked_in_view_and_export(
        qtbot: Any, launch: Any, demo_store: Store, tmp_path: Path) -> None:
    aid = _danang(demo_store)
    db = demo_store.path
    secrets = confidential_texts(demo_store, aid)
    assert secrets
    window = launch(db)
    view = _open(qtbot, window, aid)

    def visible_text() -> str:
        return "\n".join(view.cell_text(r, c) + "\n" + (view.table.item(r, c).toolTip())
                         for r in range(view.table.rowCount()) for c in range(9))

    shown = visible_text()
    assert not [s for s in secrets if s in shown]
    assert "withheld" in view.count_label.text()
    view.export_to(tmp_path / "withheld")
    withheld = tmp_path / "withheld.xlsx"
    qtbot.waitUntil(lambda: view.last_written == withheld, timeout=20000)
    assert not [s for s in secrets if s in _cells(withheld)]
    # The same workbook as the CLI's --xlsx (apart from nothing: same rows, same title).
    run = scfield("audit", aid, "--xlsx", str(tmp_path / "cli.xlsx"), db=db)
    assert run.returncode == 0, run.stderr
    assert _cells(withheld) == _cells(tmp_path / "cli.xlsx")

    box = view.confidential_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    _wait_reloaded(qtbot, view)
    assert _shown(view) == cli_json(db, aid, "--include-confidential")
    shown = visible_text()
    assert any(s in shown for s in secrets)
    view.export_to(tmp_path / "team.xlsx")
    qtbot.waitUntil(lambda: view.last_written == tmp_path / "team.xlsx", timeout=20000)
    run = scfield("audit", aid, "--xlsx", str(tmp_path / "cli-team.xlsx"),
                  "--include-confidential", db=db)
    assert run.returncode == 0, run.stderr
    assert _cells(tmp_path / "team.xlsx") == _cells(tmp_path / "cli-team.xlsx")
    assert any(s in _cells(tmp_path / "team.xlsx") for s in secrets)
    wait_saved(qtbot, window)
