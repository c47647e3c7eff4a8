"""A laptop that dies mid-sentence: the real app types steadily into the guide's note
(~8 keys/s, no pause long enough for a plain debounce to fire) and is SIGKILLed at a
random moment. Everything typed more than 1 s before the kill must be in the database,
in 20 trials (issue 9, section 1)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from scfield.store import open_store, records
from tests.ui.helpers import set_author
from tests.ui.typing_driver import TEXT

DRIVER = Path(__file__).with_name("typing_driver.py")
ROOT = Path(__file__).resolve().parents[2]
TRIALS = 20
PARALLEL = 4


def _prepare(path: Path) -> tuple[str, str]:
    set_author(path)
    with open_store(path) as store:
        assessment_id = records.create_assessment(store, title="Kill test", level="city")
        interview_id = records.add_interview(store, assessment_id, interviewee="Lan Pham",
                                             helix_group="citizen")
    return assessment_id, interview_id


def _typed_before(log: Path, moment: float) -> int:
    """How many characters the driver had typed at ``moment`` (wall clock)."""
    count = 0
    for line in log.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and float(parts[0]) <= moment:
            count = max(count, int(parts[1]))
    return count


def _round(tmp: Path, first: int, rng: random.Random) -> list[tuple[int, int, str]]:
    """Start PARALLEL typing apps, kill each at its own random moment; per trial
    (characters typed by kill - 1 s, characters typed in all, note in the database)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    trials = []
    for n in range(first, first + PARALLEL):
        db = tmp / f"trial{n}.sqlite"
        assessment_id, interview_id = _prepare(db)
        log = tmp / f"trial{n}.log"
        proc = subprocess.Popen(
            [sys.executable, str(DRIVER), str(db), assessment_id, interview_id, str(log),
             str(n)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env=env, cwd=ROOT)
        trials.append((proc, db, interview_id, log, rng.uniform(1.5, 5.0)))
    results = []
    try:
        for proc, _db, _iid, _log, _after in trials:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "typing"  # blocks until it types
        started = time.monotonic()
        for proc, _db, _iid, _log, after in sorted(trials, key=lambda t: t[4]):
            time.sleep(max(0.0, started + after - time.monotonic()))  # the random moment
            killed_at = time.time()
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
            assert proc.returncode == -signal.SIGKILL
            proc.killed_at = killed_at  # type: ignore[attr-defined]
    finally:
        for proc, *_ in trials:
            if proc.poll() is None:
                proc.kill()
    for proc, db, interview_id, log, _after in trials:
        with open_store(db) as store:
            rows = store.query("SELECT note FROM evidence WHERE interview_id = ? "
                               "AND element = 5", [interview_id])
        note = rows[0]["note"] if rows else ""
        results.append((_typed_before(log, proc.killed_at - 1.0),  # type: ignore[attr-defined]
                        _typed_before(log, float("inf")), note))
    return results


def _typed_text(count: int) -> str:
    return "".join(TEXT[i % len(TEXT)] for i in range(count))


def test_steady_typing_survives_sigkill_at_random_moments(tmp_path: Path) -> None:
    rng = random.Random(9)
    results = []
    for first in range(0, TRIALS, PARALLEL):
        results += _round(tmp_path, first, rng)
    assert len(results) == TRIALS
    for due, total, note in results:
        assert total >= due
        # What is saved is what was typed (a prefix of it) and holds every character
        # typed more than 1 s before the kill.
        assert _typed_text(total).startswith(note), note
        assert len(note) >= due, (f"{due - len(note)} of {due} characters typed more than "
                                  f"1 s before the kill were lost")
    assert sum(due for due, _t, _n in results) > 0  # the trials did type
