"""Knowing whether another scfield has the database open, across processes.

Every open ``Store`` holds a shared ``flock`` on ``<database>.lock`` beside the
file; restoring a backup needs an exclusive one and is refused while anyone
else holds the shared lock. The kernel drops an ``flock`` when its process
ends, however it ends (SIGKILL included), so a crash never leaves the
database "in use". Where ``fcntl`` is missing (Windows) or the lock file
cannot be made (a read-only folder, where nothing can be restored anyway),
the lock is a no-op.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from scfield.errors import N_, InUse

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def _open(db: Path) -> int | None:
    if fcntl is None:
        return None
    path = lock_path(db)
    for flags in (os.O_RDWR | os.O_CREAT, os.O_RDONLY):
        try:
            return os.open(path, flags, 0o666)
        except OSError:
            continue
    return None


class SharedLock:
    """Held by an open Store: "this database is in use" (released by ``close``)."""

    def __init__(self, db: Path) -> None:
        self._fd = _open(db)
        if self._fd is not None:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_SH)
            except OSError:
                os.close(self._fd)
                self._fd = None

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None


@contextlib.contextmanager
def exclusive(db: Path) -> Iterator[None]:
    """Sole use of the database, or ``InUse`` at once if another scfield has it open."""
    fd = _open(db)
    if fd is None:
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InUse(N_("{path}: another scfield (the app or a command) has this "
                           "database open; close it and try again"), path=str(db)) from None
        yield
    finally:
        os.close(fd)
