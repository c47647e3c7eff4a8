"""What a window may ask of the app, handed to it at construction.

An assessment window offers Print, Export, Sign and Amend; the import results
offer to review the conflicts; a restore needs the open assessment windows
closed first. The window calls these instead of reaching into the main window
(``tests/core/test_ui_layers.py`` fails on ``main.sync``, ``main.reports``,
``hasattr(main, …)`` and ``.window().`` in ``scfield/ui``), so it can be built and
tested without one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


def _nothing(*_args: Any) -> None:
    return None


@dataclass(frozen=True)
class Requests:
    print_summary: Callable[[str], Any] = _nothing
    export: Callable[[str, Any], Any] = _nothing       # (assessment, the window asking)
    sign: Callable[[str], Any] = _nothing
    amend: Callable[[str], Any] = _nothing
    open_conflicts: Callable[[str | None], Any] = _nothing
    close_windows: Callable[[], Any] = _nothing        # the assessment and audit windows
