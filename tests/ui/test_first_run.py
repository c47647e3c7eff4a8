"""The first-run dialog offers the demo only on an empty database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from scfield import scorecard
from scfield.store import Store, open_store
from tests.ui.helpers import wait_saved


def first_run_dialog(qtbot: Any, window: Any) -> Any:
    qtbot.waitUntil(lambda: getattr(window, "first_run_dialog", None) is not None
                    and window.first_run_dialog.isVisible(), timeout=10000)
    return window.first_run_dialog


def test_empty_database_offers_the_demo_in_true_words(qtbot: Any, launch: Any,
                                                      first_start_path: Path) -> None:
    window = launch(first_start_path, ask_first_run=True)
    dialog = first_run_dialog(qtbot, window)
    f = dialog.form
    assert f.demo_radio.isVisible() and f.demo_radio.isChecked()
    text = f.demo_radio.text()
    assert "five sample assessments" in text and "three cities" in text and "a country" in text
    with open_store(first_start_path) as store:
        from scfield.demo import demo_content

        items = demo_content()["assessments"]
        assert len(items) == 5
        assert len({i["city"] for i in items if i["level"] == "city"}) == 3
        assert [i["level"] for i in items].count("country") == 1
        assert scorecard.list_assessments(store) == []


def test_database_with_data_never_offers_the_demo(qtbot: Any, launch: Any,
                                                  demo_store: Store) -> None:
    path = demo_store.path
    demo_store.close()
    window = launch(path, ask_first_run=True)
    dialog = first_run_dialog(qtbot, window)
    f = dialog.form
    assert not f.demo_radio.isVisible() and not f.start_box.isVisible()
    assert not dialog.load_demo
    f.name_edit.clear()
    qtbot.keyClicks(f.name_edit, "Aiko Tanaka")
    qtbot.mouseClick(f.button_box.button(f.button_box.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=10000)
    wait_saved(qtbot, window)
    with open_store(path) as store:
        assert store.get_meta("author_name") == "Aiko Tanaka"
        assert len(scorecard.list_assessments(store)) == 5
