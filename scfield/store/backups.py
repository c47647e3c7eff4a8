"""Backups you can trust: written aside, checked, renamed into place, kept within a budget.

``backup_database`` copies the database through SQLite's backup API into a
hidden ``.part`` file in ``backups/`` beside it (no rollback journal: the copy
is thrown away if anything fails), runs ``PRAGMA quick_check`` on the copy, and
only then renames it to ``<name>-<why>-<when>.sqlite``. So a file with that
name is a checked backup; a copy killed half-way stays a ``.part`` file that is
never listed, never counted, and is removed by the next backup.

Before copying, the free space of the disk is checked: an import refuses to
start (having touched nothing) when the disk cannot hold the backup.

Rotation keeps the newest backups whose sizes add up to the budget (by default
twice the database's size; ``scfield backups --budget``), never fewer than one,
and only ever deletes a good backup to make room for a newer good one.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scfield.errors import (
    N_,
    Damaged,
    DiskFull,
    InvalidValue,
    ReadOnly,
    StoreError,
    Text,
    from_sqlite,
)
from scfield.store import lock

if TYPE_CHECKING:
    from scfield.store.database import Store

BUDGET_KEY = "backup_budget"
DEFAULT_BUDGET = "2x"
SQLITE_MAGIC = b"SQLite format 3\x00"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "kib": 2**10,
          "mib": 2**20, "gib": 2**30}
# Room left over after a backup for SQLite's own writes (journal, -wal growth).
SPARE_BYTES = 4 * 2**20


@dataclass(frozen=True)
class Backup:
    path: Path
    reason: str          # before-import, before-delete, before-upgrade, before-restore
    when: datetime
    size: int
    ok: bool             # written and checked (False: empty or not an SQLite file)

    def as_dict(self) -> dict[str, object]:
        return {"file": str(self.path), "reason": self.reason,
                "when": self.when.strftime("%Y-%m-%dT%H:%M:%SZ"), "size": self.size,
                "ok": self.ok}


def folder_of(db: Path) -> Path:
    return db.parent / "backups"


# Why a backup was taken, as people read it; the file name keeps the label itself.
REASONS = {"before-import": N_("before an import"), "before-delete": N_("before a deletion"),
           "before-upgrade": N_("before an upgrade"), "before-restore": N_("before a restore")}
# The units as each language writes them (French: "Kio", "Mio"); the number is CLDR's.
_SIZE_UNITS = (N_("{size} KiB"), N_("{size} MiB"), N_("{size} GiB"))


def reason_text(reason: str) -> Text:
    """A backup's label ("before-import") in words; an unknown label is shown as it is."""
    return Text(REASONS[reason]) if reason in REASONS else Text("{label}", label=reason)


class Size(Text):
    """A size in a message (a refusal's "it needs 12.0 MiB"), written as the reader's
    language writes sizes when the message is rendered (``str()``: English)."""

    def __init__(self, n: float) -> None:
        super().__init__("{n}", n=n)

    def render(self, m: Any) -> str:
        """In the language of ``m`` (a ``Messages``: the store does not load catalogues)."""
        from babel.numbers import format_decimal

        n = self.params["n"]
        if n < 1024:
            return m.plural(int(n), "{n} byte", "{n} bytes")
        unit = _SIZE_UNITS[0]
        for unit in _SIZE_UNITS:
            n /= 1024
            if n < 1024 or unit == _SIZE_UNITS[-1]:
                break
        return m(unit, size=format_decimal(round(n, 1), format="0.0", locale=m.language))


def human_size(n: float, m: Any = None) -> str:
    """``n`` bytes as people read a size ("12 bytes", "3.4 MiB"; in French "3,4 Mio" when
    ``m`` is the French ``Messages``); English without ``m``."""
    return str(Size(n)) if m is None else Size(n).render(m)


def parse_budget(text: str) -> str:
    """Validate a budget: ``2x`` (times the database's size) or a size (``500MB``, ``1GiB``)."""
    clean = text.strip().lower().replace(" ", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(x|[kmg]i?b|b)?", clean)
    if not m or float(m.group(1)) <= 0:
        raise InvalidValue(N_("backup budget {budget!r}: give a multiple of the database's "
                              "size (e.g. 2x) or a size (e.g. 500MB, 2GiB)"), budget=text)
    return clean


def budget_bytes(budget: str, db_size: int) -> int:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(x|[kmg]i?b|b)?", budget)
    if not m:
        m = re.fullmatch(r"(\d+(?:\.\d+)?)(x)", DEFAULT_BUDGET)
    assert m is not None
    amount, unit = float(m.group(1)), m.group(2) or ""
    return int(amount * db_size) if unit == "x" else int(amount * _UNITS[unit])


def read_budget(conn: sqlite3.Connection) -> str:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [BUDGET_KEY]).fetchone()
    except sqlite3.Error:
        return DEFAULT_BUDGET
    return row[0] if row and row[0] else DEFAULT_BUDGET


def _looks_ok(path: Path, size: int) -> bool:
    if size < 512:
        return False
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def list_backups(db: Path) -> list[Backup]:
    """The backups of ``db``, newest first (half-written ``.part`` files are not backups)."""
    folder = folder_of(db)
    found = []
    pattern = re.compile(re.escape(db.stem) + r"-(.+)-(\d{8}T\d{12}Z)\.sqlite")
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        m = pattern.fullmatch(path.name)
        if not m:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        when = datetime.strptime(m.group(2), _STAMP).replace(tzinfo=UTC)
        found.append(Backup(path, m.group(1), when, size, _looks_ok(path, size)))
    return sorted(found, key=lambda b: b.when, reverse=True)


def check_file(path: Path, quick: bool = True) -> str:
    """``ok`` or SQLite's first complaint, read without writing a byte (not even -shm)."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [" ".join(r[0].split()) for r in conn.execute(f"PRAGMA {pragma}(20)")]
        return "ok" if rows == ["ok"] else "; ".join(rows)
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_abandoned(folder: Path) -> None:
    """Delete ``.part`` copies whose writer is gone (killed mid-backup)."""
    for part in folder.glob(".*.part"):
        pid = part.name.rsplit(".", 2)[-2]
        alive = False
        if pid.isdigit():
            try:
                os.kill(int(pid), 0)
                alive = int(pid) != os.getpid()
            except OSError:
                alive = False
        if not alive:
            part.unlink(missing_ok=True)


def _os_error(exc: OSError, where: Path) -> StoreError:
    import errno

    if exc.errno == errno.ENOSPC:
        return DiskFull(N_("{path}: the disk is full, no backup could be written and "
                           "nothing was changed; free some space and try again"),
                        path=str(where))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnly(N_("{path}: cannot write backups there ({problem}); ask for write "
                           "access to the database's folder"), path=str(where),
                        problem=exc.strerror)
    return StoreError(N_("{path}: cannot write the backup ({problem})"), path=str(where),
                      problem=exc.strerror)


def backup_database(path: Path, label: str, protect: Path | None = None) -> Path | None:
    """Copy the database into ``backups/`` (checked), then rotate; returns the new file.

    Called before an upgrade, an import, a deletion or a restore. Raises
    ``DiskFull`` (touching nothing) when the disk cannot hold the copy.
    ``protect``: a backup rotation must not delete (the one being restored).
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    folder = folder_of(path)
    wal = path.with_name(path.name + "-wal")
    need = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_abandoned(folder)
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        raise _os_error(exc, folder) from None
    if free < need + SPARE_BYTES:
        raise DiskFull(N_("{path}: not enough free space for the {label} backup: it needs "
                          "{needed}, the disk has {free} free; nothing was changed. Free some "
                          "space (or delete old backups there) and try again"),
                       path=str(folder), label=label, needed=Size(need + SPARE_BYTES),
                       free=Size(free))
    stamp = datetime.now(UTC).strftime(_STAMP)
    target = folder / f"{path.stem}-{label}-{stamp}.sqlite"
    part = folder / f".{target.stem}.{os.getpid()}.part"
    budget = DEFAULT_BUDGET
    try:
        src = sqlite3.connect(path)
        try:
            budget = read_budget(src)
            dst = sqlite3.connect(part)
            try:
                dst.execute("PRAGMA journal_mode = OFF")  # no -journal, ever
                src.backup(dst)
                verdict = " ".join(dst.execute("PRAGMA quick_check(1)").fetchone()[0].split())
            finally:
                dst.close()
        finally:
            src.close()
        if verdict != "ok":
            raise Damaged(N_("{path}: the copy for the backup failed its check ({problem}); "
                             "the database itself may be damaged: run `scfield check`"),
                          path=str(path), problem=verdict)
        with part.open("rb+") as f:
            os.fsync(f.fileno())
        os.replace(part, target)
        _fsync_dir(folder)
    except sqlite3.Error as exc:
        part.unlink(missing_ok=True)
        raise from_sqlite(exc, path) from None
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise _os_error(exc, folder) from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    rotate(path, budget, protect)
    return target


def rotate(db: Path, budget: str = DEFAULT_BUDGET, protect: Path | None = None) -> list[Path]:
    """Delete what the budget has no room for; returns the deleted files.

    Files that are not backups (empty, not SQLite: left by older versions) go
    first. Good ones are kept newest first while they fit the budget, and the
    newest good one is always kept.
    """
    size = db.stat().st_size if db.exists() else 0
    limit = budget_bytes(budget, size)
    removed = []
    total = 0
    kept_one = False
    over = False
    for b in list_backups(db):
        keep = False
        if b.ok and not over:
            if not kept_one or total + b.size <= limit:
                keep, kept_one = True, True
                total += b.size
            else:
                over = True
        if b.path == protect:
            keep = True
        if not keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


@dataclass(frozen=True)
class BackupState:
    """What ``scfield backups`` and the app's Backups window show."""

    database: Path
    budget: str          # as stored: "2x", "500mb"
    limit: int           # the bytes it allows at the database's current size
    used: int            # bytes the backups take now
    backups: list[Backup]


def backup_state(db: Path, budget: str) -> BackupState:
    items = list_backups(db)
    size = db.stat().st_size if db.exists() else 0
    return BackupState(db, budget, budget_bytes(budget, size), sum(b.size for b in items),
                       items)


def change_budget(store: Store, text: str) -> tuple[str, list[Path]]:
    """Store a new budget (the same setting for the CLI and the app) and rotate at once;
    returns the budget as stored and the backups deleted to fit it."""
    budget = parse_budget(text)
    store.set_meta(BUDGET_KEY, budget)
    return budget, rotate(store.path, budget)


def find_backup(db: Path, name: str) -> Path:
    """A backup named on the command line: a path, or a file name in ``backups/``."""
    given = Path(name).expanduser()
    for candidate in (given, folder_of(db) / given.name):
        if candidate.is_file():
            return candidate
    raise StoreError(N_("{name}: no such backup (see `scfield backups`)"), name=name)


def restore_backup(db: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of the database; returns the backup of what was there.

    Refused (``InUse``) while another scfield has the database open. The current
    file is backed up first; its ``-wal``/``-shm`` files are removed, since a
    stale ``-wal`` beside the restored file would be replayed into it.
    """
    verdict = check_file(backup)
    if verdict != "ok":
        raise Damaged(N_("{path}: this backup is damaged ({problem}); choose another one "
                         "(see `scfield backups`)"), path=str(backup), problem=verdict)
    part = db.with_name(f".{db.name}.{os.getpid()}.part")
    with lock.exclusive(db):
        try:
            shutil.copyfile(backup, part)
            with part.open("rb+") as f:
                os.fsync(f.fileno())
        except OSError as exc:
            part.unlink(missing_ok=True)
            raise _os_error(exc, db.parent) from None
        try:
            try:
                safety = backup_database(db, "before-restore", protect=backup)
            except Damaged:
                safety = _keep_damaged(db)
            for suffix in ("-wal", "-shm"):
                db.with_name(db.name + suffix).unlink(missing_ok=True)
            os.replace(part, db)
            _fsync_dir(db.parent)
        except OSError as exc:
            raise _os_error(exc, db.parent) from None
        finally:
            part.unlink(missing_ok=True)
    return safety


def _keep_damaged(db: Path) -> Path:
    """A plain copy of a damaged database (and its -wal), kept aside before a restore.

    Named ``*.damaged``: it is not a backup, is never listed or rotated, and stays
    until someone deletes it (data may still be rescued from it).
    """
    folder = folder_of(db)
    stamp = datetime.now(UTC).strftime(_STAMP)
    target = folder / f"{db.stem}-damaged-{stamp}.sqlite.damaged"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(db, target)
        wal = db.with_name(db.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    except OSError as exc:
        raise _os_error(exc, folder) from None
    return target


@dataclass(frozen=True)
class CheckResult:
    path: Path
    problems: list[str]          # empty: the integrity check passed
    newest_good: Backup | None   # the backup to restore if there are problems

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Path) -> CheckResult:
    """``PRAGMA integrity_check`` of the database, read-only, and the backup to fall back on.

    Reads through the -wal when it can (what the app sees); in a read-only folder,
    where the -shm cannot be made, it checks the file alone.
    """
    problems: list[str] = []
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        finally:
            conn.close()
        problems = [] if rows == ["ok"] else rows
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY):
            verdict = check_file(db, quick=False)
            problems = [] if verdict == "ok" else [verdict]
        else:
            problems = [str(exc)]
    good = [b for b in list_backups(db) if b.ok]
    newest = next((b for b in good if check_file(b.path) == "ok"), None) if problems else None
    return CheckResult(db, problems, newest)
