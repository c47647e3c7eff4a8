"""The CLI records a person's name, as the app does: asked once on a terminal and kept
in the database; ``--author`` for one run; a script without a terminal is not held up."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

from scfield.store import open_store
from scfield.store.records import create_assessment


def run_on_a_terminal(db: Path, *args: str, answer: str) -> str:
    """Run the CLI with a pseudo-terminal as stdin and stderr, typing ``answer``."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "scfield", "--db", str(db), *args],
                            stdin=follower, stdout=subprocess.PIPE, stderr=follower,
                            env=dict(os.environ, SCFIELD_LANGUAGE="en"))
    os.close(follower)
    seen = b""
    while b"Your name:" not in seen and proc.poll() is None:
        ready, _, _ = select.select([leader], [], [], 30)
        if not ready:
            break
        try:
            seen += os.read(leader, 1024)
        except OSError:
            break
    if b"Your name:" in seen:
        os.write(leader, answer.encode() + b"\n")
    out, _ = proc.communicate(timeout=60)
    os.close(leader)
    assert proc.returncode == 0, seen
    return seen.decode(errors="replace")


def test_the_name_is_asked_once_and_recorded(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    with open_store(db, author="Setup") as store:
        aid = create_assessment(store, title="Hue 2026")
    seen = run_on_a_terminal(db, "reassess", aid, answer="  Ana   Keller ")
    assert "asked once" in seen
    with open_store(db) as store:
        assert store.get_meta("author_name") == "Ana Keller"
        assert store.get_meta("author_initials") == "AK"
        whos = {r["who"] for r in store.query("SELECT who FROM audit")}
        assert whos == {"Setup", "Ana Keller"}
    # Asked once: the next run on a terminal does not ask again.
    seen = run_on_a_terminal(db, "list", answer="should not be typed")
    assert "Your name" not in seen


def test_a_script_is_not_held_up_and_author_names_one_run(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    with open_store(db, author="Setup") as store:
        aid = create_assessment(store, title="Hue 2026")
    run = subprocess.run([sys.executable, "-m", "scfield", "--db", str(db), "--author",
                          "Minh Tran", "reassess", aid], stdin=subprocess.DEVNULL,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and "Your name" not in run.stderr, run.stderr
    with open_store(db) as store:
        assert {r["who"] for r in store.query("SELECT who FROM audit")} == {"Setup",
                                                                          "Minh Tran"}
        assert store.get_meta("author_name") is None
