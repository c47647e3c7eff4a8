"""Opening a database a second time in one process must not cost the first connection
its file locks (POSIX drops them all when any descriptor of the file is closed).

When it did, another process closing its connection took itself for the last one,
deleted the ``-wal`` file, and this process's next commits went into the deleted
file: seen here, lost for every other process and at the next start.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scfield.store import open_store, records


def _title_seen_by_another_process(db: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", "import sqlite3, sys; print(sqlite3.connect(sys.argv[1])"
         ".execute('SELECT title FROM assessments').fetchone()[0])", str(db)],
        capture_output=True, text=True, timeout=60, check=True)
    return done.stdout.strip()


def _open_and_close_in_another_process(db: Path) -> None:
    subprocess.run([sys.executable, "-c", "import sys; from scfield.store import open_store; "
                    "open_store(sys.argv[1], create=False).close()", str(db)],
                   timeout=60, check=True)


def test_commits_after_a_second_open_reach_other_processes(db_path: Path) -> None:
    first = open_store(db_path, author="First")
    try:
        assessment_id = records.create_assessment(first, title="before")
        with open_store(db_path, create=False) as second:
            second.set_meta("author_name", "Second")
        third = open_store(db_path, author="Third", create=False)
        try:
            _open_and_close_in_another_process(db_path)
            records.update_assessment(third, assessment_id, title="after")
            assert _title_seen_by_another_process(db_path) == "after"
        finally:
            third.close()
    finally:
        first.close()
    with open_store(db_path, create=False) as reopened:
        assert reopened.get("assessments", assessment_id)["title"] == "after"
