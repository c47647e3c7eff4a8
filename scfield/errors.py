"""Errors a user can act on.

Every failure we expect (a broken framework file, a foreign database, a bad
workbook row) is raised as a ``ScfieldError`` whose message is written for the
person at the keyboard: it names the file, the place and the problem. The CLI
prints it as one line and exits 1; the desktop app shows it in a message box.
Anything else is a bug and keeps its traceback.

The message is kept as a template and parameters (``Text``) and rendered in the
reader's language at the edge: the CLI prints ``err.render(cli_language())``, the
app ``err.render(<its language>)``.
"""


from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def N_(text: str) -> str:  # noqa: N802 - gettext's name for it, known to translators
    """Mark a literal as catalogue text that is translated later, where it is printed.

    For error templates and texts kept in tables (helix group names, the workbook's
    instruction paragraphs): the call is what the catalogue's extraction finds.
    """
    return text


class Text:
    """A message not yet in words: its English template (the catalogue's id) and its
    parameters. The core returns and raises these; whoever shows them to a person (the
    CLI, a window, a report) renders them in that person's language::

        Text(N_("{file}: sheet {sheet}, row {row}: not a score"), file=f, sheet=s, row=7)

    A parameter may itself be a ``Text`` (or a list of them, joined with "; ").
    """

    __slots__ = ("template", "params")

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params: Mapping[str, Any] = params

    def render(self, m: Any) -> str:
        """In the language of ``m`` (a ``scfield.messages.Messages``)."""
        values = {key: _rendered(value, m) for key, value in self.params.items()}
        return m(self.template, **values) if values else m(self.template)

    def __str__(self) -> str:
        from scfield.messages import ENGLISH

        return self.render(ENGLISH)

    def __repr__(self) -> str:
        return f"Text({self.template!r}, **{dict(self.params)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.template, dict(self.params)) == (
            other.template, dict(other.params))

    def __hash__(self) -> int:
        return hash(self.template)


def _rendered(value: Any, m: Any) -> Any:
    if isinstance(value, Text):
        return value.render(m)
    if isinstance(value, list | tuple) and value and all(isinstance(v, Text) for v in value):
        return m("; ").join(v.render(m) for v in value)
    return value


class ScfieldError(Exception):
    """A problem the user can understand and fix; ``str(err)`` is the message in English,
    ``err.render(language)`` in the reader's language.

    Raised with a template and its parameters, so that the message is translated where it
    is shown: ``raise NotFound(N_("no assessment matches {id}"), id=prefix)``. A finished
    string is accepted too (it is then shown as it is, untranslated).
    """

    def __init__(self, message: str | Text = "", /, **params: Any) -> None:
        self.text = message if isinstance(message, Text) else Text(message, **params)
        super().__init__(str(self.text) if (params or isinstance(message, Text))
                         else message)

    def render(self, language: str | None) -> str:
        from scfield.messages import messages

        return self.text.render(messages(language))


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
        return DiskFull(N_("{path}: the disk is full, nothing was written; free some space "
                           "on that disk and try again"), path=str(path))
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM) or "readonly" in text:
        return ReadOnly(N_("{path}: the database (or its folder) is read-only for you; "
                           "scfield needs to write the file and, beside it, its -wal and -shm "
                           "files: ask for write access or copy the database to a folder of "
                           "your own"), path=str(path))
    if primary == sqlite3.SQLITE_CANTOPEN:
        return ReadOnly(N_("{path}: cannot open the database or create its -wal/-shm files "
                           "beside it; check that the folder exists and that you may write in "
                           "it"), path=str(path))
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return Busy(N_("{path}: another program kept the database locked for too long; "
                       "try again when it has finished"), path=str(path))
    if primary == sqlite3.SQLITE_IOERR:
        return StoreError(N_("{path}: the disk reported an error while reading or writing "
                             "the database ({problem}); nothing more was written. Check the "
                             "disk, then run `scfield check` to see what to do next"),
                          path=str(path), problem=text)
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in text:
        return Damaged(N_("{path}: the database file is damaged ({problem}); run `scfield "
                          "check` to see what to do next"), path=str(path), problem=text)
    return StoreError(N_("{path}: the database could not be used ({problem}); run `scfield "
                         "check` to see what to do next"), path=str(path), problem=text)
