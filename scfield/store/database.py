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
import sqlite3
import uuid
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scfield.errors import LockedError, NotFound, StoreError
from scfield.store import schema

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_MAGIC = b"SQLite format 3\x00"
LOCKABLE = ("assessments", "interviews", "evidence", "ratings", "attachments")


def now() -> str:
    """UTC timestamp with milliseconds, sortable as text."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def new_id() -> str:
    return str(uuid.uuid4())


def _check_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a file that is not an SQLite database."""
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the database ({exc.strerror})") from None
    if head and head != SQLITE_MAGIC:
        raise StoreError(f"{path}: not an SQLite database, refusing to open it")


def _inspect(path: Path) -> tuple[bool, list[str]]:
    """(is_ours, applied migrations), read through a read-only connection."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open the database ({exc})") from None
    try:
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return True, []
        if "meta" not in tables or "_sqlite_migrations" not in tables:
            raise StoreError(f"{path}: this SQLite database was not made by scfield; "
                             "refusing to change it")
        app = conn.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
        if not app or app[0] != schema.APP_ID:
            raise StoreError(f"{path}: this SQLite database was not made by scfield; "
                             "refusing to change it")
        applied = [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
            [schema.MIGRATION_SET])]
        return True, applied
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: the database file is damaged or unreadable ({exc})") from None
    finally:
        conn.close()


def backup_database(path: Path, label: str, keep: int = 10) -> Path | None:
    """Copy the database (consistently, through SQLite's backup API) into ``backups/``.

    Called before an upgrade, an import or a deletion. Keeps the newest ``keep``
    backups with the same label and removes older ones.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{label}-{stamp}.sqlite"
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    old = sorted(folder.glob(f"{path.stem}-{label}-*.sqlite"))
    for stale in old[:-keep]:
        stale.unlink(missing_ok=True)
    return target


def default_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return "unknown"


def open_store(path: str | Path, author: str | None = None) -> Store:
    """Open (creating if missing) and upgrade an scfield database.

    Raises ``StoreError`` for a foreign, newer or damaged file, leaving it untouched.
    """
    path = Path(path)
    known = schema.known_migrations()
    applied: list[str] = []
    if path.exists():
        _check_file(path)
        _, applied = _inspect(path)
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise StoreError(f"{path}: written by a newer version of scfield (schema "
                             f"{unknown[-1]}); please update scfield to open it")
        if applied and len(applied) < len(known):
            backup_database(path, "before-upgrade")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    store: Store | None = None
    try:
        store = Store(sqlite3.connect(path), path)
        conn = store.conn
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = wal")
        # FULL: a commit is on disk before the autosave reports it, even if the
        # battery dies the next second (WAL + NORMAL could lose the last commits).
        conn.execute("PRAGMA synchronous = FULL")
        if not set(known) <= set(applied):  # new or older: the one case needing sqlite-utils
            db = store.db
            schema.migration_set().apply(db)
            with db.atomic():
                db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('app', ?)",
                           [schema.APP_ID])
                db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES "
                           "('database_id', ?)", [new_id()])
                db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('created_at', ?)",
                           [now()])
        store.author = author or store.get_meta("author_name") or default_author()
    except sqlite3.DatabaseError as exc:
        if store is not None:
            store.close()
        raise StoreError(f"{path}: the database file is damaged or unreadable ({exc})") from None
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

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- meta -------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])

    @property
    def database_id(self) -> str:
        return self.get_meta("database_id") or ""

    # -- transactions -------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """All writes inside commit together or not at all (nested: savepoints)."""
        with self.db.atomic():
            yield self

    # -- reads ----------------------------------------------------------------
    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        # Reads go to the connection; anything else through sqlite-utils, which
        # commits or rolls back the implicit transaction a write statement opens.
        reads = sql.lstrip()[:7].upper().startswith(("SELECT", "PRAGMA", "EXPLAIN"))
        cursor = (self.conn if reads else self.db).execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def get(self, table: str, record_id: str) -> dict[str, Any]:
        rows = self.query(f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
        if not rows:
            raise NotFound(f"no {table[:-1] if table.endswith('s') else table} with id "
                           f"{record_id}")
        return rows[0]

    def find(self, table: str, record_id: str) -> dict[str, Any] | None:
        rows = self.query(f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
        return rows[0] if rows else None

    def resolve_id(self, table: str, prefix: str) -> str:
        """The full id of the one record whose id starts with ``prefix``."""
        prefix = prefix.strip().lower()
        noun = {"assessments": "assessment", "interviews": "interview",
                "evidence": "evidence"}.get(table, table)
        if not prefix:
            raise NotFound(f"no {noun} id given")
        rows = self.conn.execute(
            f"SELECT id FROM [{table}] WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
            [prefix, prefix + "\uffff"]).fetchall()
        if not rows:
            raise NotFound(f"no {noun} with an id starting {prefix!r}")
        if len(rows) > 1:
            raise NotFound(f"more than one {noun} has an id starting {prefix!r}; "
                           "give more characters")
        return rows[0][0]

    # -- audited writes ---------------------------------------------------------
    def _assessment_of(self, table: str, record: Mapping[str, Any]) -> str | None:
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
        assessment_id = self._assessment_of(table, record)
        if assessment_id is None:
            return
        row = self.conn.execute("SELECT status, title FROM assessments WHERE id = ?",
                              [assessment_id]).fetchone()
        if row and row[0] == "signed":
            raise LockedError(f"assessment {row[1]!r} is signed and locked; amend it "
                              "with a reason before changing it")

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
        with self.db.atomic():
            if not locked_ok:
                self.check_editable(table, record)
            self.db[table].insert(record)
            shown = {k: v for k, v in record.items() if k != "data"}
            self.audit(table, record["id"], "*", None, shown, reason, source)
        return record["id"]

    def update(self, table: str, record_id: str, changes: Mapping[str, Any], *,
               reason: str = "", source: str | None = None, locked_ok: bool = False) -> bool:
        """Apply the fields that differ; returns False (and writes nothing) if none do."""
        with self.db.atomic():
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
        with self.db.atomic():
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
