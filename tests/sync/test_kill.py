"""A batch import killed with SIGKILL at random points leaves a sound database in which
each workbook was applied fully or not at all.

The delay before the kill is random on purpose (that is the point of the test);
nothing waits for anything with a sleep: the assertions are on the database.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from scfield.store import Store, open_store
from tests.sync.helpers import edit, rows

FILES = 8
KILLS = 10


def _workbooks(exported: Path, folder: Path) -> list[Path]:
    """Workbook k edits one evidence note and adds an interview with two evidence rows."""
    noted = [n for n, r in enumerate(rows(exported, "Evidence"), start=2) if r["ID"]]
    books = []
    for k in range(FILES):
        label = f"2024-03-30 · Kill expert {k}"
        books.append(edit(
            exported, folder / f"expert-{k}.xlsx",
            Interviews=[("new", "Date", "2024-03-30"), ("new", "Interviewee", f"Kill expert {k}"),
                        ("new", "Helix group", "private")],
            Evidence=[(noted[k], "Note", f"edited by expert {k}"),
                      ("next", "Interview", label), ("new", "No.", 3), ("new", "Score", 2),
                      ("new", "Note", f"expert {k} on element 3"),
                      ("next", "Interview", label), ("new", "No.", 4), ("new", "Score", 1),
                      ("new", "Note", f"expert {k} on element 4")]))
    return books


def _state(db: Path) -> list[bool]:
    """Per workbook: applied (True) or not (False); fails if only part of one is there."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        applied = []
        for k in range(FILES):
            parts = [
                conn.execute("SELECT count(*) FROM interviews WHERE interviewee = ?",
                             [f"Kill expert {k}"]).fetchone()[0],
                conn.execute("SELECT count(*) FROM evidence WHERE note = ?",
                             [f"edited by expert {k}"]).fetchone()[0],
                conn.execute("SELECT count(*) FROM evidence WHERE note LIKE ?",
                             [f"expert {k} on element %"]).fetchone()[0],
                conn.execute("SELECT count(*) FROM sync_imports WHERE file = ?",
                             [f"expert-{k}.xlsx"]).fetchone()[0],
            ]
            assert parts in ([0, 0, 0, 0], [1, 1, 2, 1]), (k, parts)
            applied.append(parts == [1, 1, 2, 1])
        return applied
    finally:
        conn.close()


def test_sigkill_during_a_batch_import(demo_store: Store, exported: Path,
                                       tmp_path: Path) -> None:
    books = _workbooks(exported, tmp_path)
    demo_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_store.close()
    pristine = tmp_path / "pristine.sqlite"
    shutil.copyfile(demo_store.path, pristine)

    def run(db: Path) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "scfield", "--db", str(db), "import",
                                 *map(str, books)], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, env=dict(os.environ))

    # A full run, to know how long one takes and that it applies every file.
    full = tmp_path / "full.sqlite"
    shutil.copyfile(pristine, full)
    started = time.perf_counter()
    proc = run(full)
    _, err = proc.communicate(timeout=300)
    duration = time.perf_counter() - started
    assert proc.returncode == 0, err
    assert _state(full) == [True] * FILES

    rng = random.Random(os.environ.get("SCFIELD_KILL_SEED", "4"))
    outcomes = []
    for n in range(KILLS):
        db = tmp_path / f"killed-{n}.sqlite"
        shutil.copyfile(pristine, db)
        proc = run(db)
        time.sleep(rng.uniform(0.0, duration))  # a random point, not a synchronisation
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        applied = _state(db)
        # Files go in order, so what was applied is a prefix of the batch.
        assert applied == sorted(applied, reverse=True), applied
        outcomes.append(sum(applied))
        # The killed database still opens, and importing the batch again completes it.
        with open_store(db) as store:
            assert store.query("SELECT count(*) AS n FROM assessments")[0]["n"] == 5
        proc = run(db)
        proc.communicate(timeout=300)
        assert _state(db) == [True] * FILES
    print(f"files applied when killed: {outcomes} (of {FILES}; full run {duration:.2f}s)")
