"""The SQLite store: one file per user, every write audited and transactional.

``Store`` and ``open_store`` are loaded on first use, so that importing
``scfield.store.schema`` (which the package root does, to register the features'
migrations) costs nothing at the start of ``scfield --help``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scfield.store.database import Store, open_store

__all__ = ["Store", "open_store"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from scfield.store import database

        return getattr(database, name)
    raise AttributeError(f"module 'scfield.store' has no attribute {name!r}")
