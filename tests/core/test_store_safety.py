"""Two processes on one database, damaged files, backups and restore: real processes and files."""

from __future__ import annotations

import hashlib
import signal
import sqlite3
from pathlib import Path

from scfield.store import Store, open_store
from scfield.store.backups import backup_database, list_backups
from tests.core.safety_helpers import (
    HOLD_WRITE_LOCK,
    KEEP_OPEN,
    TRACEBACK,
    cli,
    copy_db,
    one_line_error,
    python,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _demo_copy(demo_store: Store, tmp_path: Path, name: str = "office.sqlite") -> Path:
    demo_store.close()
    return copy_db(demo_store.path, tmp_path / name)


# -- section 5: a mistyped --db -------------------------------------------------------------
def test_missing_db_or_folder_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "no" / "such" / "folder" / "x.sqlite"
    err = one_line_error(cli(db, "list"))
    assert str(db) in err and "no such database" in err and "init" in err
    assert not (tmp_path / "no").exists()
    err = one_line_error(cli(tmp_path / "typo.sqlite", "demo"))
    assert "typo.sqlite" in err
    assert list(tmp_path.iterdir()) == [tmp_path / "no"] or not list(tmp_path.iterdir())
    assert cli(db, "init").returncode == 0 and db.exists()  # init still creates


# -- section 3: two writers --------------------------------------------------------------------
def test_second_writer_waits_says_so_and_proceeds(demo_store: Store, tmp_path: Path) -> None:
    db = _demo_copy(demo_store, tmp_path)
    holder = python(HOLD_WRITE_LOCK, str(db))
    assert holder.stdout.readline().strip() == "locked"
    # A read never waits for the writer.
    listing = cli(db, "list", "--json")
    assert listing.returncode == 0 and listing.stderr == ""
    writer = python(
        "import sys\nfrom scfield.cli import main\nsys.exit(main(sys.argv[1:]))",
        "--db", str(db), "backups", "--budget", "3x")
    notice = writer.stderr.readline()
    assert notice.startswith("scfield: waiting for another scfield process to finish "
                             f"writing to {db}")
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.wait(60) == 0
    out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    assert TRACEBACK not in err and err == ""
    with open_store(db) as store:
        assert store.get_meta("backup_budget") == "3x"
        assert store.get_meta("holder") == "x"


def test_lock_held_past_the_timeout_is_one_line(demo_store: Store, tmp_path: Path) -> None:
    db = _demo_copy(demo_store, tmp_path)
    holder = python(HOLD_WRITE_LOCK, str(db))
    assert holder.stdout.readline().strip() == "locked"
    try:
        run = cli(db, "backups", "--budget", "3x", env={"SCFIELD_LOCK_TIMEOUT": "0.3"})
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(60)
    assert run.returncode == 1 and TRACEBACK not in run.stderr
    lines = run.stderr.splitlines()
    assert lines[0].startswith("scfield: waiting for another scfield process")
    assert len(lines) == 2 and "for more than 0.3 s" in lines[1] and str(db) in lines[1]


# -- section 4: a damaged file ----------------------------------------------------------------
def _corrupt_middle_page(db: Path) -> None:
    """Overwrite the evidence table's page nearest the middle of the file with garbage."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    middle = conn.execute("PRAGMA page_count").fetchone()[0] // 2
    page = conn.execute("SELECT pageno FROM dbstat WHERE name = 'evidence' "
                        "AND pagetype = 'leaf' ORDER BY abs(pageno - ?) LIMIT 1",
                        [middle]).fetchone()[0]
    conn.close()
    with db.open("r+b") as f:
        f.seek(page_size * (page - 1))
        f.write(b"\xa5garbage\x5a" * (page_size // 10))


def test_damaged_database_refuses_writes_and_check_names_the_backup(
        demo_store: Store, tmp_path: Path) -> None:
    db = _demo_copy(demo_store, tmp_path)
    good = backup_database(db, "before-import")
    assert good is not None
    first = cli(db, "list", "--json")
    assessment = first.stdout.split('"id": "')[1][:8]
    _corrupt_middle_page(db)
    before = _digest(db)
    err = one_line_error(cli(db, "roadmap", assessment, "--short", "x"))
    assert "damaged" in err and "scfield check" in err and str(db) in err
    assert _digest(db) == before
    check = cli(db, "check")
    assert check.returncode == 1 and TRACEBACK not in check.stderr
    assert "DAMAGED" in check.stderr and good.name in check.stderr
    assert f"restore {good.name}" in check.stderr
    # Why that backup was taken, in words of the reader's language; the command as it is.
    assert "taken before an import" in check.stderr
    french = cli(db, "check", env={"SCFIELD_LANGUAGE": "fr"})
    assert french.returncode == 1 and "prise avant un import" in french.stderr
    assert f"restore {good.name}" in french.stderr and "taken" not in french.stderr
    restored = cli(db, "restore", good.name)
    assert restored.returncode == 0, restored.stderr
    assert cli(db, "check").returncode == 0
    # The damaged file was kept aside, not counted as a backup.
    assert list(db.parent.glob("backups/*.damaged"))
    assert all(b.ok for b in list_backups(db))


# -- section 6: backups ---------------------------------------------------------------------------
def test_restore_over_a_stale_wal(demo_store: Store, tmp_path: Path) -> None:
    db = _demo_copy(demo_store, tmp_path)
    backup = backup_database(db, "before-import")
    assert backup is not None
    # A process writes and is killed: its -wal stays beside the database.
    killed = python("""
import os, signal, sys
from scfield.store import open_store
store = open_store(sys.argv[1])
store.set_meta("written-after-backup", "yes")
os.kill(os.getpid(), signal.SIGKILL)
""", str(db))
    assert killed.wait(60) == -signal.SIGKILL
    assert db.with_name(db.name + "-wal").stat().st_size > 0
    run = cli(db, "restore", str(backup))
    assert run.returncode == 0, run.stderr
    assert "before-restore" in run.stdout
    assert cli(db, "check").returncode == 0
    with open_store(db) as store:
        assert store.get_meta("written-after-backup") is None
    safety = [b for b in list_backups(db) if b.reason == "before-restore"]
    assert len(safety) == 1
    conn = sqlite3.connect(safety[0].path)
    assert conn.execute("SELECT value FROM meta WHERE key = 'written-after-backup'"
                        ).fetchone() == ("yes",)
    conn.close()


def test_restore_refused_while_open_elsewhere_until_that_process_dies(
        demo_store: Store, tmp_path: Path) -> None:
    db = _demo_copy(demo_store, tmp_path)
    backup = backup_database(db, "before-delete")
    assert backup is not None
    other = python(KEEP_OPEN, str(db))
    assert other.stdout.readline().strip() == "open"
    before = _digest(db)
    err = one_line_error(cli(db, "restore", backup.name))
    assert "another scfield" in err and _digest(db) == before
    other.send_signal(signal.SIGKILL)  # the kernel releases its lock
    other.wait(60)
    assert cli(db, "restore", backup.name).returncode == 0


def test_backups_lists_when_why_size_checked(demo_store: Store, tmp_path: Path) -> None:
    db = _demo_copy(demo_store, tmp_path)
    backup_database(db, "before-import")
    run = cli(db, "backups")
    assert run.returncode == 0, run.stderr
    assert "before-import" in run.stdout and "ok" in run.stdout and "KiB" in run.stdout
    assert "budget 2x" in run.stdout


def test_rotation_keeps_the_budget_and_never_a_bad_one(demo_store: Store,
                                                        tmp_path: Path) -> None:
    db = _demo_copy(demo_store, tmp_path)
    folder = db.parent / "backups"
    folder.mkdir()
    # What older versions left after failures: empty files named like backups.
    empty = [folder / f"office-before-import-2026010{k}T000000000000Z.sqlite" for k in (1, 2)]
    for path in empty:
        path.touch()
    made = [backup_database(db, "before-import") for _ in range(5)]
    kept = list_backups(db)
    assert all(b.ok for b in kept)
    assert [b.path for b in kept] == [p for p in reversed(made)][:len(kept)]
    assert sum(b.size for b in kept) <= 2 * db.stat().st_size
    assert len(kept) >= 1 and not any(p.exists() for p in empty)
    # A budget smaller than one backup still keeps the newest.
    assert cli(db, "backups", "--budget", "1KB").returncode == 0
    assert [b.path for b in list_backups(db)] == [made[-1]]


def test_killed_backup_is_never_counted_and_leaves_no_journal(tmp_path: Path) -> None:
    db = tmp_path / "big.sqlite"
    with open_store(db) as store:
        store.conn.execute("CREATE TABLE ballast (b BLOB)")
        for _ in range(4):
            store.conn.execute("INSERT INTO ballast SELECT randomblob(1000000) "
                               "FROM (SELECT 1 UNION ALL SELECT 2) , "
                               "(SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL "
                               "SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL "
                               "SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL "
                               "SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL "
                               "SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15)")
            store.conn.commit()
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = db.parent / "backups"
    backuper = python("""
import sys
from pathlib import Path
from scfield.store.backups import backup_database
print("start", flush=True)
while True:
    backup_database(Path(sys.argv[1]), "before-import")
""", str(db))
    assert backuper.stdout.readline().strip() == "start"
    # Kill it while a copy is being written (a .part file exists).
    while not any(folder.glob(".*.part")) if folder.exists() else True:
        assert backuper.poll() is None
    backuper.send_signal(signal.SIGKILL)
    backuper.wait(60)
    assert any(folder.glob(".*.part"))
    counted = list_backups(db)
    assert all(b.ok for b in counted)
    for b in counted:
        conn = sqlite3.connect(f"{b.path.as_uri()}?mode=ro&immutable=1", uri=True)
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        conn.close()
    assert backup_database(db, "before-import") is not None
    leftovers = [p.name for p in folder.iterdir() if p.name.endswith(("-journal", ".part"))]
    assert leftovers == []


