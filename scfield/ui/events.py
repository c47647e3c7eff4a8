"""The app's one event hub: an operation publishes what it changed (``Changes``) and
every open view that shows it refreshes. Windows subscribe here instead of reaching
into one another."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from scfield.changes import Changes


class EventHub(QObject):
    """Owned by the main window; ``changed`` carries one ``Changes``."""

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes.everything or changes.assessments:
            self.changed.emit(changes)
