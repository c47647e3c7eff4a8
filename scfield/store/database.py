"""Opening the database file safely, and the audited record writes every feature uses.

``open_store`` refuses, without writing a byte, a file that is not SQLite, a
SQLite file that is not an scfield database, a database written by a newer
scfield, and a damaged file. A database from an older scfield is backed up
and then upgraded in place.

``Store`` is the one door for writes: each insert, update and delete runs in a
transaction, bumps the record's revision, stamps the time and the author, and
writes one audit row per changed field. An update that changes nothing writes
nothing (re-importing a workbook must not even touch timestamps).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scfield.errors import (
    N_,
    Busy,
    Damaged,
    DatabaseMissing,
    LockedError,
    NotFound,
    ReadOnly,
    StoreError,
    Text,
    from_sqlite,
)
from scfield.store import schema
from scfield.store.backups import backup_database
from scfield.store.lock import SharedLock

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a write waits for another process's write transaction to end
# (SCFIELD_LOCK_TIMEOUT seconds overrides it); reads never wait.
LOCK_TIMEOUT_S = 30.0
LOCKABLE = ("assessments", "interviews", "evidence", "ratings", "attachments")


def now() -> str:
    """UTC timestamp with milliseconds, sortable as text."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def new_id() -> str:
    return str(uuid.uuid4())


# Per database file (device, inode): how many Stores this process has open on it, and
# the descriptor its header is read through meanwhile (see ``_read_header``).
_STORES_OPEN: dict[tuple[int, int], int] = {}
_HEADER_FDS: dict[tuple[int, int], int] = {}


def _file_key(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _store_opened(key: tuple[int, int] | None) -> None:
    if key is not None:
        _STORES_OPEN[key] = _STORES_OPEN.get(key, 0) + 1


def _store_closed(key: tuple[int, int] | None) -> None:
    """After the Store's connection is closed: the last one also closes the kept descriptor
    (no connection of ours is left to lose its locks)."""
    if key is None or key not in _STORES_OPEN:
        return
    _STORES_OPEN[key] -= 1
    if _STORES_OPEN[key] <= 0:
        del _STORES_OPEN[key]
        fd = _HEADER_FDS.pop(key, None)
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)


def _read_header(path: Path) -> bytes:
    """The file's first bytes, without costing this process's connections their locks.

    POSIX drops *every* lock a process holds on a file when it closes *any*
    descriptor of that file. Opening and closing the database to read its header
    while this process has an SQLite connection to it (the app's test harness, a
    script with two stores, ``open_store`` twice) silently released that
    connection's shared lock; another process closing its connection then took
    itself for the last one, checkpointed and deleted the ``-wal`` file, and this
    process's later commits went into the deleted file — visible here, lost to
    everyone else and at the next start. So while a Store of this process has the
    file open, its header is read through one descriptor kept open until the last
    such Store closes.
    """
    key = _file_key(path)
    if not hasattr(os, "pread") or key is None or key not in _STORES_OPEN:
        # No connection of ours to this file (or Windows: no POSIX locks to lose).
        with path.open("rb") as f:
            return f.read(len(SQLITE_MAGIC))
    fd = _HEADER_FDS.get(key)
    if fd is not None:
        try:
            same = os.fstat(fd)
            if same.st_nlink == 0 or (same.st_dev, same.st_ino) != key:
                fd = None  # the file it was opened on is gone; never close it here
        except OSError:
            fd = None
    if fd is None:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        _HEADER_FDS[key] = fd
    return os.pread(fd, len(SQLITE_MAGIC), 0)


def _check_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a file that is not an SQLite database."""
    if path.is_dir():
        raise StoreError(N_("{path}: is a folder, not a database file"), path=str(path))
    try:
        head = _read_header(path)
    except OSError as exc:
        raise StoreError(N_("{path}: cannot read the database ({problem})"), path=str(path),
                         problem=exc.strerror) from None
    if head and head != SQLITE_MAGIC:
        raise StoreError(N_("{path}: not an SQLite database, refusing to open it"),
                         path=str(path))


def _inspect(path: Path) -> tuple[bool, list[str]]:
    """(is_ours, applied migrations), read through a read-only connection."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise from_sqlite(exc, path) from None
    try:
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return True, []
        foreign = StoreError(N_("{path}: this SQLite database was not made by scfield; "
                                "refusing to change it"), path=str(path))
        if "meta" not in tables or "_sqlite_migrations" not in tables:
            raise foreign
        app = conn.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
        if not app or app[0] != schema.APP_ID:
            raise foreign
        applied = [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
            [schema.MIGRATION_SET])]
        return True, applied
    except sqlite3.DatabaseError as exc:
        raise from_sqlite(exc, path) from None
    finally:
        conn.close()


# What a message calls one record of a table (a table not listed is named as it is).
_NOUNS = {"assessments": N_("assessment"), "interviews": N_("interview"),
          "evidence": N_("evidence"), "ratings": N_("rating")}


def _noun(table: str) -> Text | str:
    return Text(_NOUNS[table]) if table in _NOUNS else table


def initials_of(name: str) -> str:
    """The initials scfield suggests for a name ("Aiko Tanaka" → "AT"), in the app's
    first-run dialog and when the CLI asks the name."""
    return "".join(w[0] for w in name.split() if w)[:4].upper()


def default_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return "unknown"


def _missing(path: Path) -> DatabaseMissing:
    if path.parent.is_dir():
        return DatabaseMissing(N_("{path}: no such database; check the path, or create a new "
                                  "database there with `scfield --db {path} init`"),
                               path=str(path))
    return DatabaseMissing(N_("{path}: no such database (the folder {folder} does not exist "
                              "either); check the path, or create a new database there with "
                              "`scfield --db {path} init`"), path=str(path),
                           folder=str(path.parent))


def lock_timeout() -> float:
    try:
        return float(os.environ.get("SCFIELD_LOCK_TIMEOUT", LOCK_TIMEOUT_S))
    except ValueError:
        return LOCK_TIMEOUT_S


def open_store(path: str | Path, author: str | None = None, create: bool = True) -> Store:
    """Open and upgrade an scfield database; ``create``: make it (and its folder) if missing.

    The CLI creates only on ``init`` (a mistyped ``--db`` must not become a new
    empty database). Raises ``StoreError`` for a missing (unless ``create``),
    foreign, newer, damaged, read-only or locked file, leaving it untouched.
    """
    path = Path(path)
    if not path.exists() and not create:
        raise _missing(path)
    known = schema.known_migrations()
    applied: list[str] = []
    if path.exists():
        _check_file(path)
        _, applied = _inspect(path)
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise StoreError(N_("{path}: written by a newer version of scfield (schema "
                                "{schema}); please update scfield to open it"), path=str(path),
                             schema=unknown[-1])
        if applied and len(applied) < len(known):
            backup_database(path, "before-upgrade")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReadOnly(N_("{path}: cannot create the database's folder ({problem})"),
                           path=str(path), problem=exc.strerror) from None
    store: Store | None = None
    try:
        store = Store(sqlite3.connect(path), path)
        conn = store.conn
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {store.busy_ms}")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = wal")
        # FULL: a commit is on disk before the autosave reports it, even if the
        # battery dies the next second (WAL + NORMAL could lose the last commits).
        conn.execute("PRAGMA synchronous = FULL")
        if not set(known) <= set(applied):  # new or older: the one case needing sqlite-utils
            db = store.db
            schema.migration_set().apply(db)
            with store.transaction():
                db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('app', ?)",
                           [schema.APP_ID])
                db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES "
                           "('database_id', ?)", [new_id()])
                db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('created_at', ?)",
                           [now()])
        store.author = author or store.get_meta("author_name") or default_author()
    except (sqlite3.DatabaseError, StoreError) as exc:
        if store is not None:
            store.close()
        if isinstance(exc, StoreError):
            raise
        raise from_sqlite(exc, path) from None
    return store


class Store:
    """An open scfield database and the author of the changes made through it.

    A Store (like its sqlite3 connection) belongs to the thread that opened it;
    the desktop app opens its own on a worker thread.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.author = ""
        self.audit_source = ""
        self.busy_ms = int(lock_timeout() * 1000)
        # Told once when a write must wait for another process (the CLI prints it).
        self.on_wait: Callable[[Path], None] | None = None
        self._waited = False
        self._checked = False
        self._lock = SharedLock(path)
        self._file_key = _file_key(path)
        _store_opened(self._file_key)

    @cached_property
    def db(self) -> Database:
        """sqlite-utils on this store's connection, made at the first write.

        Reads go straight to ``conn``: opening the app and listing the assessments
        never imports sqlite-utils (~40 ms, most of it click, dateutil and pluggy
        that it imports for its own CLI), so the window is ready sooner.
        """
        from sqlite_utils import Database

        # No plugins: scanning installed packages for them costs ~15 ms and nothing
        # of ours uses one. recursive_triggers is set when the store opens.
        return Database(self.conn, execute_plugins=False, recursive_triggers=False)

    def close(self) -> None:
        self.conn.close()
        self._lock.close()
        key, self._file_key = self._file_key, None
        _store_closed(key)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- meta -------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])

    @property
    def database_id(self) -> str:
        return self.get_meta("database_id") or ""

    # -- transactions -------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self, wait: bool = True) -> Iterator[Store]:
        """All writes inside commit together or not at all (nested: savepoints).

        The outermost one starts with ``BEGIN IMMEDIATE``: it takes the write lock
        before reading, so it waits out another writer (saying so through
        ``on_wait``) instead of failing half-way with "database is locked", as a
        plain ``BEGIN`` upgraded by a later write does. The first one of a Store
        also checks the file (``quick_check``): nothing is written into a damaged
        database. SQLite's errors leave as ``StoreError`` subclasses.
        ``wait=False``: raise ``Busy`` at once instead of waiting (optional writes,
        such as a cache, that a read must not wait for).
        """
        if self.conn.in_transaction:
            with self.db.atomic():  # a savepoint
                yield self
            return
        try:
            self._begin(wait)
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        try:
            if not self._checked:
                self._check_pages()
            yield self
        except BaseException as exc:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error) and not isinstance(
                    exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise self._error(exc) from None
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise self._error(exc) from None

    def _begin(self, wait: bool = True) -> None:
        """``BEGIN IMMEDIATE``, telling ``on_wait`` (once) when another writer holds the lock."""
        self.conn.execute("PRAGMA busy_timeout = 0")
        try:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY:
                    raise
                if not wait:
                    raise Busy(N_("{path}: another process is writing"),
                               path=str(self.path)) from None
            if self.on_wait is not None and not self._waited:
                self._waited = True
                self.on_wait(self.path)
            self.conn.execute(f"PRAGMA busy_timeout = {self.busy_ms}")
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY:
                    raise
                raise Busy(N_("{path}: another scfield (or another program) has been writing "
                              "to the database for more than {seconds:g} s; nothing was "
                              "written, try again when it has finished"),
                           path=str(self.path), seconds=self.busy_ms / 1000) from None
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {self.busy_ms}")

    def _check_pages(self) -> None:
        """Refuse to write into a file with damaged pages (once per Store, lock held)."""
        verdict = " ".join(self.conn.execute("PRAGMA quick_check(1)").fetchone()[0].split())
        if verdict != "ok":
            raise Damaged(N_("{path}: the database file is damaged ({problem}); scfield will "
                             "not write into it; run `scfield check` to see what to do next"),
                          path=str(self.path), problem=verdict)
        self._checked = True

    def _error(self, exc: sqlite3.Error) -> StoreError:
        return from_sqlite(exc, self.path)

    def data_version(self) -> int:
        """A number that changes when another connection (another process, most often)
        commits to the database; this connection's own commits leave it alone. The app
        polls it to notice an import run from a shell and show what it changed."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    # -- reads ----------------------------------------------------------------
    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        # Reads go to the connection; anything else through sqlite-utils, which
        # commits or rolls back the implicit transaction a write statement opens.
        reads = sql.lstrip()[:7].upper().startswith(("SELECT", "PRAGMA", "EXPLAIN"))
        if not reads:
            with self.transaction():
                cursor = self.db.execute(sql, params)
                names = [d[0] for d in cursor.description or ()]
                return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def get(self, table: str, record_id: str) -> dict[str, Any]:
        rows = self.query(f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
        if not rows:
            raise NotFound(N_("no {noun} with id {id}"), noun=_noun(table), id=record_id)
        return rows[0]

    def find(self, table: str, record_id: str) -> dict[str, Any] | None:
        rows = self.query(f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
        return rows[0] if rows else None

    def resolve_id(self, table: str, prefix: str) -> str:
        """The full id of the one record whose id starts with ``prefix``."""
        prefix = prefix.strip().lower()
        noun = _noun(table)
        if not prefix:
            raise NotFound(N_("no {noun} id given"), noun=noun)
        rows = self.conn.execute(
            f"SELECT id FROM [{table}] WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
            [prefix, prefix + "\uffff"]).fetchall()
        if not rows:
            raise NotFound(N_("no {noun} with an id starting {prefix!r}"), noun=noun,
                           prefix=prefix)
        if len(rows) > 1:
            raise NotFound(N_("more than one {noun} has an id starting {prefix!r}; give more "
                              "characters"), noun=noun, prefix=prefix)
        return rows[0][0]

    # -- audited writes ---------------------------------------------------------
    def assessment_of(self, table: str, record: Mapping[str, Any]) -> str | None:
        if table == "assessments":
            return record.get("id")
        if table in ("interviews", "ratings"):
            return record.get("assessment_id")
        if table == "evidence":
            row = self.conn.execute("SELECT assessment_id FROM interviews WHERE id = ?",
                                  [record.get("interview_id")]).fetchone()
            return row[0] if row else None
        if table == "attachments":
            row = self.conn.execute(
                "SELECT i.assessment_id FROM evidence e JOIN interviews i "
                "ON i.id = e.interview_id WHERE e.id = ?", [record.get("evidence_id")]).fetchone()
            return row[0] if row else None
        return None

    def check_editable(self, table: str, record: Mapping[str, Any]) -> None:
        """Refuse changes to a signed assessment (it must be amended first)."""
        if table not in LOCKABLE:
            return
        assessment_id = self.assessment_of(table, record)
        if assessment_id is None:
            return
        row = self.conn.execute("SELECT status, title FROM assessments WHERE id = ?",
                              [assessment_id]).fetchone()
        if row and row[0] == "signed":
            raise LockedError(N_("assessment {title!r} is signed and locked; amend it with "
                                 "a reason before changing it"), title=row[1])

    def audit(self, table: str, record_id: str, field: str, old: Any, new: Any,
              reason: str = "", source: str | None = None) -> None:
        self.db.execute(
            "INSERT INTO audit (at, who, table_name, record_id, field, old_value, new_value, "
            "reason, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [now(), self.author, table, record_id, field, _audit_text(old), _audit_text(new),
             reason, self.audit_source if source is None else source])

    def insert(self, table: str, values: Mapping[str, Any], *, reason: str = "",
               source: str | None = None, locked_ok: bool = False) -> str:
        """Insert a travelling record; returns its id (given or new UUID)."""
        record = dict(values)
        stamp = now()
        record.setdefault("id", new_id())
        record.setdefault("created_at", stamp)
        record.setdefault("updated_at", stamp)
        record.setdefault("author", self.author)
        record.setdefault("revision", 1)
        with self.transaction():
            if not locked_ok:
                self.check_editable(table, record)
            self.db[table].insert(record)
            shown = {k: v for k, v in record.items() if k != "data"}
            self.audit(table, record["id"], "*", None, shown, reason, source)
        return record["id"]

    def update(self, table: str, record_id: str, changes: Mapping[str, Any], *,
               reason: str = "", source: str | None = None, locked_ok: bool = False) -> bool:
        """Apply the fields that differ; returns False (and writes nothing) if none do."""
        with self.transaction():
            old = self.get(table, record_id)
            diff = {k: v for k, v in changes.items() if old.get(k) != v}
            if not diff:
                return False
            if not locked_ok:
                self.check_editable(table, old)
            unknown = [k for k in diff if k not in old]
            if unknown:
                raise KeyError(f"{table} has no field {unknown[0]!r}")
            stamped = dict(diff, updated_at=now(), author=self.author,
                           revision=old["revision"] + 1)
            self.db[table].update(record_id, stamped)
            for name, value in diff.items():
                self.audit(table, record_id, name, old[name], value, reason, source)
        return True

    def delete(self, table: str, record_id: str, *, reason: str = "",
               source: str | None = None, locked_ok: bool = False) -> None:
        with self.transaction():
            old = self.get(table, record_id)
            if not locked_ok:
                self.check_editable(table, old)
            self.db.execute(f"DELETE FROM [{table}] WHERE id = ?", [record_id])
            shown = {k: v for k, v in old.items() if k != "data"}
            self.audit(table, record_id, "*", shown, None, reason, source)


def _audit_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)
