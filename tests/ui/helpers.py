"""Helpers shared by the desktop app tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scfield.store import open_store


def set_author(path: Path, name: str = "Test Assessor", initials: str = "TA") -> None:
    """Answer the first-run question in advance (as a returning user would have)."""
    with open_store(path) as store:
        store.set_meta("author_name", name)
        store.set_meta("author_initials", initials)


def wait_saved(qtbot: Any, window: Any) -> None:
    """Until every queued database job (autosaves included) and every operation under
    way (a report being laid out, a workbook written) has finished."""
    qtbot.waitUntil(lambda: window.worker.pending == 0 and not window.ops.running,
                    timeout=10000)
