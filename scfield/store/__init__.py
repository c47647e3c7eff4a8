"""The SQLite store: one file per user, every write audited and transactional."""

from scfield.store.database import Store, open_store

__all__ = ["Store", "open_store"]
