"""Regenerate the README screenshots (docs/screenshots/*.png) at 1366×768.

    scfield --db /tmp/shots.sqlite demo
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tests/bench/ui_screenshots.py \
        /tmp/shots.sqlite docs/screenshots

Drives the real windows on the demo data: the main window, the interview guide,
the consolidation and the dashboard of the Da Nang 2025 re-assessment.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the app did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def grab(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path), "PNG")
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")


def start_demo_app(db: str) -> Any:
    """The main window on ``db``, with a named author so no first-run dialog shows."""
    from scfield.store import open_store
    from scfield.ui.app import start

    with open_store(db) as store:
        if not store.get_meta("author_name"):
            store.set_meta("author_name", "Aiko Tanaka")
            store.set_meta("author_initials", "AT")
    return start(db, ask_first_run=False)


def open_guide(window: Any) -> Any:
    """The Da Nang 2025 workspace at 1366×740, on the interview guide's fourth element."""
    wait_until(lambda: window.loaded)
    rows = window.model.rows
    target = next((r for r in rows if "2025" in r.title and r.city), rows[0])
    ws = window.open_assessment(target.id)
    ws.resize(1366, 740)
    ws.move(0, 0)
    wait_until(lambda: ws.row is not None)
    ws.show_tab("interviews")
    wait_until(lambda: ws.guide.interview is not None)
    ws.show_tab("guide")
    done = sorted(ws.guide.saved)
    ws.guide.show_element(done[3] if len(done) > 3 else ws.guide.elements[0])
    return ws


def main(db: str, out: str) -> int:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    window = start_demo_app(db)
    window.resize(1366, 740)
    window.move(0, 0)
    wait_until(lambda: window.loaded)
    grab(window, folder / "main-window.png")
    ws = open_guide(window)
    grab(ws, folder / "interview-guide.png")
    ws.show_tab("consolidation")
    wait_until(lambda: ws.consolidation.card is not None)
    spread = [i for i, e in enumerate(ws.consolidation.card.elements) if e.spread >= 2]
    if spread:
        ws.consolidation.form.elements_table.setCurrentCell(spread[0], 1)
    grab(ws, folder / "consolidation.png")
    ws.show_tab("dashboard")
    wait_until(lambda: ws.dashboard.card is not None)
    grab(ws, folder / "dashboard.png")
    ws.close()
    window.close()
    window.worker.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots"))
