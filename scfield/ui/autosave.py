"""Debounced autosave with a maximum wait: the one timer every autosaved field uses.

A plain debounce (save N ms after the last keystroke) never fires for a steady
typist: each key restarts it, and a crash after a minute of typing loses the
minute. ``Autosave`` saves ``delay_ms`` after the last edit, or ``max_wait_ms``
after the first edit not yet saved, whichever comes first — so whatever the
rhythm, an edit reaches the database well within a second (the save itself runs
on the database thread, ~10 ms on a laptop disk with ``synchronous = FULL``).
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DELAY_MS = 400
MAX_WAIT_MS = 600


class Autosave(QObject):
    """``touch()`` on every edit; ``save()`` is called once the edits settle or the
    oldest unsaved one is ``max_wait_ms`` old. ``flush()`` saves at once (page change,
    focus-out, close). ``pending`` is True between an edit and its save."""

    def __init__(self, parent: QObject, save: Callable[[], None], delay_ms: int = DELAY_MS,
                 max_wait_ms: int = MAX_WAIT_MS) -> None:
        super().__init__(parent)
        # A weak reference to the owner's method: a strong one would make a cycle that
        # keeps the owner's Python wrapper alive after Qt deleted the widget.
        self._save: Callable[[], Callable[[], None] | None] = (
            weakref.WeakMethod(save) if inspect.ismethod(save) else lambda: save)
        self._debounce = QTimer(self, singleShot=True, interval=delay_ms)
        self._deadline = QTimer(self, singleShot=True, interval=max_wait_ms)
        self._debounce.timeout.connect(self.flush)
        self._deadline.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return self._debounce.isActive() or self._deadline.isActive()

    def touch(self) -> None:
        """An edit happened: restart the debounce, start the deadline if not running."""
        self._debounce.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def cancel(self) -> None:
        self._debounce.stop()
        self._deadline.stop()

    def flush(self) -> None:
        """Save now (the owner's ``save`` decides whether there is anything to write)."""
        self.cancel()
        save = self._save()
        if save is not None:
            save()
