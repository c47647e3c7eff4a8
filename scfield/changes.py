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
from typing import Any


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

    def touches(self, assessment_id: str) -> bool:
        return self.everything or assessment_id in self.assessments
