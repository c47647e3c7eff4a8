"""The app's one event hub: an operation publishes what it changed (``Changes``) and
every open view that shows it refreshes. Windows subscribe here instead of reaching
into one another."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from scfield.changes import Changes


class EventHub(QObject):
    """Owned by the main window; ``changed`` carries one ``Changes``;
    ``flush_requested`` an assessment whose typing must be saved now (before it is
    printed or signed) — its window queues its autosaves, whoever asked need not know
    which window that is."""

    changed = Signal(object)
    flush_requested = Signal(str)

    def publish(self, changes: Changes) -> None:
        if changes.everything or changes.assessments:
            self.changed.emit(changes)

    def request_flush(self, assessment_id: str) -> None:
        """Synchronous: the saves are queued on the database thread when this returns,
        so a job submitted next reads them."""
        self.flush_requested.emit(assessment_id)
