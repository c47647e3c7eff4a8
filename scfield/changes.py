"""What an operation changed, so that every open view refreshes what it shows.

Operations (an import, a settled conflict, a signature, a save in one window, another
process's commit) say which assessments they touched; the app's event hub
(``scfield/ui/events.py``) hands that to every open window, and each window decides
whether it is concerned. No window has to know which other windows exist — which is
how an open window used to end up showing stale data. Qt-free, like every result an
operation returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """The assessments an operation changed, or ``everything`` when it cannot say
    (another process wrote, a backup was restored)."""

    assessments: frozenset[str] = frozenset()
    everything: bool = False
    origin: Any = None  # the view that made the change: it already shows it

    @classmethod
    def of(cls, *assessment_ids: str, origin: Any = None) -> Changes:
        return cls(frozenset(a for a in assessment_ids if a), origin=origin)

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    @classmethod
    def none(cls) -> Changes:
        """What a read, or a write no view shows (a setting), changed."""
        return cls()

    def by(self, origin: Any) -> Changes:
        """The same changes, made by ``origin`` (the view that asked for them)."""
        return Changes(self.assessments, self.everything, origin)

    def __bool__(self) -> bool:
        return self.everything or bool(self.assessments)

    def touches(self, assessment_id: str) -> bool:
        return self.everything or assessment_id in self.assessments


@dataclass(frozen=True)
class Done(Generic[T]):
    """What an operation returns: its result, and what it changed (as Anki's
    ``OpChangesWith…``). The app's runner (``scfield/ui/run.py``) publishes
    ``changes`` in one place and hands ``value`` to the window that asked; the CLI
    prints ``value``."""

    value: T
    changes: Changes = Changes()
