"""Running the CLI and small Python programs as separate processes, for the safety tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

TRACEBACK = "Traceback"


def cli(db: Path, *args: str, env: dict[str, str] | None = None,
        user: int | None = None) -> subprocess.CompletedProcess[str]:
    """``scfield --db DB ARGS`` in its own process (as another user with ``user``)."""
    cmd = [sys.executable, "-m", "scfield", "--db", str(db), *args]
    if user is not None:
        cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *cmd]
    full = dict(os.environ, **(env or {}))
    return subprocess.run(cmd, capture_output=True, text=True, env=full, timeout=180,
                          cwd=Path(__file__).resolve().parents[2])


def one_line_error(run: subprocess.CompletedProcess[str]) -> str:
    """The run failed with status 1 and exactly one line on stderr, no traceback."""
    assert run.returncode == 1, (run.returncode, run.stdout, run.stderr)
    assert TRACEBACK not in run.stderr, run.stderr
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("scfield: "), run.stderr
    return run.stderr


def python(code: str, *args: str) -> subprocess.Popen[str]:
    """A Python program in its own process, talking on stdin/stdout."""
    return subprocess.Popen([sys.executable, "-c", code, *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[2])


# Opens the database, takes the write lock (a write transaction), says "locked" and
# holds it until a line arrives on stdin.
HOLD_WRITE_LOCK = """
import sys
from scfield.store import open_store
store = open_store(sys.argv[1])
with store.transaction():
    store.set_meta("holder", "x")
    print("locked", flush=True)
    sys.stdin.readline()
store.close()
print("released", flush=True)
"""

# Keeps the database open (as the app does) until a line arrives on stdin.
KEEP_OPEN = """
import sys
from scfield.store import open_store
store = open_store(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
"""


def copy_db(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    return dst
