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
