"""Noticing changes made by another process, and showing them.

The office may run ``scfield import`` from a shell, or a second app, while this
app has the same database open. SQLite's ``PRAGMA data_version``
(``Store.data_version``) changes when another connection commits; it is read
every ``INTERVAL_MS`` and whenever the app becomes active again (the user comes
back from the terminal), and on a change every open view re-reads the database:
the list, and in each open assessment window the profile, the guide, the
consolidation and the dashboard — each leaving alone what is being typed there.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from scfield.changes import Changes, Done
from scfield.store import Store

INTERVAL_MS = 2000


class ExternalChanges(QObject):
    """Owned by the main window; ``check()`` asks the database thread (at most one
    question in flight), and a changed answer refreshes the views."""

    def __init__(self, main: Any, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(main)
        self.main = main
        self.version: int | None = None
        self.refreshes = 0  # how many times another process's change was shown
        self._asking = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._state_changed)
        self.check()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> None:
        if self._asking or not shiboken6.isValid(self.main):
            return
        self._asking = True
        previous = self.version

        def ask(store: Store) -> Done[int]:
            """Another process committed since the last answer: everything may differ."""
            version = store.data_version()
            changed = previous is not None and version != previous
            return Done(version, Changes.all() if changed else Changes.none())

        self.main.ops.run(self.main, lambda s, _p: ask(s), success=self._answer,
                          failure=self._failed)

    def _failed(self, _exc: BaseException) -> None:
        self._asking = False  # the database's own errors are shown by the job that hit them

    def _answer(self, version: int) -> None:
        self._asking = False
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.main):
            return
        previous, self.version = self.version, version
        if previous is not None and previous != version:
            self.refreshes += 1  # the runner told the views
