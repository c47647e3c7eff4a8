"""Two ``scfield import`` processes on one database, and results printed as they happen.

Real processes on a real database file. Two imports of workbooks that edit the same
note, started together, must record exactly the conflicts the same two imports
record one after the other (in the order SQLite let them write). Nothing here
waits with a sleep: the processes are started and waited for, and the streaming
test holds the database's write lock and a full output pipe to pin the moment.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from scfield.store import Store, open_store
from scfield.sync.importer import import_workbooks
from tests.sync.helpers import edit, rows

TRIALS = 10


def _copy(src: Path, dst: Path) -> Path:
    """A consistent copy of a (WAL) database, through SQLite's backup API."""
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()
    return dst


def _cli(db: Path, *args: str, **kw: object) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "scfield", "--db", str(db), *args],
                            env=dict(os.environ, SCFIELD_LOCK_TIMEOUT="120"), **kw)


def _conflicts(db: Path) -> set[tuple]:
    conn = sqlite3.connect(db)
    try:
        return set(conn.execute(
            "SELECT table_name, record_id, field, base_value, office_value, field_value, file "
            "FROM sync_conflicts"))
    finally:
        conn.close()


def _order(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT file FROM sync_imports ORDER BY rowid")]
    finally:
        conn.close()


def _note(db: Path, evidence_id: str) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT note FROM evidence WHERE id = ?",
                            [evidence_id]).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def two_books(demo_store: Store, exported: Path, tmp_path: Path
              ) -> tuple[Path, str, dict[str, Path]]:
    """A pristine database and two workbooks changing the same note (and score) differently."""
    evidence = rows(exported, "Evidence")
    row = next(n for n, r in enumerate(evidence, start=2) if r["ID"])
    evidence_id = evidence[row - 2]["ID"]
    books = {
        "a": edit(exported, tmp_path / "expert-a.xlsx",
                  Evidence=[(row, "Note", "the note as expert A heard it"), (row, "Score", 1)]),
        "b": edit(exported, tmp_path / "expert-b.xlsx",
                  Evidence=[(row, "Note", "the note as expert B heard it"), (row, "Score", 4)]),
    }
    pristine = _copy(demo_store.path, tmp_path / "pristine.sqlite")
    return pristine, evidence_id, books


@pytest.mark.slow
def test_two_imports_at_once_give_the_sequential_conflicts(
        two_books: tuple[Path, str, dict[str, Path]], tmp_path: Path) -> None:
    pristine, evidence_id, books = two_books
    # The reference: the two imports one after the other, in each order.
    expected: dict[tuple[str, ...], tuple[set[tuple], str]] = {}
    for first, second in (("a", "b"), ("b", "a")):
        db = _copy(pristine, tmp_path / f"sequential-{first}{second}.sqlite")
        with open_store(db) as store:
            for key in (first, second):
                [result] = import_workbooks(store, [books[key]])
                assert result.status == "applied", result.line()
        order = (books[first].name, books[second].name)
        expected[order] = (_conflicts(db), _note(db, evidence_id))
        assert expected[order][0], "the second import of a sequential run records conflicts"

    seen = []
    for trial in range(TRIALS):
        db = _copy(pristine, tmp_path / f"together-{trial}.sqlite")
        procs = [_cli(db, "import", str(books[key]), stdout=subprocess.PIPE,
                      stderr=subprocess.PIPE, text=True) for key in ("a", "b")]
        outputs = [p.communicate(timeout=300) for p in procs]
        for proc, (_out, err) in zip(procs, outputs, strict=True):
            assert proc.returncode == 0, err
            assert "Traceback" not in err
        order = tuple(_order(db))
        assert order in expected, order
        conflicts, note = expected[order]
        assert _conflicts(db) == conflicts, f"trial {trial}: the last writer won"
        assert _note(db, evidence_id) == note
        seen.append(order[0][-6])
    print(f"first to write in {TRIALS} trials: {''.join(seen)}")


def _fill(fd: int) -> int:
    """Fill a pipe so that the next write to it blocks; returns the bytes written."""
    flags = fcntl.fcntl(fd, fcntl.F_GETFL)
    fcntl.fcntl(fd, fcntl.F_SETFL, flags | os.O_NONBLOCK)
    total = 0
    for chunk in (4096, 1):  # then byte by byte: nothing left for a line to fit in
        try:
            while True:
                total += os.write(fd, b"x" * chunk)
        except BlockingIOError:
            pass
    fcntl.fcntl(fd, fcntl.F_SETFL, flags)
    return total


def _until(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)  # polling a condition, not standing in for one


def test_each_workbook_result_is_printed_before_the_next_is_applied(
        two_books: tuple[Path, str, dict[str, Path]], tmp_path: Path) -> None:
    """File 1's line is on stdout while file 2 provably has not been applied: the
    process is stopped writing that line (full pipe) until the test holds the write
    lock, so file 2 can only be applied after the test has read the line."""
    pristine, _evidence_id, books = two_books
    db = _copy(pristine, tmp_path / "stream.sqlite")
    read_end, write_end = os.pipe()
    filler = _fill(write_end)
    proc = _cli(db, "import", str(books["a"]), str(books["b"]), stdout=write_end,
                stderr=subprocess.PIPE, text=True)
    os.close(write_end)
    errors: list[str] = []
    drain = threading.Thread(target=lambda: errors.append(proc.stderr.read()), daemon=True)
    drain.start()
    holder = sqlite3.connect(db, timeout=120, isolation_level=None)
    try:
        # File 1 is committed; the process now writes its line into the full pipe.
        _until(lambda: _order(db) == [books["a"].name] or proc.poll() is not None)
        holder.execute("BEGIN IMMEDIATE")  # file 2 cannot be applied from here on
        with os.fdopen(read_end, "rb") as out:
            got = 0
            while got < filler:
                got += len(out.read1(filler - got))
            line = _readline_within(out, 60)
            assert line.startswith(f"{books['a'].name}: imported:"), line
            assert _order(db) == [books["a"].name]  # file 2 not applied yet
            holder.execute("ROLLBACK")
            rest = out.read().decode()
        assert proc.wait(timeout=300) == 0
    finally:
        holder.close()
        if proc.poll() is None:
            proc.kill()
    drain.join(timeout=60)
    assert rest.startswith(f"{books['b'].name}: imported:"), rest
    assert "conflicts 2" in rest
    assert "Traceback" not in errors[0]


def _readline_within(stream: object, timeout: float) -> str:
    """One line from a pipe, failing (instead of hanging) if none comes."""
    found: list[bytes] = []
    reader = threading.Thread(target=lambda: found.append(stream.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    assert found, "no result line: the import printed nothing before the next workbook"
    return found[0].decode()
