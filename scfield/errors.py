"""Errors a user can act on.

Every failure we expect (a broken framework file, a foreign database, a bad
workbook row) is raised as a ``ScfieldError`` whose message is written for the
person at the keyboard: it names the file, the place and the problem. The CLI
prints it as one line and exits 1; the desktop app shows it in a message box.
Anything else is a bug and keeps its traceback.
"""


class ScfieldError(Exception):
    """A problem the user can understand and fix; ``str(err)`` is the message."""


class FrameworkError(ScfieldError):
    """The framework file is missing, unreadable or does not follow the schema."""


class StoreError(ScfieldError):
    """The database file cannot be used (foreign, newer, corrupt, locked)."""


class NotFound(ScfieldError):
    """No record matches the given id or id prefix."""


class LockedError(ScfieldError):
    """The assessment is signed: edits need an amendment with a reason first."""


class InvalidValue(ScfieldError):
    """A value is outside what the field accepts (score 0–4, known element...)."""


# -- the database file's troubles, each with what to do next ------------------------------
CHECK_HINT = "run `scfield check` to see what to do next"


class DatabaseMissing(StoreError):
    """``--db`` (or ``SCFIELD_DB``) names a file or folder that does not exist."""


class DiskFull(StoreError):
    """The disk holding the database (or its backups) has no room left."""


class ReadOnly(StoreError):
    """The database file, or the folder it is in, cannot be written by this user."""


class Busy(StoreError):
    """Another program held the database's write lock for longer than we wait."""


class Damaged(StoreError):
    """The file's pages are corrupt: reading may work, writing is refused."""


class InUse(StoreError):
    """Another scfield has the database open (restoring a backup needs it closed)."""


def _nearly_full(path: object) -> bool:
    """A write error on a disk with (almost) no room left is a full disk, not damage
    (SQLite reports a failed -wal/-shm extension as a plain I/O error)."""
    import shutil
    from pathlib import Path

    try:
        return shutil.disk_usage(Path(str(path)).resolve().parent).free < 2**20
    except OSError:
        return False


def from_sqlite(exc: Exception, path: object) -> StoreError:
    """The one place that turns an ``sqlite3`` error into a message for the user.

    SQLite's own words ("database or disk is full", "attempt to write a readonly
    database", "unable to open database file") are accurate but do not say which
    file, nor what to do; and a full disk must never be reported as damage.
    """
    import sqlite3

    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = " ".join(str(exc).split())
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text or (
            primary == sqlite3.SQLITE_IOERR and _nearly_full(path)):
        return DiskFull(f"{path}: the disk is full, nothing was written; free some space "
                        "on that disk and try again")
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM) or "readonly" in text:
        return ReadOnly(f"{path}: the database (or its folder) is read-only for you; "
                        "scfield needs to write the file and, beside it, its -wal and -shm "
                        "files: ask for write access or copy the database to a folder of "
                        "your own")
    if primary == sqlite3.SQLITE_CANTOPEN:
        return ReadOnly(f"{path}: cannot open the database or create its -wal/-shm files "
                        "beside it; check that the folder exists and that you may write in "
                        "it")
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return Busy(f"{path}: another program kept the database locked for too long; "
                    "try again when it has finished")
    if primary == sqlite3.SQLITE_IOERR:
        return StoreError(f"{path}: the disk reported an error while reading or writing "
                          f"the database ({text}); nothing more was written. Check the "
                          f"disk, then {CHECK_HINT}")
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in text:
        return Damaged(f"{path}: the database file is damaged ({text}); {CHECK_HINT}")
    return StoreError(f"{path}: the database could not be used ({text}); {CHECK_HINT}")
